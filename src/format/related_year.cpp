#include "related_year.hpp"

#include <climits>

namespace kalends::detail {
namespace {

const calendar& gregorian_calendar() {
    static const calendar gregorian(calendar_system::gregorian);
    return gregorian;
}

}  // namespace

std::int64_t related_gregorian_year(const calendar& cal, int year) {
    const auto first_day = cal.try_first_day_of_month(1, year);
    if (!first_day) return year;
    const auto jdn = cal.try_date_from_parts(year, 1, *first_day);
    if (!jdn) return year;
    const auto gregorian_parts = gregorian_calendar().try_parts_from_date(*jdn);
    return gregorian_parts ? gregorian_parts->year : year;
}

std::optional<int> year_of_related_gregorian_year(const calendar& cal, std::int64_t related) {
    if (related < INT_MIN || related > INT_MAX) return std::nullopt;
    // A calendar year spans at most about one Gregorian year, so the year
    // holding mid-year of `related`, or one of its neighbours, begins in it.
    const auto mid_year = gregorian_calendar().try_date_from_parts(static_cast<int>(related), 7, 1);
    if (!mid_year) return std::nullopt;
    const auto parts = cal.try_parts_from_date(*mid_year);
    if (!parts) return std::nullopt;
    for (const int delta : {0, 1, -1}) {
        const std::int64_t candidate = std::int64_t{parts->year} + delta;
        if (candidate < INT_MIN || candidate > INT_MAX) continue;
        const int year = static_cast<int>(candidate);
        if (related_gregorian_year(cal, year) == related && cal.try_first_day_of_month(1, year)) return year;
    }
    return std::nullopt;
}

}  // namespace kalends::detail
