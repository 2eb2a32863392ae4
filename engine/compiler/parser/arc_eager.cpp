#include "engine/compiler/parser/arc_eager.h"

namespace kg::compiler {

ArcEagerState::ArcEagerState(int words)
    : n_(words),
      head_(static_cast<std::size_t>(words) + 2, -1),
      left_(static_cast<std::size_t>(words) + 2, -1),
      right_(static_cast<std::size_t>(words) + 2, -1),
      left2_(static_cast<std::size_t>(words) + 2, -1),
      right2_(static_cast<std::size_t>(words) + 2, -1),
      left_count_(static_cast<std::size_t>(words) + 2, 0),
      right_count_(static_cast<std::size_t>(words) + 2, 0),
      on_stack_(static_cast<std::size_t>(words) + 2, false) {
  stack_.reserve(static_cast<std::size_t>(words));
}

bool ArcEagerState::Valid(Move move) const {
  const int s = stack_.empty() ? -1 : stack_.back();
  switch (move) {
    case kShift:
      return buffer_ < root();
    case kRight:
      return buffer_ < root() && s > 0;
    case kLeft:
      return s > 0 && Head(s) < 0;
    case kReduce:
      return s > 0 && Head(s) >= 0;
    case kNoMove:
      break;
  }
  return false;
}

Move ArcEagerState::Forced() const {
  if (stack_.empty()) return kShift;
  if (buffer_ == root()) return Head(stack_.back()) < 0 ? kLeft : kReduce;
  return kNoMove;
}

void ArcEagerState::AddArc(int head, int dependent) {
  head_[static_cast<std::size_t>(dependent)] = head;
  const std::size_t h = static_cast<std::size_t>(head);
  // Left dependents come closest first (popped off the stack), right ones left to right: each
  // new one is the outermost.
  if (dependent < head) {
    left2_[h] = left_[h];
    left_[h] = dependent;
    ++left_count_[h];
  } else {
    right2_[h] = right_[h];
    right_[h] = dependent;
    ++right_count_[h];
  }
}

void ArcEagerState::Apply(Move move) {
  const int s = stack_.empty() ? -1 : stack_.back();
  switch (move) {
    case kShift:
      stack_.push_back(buffer_);
      on_stack_[static_cast<std::size_t>(buffer_++)] = true;
      break;
    case kReduce:
      on_stack_[static_cast<std::size_t>(s)] = false;
      stack_.pop_back();
      break;
    case kLeft:
      AddArc(buffer_, s);
      on_stack_[static_cast<std::size_t>(s)] = false;
      stack_.pop_back();
      break;
    case kRight:
      AddArc(s, buffer_);
      stack_.push_back(buffer_);
      on_stack_[static_cast<std::size_t>(buffer_++)] = true;
      break;
    case kNoMove:
      break;
  }
}

int ArcEagerState::StackArcs(int word, const std::vector<int>& gold, bool skip_top_as_head) const {
  int cost = 0;
  const int top = stack_.empty() ? -1 : stack_.back();
  const int head = GoldHead(gold, word);
  if (on_stack_[static_cast<std::size_t>(head)] && !(skip_top_as_head && head == top)) ++cost;
  // Stack words still without a head whose gold head is `word`.
  for (int k : stack_)
    if (Head(k) < 0 && GoldHead(gold, k) == word) ++cost;
  return cost;
}

int ArcEagerState::Cost(Move move, const std::vector<int>& gold) const {
  const int s = stack_.empty() ? -1 : stack_.back(), b = buffer_;
  auto in_buffer = [&](int k, int from) { return k >= from && k <= root(); };
  int cost = 0;
  switch (move) {
    case kShift:  // b can take no head and no dependent from the stack
      return StackArcs(b, gold, false);
    case kRight:  // b's head is s; it can take no other head, and no dependent from the stack
      cost = StackArcs(b, gold, true);
      if (in_buffer(GoldHead(gold, b), b + 1)) ++cost;
      return cost;
    case kLeft:  // s's head is b; it can take no other head and no dependent from the buffer
      if (in_buffer(GoldHead(gold, s), b + 1)) ++cost;
      for (int k = b; k <= n_; ++k)
        if (gold[static_cast<std::size_t>(k)] == s) ++cost;
      return cost;
    case kReduce:  // s can take no more dependents from the buffer
      for (int k = b; k <= n_; ++k)
        if (gold[static_cast<std::size_t>(k)] == s) ++cost;
      return cost;
    case kNoMove:
      break;
  }
  return cost;
}

std::vector<int> ArcEagerState::Heads() const {
  std::vector<int> heads(head_.begin(), head_.end() - 1);
  heads[0] = 0;
  for (int w = 1; w <= n_; ++w) {
    int& head = heads[static_cast<std::size_t>(w)];
    if (head < 0 || head == root()) head = 0;
  }
  return heads;
}

}  // namespace kg::compiler
