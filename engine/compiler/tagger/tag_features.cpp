#include "engine/compiler/tagger/tag_features.h"

#include <algorithm>
#include <cctype>

#include "engine/compiler/mentions/lexicon.h"
#include "engine/compiler/mentions/wordnet_names.h"
#include "engine/compiler/tagger/feature_hash.h"
#include "engine/compiler/text/normalize.h"

namespace kg::compiler {

namespace {

bool Upper(char c) { return c >= 'A' && c <= 'Z'; }
bool LowerCase(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }
bool Alpha(char c) { return Upper(c) || LowerCase(c); }

std::string Shape(std::string_view word) {
  std::string shape;
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    bool capital = i == 0 ? StartsWithCapital(word) : Upper(c);
    char k = capital ? 'X' : LowerCase(c) ? 'x' : (c >= '0' && c <= '9') ? 'd' : c;
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2) shape += k;
  }
  return shape;
}

bool AllCapitals(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w)
    if (LowerCase(c)) return false;
  return Upper(w[0]);
}

bool OpensQuotation(std::string_view w) {
  return w == "\"" || w == "'" || w == "(" || w == "[" || w == ":" || w == "-" || w == "*";
}

std::string_view Suffix(std::string_view w, size_t n) { return w.size() > n ? w.substr(w.size() - n) : w; }
std::string_view Prefix(std::string_view w, size_t n) { return w.size() > n ? w.substr(0, n) : w; }

// Feature templates. The numbers are part of the shipped models: append, never renumber.
enum Template : uint32_t {
  kBias = 1, kWord, kLower, kShape, kPrefix1, kPrefix2, kPrefix3, kSuffix2, kSuffix3, kSuffix4,
  kPrevLower, kNextLower, kPrev2Lower, kNext2Lower, kPrevSuffix3, kNextSuffix3, kPrevShapeShape,
  kShapeNextShape, kPrevTag, kPrev2Tags, kPrevTagLower, kPrevTagShape, kCue, kPrevCue, kNextCue,
  kDocumentCase, kInitialShape, kShoutingLower, kPos, kPrevPos, kNextPos, kPosNextPos, kPrevPosPos,
  kDocumentCaseInitial, kPrevLowerLower, kLowerNextLower,
};

class Emitter {
 public:
  explicit Emitter(std::vector<uint64_t>* out) : out_(out) { out_->clear(); }
  void Add(Template t) { out_->push_back(FeatureHash(t).Done()); }
  void Add(Template t, std::string_view a) { out_->push_back(FeatureHash(t).Add(a).Done()); }
  void Add(Template t, std::string_view a, std::string_view b) { out_->push_back(FeatureHash(t).Add(a).Add(b).Done()); }
  void Add(Template t, uint32_t n) { out_->push_back(FeatureHash(t).Add(n).Done()); }
  void Add(Template t, uint32_t n, std::string_view a) { out_->push_back(FeatureHash(t).Add(n).Add(a).Done()); }
  void Add(Template t, uint32_t n, uint32_t m) { out_->push_back(FeatureHash(t).Add(n).Add(m).Done()); }
  void Cues(Template t, uint32_t cues) {
    for (uint32_t bit = 0; bit < 32; ++bit)
      if (cues & (1u << bit)) Add(t, bit);
  }

 private:
  std::vector<uint64_t>* out_;
};

// Boundary words outside the sentence.
const TaggerWord& At(const std::vector<TaggerWord>& words, size_t i, long offset) {
  static const TaggerWord start{"<s>", "<s>", "<s>"}, end{"</s>", "</s>", "</s>"};
  long j = static_cast<long>(i) + offset;
  if (j < 0) return start;
  if (j >= static_cast<long>(words.size())) return end;
  return words[static_cast<size_t>(j)];
}

uint32_t TagAt(const std::vector<int>& tags, size_t i, long offset) {
  long j = static_cast<long>(i) + offset;
  return j < 0 ? 0xFFFF : static_cast<uint32_t>(tags[static_cast<size_t>(j)]);
}

