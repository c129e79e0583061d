// Replacement of every global operator new / delete form (C++17 and later):
// malloc underneath, so AddressSanitizer and LeakSanitizer still see every
// block, plus a per-thread count and an injectable failure.
#include "counting_allocator.hpp"

#include <cstddef>
#include <cstdlib>
#include <new>

namespace {

thread_local std::int64_t allocations = 0;
thread_local std::int64_t fail_at = 0;  // 0: never
thread_local bool failed = false;

// True if this allocation is the one that must fail.
bool count_and_check() noexcept {
    ++allocations;
    if (fail_at != 0 && allocations == fail_at) {
        fail_at = 0;
        failed = true;
        return true;
    }
    return false;
}

void* allocate(std::size_t size, std::size_t alignment, bool nothrow) {
    if (count_and_check()) {
        if (nothrow) return nullptr;
        throw std::bad_alloc();
    }
    if (size == 0) size = 1;
    void* block = nullptr;
    if (alignment <= alignof(std::max_align_t)) {
        block = std::malloc(size);
    } else {
        // aligned_alloc needs a size that is a multiple of the alignment.
        block = std::aligned_alloc(alignment, (size + alignment - 1) / alignment * alignment);
    }
    if (block == nullptr && !nothrow) throw std::bad_alloc();
    return block;
}

}  // namespace

namespace kalends_test::alloc {

std::int64_t count() noexcept { return allocations; }
void fail_after(std::int64_t n) noexcept { fail_at = n > 0 ? allocations + n : 0; }
void disarm() noexcept { fail_at = 0; }
bool failure_happened() noexcept {
    const bool result = failed;
    failed = false;
    return result;
}

}  // namespace kalends_test::alloc

// NOLINTBEGIN(cert-dcl58-cpp)
void* operator new(std::size_t size) { return allocate(size, 0, false); }
void* operator new[](std::size_t size) { return allocate(size, 0, false); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return allocate(size, 0, true); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return allocate(size, 0, true); }
void* operator new(std::size_t size, std::align_val_t a) { return allocate(size, static_cast<std::size_t>(a), false); }
void* operator new[](std::size_t size, std::align_val_t a) { return allocate(size, static_cast<std::size_t>(a), false); }
void* operator new(std::size_t size, std::align_val_t a, const std::nothrow_t&) noexcept {
    return allocate(size, static_cast<std::size_t>(a), true);
}
void* operator new[](std::size_t size, std::align_val_t a, const std::nothrow_t&) noexcept {
    return allocate(size, static_cast<std::size_t>(a), true);
}

void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { std::free(p); }
// NOLINTEND(cert-dcl58-cpp)
