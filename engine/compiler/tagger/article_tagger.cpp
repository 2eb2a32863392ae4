#include "engine/compiler/tagger/article_tagger.h"

#include <utility>

#include "engine/compiler/tagger/sequence_tagger.h"
#include "engine/compiler/tagger/shipped_models.h"

namespace kg::compiler {

namespace {

bool IsClitic(const std::string& t) {
  return t == "s" || t == "S" || t == "t" || t == "ll" || t == "re" || t == "ve" || t == "d" || t == "m";
}

bool Letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80; }

}  // namespace

TaggerView MakeTaggerView(const std::vector<Token>& tokens) {
  TaggerView view;
  view.words.reserve(tokens.size());
  view.first_token.reserve(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    // "Warhol's": the tokenizer gives "Warhol" "'" "s", the treebanks "Warhol" "'s".
    if (t.text == "'" && i > 0 && i + 1 < tokens.size() && tokens[i - 1].end == t.begin &&
        tokens[i + 1].begin == t.end && IsClitic(tokens[i + 1].text)) {
      view.words.push_back("'" + tokens[i + 1].text);
      view.first_token.push_back(i);
      ++i;
      continue;
    }
    // "father-of-two", "Coca-Cola": the treebanks split at hyphens between letters.
    size_t start = 0;
    for (size_t k = 1; k + 1 < t.text.size(); ++k)
      if (t.text[k] == '-' && Letter(t.text[k - 1]) && Letter(t.text[k + 1])) {
        view.words.push_back(t.text.substr(start, k - start));
        view.first_token.push_back(i);
        view.words.push_back("-");
        view.first_token.push_back(i);
        start = k + 1;
      }
    view.words.push_back(t.text.substr(start));
    view.first_token.push_back(i);
  }
  return view;
}

void TagArticle(ArticleAnalysis* article) {
  const Perceptron& pos_model = PartOfSpeechModel();
  const Perceptron& name_model = NameModel();
  std::vector<TaggerView> views;
  std::vector<std::vector<TaggerWord>> words;
  views.reserve(article->sentences.size());
  words.reserve(article->sentences.size());
  DocumentCaseCounter document_case;
  TrimTaggerWordCache();
  for (const auto& sentence : article->sentences) {
    views.push_back(MakeTaggerView(sentence.tokens));
    words.push_back(MakeTaggerWords(std::move(views.back().words)));  // the view keeps first_token
    document_case.Count(words.back());
  }
  // Loaded models score in parts (PartScorer); others, such as none at all, feature by feature.
  const bool in_parts = pos_model.Loaded() && name_model.Loaded();
  PartScorer scorer(pos_model, name_model);
  std::vector<int> pos_ids;
  // The models' classes as interned tags, looked up once per article.
  const std::string* const noun = InternTag("NN");
  const std::string* const outside = InternTag("O");
  std::vector<const std::string*> pos_tags, name_tags;
  for (const auto& c : pos_model.classes()) pos_tags.push_back(InternTag(c));
  for (const auto& c : name_model.classes()) name_tags.push_back(InternTag(c));
  for (size_t s = 0; s < article->sentences.size(); ++s) {
    document_case.Apply(&words[s]);
    std::vector<int> names;
    if (in_parts) {
      scorer.Prepare(words[s]);
      pos_ids = TagPrepared(TagTask::kPartOfSpeech, pos_model, &scorer, words[s].size(), {});
      names = TagPrepared(TagTask::kNames, name_model, &scorer, words[s].size(), pos_ids);
    } else {
      std::vector<std::string> pos;
      pos_ids = TagSentence(TagTask::kPartOfSpeech, pos_model, words[s], {});
      for (int tag : pos_ids)
        pos.push_back(pos_model.classes().empty() ? "NN" : pos_model.classes()[static_cast<size_t>(tag)]);
      names = TagSentence(TagTask::kNames, name_model, words[s], pos);
    }
    auto pos_of = [&](size_t k) { return pos_tags.empty() ? noun : pos_tags[static_cast<size_t>(pos_ids[k])]; };
    std::vector<Token>& tokens = article->sentences[s].tokens;
    const TaggerView& view = views[s];
    for (size_t k = 0; k < view.first_token.size(); ++k) {
      size_t first = view.first_token[k];
      if (k > 0 && view.first_token[k - 1] == first) continue;
      // The words of one token: one, or the parts of "Jean-Paul", "Warhol-like". The last part
      // is the head: it gives the part of speech, and a name only where it is in one ("like" is
      // not); the first part then says where the name begins.
      size_t next = k + 1;
      while (next < view.first_token.size() && view.first_token[next] == first) ++next;
      size_t head = next - 1;
      auto name_of = [&](size_t word) { return name_tags.empty() ? outside : name_tags[static_cast<size_t>(names[word])]; };
      const std::string* name = name_of(head) == outside ? outside : name_of(k) == outside ? name_of(head) : name_of(k);
      // The tokens the word covers: "'" and "s" of "'s".
      size_t last = next < view.first_token.size() ? view.first_token[next] : tokens.size();
      for (size_t i = first; i < last; ++i) {
        tokens[i].set_pos(pos_of(head));
        tokens[i].set_name(name);
      }
    }
  }
}

}  // namespace kg::compiler
