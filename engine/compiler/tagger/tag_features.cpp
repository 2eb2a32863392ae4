#include "engine/compiler/tagger/tag_features.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <deque>
#include <memory>

#include "engine/compiler/tagger/perceptron.h"

#include "engine/compiler/lexicon/lexicon.h"
#include "engine/compiler/lexicon/wordnet_names.h"
#include "engine/compiler/tagger/feature_hash.h"
#include "engine/compiler/tagger/huge_pages.h"
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
  // A feature whose hash over its first parts is at hand: the same value as adding them all.
  void Add(FeatureHash first_parts, std::string_view last) { out_->push_back(first_parts.Add(last).Done()); }
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

// The word's own spelling: form, shape, prefixes and suffixes.
void WordForms(Emitter& e, const TaggerWord& w) {
  e.Add(kWord, w.text);
  e.Add(kLower, w.lower);
  e.Add(kShape, w.shape);
  e.Add(kPrefix1, Prefix(w.lower, 1));
  e.Add(kPrefix2, Prefix(w.lower, 2));
  e.Add(kPrefix3, Prefix(w.lower, 3));
  e.Add(kSuffix2, Suffix(w.lower, 2));
  e.Add(kSuffix3, Suffix(w.lower, 3));
  e.Add(kSuffix4, Suffix(w.lower, 4));
}

// Everything about the word itself: spelling, word-list cues, how the article writes it
// elsewhere, and its lower-case form marked when "shouted" (a headline in capitals), whose case
// tells nothing, so it should not share the features of body words written that way.
void WordFeatures(Emitter& e, const TaggerWord& w) {
  WordForms(e, w);
  e.Cues(kCue, w.cues);
  e.Add(kDocumentCase, static_cast<uint32_t>(w.document_case));
  if (w.initial) {
    e.Add(kInitialShape, w.shape);
    e.Add(kDocumentCaseInitial, static_cast<uint32_t>(w.document_case));
  }
  if (w.shouting) e.Add(kShoutingLower, w.lower);
}

}  // namespace

namespace {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// What MakeTaggerWords reads of a word alone.
struct WordInfo {
  std::string lower, shape;
  uint32_t cues = 0;
  uint32_t lower_id = 0;
  bool country = false;  // a country, region or city name by itself
  uint8_t wordnet = 0;   // WordNetKind bits of the word by itself
  bool longer = false;   // the beginning of a longer such name
};

}  // namespace

struct PartScorer::WordEntry {
  // Part-of-speech model: own, as previous, as second previous, as next, as second next word
  // (a row each, RowWidth() wide); then the same for the name model, and a sixth row: its
  // PrevTagLower after "O", the tag before most words.
  std::vector<int32_t> parts;
  uint32_t shape_id = 0;
  // The hashes of the word-pair features up to the word, as the first of the pair: each
  // occurrence then hashes only the other word.
  FeatureHash first_of_prev_pair = FeatureHash(kPrevLowerLower);
  FeatureHash first_of_next_pair = FeatureHash(kLowerNextLower);
};

