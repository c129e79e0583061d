// The handle's questions about the days and months that exist: the day of
// the year, the first day of a month, and stepping by months. Generic: a
// calendar change that skips days (gregorian-julian) is handled by asking
// the backend which days exist, never by naming the calendar.
#include "date_internal.hpp"
#include "diagnostics.hpp"

#include <kalends/calendar.hpp>

#include <limits>
#include <string>

namespace kalends {
namespace {

// Beyond this many months any step leaves every range (a range holds fewer than 2^40 months).
constexpr std::int64_t max_month_step = std::int64_t{1} << 41;

std::optional<year_month> step(const detail::calendar_entry& backend, year_month from, std::int64_t delta) {
    if (delta > max_month_step || delta < -max_month_step) return std::nullopt;
    const detail::month_arithmetic months(backend);
    const auto reached = months.add(detail::extended_month{backend.extended_year(from.year), from.month}, delta);
    if (!reached) return std::nullopt;
    return year_month{*detail::calendar_year_of(backend, reached->year), reached->month};
}

}  // namespace

result<int> calendar::try_day_of_year(const date_parts& parts) const {
    const auto jdn = try_date_from_parts(parts);
    if (!jdn) return jdn.error();
    const std::int64_t day = *jdn - detail::first_jdn_of_year(*entry_, parts.year) + 1;
    if (day > std::numeric_limits<int>::max()) return detail::too_many_days(*entry_, parts.year);
    return static_cast<int>(day);
}

result<int> calendar::try_first_day_of_month(int month, int year) const {
    if (auto failure = detail::check_month(*entry_, month, year)) return *failure;
    return detail::first_day_of_month(*entry_, year, month);
}

result<year_month> calendar::try_add_months(year_month from, std::int64_t delta) const {
    if (auto failure = detail::check_month(*entry_, from.month, from.year)) return *failure;
    if (auto reached = step(*entry_, from, delta)) return *reached;
    return error_info(errc::invalid_year, error_field::month, detail::msg::months_leave_range).with_value(delta).with_min(entry_->minimum_year()).with_max(entry_->maximum_year()).with_calendar(detail::calendar_of(*entry_)).with_context({from.year, from.month});
}

}  // namespace kalends
