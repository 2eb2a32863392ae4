#include "engine/compiler/parser/article_parser.h"

#include <algorithm>
#include <string_view>

#include "engine/compiler/lexicon/lexicon.h"
#include "engine/compiler/parser/shipped_parser.h"
#include "engine/compiler/tagger/article_tagger.h"

namespace kg::compiler {

namespace {

// The parser's words of a sentence: texts and tags, and the first token of each.
struct ParseInput {
  std::vector<std::string> texts;
  std::vector<std::string_view> tags;
  std::vector<size_t> first_token;
};

ParseInput MakeParseInput(const std::vector<Token>& tokens) {
  TaggerView view = MakeTaggerView(tokens);
  ParseInput input;
  for (size_t k = 0; k < view.words.size(); ++k) {
    const size_t first = view.first_token[k];
    if (k > 0 && view.first_token[k - 1] == first) continue;  // a later part of "father-of-two"
    const bool split = k + 1 < view.words.size() && view.first_token[k + 1] == first;
    input.texts.push_back(split ? tokens[first].text : view.words[k]);
    input.tags.push_back(tokens[first].pos());
    input.first_token.push_back(first);
  }
  return input;
}

// The parser's relations as interned strings, made once per loaded parser on each thread.
const std::vector<const std::string*>& InternedLabels(const DependencyParser& parser) {
  thread_local uint64_t made_for = 0;
  thread_local std::vector<const std::string*> labels;
  if (made_for == 0 || made_for != parser.id() || labels.size() != parser.labels().size()) {
    labels.clear();
    for (const auto& label : parser.labels()) labels.push_back(InternTag(label));
    made_for = parser.id();
  }
  return labels;
}

}  // namespace

bool CanStateFact(const ArticleAnalysis& article, size_t s) {
  if (s + 1 >= article.mention_begin.size()) return false;
  int references = 0;
  for (size_t m = article.mention_begin[s]; m < article.mention_begin[s + 1]; ++m)
    if (!article.mentions[m].nested && !article.mentions[m].entities.empty()) ++references;
  if (references >= 2) return true;
  if (references == 0) return false;
  for (const Token& token : article.sentences[s].tokens)
    if (token.pos() == "CD") return true;
  return false;
}

bool ReadFromParse(const ArticleAnalysis& article, size_t s) {
  const Lexicon& lex = Lexicon::Get();
  const std::vector<Token>& tokens = article.sentences[s].tokens;
  auto any = [&](auto pred) { return std::any_of(tokens.begin(), tokens.end(), pred); };
  return any([&](const Token& t) { return lex.IsSpeechVerb(t.text); }) &&
         any([](const Token& t) { return t.text == "I" || t.lower == "me"; }) && CanStateFact(article, s);
}

void ParseSentence(const DependencyParser& parser, Sentence* sentence) {
  const std::vector<Token>& tokens = sentence->tokens;
  ParseInput input = MakeParseInput(tokens);
  std::vector<std::string_view> texts(input.texts.begin(), input.texts.end());
  DependencyTree tree = parser.Parse(DependencyParser::Words(texts, input.tags));
  static const std::string* const goeswith = InternTag("goeswith");
  const std::vector<const std::string*>& labels = InternedLabels(parser);
  sentence->heads.assign(tokens.size(), -1);
  sentence->relations.assign(tokens.size(), goeswith);
  for (size_t w = 0; w < tree.heads.size(); ++w) {
    const size_t first = input.first_token[w];
    const size_t end = w + 1 < input.first_token.size() ? input.first_token[w + 1] : tokens.size();
    const int head = tree.heads[w];
    sentence->heads[first] = head < 0 ? -1 : static_cast<int>(input.first_token[static_cast<size_t>(head)]);
    sentence->relations[first] = labels[static_cast<size_t>(tree.labels[w])];
    for (size_t t = first + 1; t < end; ++t) sentence->heads[t] = static_cast<int>(first);
  }
}

void ParseArticle(ArticleAnalysis* article) {
  const DependencyParser& parser = ShippedParser();
  for (size_t s = 0; s < article->sentences.size(); ++s)
    if (ReadFromParse(*article, s)) ParseSentence(parser, &article->sentences[s]);
}

}  // namespace kg::compiler
