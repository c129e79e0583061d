// The loops behind the bulk API (bulk.hpp) for one kernel.
//
// A span is cut into chunks. A kernel with a branch-free 32-bit form
// (from_jdn_fast / is_valid_fast + to_jdn_fast, as the Gregorian kernel has)
// converts each chunk with it, testing in the same pass that every element
// lies in that form's window; a chunk with an element outside it is converted
// again element by element by the exact form, which marks invalid elements.
// So the common case is one loop with no branch, which the compiler
// vectorizes, and the rare case is still exact.
//
// The fast forms a kernel may provide (all static constexpr noexcept, no
// data-dependent branch, only 32-bit multiplications and divisions by
// constants, so that GCC vectorizes a loop of them for SSE2 and AVX2):
//   fast_first_jdn, fast_last_jdn   std::int64_t: the window of from_jdn_fast
//   date_parts from_jdn_fast(std::int64_t jdn)
//       exact for every jdn in the window; any value for other inputs (no UB)
//   bool is_valid_fast(int year, int month, int day)
//       true exactly when the date is valid and to_jdn_fast is exact for it
//       (false for every invalid date; may be false for valid dates outside
//       its window)
//   std::int64_t to_jdn_fast(int year, int month, int day)
//       exact when is_valid_fast; any value otherwise (no UB)
// The handle uses is_valid_fast + to_jdn_fast too (kernel_backend.hpp), as
// a validation without data-dependent branches.
//
// On x86-64 the chunk loops are compiled twice, for the baseline ISA (SSE2)
// and for AVX2, and the AVX2 copy runs when the CPU has it (checked once).
#pragma once

#include <kalends/calendar_backend.hpp>
#include <kalends/calendars/kernel_range.hpp>
#include <kalends/date_parts.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define KALENDS_BULK_AVX2 1
#else
#define KALENDS_BULK_AVX2 0
#endif

namespace kalends::detail::bulk {

inline constexpr std::size_t chunk_size = 256;

template <class Kernel>
concept fast_to_parts = requires(std::int64_t jdn) {
    { Kernel::from_jdn_fast(jdn) } -> std::same_as<date_parts>;
    Kernel::fast_first_jdn;
    Kernel::fast_last_jdn;
};

template <class Kernel>
concept fast_to_jdns = requires(int y, int m, int d) {
    { Kernel::is_valid_fast(y, m, d) } -> std::same_as<bool>;
    { Kernel::to_jdn_fast(y, m, d) } -> std::same_as<std::int64_t>;
};

// The exact loops are kept scalar: vectorized, their 64-bit divisions by
// constants become emulated 64 x 64-bit multiplications, slower than the
// scalar code (measured: 2x). Clang has no such attribute and needs none.
#if defined(__clang__)
#define KALENDS_SCALAR_LOOP [[gnu::noinline]]
#else
#define KALENDS_SCALAR_LOOP [[gnu::noinline, gnu::optimize("no-tree-vectorize")]]
#endif

// Exact, element by element: out-of-range elements become invalid_parts.
// Branch-free body: an invalid element is converted as the first day and replaced.
template <class Kernel>
KALENDS_SCALAR_LOOP std::size_t to_parts_exact(const std::int64_t* in, date_parts* out, std::size_t n) {
    constexpr std::int64_t first = kernels::first_jdn<Kernel>();
    constexpr std::int64_t last = kernels::last_jdn<Kernel>();
    std::size_t invalid = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t jdn = in[i];
        const bool ok = jdn >= first && jdn <= last;
        const date_parts parts = Kernel::from_jdn(ok ? jdn : first);
        // Field by field: a select of whole structs goes through the stack.
        out[i].year = ok ? parts.year : 0;
        out[i].month = ok ? parts.month : 0;
        out[i].day = ok ? parts.day : 0;
        invalid += ok ? 0u : 1u;
    }
    return invalid;
}

template <class Kernel>
KALENDS_SCALAR_LOOP std::size_t to_jdns_exact(const date_parts* in, std::int64_t* out, std::size_t n) {
    std::size_t invalid = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const date_parts& p = in[i];
        const bool ok = kernels::is_valid_date<Kernel>(p.year, p.month, p.day);
        out[i] = ok ? Kernel::to_jdn(p.year, p.month, p.day) : invalid_jdn;
        invalid += ok ? 0u : 1u;
    }
    return invalid;
}