// A word's lower-case form, with "shouted" words (a headline in capitals) marked: their case
// tells nothing, so they should not share the features of body words written that way.
void WordFeatures(Emitter& e, const TaggerWord& w) {
  e.Add(kWord, w.text);
  e.Add(kLower, w.lower);
  e.Add(kShape, w.shape);
  e.Add(kPrefix1, Prefix(w.lower, 1));
  e.Add(kPrefix2, Prefix(w.lower, 2));
  e.Add(kPrefix3, Prefix(w.lower, 3));
  e.Add(kSuffix2, Suffix(w.lower, 2));
  e.Add(kSuffix3, Suffix(w.lower, 3));
  e.Add(kSuffix4, Suffix(w.lower, 4));
  e.Cues(kCue, w.cues);
  e.Add(kDocumentCase, static_cast<uint32_t>(w.document_case));
  if (w.initial) {
    e.Add(kInitialShape, w.shape);
    e.Add(kDocumentCaseInitial, static_cast<uint32_t>(w.document_case));
  }
  if (w.shouting) e.Add(kShoutingLower, w.lower);
}

}  // namespace

std::vector<TaggerWord> MakeTaggerWords(const std::vector<std::string>& texts) {
  const Lexicon& lex = Lexicon::Get();
  std::vector<TaggerWord> words(texts.size());
  size_t alpha = 0, capitals = 0, long_words = 0, long_capitalised = 0, capitalised_common = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    TaggerWord& w = words[i];
    w.text = texts[i];
    w.lower = Lower(w.text);
    w.shape = Shape(w.text);
    w.initial = i == 0 || OpensQuotation(texts[i - 1]);
    const std::string& t = w.text;
    if (lex.IsPersonTitle(t)) w.cues |= kCuePersonTitle;
    if (lex.IsOrgWord(t)) w.cues |= kCueOrgWord;
    if (lex.IsPlaceWord(t)) w.cues |= kCuePlaceWord;
    if (lex.IsCommonWord(w.lower)) w.cues |= kCueCommonWord;
    if (lex.IsProperNoun(t)) w.cues |= kCueProperNoun;
    if (lex.IsMonthOrDay(t)) w.cues |= kCueMonthOrDay;
    if (lex.IsOccupation(w.lower)) w.cues |= kCueOccupation;
    if (lex.IsOrgNoun(w.lower)) w.cues |= kCueOrgNoun;
    if (lex.IsAwardWord(t)) w.cues |= kCueAwardWord;
    if (lex.IsGivenName(t)) w.cues |= kCueGivenName;
    if (t.empty() || !Alpha(t[0])) continue;
    ++alpha;
    if (AllCapitals(t)) ++capitals;
    if (t.size() >= 4) {
      ++long_words;
      if (StartsWithCapital(t)) {
        ++long_capitalised;
        if (!w.initial && (w.cues & kCueCommonWord) && !(w.cues & kCueProperNoun)) ++capitalised_common;
      }
    }
  }
  // Countries, regions and cities ("United Arab Emirates") and WordNet's named instances
  // ("Isaac Newton"), up to four words long, the longest match from each capitalised word.
  for (size_t i = 0; i < words.size(); ++i) {
    if (!StartsWithCapital(words[i].text)) continue;
    std::string name;
    size_t country = 0, wordnet = 0;
    uint8_t kind = 0;
    for (size_t n = 1; n <= 4 && i + n <= words.size(); ++n) {
      name += (n > 1 ? " " : "") + words[i + n - 1].lower;
      if (lex.IsCountryOrRegion(name)) country = n;
      if (uint8_t k = lex.WordNetKindOf(name)) wordnet = n, kind = k;
    }
    uint32_t cues = 0;
    if (kind & kWordNetPerson) cues |= kCueWordNetPerson;
    if (kind & kWordNetPlace) cues |= kCueWordNetPlace;
    if (kind & kWordNetOrganization) cues |= kCueWordNetOrganization;
    for (size_t k = i; k < i + std::max(country, wordnet); ++k)
      words[k].cues |= (k < i + country ? uint32_t{kCueCountryOrCity} : 0u) | (k < i + wordnet ? cues : 0u);
  }
  bool shouting = alpha >= 3 && (capitals * 10 >= alpha * 6 ||
                                 (capitalised_common >= 2 && long_capitalised * 4 >= long_words * 3));
  for (auto& w : words) w.shouting = shouting;
  return words;
}

