// English month and weekday names. Month names come from each calendar's
// descriptor (src/calendars/), which names its source; the weekdays are
// CLDR's English names (en.xml, "gregorian" calendar).
#include "ascii.hpp"
#include "builtin_calendars.hpp"
#include "diagnostics.hpp"
#include "enum_checks.hpp"

#include <kalends/names.hpp>

#include <array>
#include <span>

namespace kalends {
namespace {

using detail::month_names;
using detail::named_month;

const month_names* find_table(const calendar& cal) {
    const detail::calendar_descriptor* descriptor = detail::descriptor_of(detail::entry_of(cal));
    return descriptor == nullptr ? nullptr : descriptor->english;
}

std::optional<std::string_view> table_name(const month_names& table, const month_code& code, bool leap_year,
                                           name_width width) {
    if (code.is_leap()) {
        for (const named_month& m : table.leap_months) {
            if (m.number == code.number()) return m.wide;
        }
        return std::nullopt;
    }
    if (leap_year) {
        for (const named_month& m : table.in_leap_years) {
            if (m.number == code.number()) return m.wide;
        }
    }
    const auto index = static_cast<std::size_t>(code.number() - 1);
    if (code.number() < 1 || index >= table.wide.size()) return std::nullopt;
    if (width == name_width::narrow) return table.wide[index].substr(0, 1);
    return width == name_width::wide ? table.wide[index] : table.abbreviated[index];
}

constexpr std::array<std::string_view, 7> weekday_wide{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                       "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 7> weekday_abbreviated{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 7> weekday_short{"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

}  // namespace

bool has_month_names(const calendar& cal) { return find_table(cal) != nullptr; }

result<std::string> try_month_name(const calendar& cal, int year, int month, name_width width) {
    if (auto failure = detail::check_enum(width)) return *failure;
    if (auto failure = detail::check_month(detail::entry_of(cal), month, year)) return *failure;
    if (const month_names* table = find_table(cal)) {
        const month_code code = detail::entry_of(cal).month_code_of(month, year);
        if (const auto name = table_name(*table, code, detail::entry_of(cal).is_leap_year(year), width)) {
            return std::string(*name);
        }
    }
    return (width == name_width::wide ? "Month " : "M") + std::to_string(month);
}

std::string month_name(const calendar& cal, int year, int month, name_width width) {
    return try_month_name(cal, year, month, width).value();
}

result<std::string_view> try_weekday_name(int weekday, name_width width) noexcept {
    if (auto failure = detail::check_enum(width)) return *failure;
    if (weekday < 1 || weekday > 7) {
        return error_info(errc::invalid_weekday, error_field::weekday, detail::msg::weekday_name_out_of_range).with_value(weekday).with_min(1).with_max(7);
    }
    const auto index = static_cast<std::size_t>(weekday - 1);
    switch (width) {
        case name_width::wide: return weekday_wide[index];
        case name_width::abbreviated: return weekday_abbreviated[index];
        case name_width::short_form: return weekday_short[index];
        case name_width::narrow: break;
    }
    return weekday_abbreviated[index].substr(0, 1);
}

std::string_view weekday_name(int weekday, name_width width) { return try_weekday_name(weekday, width).value(); }

std::optional<int> weekday_from_name(std::string_view name) noexcept {
    for (std::size_t i = 0; i < 7; ++i) {
        if (detail::ascii_iequals(name, weekday_wide[i]) || detail::ascii_iequals(name, weekday_abbreviated[i]) ||
            detail::ascii_iequals(name, weekday_short[i])) {
            return static_cast<int>(i) + 1;
        }
    }
    return std::nullopt;
}

}  // namespace kalends
