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
    calendar_year,      // %Y, Qt's yyyy: the calendar's own year number, `count` digits at least
    era_year,           // y: the year of the era (yy: its last two digits)
    cyclic_year_name,   // U..: the year's name in a 60-year cycle (甲子), else as y
    extended_year,      // u
    related_year,       // r: the Gregorian year the calendar year begins in
    week_year,          // Y: the year of the locale's weeks
    month,              // M, L numeric; %m
    month_name,         // MMM.. LLL..; %B %b
    day,                // d; %d
    day_of_year,        // D; %j
    weekday_in_month,   // F
    weekday_name,       // E.., eee.., ccc..; %A %a
    local_weekday,      // e, c: 1 = the locale's first day of the week
    iso_weekday,        // %u
    era_name,           // G..
    quarter,            // Q, q numeric
    quarter_name,       // QQQ.. qqq..
    week_of_year,       // w
    week_of_month,      // W
    ymd,                // %F
};

constexpr bool is_numeric(field_kind kind) noexcept {
    switch (kind) {
        case field_kind::calendar_year:
        case field_kind::era_year:
        case field_kind::extended_year:
        case field_kind::related_year:
        case field_kind::week_year:
        case field_kind::month:
        case field_kind::day:
        case field_kind::day_of_year:
        case field_kind::weekday_in_month:
        case field_kind::local_weekday:
        case field_kind::iso_weekday:
        case field_kind::quarter:
        case field_kind::week_of_year:
        case field_kind::week_of_month: return true;
        default: return false;
    }
}

inline field_kind kind_of(const date_format::piece& p) noexcept { return static_cast<field_kind>(p.kind); }
inline numbering numbering_of(const date_format::piece& p) noexcept {
    return {static_cast<numbering::kind>(p.numbering), static_cast<cldr::id_type>(p.digits)};
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
               name_width width = name_width::wide, name_context context = name_context::format);
    void use_locale(const std::optional<locale>& loc);
    date_format finish(std::string_view pattern);
};

}  // namespace kalends