void DocumentCaseCounter::Count(const std::vector<TaggerWord>& sentence) {
  for (const auto& w : sentence) {
    if (w.initial || w.shouting || w.text.empty() || !Alpha(w.text[0])) continue;
    Counts& c = counts_[w.lower];
    if (StartsWithCapital(w.text)) ++c.capitalised;
    else ++c.lower_case;
  }
}

void DocumentCaseCounter::Apply(std::vector<TaggerWord>* sentence) const {
  for (auto& w : *sentence) {
    auto it = counts_.find(w.lower);
    if (it == counts_.end()) continue;
    bool cap = it->second.capitalised > 0, low = it->second.lower_case > 0;
    w.document_case = cap && low ? DocumentCase::kBoth : cap ? DocumentCase::kCapitalised : DocumentCase::kLowerCase;
  }
}

void PosFeatures(const std::vector<TaggerWord>& words, size_t i, const std::vector<int>& tags,
                 std::vector<uint64_t>* out) {
  Emitter e(out);
  const TaggerWord& w = words[i];
  e.Add(kBias);
  WordFeatures(e, w);
  e.Add(kPrevLower, At(words, i, -1).lower);
  e.Add(kPrev2Lower, At(words, i, -2).lower);
  e.Add(kNextLower, At(words, i, 1).lower);
  e.Add(kNext2Lower, At(words, i, 2).lower);
  e.Add(kPrevSuffix3, Suffix(At(words, i, -1).lower, 3));
  e.Add(kNextSuffix3, Suffix(At(words, i, 1).lower, 3));
  e.Add(kPrevTag, TagAt(tags, i, -1));
  e.Add(kPrev2Tags, TagAt(tags, i, -2), TagAt(tags, i, -1));
  e.Add(kPrevTagLower, TagAt(tags, i, -1), w.lower);
}

void NameFeatures(const std::vector<TaggerWord>& words, const std::vector<std::string>& pos, size_t i,
                  const std::vector<int>& tags, std::vector<uint64_t>* out) {
  Emitter e(out);
  const TaggerWord& w = words[i];
  const TaggerWord& prev = At(words, i, -1);
  const TaggerWord& next = At(words, i, 1);
  auto pos_at = [&](long offset) -> std::string_view {
    long j = static_cast<long>(i) + offset;
    if (j < 0) return "<s>";
    if (j >= static_cast<long>(pos.size())) return "</s>";
    return pos[static_cast<size_t>(j)];
  };
  e.Add(kBias);
  WordFeatures(e, w);
  e.Add(kPrevLower, prev.lower);
  e.Add(kPrev2Lower, At(words, i, -2).lower);
  e.Add(kNextLower, next.lower);
  e.Add(kNext2Lower, At(words, i, 2).lower);
  e.Add(kPrevLowerLower, prev.lower, w.lower);
  e.Add(kLowerNextLower, w.lower, next.lower);
  e.Add(kPrevShapeShape, prev.shape, w.shape);
  e.Add(kShapeNextShape, w.shape, next.shape);
  e.Cues(kPrevCue, prev.cues);
  e.Cues(kNextCue, next.cues);
  e.Add(kPos, pos_at(0));
  e.Add(kPrevPos, pos_at(-1));
  e.Add(kNextPos, pos_at(1));
  e.Add(kPosNextPos, pos_at(0), pos_at(1));
  e.Add(kPrevPosPos, pos_at(-1), pos_at(0));
  e.Add(kPrevTag, TagAt(tags, i, -1));
  e.Add(kPrev2Tags, TagAt(tags, i, -2), TagAt(tags, i, -1));
  e.Add(kPrevTagLower, TagAt(tags, i, -1), w.lower);
  e.Add(kPrevTagShape, TagAt(tags, i, -1), w.shape);
}

}  // namespace kg::compiler