// One chunk on the 32-bit form; false (out untouched) if an element is outside its window.
template <class Kernel>
[[gnu::always_inline]] inline bool to_parts_fast_chunk(const std::int64_t* in, date_parts* out, std::size_t n) {
    constexpr auto window = static_cast<std::uint32_t>(Kernel::fast_last_jdn - Kernel::fast_first_jdn);
    // Fields first into separate arrays, then interleaved: a store of the
    // whole 12-byte struct inside the first loop blocks vectorization.
    std::array<int, chunk_size> years;   // NOLINT(cppcoreguidelines-pro-type-member-init): written before read
    std::array<int, chunk_size> months;  // NOLINT(cppcoreguidelines-pro-type-member-init)
    std::array<int, chunk_size> days;    // NOLINT(cppcoreguidelines-pro-type-member-init)
    std::uint32_t outside = 0;
    for (std::size_t k = 0; k < n; ++k) {
        // In the window when the offset has no high half and its low half is at most `window`.
        const auto offset = static_cast<std::uint64_t>(in[k]) - static_cast<std::uint64_t>(Kernel::fast_first_jdn);
        outside |= static_cast<std::uint32_t>(offset >> 32) |
                   static_cast<std::uint32_t>(static_cast<std::uint32_t>(offset) > window);
        const date_parts p = Kernel::from_jdn_fast(in[k]);
        years[k] = p.year;
        months[k] = p.month;
        days[k] = p.day;
    }
    if (outside != 0) return false;
    for (std::size_t k = 0; k < n; ++k) out[k] = {years[k], months[k], days[k]};
    return true;
}

template <class Kernel>
[[gnu::always_inline]] inline bool to_jdns_fast_chunk(const date_parts* in, std::int64_t* out, std::size_t n) {
    std::array<std::int64_t, chunk_size> jdns;  // NOLINT(cppcoreguidelines-pro-type-member-init): written before read
    std::uint32_t rejected = 0;
    for (std::size_t k = 0; k < n; ++k) {
        const int year = in[k].year;
        const int month = in[k].month;
        const int day = in[k].day;
        const bool ok = Kernel::is_valid_fast(year, month, day);
        rejected |= static_cast<std::uint32_t>(!ok);
        // to_jdn_fast is defined (any value) for every input, so a rejected
        // element needs no substitute: the chunk is redone anyway. (A
        // substitute made GCC fold its constant JDN into a branch, which kept
        // the SSE2 copy from vectorizing.)
        jdns[k] = Kernel::to_jdn_fast(year, month, day);
    }
    if (rejected != 0) return false;
    for (std::size_t k = 0; k < n; ++k) out[k] = jdns[k];
    return true;
}

template <class Kernel>
[[gnu::always_inline]] inline std::size_t to_parts_loop(const std::int64_t* in, date_parts* out, std::size_t n) {
    if constexpr (fast_to_parts<Kernel>) {
        std::size_t invalid = 0;
        for (std::size_t i = 0; i < n; i += chunk_size) {
            const std::size_t count = n - i < chunk_size ? n - i : chunk_size;
            if (!to_parts_fast_chunk<Kernel>(in + i, out + i, count)) {
                invalid += to_parts_exact<Kernel>(in + i, out + i, count);
            }
        }
        return invalid;
    } else {
        return to_parts_exact<Kernel>(in, out, n);
    }
}

template <class Kernel>
[[gnu::always_inline]] inline std::size_t to_jdns_loop(const date_parts* in, std::int64_t* out, std::size_t n) {
    if constexpr (fast_to_jdns<Kernel>) {
        std::size_t invalid = 0;
        for (std::size_t i = 0; i < n; i += chunk_size) {
            const std::size_t count = n - i < chunk_size ? n - i : chunk_size;
            if (!to_jdns_fast_chunk<Kernel>(in + i, out + i, count)) {
                invalid += to_jdns_exact<Kernel>(in + i, out + i, count);
            }
        }
        return invalid;
    } else {
        return to_jdns_exact<Kernel>(in, out, n);
    }
}

template <class Kernel>
std::size_t to_parts_baseline(const std::int64_t* in, date_parts* out, std::size_t n) {
    return to_parts_loop<Kernel>(in, out, n);
}
template <class Kernel>
std::size_t to_jdns_baseline(const date_parts* in, std::int64_t* out, std::size_t n) {
    return to_jdns_loop<Kernel>(in, out, n);
}

#if KALENDS_BULK_AVX2
template <class Kernel>
[[gnu::target("avx2")]] std::size_t to_parts_avx2(const std::int64_t* in, date_parts* out, std::size_t n) {
    return to_parts_loop<Kernel>(in, out, n);
}
template <class Kernel>
[[gnu::target("avx2")]] std::size_t to_jdns_avx2(const date_parts* in, std::int64_t* out, std::size_t n) {
    return to_jdns_loop<Kernel>(in, out, n);
}

inline bool cpu_has_avx2() noexcept {
    static const bool has = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") != 0;
    }();
    return has;
}
#endif

template <class Kernel>
std::size_t to_parts(std::span<const std::int64_t> in, std::span<date_parts> out) {
#if KALENDS_BULK_AVX2
    if (cpu_has_avx2()) return to_parts_avx2<Kernel>(in.data(), out.data(), in.size());
#endif
    return to_parts_baseline<Kernel>(in.data(), out.data(), in.size());
}

template <class Kernel>
std::size_t to_jdns(std::span<const date_parts> in, std::span<std::int64_t> out) {
#if KALENDS_BULK_AVX2
    if (cpu_has_avx2()) return to_jdns_avx2<Kernel>(in.data(), out.data(), in.size());
#endif
    return to_jdns_baseline<Kernel>(in.data(), out.data(), in.size());
}

}  // namespace kalends::detail::bulk
