// A counting allocator for the hardening tests: the test program that links
// counting_allocator.cpp replaces the global operator new and delete, counts
// every allocation of the calling thread, and can make the n-th allocation
// from now throw std::bad_alloc (the nothrow forms return nullptr instead).
#pragma once

#include <cstdint>

namespace kalends_test::alloc {

// Allocations made by this thread since the program started.
[[nodiscard]] std::int64_t count() noexcept;

// The n-th allocation from now (n >= 1) on this thread fails; 0 disarms.
void fail_after(std::int64_t n) noexcept;
void disarm() noexcept;
// True once the armed failure has happened (and resets the flag).
[[nodiscard]] bool failure_happened() noexcept;

// Counts the allocations made while it lives.
class scope {
public:
    scope() noexcept : start_(count()) {}
    [[nodiscard]] std::int64_t allocations() const noexcept { return count() - start_; }

private:
    std::int64_t start_;
};

}  // namespace kalends_test::alloc
