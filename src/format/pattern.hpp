// The compiled form of every pattern syntax: what each piece of a
// date_format is, and the builder the compilers share. The writer
// (write.cpp) and the parser (parse.cpp) read the same pieces.
#pragma once

#include "../locale/numbering.hpp"

#include <kalends/format.hpp>

#include <cstdint>
#include <string_view>

namespace kalends {
namespace detail {

enum class field_kind : std::uint8_t {
    literal,
    calendar_year,      // %Y, Qt's yyyy: the calendar's own year number, `count` digits at least; %y
    century,            // %C: floor(calendar year / 100)
    era_year,           // y: the year of the era (yy: its last two digits)
    cyclic_year_name,   // U..: the year's name in a 60-year cycle (甲子), else as y
    extended_year,      // u
    related_year,       // r: the Gregorian year the calendar year begins in
    week_year,          // Y: the year of the locale's weeks
    iso_week_year,      // %G %g: the year of the ISO 8601 weeks (Monday first, 4 days), any calendar
    month,              // M, L numeric; %m
    month_name,         // MMM.. LLL..; %B %b
    day,                // d; %d
    day_of_year,        // D; %j
    weekday_in_month,   // F
    weekday_name,       // E.., eee.., ccc..; %A %a
    local_weekday,      // e, c: 1 = the locale's first day of the week
    iso_weekday,        // %u
    weekday_from_sunday,  // %w: 0 = Sunday
    era_name,           // G..
    quarter,            // Q, q numeric
    quarter_name,       // QQQ.. qqq..
    week_of_year,       // w
    week_of_month,      // W
    iso_week,           // %V: the ISO 8601 week 1..53 of iso_week_year
    sunday_week,        // %U: weeks of the calendar year from its first Sunday (days before it: week 0)
    monday_week,        // %W: the same from its first Monday
    ymd,                // %F
};

// How a number is written: zero-padded to `count` digits (%d), space-padded
// (%e), or its last two digits: value mod 100 in 0..99 (-5 -> 95), as glibc's %y and LDML's yy.
// On a literal piece, only_with_era: written after an era name, not without one (%EY).
enum class number_form : std::uint8_t { zero_padded, space_padded, last_two_digits, only_with_era };

constexpr bool is_numeric(field_kind kind) noexcept {
    switch (kind) {
        case field_kind::calendar_year:
        case field_kind::century:
        case field_kind::era_year:
        case field_kind::extended_year:
        case field_kind::related_year:
        case field_kind::week_year:
        case field_kind::iso_week_year:
        case field_kind::month:
        case field_kind::day:
        case field_kind::day_of_year:
        case field_kind::weekday_in_month:
        case field_kind::local_weekday:
        case field_kind::iso_weekday:
        case field_kind::weekday_from_sunday:
        case field_kind::quarter:
        case field_kind::week_of_year:
        case field_kind::week_of_month:
        case field_kind::iso_week:
        case field_kind::sunday_week:
        case field_kind::monday_week: return true;
        case field_kind::literal:
        case field_kind::cyclic_year_name:
        case field_kind::month_name:
        case field_kind::weekday_name:
        case field_kind::era_name:
        case field_kind::quarter_name:
        case field_kind::ymd: return false;
    }
    return false;
}

inline field_kind kind_of(const date_format::piece& p) noexcept { return static_cast<field_kind>(p.kind); }
inline number_form form_of(const date_format::piece& p) noexcept { return static_cast<number_form>(p.form); }
inline numbering numbering_of(const date_format::piece& p) noexcept {
    return {static_cast<numbering::kind>(p.numbering), static_cast<cldr::id_type>(p.digits)};
}

// floor(year / 100) and year mod 100 in 0..99, as glibc's %C and %y write them.
constexpr std::int64_t century_of(std::int64_t year) noexcept { return year >= 0 ? year / 100 : -((-year + 99) / 100); }
constexpr std::int64_t last_two_digits(std::int64_t year) noexcept { return (year % 100 + 100) % 100; }

// The week of a day of the calendar year (1-based) whose ISO weekday is
// `weekday`, weeks starting on `first_weekday`, as strftime's %U (Sunday)
// and %W (Monday) count them: the days before the year's first such
// weekday are week 0.
constexpr int week_of_calendar_year(int day_of_year, int weekday, int first_weekday) noexcept {
    const int into_week = (weekday - first_weekday + 7) % 7;  // [0, 6]: days since the week began
    return (day_of_year - 1 + 7 - into_week) / 7;
}

// The widest a name is written without a locale: the English tables' names,
// "Month 2147483647", or the first 64 bytes of a longer one.
inline constexpr std::size_t english_name_size = 64;

// The most bytes a CLDR name (or a leap-month pattern around one) takes.
std::size_t max_name_size() noexcept;

}  // namespace detail

// Builds a date_format piece by piece; the compilers of each syntax use it.
struct date_format_builder {
    date_format f;

    void literal(std::string_view text);
    void field(detail::field_kind kind, int count, const detail::numbering& digits = {},
               name_width width = name_width::wide, name_context context = name_context::format,
               detail::number_form form = detail::number_form::zero_padded);
    // A number field in `form` (a % field's padding, a two-digit year).
    void number(detail::field_kind kind, int count, detail::number_form form, const detail::numbering& digits = {});
    // Literal text written only after an era name (the space of %EY), never merged with other text.
    void literal_after_era(std::string_view text);
    void use_locale(const std::optional<locale>& loc);
    date_format finish(std::string_view pattern);
};

}  // namespace kalends
