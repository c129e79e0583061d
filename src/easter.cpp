// Easter Sunday by the Gregorian and the Julian computus, written from
// Meeus, "Astronomical Algorithms" (2nd ed., 1998), chapter 8. The steps
// use floor division and modulo on the astronomical year, so they hold for
// BCE years too; each value's range is noted.
#include "diagnostics.hpp"
#include "enum_checks.hpp"

#include <kalends/calendar.hpp>
#include <kalends/calendars/gregorian.hpp>
#include <kalends/calendars/julian.hpp>
#include <kalends/detail/integer_math.hpp>
#include <kalends/easter.hpp>

#include <array>
#include <limits>
#include <string_view>

namespace kalends {
namespace detail {

template <>
struct enumerators<easter_rule> {
    static constexpr std::string_view type = "easter_rule";
    static constexpr std::array<std::string_view, 2> names{"western", "orthodox"};
};

}  // namespace detail

namespace {

using detail::floor_div;
using detail::floor_mod;

struct month_day {
    int month;  // 3 or 4
    int day;
};

// The day n days after March 22 (n in [0, 34]): n + 114 = 31 * month + day - 1.
constexpr month_day from_march_22(std::int64_t n) noexcept {
    return {static_cast<int>((n + 114) / 31), static_cast<int>((n + 114) % 31) + 1};
}

// The "anonymous" Gregorian algorithm (Butcher 1876, Jones 1922, Meeus), for astronomical year y.
constexpr month_day gregorian_easter(std::int64_t y) noexcept {
    const std::int64_t a = floor_mod<std::int64_t>(y, 19);        // [0, 18]: golden number - 1
    const std::int64_t b = floor_div<std::int64_t>(y, 100);       // century
    const std::int64_t c = floor_mod<std::int64_t>(y, 100);       // [0, 99]
    const std::int64_t d = floor_div<std::int64_t>(b, 4);
    const std::int64_t e = floor_mod<std::int64_t>(b, 4);         // [0, 3]
    const std::int64_t f = floor_div<std::int64_t>(b + 8, 25);
    const std::int64_t g = floor_div<std::int64_t>(b - f + 1, 3);  // lunar correction
    // Days from March 21 to the Paschal full moon, before its two exceptions: [0, 29].
    const std::int64_t h = floor_mod<std::int64_t>(19 * a + b - d - g + 15, 30);
    const std::int64_t i = c / 4;                                  // [0, 24]
    const std::int64_t k = c % 4;                                  // [0, 3]
    // Days from the full moon to the Sunday after it, less one: [0, 6].
    const std::int64_t l = floor_mod<std::int64_t>(32 + 2 * e + 2 * i - h - k, 7);
    // 1 for the exceptions (h = 29, or h = 28 with a > 10, when l = 6), else 0.
    const std::int64_t m = (a + 11 * h + 22 * l) / 451;
    return from_march_22(h + l - 7 * m);
}

// Meeus' Julian algorithm, for astronomical year y.
constexpr month_day julian_easter(std::int64_t y) noexcept {
    const std::int64_t a = floor_mod<std::int64_t>(y, 4);
    const std::int64_t b = floor_mod<std::int64_t>(y, 7);
    const std::int64_t c = floor_mod<std::int64_t>(y, 19);
    const std::int64_t d = (19 * c + 15) % 30;       // [0, 29]: March 21 to the full moon
    const std::int64_t e = (2 * a + 4 * b - d + 34) % 7;  // [0, 6]: 34 keeps it non-negative
    return from_march_22(d + e);
}

// Published dates (Meeus' examples and the extremes), checked at build time.
static_assert(gregorian_easter(1991).month == 3 && gregorian_easter(1991).day == 31);
static_assert(gregorian_easter(1818).month == 3 && gregorian_easter(1818).day == 22);
static_assert(gregorian_easter(2038).month == 4 && gregorian_easter(2038).day == 25);
static_assert(julian_easter(179).month == 4 && julian_easter(179).day == 12);
static_assert(julian_easter(1243).month == 4 && julian_easter(1243).day == 12);

}  // namespace

result<std::int64_t> try_easter_jdn(int year, easter_rule rule) noexcept {
    if (auto bad = detail::check_enum(rule)) return *bad;
    const bool western = rule == easter_rule::western;
    if (year == 0) {
        const calendar cal = *calendar::find(western ? calendar_system::gregorian : calendar_system::julian);
        return error_info(errc::invalid_year, error_field::year, detail::msg::year_out_of_range_no_zero)
            .with_value(year)
            .with_min(std::numeric_limits<int>::min())
            .with_max(std::numeric_limits<int>::max())
            .with_calendar(detail::calendar_of(detail::entry_of(cal)));
    }
    const std::int64_t astronomical = detail::astronomical_year(year);
    if (western) {
        const month_day md = gregorian_easter(astronomical);
        return kernels::gregorian::to_jdn(year, md.month, md.day);
    }
    const month_day md = julian_easter(astronomical);
    return kernels::julian::to_jdn(year, md.month, md.day);
}

std::int64_t easter_jdn(int year, easter_rule rule) { return try_easter_jdn(year, rule).value(); }

}  // namespace kalends