namespace {

// The words a thread has seen, one slot each: what MakeTaggerWords reads of the word, and
// PartScorer's sums for it under the models of `entry_stamp` (a ModelMemo's stamp). Slots keep
// their addresses; TrimTaggerWordCache starts afresh (a new generation) past the bound.
struct WordSlot {
  std::string text;
  WordInfo info;
  PartScorer::WordEntry entry;
  uint64_t entry_stamp = 0;
};

struct WordCache {
  // text -> slot: open addressing, linear probing, each place the text's hash and slot + 1
  // (0: empty), side by side so that a probe is one cache miss.
  struct Place {
    uint64_t hash = 0;
    uint32_t slot = 0;
  };
  std::vector<Place, HugePageAllocator<Place>> places;
  size_t mask = 0;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> lowers;  // lower -> id
  std::deque<WordSlot> slots;
  uint32_t generation = 1;
};

constexpr size_t kMaxWordSlots = 1 << 15;

WordCache& Cache() {
  thread_local WordCache cache;
  return cache;
}

void Place(WordCache& cache, uint64_t hash, uint32_t id) {
  size_t i = hash & cache.mask;
  while (cache.places[i].slot) i = (i + 1) & cache.mask;
  cache.places[i] = {hash, id + 1};
}

uint64_t TextHash(std::string_view text) { return std::hash<std::string_view>{}(text); }

// Fetches into the cache where SlotOf will look for the words of `hashes` (TextHash), and then
// the slots found at those places: a sentence's misses waited for together, not one by one.
void PrefetchSlots(const WordCache& cache, const std::vector<uint64_t>& hashes) {
  if (cache.places.empty()) return;
  for (uint64_t hash : hashes) __builtin_prefetch(&cache.places[hash & cache.mask]);
  for (uint64_t hash : hashes)
    if (uint32_t slot = cache.places[hash & cache.mask].slot) __builtin_prefetch(&cache.slots[slot - 1]);
}

// The slot of text t, whose TextHash is `hash`, made on its first sight.
uint32_t SlotOf(WordCache& cache, const Lexicon& lex, const std::string& t, uint64_t hash) {
  if (!cache.places.empty())
    for (size_t i = hash & cache.mask; cache.places[i].slot; i = (i + 1) & cache.mask)
      if (cache.places[i].hash == hash && cache.slots[cache.places[i].slot - 1].text == t) return cache.places[i].slot - 1;
  uint32_t id = static_cast<uint32_t>(cache.slots.size());
  if ((cache.slots.size() + 1) * 2 > cache.places.size()) {
    size_t n = cache.places.empty() ? 1024 : cache.places.size() * 2;
    cache.places.assign(n, WordCache::Place());
    cache.mask = n - 1;
    for (uint32_t k = 0; k < cache.slots.size(); ++k) Place(cache, TextHash(cache.slots[k].text), k);
  }
  WordSlot& slot = cache.slots.emplace_back();
  slot.text = t;
  Place(cache, hash, id);
  WordInfo& w = slot.info;
  w.lower = Lower(t);
  w.shape = Shape(t);
  if (lex.IsTitleCue(t)) w.cues |= kCuePersonTitle;
  if (lex.IsOrgWordCue(t)) w.cues |= kCueOrgWord;
  if (lex.IsPlaceWord(t)) w.cues |= kCuePlaceWord;
  if (lex.IsCommonWord(w.lower)) w.cues |= kCueCommonWord;
  if (lex.IsProperNoun(t)) w.cues |= kCueProperNoun;
  if (lex.IsMonthOrDay(t)) w.cues |= kCueMonthOrDay;
  if (lex.IsOccupation(w.lower)) w.cues |= kCueOccupation;
  if (lex.IsOrgNoun(w.lower)) w.cues |= kCueOrgNoun;
  if (lex.IsAwardWord(t)) w.cues |= kCueAwardWord;
  if (lex.IsGivenName(t)) w.cues |= kCueGivenName;
  w.country = lex.IsCountryOrRegion(w.lower);
  w.wordnet = lex.WordNetKindOf(w.lower);
  w.longer = lex.StartsLongerName(w.lower);
  w.lower_id = cache.lowers.emplace(w.lower, static_cast<uint32_t>(cache.lowers.size())).first->second;
  return id;
}

}  // namespace

void TrimTaggerWordCache() {
  WordCache& cache = Cache();
  if (cache.slots.size() < kMaxWordSlots) return;
  cache.places.clear();
  cache.mask = 0;
  cache.lowers.clear();
  cache.slots.clear();
  ++cache.generation;
}

