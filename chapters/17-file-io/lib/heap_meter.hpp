// Measures how far the heap grows: every operator new and delete of the program is counted.
// It replaces the global operator new, so include it in exactly one source file of a
// program (a test file), never in a header or a library. AddressSanitizer and
// ThreadSanitizer bring their own operator new: in their builds nothing is replaced, and
// heap_meter::available is false.
#pragma once
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define A2A_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define A2A_SANITIZED 1
#endif
#endif

#include <atomic>
#include <cstdlib>
#include <malloc.h>
#include <new>

namespace heap_meter {
#if defined(A2A_SANITIZED)
constexpr bool available = false;
#else
constexpr bool available = true;
#endif

inline std::atomic<long long> bytes_now{0}, bytes_peak{0};

inline void count(long long change)
{
  long long now = bytes_now += change;
  for (long long peak = bytes_peak; now > peak && !bytes_peak.compare_exchange_weak(peak, now);) {
  }
}

// The heap's growth during work(), at its highest, in bytes.
template <typename F>
long long growth_during(F work)
{
  long long before = bytes_now;
  bytes_peak = before;
  work();
  return bytes_peak - before;
}
}  // namespace heap_meter

#if !defined(A2A_SANITIZED)
void* operator new(std::size_t size)
{
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p == nullptr) throw std::bad_alloc();
  heap_meter::count(static_cast<long long>(malloc_usable_size(p)));
  return p;
}

void operator delete(void* p) noexcept
{
  if (p == nullptr) return;
  heap_meter::count(-static_cast<long long>(malloc_usable_size(p)));
  std::free(p);
}

void operator delete(void* p, std::size_t) noexcept
{
  operator delete(p);
}
#endif
