// The contract of a calendar kernel, as a concept: what kernel_backend, the
// bulk loops, the exhaustive tests and the benchmarks rely on. Every kernel
// header asserts it for its kernels at its foot.
//
// A kernel is a struct of static constexpr members, pure functions on
// integers with no allocation, exception, virtual call or lock:
//  - its range: every year of [min_year, max_year] (except 0 unless
//    has_year_zero) converts exactly, both ways;
//  - the shape of its years: at most max_months_in_year months (1..99, the
//    month codes M01..M99) of min_days_in_month..max_days_in_month days;
//  - the year's structure (months_in_year, days_in_month, days_in_year,
//    max_days_in_month_of, is_leap_year) and the conversions to_jdn and
//    from_jdn, with the preconditions of calendar_backend (a valid date; a
//    day number within first_jdn<K>()..last_jdn<K>()).
// Optional members widen what the backend offers: month_code /
// month_from_code (month codes other than M01.. by ordinal), months_before
// (years of different month counts), month_code_for_missing_leap, and the
// fast forms of src/bulk_loops.hpp.
#pragma once

#include <kalends/calendars/kernel_range.hpp>
#include <kalends/date_parts.hpp>

#include <concepts>
#include <cstdint>

namespace kalends::kernels {

template <class K>
concept calendar_kernel =
    requires(int year, int month, int day, std::int64_t jdn) {
        requires std::same_as<decltype(K::min_year), const int>;
        requires std::same_as<decltype(K::max_year), const int>;
        requires std::same_as<decltype(K::has_year_zero), const bool>;
        requires std::same_as<decltype(K::max_months_in_year), const int>;
        requires std::same_as<decltype(K::min_days_in_month), const int>;
        requires std::same_as<decltype(K::max_days_in_month), const int>;
        { K::months_in_year(year) } noexcept -> std::same_as<int>;
        { K::days_in_month(month, year) } noexcept -> std::same_as<int>;
        { K::max_days_in_month_of(month) } noexcept -> std::same_as<int>;
        { K::days_in_year(year) } noexcept -> std::same_as<int>;
        { K::is_leap_year(year) } noexcept -> std::same_as<bool>;
        { K::to_jdn(year, month, day) } noexcept -> std::same_as<std::int64_t>;
        { K::from_jdn(jdn) } noexcept -> std::same_as<date_parts>;
    } &&
    K::min_year <= K::max_year && K::max_months_in_year >= 1 && K::max_months_in_year <= 99 &&
    K::min_days_in_month >= 1 && K::min_days_in_month <= K::max_days_in_month && first_jdn<K>() <= last_jdn<K>();

}  // namespace kalends::kernels
