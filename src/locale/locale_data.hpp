// The generated CLDR tables as the library reads them: a locale's record, a
// calendar's names in it, and lookups in the sorted tables.
#pragma once

#include "../calendars/descriptor.hpp"
#include "cldr_data.hpp"

#include <kalends/detail/calendar_entry.hpp>
#include <kalends/locale.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace kalends::detail {

inline const cldr::locale_record& locale_record_of(const locale& loc) noexcept {
    return cldr::locale_records[loc.data_index()];
}

inline const cldr::calendar_record& calendar_record_of(const locale& loc, cldr::calendar_type type) noexcept {
    return cldr::calendar_records[locale_record_of(loc).calendars[static_cast<std::size_t>(type)]];
}

// A calendar's CLDR names in a locale; `names` is null for a calendar CLDR
// has no names for (then `record` is the Gregorian one, for weekdays).
struct localized_calendar {
    const cldr::calendar_record* record = nullptr;
    const cldr_names* names = nullptr;
    week_rule weeks{};  // the locale's, or ISO 8601's for a calendar that has its own
};
localized_calendar localize(const locale& loc, const calendar& cal) noexcept;

// CLDR's width index of a name: 0 wide, 1 abbreviated, 2 narrow, 3 short (weekdays only).
constexpr std::size_t width_index(name_width width, bool has_short) noexcept {
    switch (width) {
        case name_width::wide: return 0;
        case name_width::abbreviated: return 1;
        case name_width::short_form: return has_short ? 3 : 1;
        case name_width::narrow: return 2;
    }
    return 0;
}

// A month's name and, for a leap month that CLDR names by a pattern
// ("閏{0}"), that pattern ("" otherwise).
struct month_text {
    std::string_view name;
    std::string_view leap_pattern;
};
// The text before and after the "{0}" of a CLDR pattern ("闰{0}": "闰" and
// ""); nullopt for a pattern without one.
struct placeholder_split {
    std::string_view before;
    std::string_view after;
};
constexpr std::optional<placeholder_split> split_placeholder(std::string_view pattern) noexcept {
    const std::size_t at = pattern.find("{0}");
    if (at == std::string_view::npos) return std::nullopt;
    return placeholder_split{pattern.substr(0, at), pattern.substr(at + 3)};
}

// The pattern around a leap month's number ("闰{0}", "{0}bis") where the
// locale numbers the calendar's months by their code, as CLDR's numeric
// monthPattern says; nullopt where months are numbered by their ordinal.
std::optional<placeholder_split> numeric_leap_pattern_of(const localized_calendar& names) noexcept;

// The ordinal month of `year` whose CLDR month type is `type` (negative: a
// leap month by the locale's pattern, for calendars without month_type);
// 0 if the year has none. Each type names one month of a year, most often
// the one of its ordinal, so that is tried first.
int month_of_type(const calendar_entry& entry, const localized_calendar& names, int year, int type);

// Empty name: CLDR has none (write the number instead).
month_text month_text_of(const localized_calendar& names, const month_code& code, bool leap_year, name_width width,
                         name_context context) noexcept;
std::string_view weekday_text_of(const cldr::calendar_record& record, int iso_weekday, name_width width,
                                 name_context context) noexcept;
// The name of year `cycle_year` (1..60) of the 60-year cycle; "" if the locale has none.
std::string_view cyclic_year_text_of(const localized_calendar& names, int cycle_year, name_width width) noexcept;

// An era's CLDR names by width index (wide, abbreviated, narrow); "" where
// CLDR has none (the caller writes its code).
using era_names = std::array<std::string_view, 3>;
era_names era_names_of(const locale& loc, const localized_calendar& names, std::string_view era) noexcept;
era_names era_names_of(const locale& loc, const cldr_era& era) noexcept;
std::string_view era_text_of(const locale& loc, const localized_calendar& names, std::string_view era,
                             name_width width) noexcept;

// Index of the numbering system `name` in cldr::numbering_systems, if it has digits.
std::optional<std::size_t> find_numbering_system(std::string_view name) noexcept;

// CLDR's likely region of a locale of the tables ("001" if it has none).
std::string_view likely_region(const cldr::locale_record* record) noexcept;

}  // namespace kalends::detail
