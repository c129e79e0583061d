// Umm al-Qura with the tabular civil calendar outside the official table: the
// opt-in behaviour for dates before A.H. 1300 or after 1600. The two meet
// without a gap: 1 Muharram 1300 is JDN 2408762 in both, and the table's last
// month ends the day before the civil 1 Muharram 1601 (JDN 2515427), which
// tests/kernels checks. Every int32 year is valid.
#pragma once

#include <kalends/calendars/kernel.hpp>
#include <kalends/calendars/islamic_civil.hpp>
#include <kalends/calendars/kernel_range.hpp>
#include <kalends/calendars/umalqura.hpp>

namespace kalends::kernels {

struct umalqura_extended {
    static constexpr int min_year = islamic_civil::min_year;
    static constexpr int max_year = islamic_civil::max_year;
    static constexpr bool has_year_zero = false;
    static constexpr int max_months_in_year = 12;
    static constexpr int min_days_in_month = 29;
    static constexpr int max_days_in_month = 30;

    // The official table's years; the civil calendar outside only approximates Umm al-Qura.
    static constexpr int exact_min_year = umalqura::min_year;
    static constexpr int exact_max_year = umalqura::max_year;

    static constexpr bool in_table(int year) noexcept { return year >= umalqura::min_year && year <= umalqura::max_year; }

    static constexpr bool is_leap_year(int year) noexcept {
        return in_table(year) ? umalqura::is_leap_year(year) : islamic_civil::is_leap_year(year);
    }
    static constexpr int months_in_year(int /*year*/) noexcept { return 12; }
    static constexpr int days_in_month(int month, int year) noexcept {
        return in_table(year) ? umalqura::days_in_month(month, year) : islamic_civil::days_in_month(month, year);
    }
    static constexpr int max_days_in_month_of(int /*month*/) noexcept { return 30; }
    static constexpr int days_in_year(int year) noexcept {
        return in_table(year) ? umalqura::days_in_year(year) : islamic_civil::days_in_year(year);
    }
    static constexpr std::int64_t to_jdn(int year, int month, int day) noexcept {
        return in_table(year) ? umalqura::to_jdn(year, month, day) : islamic_civil::to_jdn(year, month, day);
    }
    static constexpr date_parts from_jdn(std::int64_t jdn) noexcept {
        const bool table = jdn >= first_jdn<umalqura>() && jdn <= last_jdn<umalqura>();
        return table ? umalqura::from_jdn(jdn) : islamic_civil::from_jdn(jdn);
    }
};

static_assert(first_jdn<umalqura>() == islamic_civil::to_jdn(umalqura::min_year, 1, 1));
static_assert(last_jdn<umalqura>() + 1 == islamic_civil::to_jdn(umalqura::max_year + 1, 1, 1));

static_assert(calendar_kernel<umalqura_extended>);

}  // namespace kalends::kernels
