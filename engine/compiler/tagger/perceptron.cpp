#include "engine/compiler/tagger/perceptron.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>

namespace kg::compiler {

namespace {

constexpr char kMagic[8] = {'K', 'G', 'P', 'W', '0', '0', '0', '1'};

template <typename T>
void Put(std::string* out, T v) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &v, sizeof(T));
  out->append(bytes, sizeof(T));
}

// Reads fixed-size values from the model bytes, failing once past the end.
class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}
  template <typename T>
  bool Get(T* v) {
    if (bytes_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(v, bytes_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool GetString(size_t n, std::string* s) {
    if (bytes_.size() - pos_ < n) return false;
    s->assign(bytes_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool AtEnd() const { return pos_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

// Spreads the feature hash before masking: the low bits of the hash are already mixed, but a
// second mix keeps probe runs short whatever the hash function.
uint64_t SlotOf(uint64_t key, uint64_t mask) { return (key * 0x9E3779B97F4A7C15ull >> 17) & mask; }

}  // namespace

Perceptron::Perceptron(std::vector<std::string> classes) : classes_(std::move(classes)) {}

int Perceptron::ClassId(std::string_view name) const {
  for (size_t i = 0; i < classes_.size(); ++i)
    if (classes_[i] == name) return static_cast<int>(i);
  return -1;
}

void Perceptron::Score(const std::vector<uint64_t>& features, std::vector<float>* scores) const {
  scores->assign(classes_.size(), 0.0f);
  if (!rows_.empty()) {  // training
    for (uint64_t f : features) {
      auto it = rows_.find(f);
      if (it == rows_.end()) continue;
      for (size_t c = 0; c < classes_.size(); ++c) (*scores)[c] += it->second.weights[c];
    }
    return;
  }
  if (slots_.empty()) return;
  // Sums of 16-bit weights over a few dozen features are exact in float, so the order in which
  // they are added does not change the scores.
  for (uint64_t f : features) __builtin_prefetch(&slots_[SlotOf(f, mask_)]);
  thread_local std::vector<const Slot*> found;
  found.clear();
  for (uint64_t f : features) {
    for (uint64_t slot = SlotOf(f, mask_);; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (s.key == 0) break;
      if (s.key != f) continue;
      if (!s.Inline()) __builtin_prefetch(&entries_[s.begin]);
      found.push_back(&s);
      break;
    }
  }
  std::vector<float>& s = *scores;
  for (const Slot* slot : found) {
    if (slot->Inline()) {
      s[PackedClass(slot->begin)] += PackedWeight(slot->begin);
      if (slot->end) s[PackedClass(slot->end)] += PackedWeight(slot->end);
      continue;
    }
    for (uint32_t e = slot->begin; e < slot->end; ++e) s[entries_[e].cls] += entries_[e].weight;
  }
  for (float& v : s) v *= scale_;
}

void Perceptron::Accumulate(const uint64_t* features, size_t n, int32_t* sums) const {
  for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[SlotOf(features[i], mask_)]);
  const Slot* found[64];
  size_t nfound = 0;
  auto sum = [&] {
    for (size_t k = 0; k < nfound; ++k)
      for (uint32_t e = found[k]->begin; e < found[k]->end; ++e) sums[entries_[e].cls] += entries_[e].weight;
    nfound = 0;
  };
  for (size_t i = 0; i < n; ++i) {
    uint64_t f = features[i];
    for (uint64_t slot = SlotOf(f, mask_);; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (s.key == 0) break;
      if (s.key != f) continue;
      if (s.Inline()) {  // its entries at hand
        sums[PackedClass(s.begin)] += PackedWeight(s.begin);
        if (s.end) sums[PackedClass(s.end)] += PackedWeight(s.end);
        break;
      }
      __builtin_prefetch(&entries_[s.begin]);
      if (nfound == 64) sum();
      found[nfound++] = &s;
      break;
    }
  }
  sum();
}

void Perceptron::Prefetch(const uint64_t* features, size_t n) const {
  for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[SlotOf(features[i], mask_)]);
}

void Perceptron::Finish(const int32_t* sums, float* scores) const {
  // Four classes at a time: each score is the same conversion and product as one by one.
  typedef int32_t I4 __attribute__((vector_size(16)));
  typedef float F4 __attribute__((vector_size(16)));
  const size_t n = classes_.size();
  const float scale = scale_;
  size_t c = 0;
  for (; c + 4 <= n; c += 4) {
    I4 s;
    std::memcpy(&s, sums + c, sizeof s);
    F4 f = __builtin_convertvector(s, F4) * scale;
    std::memcpy(scores + c, &f, sizeof f);
  }
  for (; c < n; ++c) scores[c] = static_cast<float>(sums[c]) * scale;
}

void Perceptron::LearnOne(uint64_t feature, int cls, float delta) {
  Row& row = rows_[feature];
  if (row.weights.empty()) {
    row.weights.assign(classes_.size(), 0.0f);
    row.totals.assign(classes_.size(), 0.0f);
    row.stamps.assign(classes_.size(), 0);
  }
  // Lazy averaging: the weight held since the last change is added to the total once.
  row.totals[cls] += static_cast<float>(updates_ - row.stamps[cls]) * row.weights[cls];
  row.stamps[cls] = updates_;
  row.weights[cls] += delta;
}

void Perceptron::Update(int truth, int guess, const std::vector<uint64_t>& features) {
  ++updates_;
  if (truth == guess) return;
  for (uint64_t f : features) {
    LearnOne(f, truth, 1.0f);
    LearnOne(f, guess, -1.0f);
  }
}

void Perceptron::Average() {
  for (auto& [feature, row] : rows_)
    for (size_t c = 0; c < classes_.size(); ++c) {
      float total = row.totals[c] + static_cast<float>(updates_ - row.stamps[c]) * row.weights[c];
      row.weights[c] = updates_ > 0 ? total / static_cast<float>(updates_) : 0.0f;
    }
}

std::string Perceptron::Serialize(float min_weight) const {
  std::vector<uint64_t> keys;
  float largest = 0.0f;
  for (const auto& [feature, row] : rows_)
    for (float w : row.weights)
      if (std::fabs(w) >= min_weight) {
        largest = std::max(largest, std::fabs(w));
        keys.push_back(feature);
      }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  float scale = largest > 0 ? largest / 32767.0f : 1.0f;

  std::string out(kMagic, sizeof(kMagic));
  Put<uint32_t>(&out, static_cast<uint32_t>(classes_.size()));
  for (const auto& c : classes_) {
    Put<uint16_t>(&out, static_cast<uint16_t>(c.size()));
    out += c;
  }
  Put<float>(&out, scale);
  Put<uint32_t>(&out, static_cast<uint32_t>(keys.size()));
  for (uint64_t key : keys) {
    const Row& row = rows_.at(key);
    std::vector<std::pair<uint16_t, int16_t>> kept;
    for (size_t c = 0; c < classes_.size(); ++c) {
      long q = std::lround(row.weights[c] / scale);
      if (std::fabs(row.weights[c]) >= min_weight && q != 0) kept.emplace_back(static_cast<uint16_t>(c), static_cast<int16_t>(q));
    }
    Put<uint64_t>(&out, key);
    Put<uint16_t>(&out, static_cast<uint16_t>(kept.size()));
    for (auto [c, w] : kept) {
      Put<uint16_t>(&out, c);
      Put<int16_t>(&out, w);
    }
  }
  return out;
}

Status Perceptron::Load(std::string_view bytes) {
  // Parsed into a fresh model and swapped in whole: a failed load leaves this one as it was.
  auto corrupt = [] { return Status::Runtime("tagger model is corrupt or of another version"); };
  if (bytes.size() < sizeof(kMagic) || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) return corrupt();
  ByteReader in(bytes.substr(sizeof(kMagic)));
  Perceptron m;
  uint32_t nclasses = 0, nrows = 0;
  if (!in.Get(&nclasses) || nclasses == 0 || nclasses > 4096) return corrupt();
  for (uint32_t c = 0; c < nclasses; ++c) {
    uint16_t len = 0;
    std::string name;
    if (!in.Get(&len) || !in.GetString(len, &name)) return corrupt();
    m.classes_.push_back(std::move(name));
  }
  if (!in.Get(&m.scale_) || !in.Get(&nrows)) return corrupt();
  std::vector<uint64_t> keys;
  std::vector<uint32_t> row_begin(1, 0);  // entries of row r: [row_begin[r], row_begin[r + 1])
  for (uint32_t r = 0; r < nrows; ++r) {
    uint64_t key = 0;
    uint16_t count = 0;
    if (!in.Get(&key) || !in.Get(&count) || key == 0) return corrupt();
    for (uint16_t e = 0; e < count; ++e) {
      Entry entry{};
      if (!in.Get(&entry.cls) || !in.Get(&entry.weight) || entry.cls >= nclasses) return corrupt();
      m.entries_.push_back(entry);
    }
    keys.push_back(key);
    row_begin.push_back(static_cast<uint32_t>(m.entries_.size()));
  }
  if (!in.AtEnd()) return corrupt();
  size_t size = 16;
  while (size < keys.size() * 2) size *= 2;
  m.mask_ = size - 1;
  m.slots_.assign(size, Slot{});
  for (uint32_t r = 0; r < keys.size(); ++r) {
    uint64_t slot = SlotOf(keys[r], m.mask_);
    while (m.slots_[slot].key != 0) slot = (slot + 1) & m.mask_;
    uint32_t begin = row_begin[r], end = row_begin[r + 1];
    if (end - begin == 1) m.slots_[slot] = Slot{keys[r], Pack(m.entries_[begin]), 0};
    else if (end - begin == 2) m.slots_[slot] = Slot{keys[r], Pack(m.entries_[begin]), Pack(m.entries_[begin + 1])};
    else m.slots_[slot] = Slot{keys[r], begin, end};
  }
  static std::atomic<uint64_t> loads{0};
  m.id_ = ++loads;
  *this = std::move(m);
  return Status::Ok();
}

}  // namespace kg::compiler
