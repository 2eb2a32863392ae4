// engine/compiler/tagger/huge_pages.h — memory for the large tables looked up at random.
//
// The taggers' weights (some 16 MB of hash slots) and the lexicon's word tables are read at
// random, a few lookups per word. In 4 KB pages nearly every lookup misses the TLB as well as
// the cache and waits for a page walk; in 2 MB pages a table is a handful of TLB entries.
// Linux gives transparent huge pages to memory that asks for them (madvise) where it is so
// configured (transparent_hugepage=madvise, the common default); elsewhere the hint is
// ignored and this is an ordinary allocation. Only what it costs changes, never what is read.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <new>

namespace kg::compiler {

// A std::allocator for std::vector: blocks of 1 MB and more are 2 MB-aligned, rounded up to
// whole 2 MB pages and advised MADV_HUGEPAGE; smaller ones come from operator new.
template <typename T>
class HugePageAllocator {
 public:
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: rebinding, as std::allocator

  T* allocate(size_t n) {
    size_t bytes = n * sizeof(T);
    if (!Huge(bytes)) return static_cast<T*>(::operator new(bytes));
    size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (p == nullptr) throw std::bad_alloc();
    madvise(p, rounded, MADV_HUGEPAGE);  // a hint: failure leaves ordinary pages
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t n) {
    if (Huge(n * sizeof(T)))
      std::free(p);
    else
      ::operator delete(p);
  }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
  template <typename U>
  bool operator!=(const HugePageAllocator<U>&) const {
    return false;
  }

 private:
  static constexpr size_t kHugePage = size_t{2} << 20;
  static bool Huge(size_t bytes) { return bytes >= kHugePage / 2; }
};

}  // namespace kg::compiler