std::vector<TaggerWord> MakeTaggerWords(std::vector<std::string> texts) {
  const Lexicon& lex = Lexicon::Get();
  WordCache& cache = Cache();
  std::vector<TaggerWord> words(texts.size());
  std::vector<const WordInfo*> infos(texts.size());
  size_t alpha = 0, capitals = 0, long_words = 0, long_capitalised = 0, capitalised_common = 0;
  std::vector<uint64_t> hashes(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) hashes[i] = TextHash(texts[i]);
  PrefetchSlots(cache, hashes);
  for (size_t i = 0; i < texts.size(); ++i) {
    TaggerWord& w = words[i];
    uint32_t id = SlotOf(cache, lex, texts[i], hashes[i]);
    const WordInfo& info = *(infos[i] = &cache.slots[id].info);
    w.text = std::move(texts[i]);  // texts[i] is read no more: the next word looks at words[i]
    w.lower = info.lower;
    w.shape = info.shape;
    w.cues = info.cues;
    w.word_id = id;
    w.lower_id = info.lower_id;
    w.generation = cache.generation;
    w.initial = i == 0 || OpensQuotation(words[i - 1].text);
    const std::string& t = w.text;
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
    const WordInfo& first = *infos[i];
    size_t country = first.country ? 1 : 0, wordnet = first.wordnet ? 1 : 0;
    uint8_t kind = first.wordnet;
    if (first.longer) {  // no longer name can match unless this one begins some
      std::string name = first.lower;
      for (size_t n = 2; n <= 4 && i + n <= words.size(); ++n) {
        name += ' ';
        name += words[i + n - 1].lower;
        if (lex.IsCountryOrRegion(name)) country = n;
        if (uint8_t k = lex.WordNetKindOf(name)) wordnet = n, kind = k;
        if (!lex.StartsLongerName(name)) break;
      }
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

DocumentCaseCounter::Counts* DocumentCaseCounter::Find(const TaggerWord& w, bool insert) {
  if (!by_text_ && (w.lower_id == TaggerWord::kNoWord || (!counted_.empty() && w.generation != generation_))) {
    for (auto& [lower, counts] : counted_) by_text_map_.emplace(std::move(lower), counts);
    by_id_.clear();
    counted_.clear();
    by_text_ = true;
  }
  if (by_text_) {
    if (insert) return &by_text_map_[w.lower];
    auto it = by_text_map_.find(w.lower);
    return it == by_text_map_.end() ? nullptr : &it->second;
  }
  if (insert) {
    if (counted_.empty()) generation_ = w.generation;
    if (w.lower_id >= by_id_.size()) by_id_.resize(std::max<size_t>(w.lower_id + 1, 2 * by_id_.size()), 0);
    uint32_t& at = by_id_[w.lower_id];
    if (!at) {
      counted_.emplace_back(w.lower, Counts());
      at = static_cast<uint32_t>(counted_.size());
    }
    return &counted_[at - 1].second;
  }
  if (w.generation != generation_ || w.lower_id >= by_id_.size() || !by_id_[w.lower_id]) return nullptr;
  return &counted_[by_id_[w.lower_id] - 1].second;
}

void DocumentCaseCounter::Count(const std::vector<TaggerWord>& sentence) {
  for (const auto& w : sentence) {
    if (w.initial || w.shouting || w.text.empty() || !Alpha(w.text[0])) continue;
    Counts& c = *Find(w, true);
    if (StartsWithCapital(w.text)) ++c.capitalised;
    else ++c.lower_case;
  }
}

void DocumentCaseCounter::Apply(std::vector<TaggerWord>* sentence) const {
  for (auto& w : *sentence) {
    const Counts* counts = Find(w);
    if (!counts) continue;
    bool cap = counts->capitalised > 0, low = counts->lower_case > 0;
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


// ------------------------------------------------------------------ scoring in parts

namespace {

// Open addressing, linear probing: 64-bit keys to 32-bit values (never kNone).
class FlatIndex {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  uint32_t Find(uint64_t key) const {
    if (vals_.empty()) return kNone;
    for (size_t i = Mix(key) & mask_;; i = (i + 1) & mask_) {
      if (vals_[i] == kNone) return kNone;
      if (keys_[i] == key) return vals_[i];
    }
  }
  void Insert(uint64_t key, uint32_t val) {
    if ((size_ + 1) * 2 > vals_.size()) Grow();
    Place(key, val);
    ++size_;
  }

 private:
  static size_t Mix(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return static_cast<size_t>(k);
  }
  void Place(uint64_t key, uint32_t val) {
    size_t i = Mix(key) & mask_;
    while (vals_[i] != kNone) i = (i + 1) & mask_;
    keys_[i] = key;
    vals_[i] = val;
  }
  void Grow() {
    std::vector<uint64_t> keys = std::move(keys_);
    std::vector<uint32_t> vals = std::move(vals_);
    size_t n = vals.empty() ? 64 : vals.size() * 2;
    keys_.assign(n, 0);
    vals_.assign(n, kNone);
    mask_ = n - 1;
    for (size_t i = 0; i < vals.size(); ++i)
      if (vals[i] != kNone) Place(keys[i], vals[i]);
  }
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> vals_;
  size_t mask_ = 0, size_ = 0;
};

// Integer weight sums remembered per key, each `width` wide.
class SumMemo {
 public:
  explicit SumMemo(size_t width = 0) : width_(width) {}
  template <typename Fill>
  const int32_t* Get(uint64_t key, Fill fill) {
    uint32_t found = index_.Find(key);
    if (found != FlatIndex::kNone) return &data_[found];
    uint32_t at = static_cast<uint32_t>(data_.size());
    index_.Insert(key, at);
    data_.resize(data_.size() + width_, 0);
    fill(&data_[at]);
    return &data_[at];
  }

 private:
  size_t width_;
  FlatIndex index_;
  std::vector<int32_t> data_;
};

// The same, over keys 0..n-1 known in advance.
class DenseMemo {
 public:
  DenseMemo() = default;
  DenseMemo(size_t n, size_t width) : width_(width), data_(n * width, 0), done_(n, 0) {}
  template <typename Fill>
  const int32_t* Get(size_t key, Fill fill) {
    int32_t* sums = &data_[key * width_];
    if (!done_[key]) {
      fill(sums);
      done_[key] = 1;
    }
    return sums;
  }

 private:
  size_t width_ = 0;
  std::vector<int32_t> data_;
  std::vector<uint8_t> done_;
};

// Rows of sums are this many classes wide, or a multiple of it: the classes beyond a model's
// own stay 0, and Parts adds whole blocks, with no remainder to add one class at a time.
constexpr size_t kRowBlock = 8;

size_t RowWidth(size_t classes) { return (classes + kRowBlock - 1) / kRowBlock * kRowBlock; }

// The parts of one position's sums, added together in one pass, a block of classes at a time.
class Parts {
 public:
  void Add(const int32_t* part) { parts_[n_++] = part; }
  // sums[c] = the parts' sum at c, for c < width (a RowWidth()).
  void SumInto(int32_t* sums, size_t width) const {
    typedef int32_t V4 __attribute__((vector_size(16)));
    for (size_t c = 0; c < width; c += kRowBlock) {
      V4 low = {0, 0, 0, 0}, high = {0, 0, 0, 0};
      for (size_t k = 0; k < n_; ++k) {
        V4 x, y;
        std::memcpy(&x, parts_[k] + c, sizeof x);
        std::memcpy(&y, parts_[k] + c + 4, sizeof y);
        low += x;
        high += y;
      }
      std::memcpy(sums + c, &low, sizeof low);
      std::memcpy(sums + c + 4, &high, sizeof high);
    }
  }

 private:
  const int32_t* parts_[20];  // at most 17 per position
  size_t n_ = 0;
};

// Fetches `width` sums at p into the cache ahead of their use.
void PrefetchSums(const int32_t* p, size_t width) {
  const char* b = reinterpret_cast<const char*>(p);
  const char* e = reinterpret_cast<const char*>(p + width);
  for (; b < e; b += 64) __builtin_prefetch(b);
  __builtin_prefetch(e - 1);
}

// A position's word parts are fetched into the cache this many positions before it is
// scored, while the positions between are summed: all of them up to it from the first.
constexpr size_t kPartsAhead = 2;
size_t FirstAhead(size_t i) { return i == 0 ? 1 : i + kPartsAhead; }

// The tags before position i as dense keys: 0..n-1, n for none (TagAt's 0xFFFF).
size_t TagKey(uint32_t tag, size_t n) { return tag == 0xFFFF ? n : tag; }

constexpr size_t kMaxCachedWords = 1 << 14;

}  // namespace

struct PartScorer::ModelMemo {
  uint64_t stamp = 0;   // distinct for every memo a thread makes: which word slots' sums are its
  size_t filled = 0;    // word sums filled under it
  uint64_t pos_id = 0, name_id = 0;
  size_t P = 0, N = 0;    // the models' classes
  size_t PW = 0, NW = 0;  // their rows' widths (RowWidth)
  int name_outside = -1;  // the name model's class "O"
  std::unordered_map<std::string, WordEntry, StringHash, std::equal_to<>> words;
  WordEntry start, end;  // the boundary words
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> shapes;
  // Part of speech.
  SumMemo pos_cues;
  std::vector<int32_t> pos_case, pos_case_initial;  // 4 rows
  DenseMemo pos_tags;  // (t2, t1)
  // Names.
  SumMemo name_cues, name_prev_cues, name_next_cues, name_shapes_prev, name_shapes_next, name_tag_shape;
  std::vector<int32_t> name_case, name_case_initial;  // 4 rows
  DenseMemo name_tags;        // (t2, t1)
  DenseMemo name_pos_here;    // (p0, p1): Pos, NextPos, PosNextPos
  DenseMemo name_pos_before;  // (p-1, p0): PrevPos, PrevPosPos
  // The hashes of PrevTagLower up to the tag, per TagKey of each model's tags.
  std::vector<FeatureHash> pos_prev_tag, name_prev_tag;
};

namespace {

// Sums of the features that `emit` adds, under `model`, into sums (zeroed by the caller).
template <typename Emit>
void SumOf(const Perceptron& model, int32_t* sums, Emit emit) {
  thread_local std::vector<uint64_t> features;
  Emitter e(&features);
  emit(e);
  model.Accumulate(features.data(), features.size(), sums);
}

void WordOwn(Emitter& e, const TaggerWord& w) {
  e.Add(kBias);
  WordForms(e, w);
}

void FillEntry(const PartScorer::ModelMemo& m, const Perceptron& pos_model, const Perceptron& name_model,
               const TaggerWord& w, PartScorer::WordEntry* entry) {
  const size_t PW = m.PW, NW = m.NW;
  entry->parts.assign(5 * PW + 6 * NW, 0);
  int32_t* p = entry->parts.data();
  int32_t* n = p + 5 * PW;
  SumOf(pos_model, p, [&](Emitter& e) { WordOwn(e, w); });
  SumOf(pos_model, p + PW, [&](Emitter& e) {
    e.Add(kPrevLower, w.lower);
    e.Add(kPrevSuffix3, Suffix(w.lower, 3));
  });
  SumOf(pos_model, p + 2 * PW, [&](Emitter& e) { e.Add(kPrev2Lower, w.lower); });
  SumOf(pos_model, p + 3 * PW, [&](Emitter& e) {
    e.Add(kNextLower, w.lower);
    e.Add(kNextSuffix3, Suffix(w.lower, 3));
  });
  SumOf(pos_model, p + 4 * PW, [&](Emitter& e) { e.Add(kNext2Lower, w.lower); });
  SumOf(name_model, n, [&](Emitter& e) { WordOwn(e, w); });
  SumOf(name_model, n + NW, [&](Emitter& e) { e.Add(kPrevLower, w.lower); });
  SumOf(name_model, n + 2 * NW, [&](Emitter& e) { e.Add(kPrev2Lower, w.lower); });
  SumOf(name_model, n + 3 * NW, [&](Emitter& e) { e.Add(kNextLower, w.lower); });
  SumOf(name_model, n + 4 * NW, [&](Emitter& e) { e.Add(kNext2Lower, w.lower); });
  if (m.name_outside >= 0)
    SumOf(name_model, n + 5 * NW, [&](Emitter& e) { e.Add(kPrevTagLower, static_cast<uint32_t>(m.name_outside), w.lower); });
  entry->first_of_prev_pair = FeatureHash(kPrevLowerLower).Add(w.lower);
  entry->first_of_next_pair = FeatureHash(kLowerNextLower).Add(w.lower);
}

// FeatureHash(kPrevTagLower).Add(tag) of every tag of a model of `classes` tags, by TagKey.
std::vector<FeatureHash> PrevTagHashes(size_t classes) {
  std::vector<FeatureHash> hashes;
  for (size_t key = 0; key <= classes; ++key)
    hashes.push_back(FeatureHash(kPrevTagLower).Add(key == classes ? 0xFFFFu : static_cast<uint32_t>(key)));
  return hashes;
}

uint32_t ShapeId(PartScorer::ModelMemo& m, const std::string& shape) {
  auto it = m.shapes.find(std::string_view(shape));
  if (it != m.shapes.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(m.shapes.size());
  m.shapes.emplace(shape, id);
  return id;
}

PartScorer::ModelMemo& Memo(const Perceptron& pos_model, const Perceptron& name_model) {
  thread_local std::unique_ptr<PartScorer::ModelMemo> memo;
  if (memo && memo->pos_id == pos_model.id() && memo->name_id == name_model.id()) return *memo;
  thread_local uint64_t stamps = 0;
  memo = std::make_unique<PartScorer::ModelMemo>();
  PartScorer::ModelMemo& m = *memo;
  m.stamp = ++stamps;
  m.pos_id = pos_model.id();
  m.name_id = name_model.id();
  size_t P = m.P = pos_model.classes().size(), N = m.N = name_model.classes().size();
  size_t PW = m.PW = RowWidth(P), NW = m.NW = RowWidth(N);
  m.name_outside = name_model.ClassId("O");
  m.pos_cues = SumMemo(PW);
  m.name_cues = m.name_prev_cues = m.name_next_cues = m.name_shapes_prev = m.name_shapes_next = m.name_tag_shape = SumMemo(NW);
  m.pos_case.assign(4 * PW, 0);
  m.pos_case_initial.assign(4 * PW, 0);
  m.name_case.assign(4 * NW, 0);
  m.name_case_initial.assign(4 * NW, 0);
  for (uint32_t c = 0; c < 4; ++c) {
    SumOf(pos_model, &m.pos_case[c * PW], [&](Emitter& e) { e.Add(kDocumentCase, c); });
    SumOf(pos_model, &m.pos_case_initial[c * PW], [&](Emitter& e) { e.Add(kDocumentCaseInitial, c); });
    SumOf(name_model, &m.name_case[c * NW], [&](Emitter& e) { e.Add(kDocumentCase, c); });
    SumOf(name_model, &m.name_case_initial[c * NW], [&](Emitter& e) { e.Add(kDocumentCaseInitial, c); });
  }
  m.pos_tags = DenseMemo((P + 1) * (P + 1), PW);
  m.name_tags = DenseMemo((N + 1) * (N + 1), NW);
  m.name_pos_here = DenseMemo((P + 2) * (P + 2), NW);
  m.name_pos_before = DenseMemo((P + 2) * (P + 2), NW);
  m.pos_prev_tag = PrevTagHashes(P);
  m.name_prev_tag = PrevTagHashes(N);
  const TaggerWord& start = At({}, 0, -1);
  const TaggerWord& end = At({}, 0, 1);
  FillEntry(m, pos_model, name_model, start, &m.start);
  FillEntry(m, pos_model, name_model, end, &m.end);
  m.start.shape_id = ShapeId(m, start.shape);
  m.end.shape_id = ShapeId(m, end.shape);
  return m;
}

}  // namespace

PartScorer::PartScorer(const Perceptron& pos_model, const Perceptron& name_model)
    : pos_model_(pos_model), name_model_(name_model) {}

void PartScorer::Prepare(const std::vector<TaggerWord>& words) {
  {
    // Bounded: past the limit everything starts afresh (shape ids key some of the memos).
    ModelMemo& m = Memo(pos_model_, name_model_);
    if (m.filled > kMaxCachedWords || m.shapes.size() > kMaxCachedWords) m.pos_id = 0;
  }
  ModelMemo& memo = Memo(pos_model_, name_model_);
  words_ = &words;
  entries_.assign(words.size() + 4, nullptr);
  entries_[0] = entries_[1] = &memo.start;
  entries_[words.size() + 2] = entries_[words.size() + 3] = &memo.end;
  WordCache& cache = Cache();
  for (size_t i = 0; i < words.size(); ++i) {
    const TaggerWord& w = words[i];
    if (w.word_id != TaggerWord::kNoWord && w.generation == cache.generation) {
      WordSlot& slot = cache.slots[w.word_id];
      if (slot.entry_stamp != memo.stamp) {
        FillEntry(memo, pos_model_, name_model_, w, &slot.entry);
        slot.entry.shape_id = ShapeId(memo, w.shape);
        slot.entry_stamp = memo.stamp;
        ++memo.filled;
      }
      entries_[i + 2] = &slot.entry;
      continue;
    }
    auto it = memo.words.find(std::string_view(w.text));
    if (it == memo.words.end()) {
      it = memo.words.try_emplace(w.text).first;
      FillEntry(memo, pos_model_, name_model_, w, &it->second);
      it->second.shape_id = ShapeId(memo, w.shape);
      ++memo.filled;
    }
    entries_[i + 2] = &it->second;
  }
  sums_.assign(std::max(memo.PW, memo.NW), 0);
  pairs_.resize(2 * words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    pairs_[2 * i] = FeatureHash(entries_[i + 1]->first_of_prev_pair).Add(words[i].lower).Done();
    pairs_[2 * i + 1] = FeatureHash(entries_[i + 2]->first_of_next_pair).Add(At(words, i, 1).lower).Done();
  }
}

void PartScorer::PosScores(size_t i, const std::vector<int>& tags, float* scores) {
  ModelMemo& m = Memo(pos_model_, name_model_);
  const size_t P = m.P, PW = m.PW;
  const TaggerWord& w = (*words_)[i];
  // The features looked up per occurrence first, their table slots fetched during the rest.
  uint32_t t1 = TagAt(tags, i, -1), t2 = TagAt(tags, i, -2);
  {
    Emitter e(&features_);
    e.Add(m.pos_prev_tag[TagKey(t1, P)], w.lower);  // PrevTagLower
    if (w.initial) e.Add(kInitialShape, w.shape);
    if (w.shouting) e.Add(kShoutingLower, w.lower);
    pos_model_.Prefetch(features_.data(), features_.size());
  }
  int32_t* sums = sums_.data();
  Parts parts;
  WordEntry* const* at = &entries_[i + 2];
  for (size_t j = FirstAhead(i); j <= i + kPartsAhead && j < words_->size(); ++j) {
    WordEntry* const* later = &entries_[j + 2];
    PrefetchSums(later[0]->parts.data(), PW);
    PrefetchSums(later[-1]->parts.data() + PW, PW);
    PrefetchSums(later[-2]->parts.data() + 2 * PW, PW);
    PrefetchSums(later[1]->parts.data() + 3 * PW, PW);
    PrefetchSums(later[2]->parts.data() + 4 * PW, PW);
  }
  parts.Add(at[0]->parts.data());
  parts.Add(at[-1]->parts.data() + PW);
  parts.Add(at[-2]->parts.data() + 2 * PW);
  parts.Add(at[1]->parts.data() + 3 * PW);
  parts.Add(at[2]->parts.data() + 4 * PW);
  if (w.cues)
    parts.Add(m.pos_cues.Get(w.cues, [&](int32_t* s) { SumOf(pos_model_, s, [&](Emitter& e) { e.Cues(kCue, w.cues); }); }));
  uint32_t dc = static_cast<uint32_t>(w.document_case);
  parts.Add(&m.pos_case[dc * PW]);
  if (w.initial) parts.Add(&m.pos_case_initial[dc * PW]);
  parts.Add(m.pos_tags.Get(TagKey(t2, P) * (P + 1) + TagKey(t1, P), [&](int32_t* s) {
    SumOf(pos_model_, s, [&](Emitter& e) {
      e.Add(kPrevTag, t1);
      e.Add(kPrev2Tags, t2, t1);
    });
  }));
  parts.SumInto(sums, PW);
  pos_model_.Accumulate(features_.data(), features_.size(), sums);
  pos_model_.Finish(sums, scores);
}

void PartScorer::NameScores(size_t i, const std::vector<int>& pos, const std::vector<int>& tags, float* scores) {
  ModelMemo& m = Memo(pos_model_, name_model_);
  const size_t P = m.P, N = m.N, NW = m.NW;
  const std::vector<TaggerWord>& words = *words_;
  const TaggerWord& w = words[i];
  const TaggerWord& prev = At(words, i, -1);
  const TaggerWord& next = At(words, i, 1);
  uint32_t t1 = TagAt(tags, i, -1), t2 = TagAt(tags, i, -2);
  constexpr size_t kPairsAhead = 4;
  if (i == 0) name_model_.Prefetch(pairs_.data(), std::min(pairs_.size(), 2 * kPairsAhead));
  if (i + kPairsAhead < words.size()) name_model_.Prefetch(&pairs_[2 * (i + kPairsAhead)], 2);
  {
    Emitter e(&features_);
    if (static_cast<int>(t1) != m.name_outside) e.Add(m.name_prev_tag[TagKey(t1, N)], w.lower);  // PrevTagLower
    if (w.initial) e.Add(kInitialShape, w.shape);
    if (w.shouting) e.Add(kShoutingLower, w.lower);
    name_model_.Prefetch(features_.data(), features_.size());
    features_.push_back(pairs_[2 * i]);      // PrevLowerLower
    features_.push_back(pairs_[2 * i + 1]);  // LowerNextLower
  }
  int32_t* sums = sums_.data();
  Parts parts;
  WordEntry* const* at = &entries_[i + 2];
  const size_t base = 5 * m.PW;
  for (size_t j = FirstAhead(i); j <= i + kPartsAhead && j < words.size(); ++j) {
    WordEntry* const* later = &entries_[j + 2];
    PrefetchSums(later[0]->parts.data() + base, NW);
    PrefetchSums(later[-1]->parts.data() + base + NW, NW);
    PrefetchSums(later[-2]->parts.data() + base + 2 * NW, NW);
    PrefetchSums(later[1]->parts.data() + base + 3 * NW, NW);
    PrefetchSums(later[2]->parts.data() + base + 4 * NW, NW);
    PrefetchSums(later[0]->parts.data() + base + 5 * NW, NW);
  }
  parts.Add(at[0]->parts.data() + base);
  parts.Add(at[-1]->parts.data() + base + NW);
  parts.Add(at[-2]->parts.data() + base + 2 * NW);
  parts.Add(at[1]->parts.data() + base + 3 * NW);
  parts.Add(at[2]->parts.data() + base + 4 * NW);
  if (static_cast<int>(t1) == m.name_outside) parts.Add(at[0]->parts.data() + base + 5 * NW);  // PrevTagLower
  if (w.cues)
    parts.Add(m.name_cues.Get(w.cues, [&](int32_t* s) { SumOf(name_model_, s, [&](Emitter& e) { e.Cues(kCue, w.cues); }); }));
  if (prev.cues)
    parts.Add(m.name_prev_cues.Get(prev.cues, [&](int32_t* s) { SumOf(name_model_, s, [&](Emitter& e) { e.Cues(kPrevCue, prev.cues); }); }));
  if (next.cues)
    parts.Add(m.name_next_cues.Get(next.cues, [&](int32_t* s) { SumOf(name_model_, s, [&](Emitter& e) { e.Cues(kNextCue, next.cues); }); }));
  uint32_t dc = static_cast<uint32_t>(w.document_case);
  parts.Add(&m.name_case[dc * NW]);
  if (w.initial) parts.Add(&m.name_case_initial[dc * NW]);
  uint64_t shape = at[0]->shape_id, prev_shape = at[-1]->shape_id, next_shape = at[1]->shape_id;
  parts.Add(m.name_shapes_prev.Get(prev_shape << 32 | shape, [&](int32_t* s) {
    SumOf(name_model_, s, [&](Emitter& e) { e.Add(kPrevShapeShape, prev.shape, w.shape); });
  }));
  parts.Add(m.name_shapes_next.Get(shape << 32 | next_shape, [&](int32_t* s) {
    SumOf(name_model_, s, [&](Emitter& e) { e.Add(kShapeNextShape, w.shape, next.shape); });
  }));
  // Parts of speech: ids of the model's classes, P for "<s>", P + 1 for "</s>".
  const std::vector<std::string>& pos_names = pos_model_.classes();
  auto pos_key = [&](long offset) -> size_t {
    long j = static_cast<long>(i) + offset;
    if (j < 0) return P;
    if (j >= static_cast<long>(pos.size())) return P + 1;
    return static_cast<size_t>(pos[static_cast<size_t>(j)]);
  };
  auto pos_name = [&](size_t key) -> std::string_view {
    return key == P ? "<s>" : key == P + 1 ? "</s>" : std::string_view(pos_names[key]);
  };
  size_t p_prev = pos_key(-1), p0 = pos_key(0), p_next = pos_key(1);
  parts.Add(m.name_pos_here.Get(p0 * (P + 2) + p_next, [&](int32_t* s) {
    SumOf(name_model_, s, [&](Emitter& e) {
      e.Add(kPos, pos_name(p0));
      e.Add(kNextPos, pos_name(p_next));
      e.Add(kPosNextPos, pos_name(p0), pos_name(p_next));
    });
  }));
  parts.Add(m.name_pos_before.Get(p_prev * (P + 2) + p0, [&](int32_t* s) {
    SumOf(name_model_, s, [&](Emitter& e) {
      e.Add(kPrevPos, pos_name(p_prev));
      e.Add(kPrevPosPos, pos_name(p_prev), pos_name(p0));
    });
  }));
  parts.Add(m.name_tags.Get(TagKey(t2, N) * (N + 1) + TagKey(t1, N), [&](int32_t* s) {
    SumOf(name_model_, s, [&](Emitter& e) {
      e.Add(kPrevTag, t1);
      e.Add(kPrev2Tags, t2, t1);
    });
  }));
  parts.Add(m.name_tag_shape.Get(uint64_t{t1} << 32 | shape, [&](int32_t* s) {
    SumOf(name_model_, s, [&](Emitter& e) { e.Add(kPrevTagShape, t1, w.shape); });
  }));
  parts.SumInto(sums, NW);
  name_model_.Accumulate(features_.data(), features_.size(), sums);
  name_model_.Finish(sums, scores);
}

}  // namespace kg::compiler
