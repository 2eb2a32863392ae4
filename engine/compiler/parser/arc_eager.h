// engine/compiler/parser/arc_eager.h — the parser's transition system and its training oracle.
//
// Arc-eager (Nivre 2003): a stack, a buffer of the sentence's words followed by the root, and
// four moves that build the tree left to right in 2n steps:
//   SHIFT   push the buffer's front word
//   REDUCE  pop the stack's top word, which has its head
//   LEFT    the buffer's front word (or the root) becomes the head of the stack's top word,
//           which is popped
//   RIGHT   the stack's top word becomes the head of the buffer's front word, which is pushed
// Words are numbered from 1 to n; the root is n + 1 while parsing, 0 in Heads(). The root at
// the end of the buffer (Ballesteros & Nivre 2013) means no word is made the root before the
// whole sentence is seen: with the root in front, "Maria Lopez, the mayor, met John" made
// "Maria" the root before "met" came. The parse ends with the root alone in the buffer.
//
// Cost() is the dynamic oracle of Goldberg & Nivre (2012): how many gold arcs a move makes
// unreachable. Training follows the model's own moves and learns the cheapest one at each
// step, so the parser learns to recover from its mistakes as it will meet them.
#pragma once

#include <cstddef>
#include <vector>

namespace kg::compiler {

enum Move : int { kShift = 0, kReduce = 1, kLeft = 2, kRight = 3, kNoMove = -1 };
constexpr int kMoves = 4;

class ArcEagerState {
 public:
  explicit ArcEagerState(int words);

  int words() const { return n_; }
  int root() const { return n_ + 1; }
  bool Done() const { return buffer_ == root() && stack_.empty(); }
  bool Valid(Move move) const;
  // The one valid move when there is only one (SHIFT onto an empty stack; with only the root
  // left in the buffer, LEFT or REDUCE as the top has a head or not), else kNoMove: the parser
  // need not score it, and about a quarter of all moves are such.
  Move Forced() const;
  void Apply(Move move);

  // The stack's i-th word from the top (0 = top), the buffer's i-th word from the front (the
  // last is root()), or -1 where there is none.
  int Stack(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - static_cast<std::size_t>(i)] : -1;
  }
  int Buffer(int i) const { return buffer_ + i <= root() ? buffer_ + i : -1; }
  int Head(int word) const { return head_[static_cast<std::size_t>(word)]; }  // -1 while none
  // A word's leftmost / rightmost dependents so far (-1 if none), the next ones in, and how
  // many on each side.
  int LeftChild(int word) const { return left_[static_cast<std::size_t>(word)]; }
  int RightChild(int word) const { return right_[static_cast<std::size_t>(word)]; }
  int LeftChild2(int word) const { return left2_[static_cast<std::size_t>(word)]; }
  int RightChild2(int word) const { return right2_[static_cast<std::size_t>(word)]; }
  int LeftCount(int word) const { return left_count_[static_cast<std::size_t>(word)]; }
  int RightCount(int word) const { return right_count_[static_cast<std::size_t>(word)]; }

  // The gold arcs (gold_heads[w] for word w, 0 for the root; [0] unused) that `move` makes
  // unreachable.
  // REQUIRES: Valid(move).
  int Cost(Move move, const std::vector<int>& gold_heads) const;

  // Heads of words 1..n after Done(): [0] unused, 0 for a root.
  std::vector<int> Heads() const;

 private:
  void AddArc(int head, int dependent);
  // Gold arcs between `word` and words on the stack that are still open.
  int StackArcs(int word, const std::vector<int>& gold, bool skip_top_as_head) const;
  int GoldHead(const std::vector<int>& gold, int word) const {
    const int head = gold[static_cast<std::size_t>(word)];
    return head == 0 ? root() : head;
  }

  int n_;
  int buffer_ = 1;  // the buffer is words buffer_..root()
  std::vector<int> stack_;
  std::vector<int> head_, left_, right_, left2_, right2_, left_count_, right_count_;
  std::vector<bool> on_stack_;
};

}  // namespace kg::compiler
