// The names of errc and error_field values, as the enums spell them.
#include <kalends/error.hpp>

#include <array>
#include <cstddef>
#include <string_view>

namespace kalends {
namespace {

// In enumerator order, from errc's first value (1).
constexpr std::array<std::string_view, 21> errc_names{
    "invalid_calendar_system", "unknown_calendar_name", "unknown_calendar_id", "invalid_year",
    "invalid_month",           "invalid_day",           "invalid_weekday",     "jdn_out_of_range",
    "no_matching_date",        "invalid_calendar_name", "name_taken",          "backend_already_registered",
    "invalid_backend",         "builtin_calendar",      "invalid_duration",    "invalid_region",
    "invalid_enum_value",      "output_too_small",      "invalid_format",      "invalid_locale",
    "invalid_date_text",
};
static_assert(static_cast<std::size_t>(errc::invalid_date_text) == errc_names.size(),
              "every errc has a name, in enumerator order");

// In enumerator order, from error_field's first value (0).
constexpr std::array<std::string_view, 23> field_names{
    "none",        "calendar_system", "calendar_name", "calendar_id", "backend",  "year",
    "extended_year", "era",           "month",         "month_code",  "day",      "weekday",
    "julian_day",  "sys_days",        "chrono_date",   "duration",    "region",   "locale",
    "enum_value",  "week_rule",       "buffer",        "format",      "date_text",
};
static_assert(static_cast<std::size_t>(error_field::date_text) + 1 == field_names.size(),
              "every error_field has a name, in enumerator order");

constexpr std::string_view unknown_name = "unknown";

}  // namespace

std::string_view to_string(errc code) noexcept {
    const auto index = static_cast<std::size_t>(code) - 1;
    if (index >= errc_names.size()) return unknown_name;
    return errc_names[index];
}

std::string_view to_string(error_field field) noexcept {
    const auto index = static_cast<std::size_t>(field);
    if (index >= field_names.size()) return unknown_name;
    return field_names[index];
}

}  // namespace kalends
