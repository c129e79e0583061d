#include "diagnostics.hpp"

#include <kalends/calendar.hpp>

#include <cstdint>
#include <limits>

namespace kalends::detail {

error_calendar calendar_of(const calendar_entry& backend) noexcept {
    const auto names = backend.names();
    return {backend.id(), names.empty() ? error_text() : error_text(names.front())};
}

error_info invalid_system(int value) noexcept {
    return error_info(errc::invalid_calendar_system, error_field::calendar_system, msg::invalid_system).with_value(value).with_min(0).with_max(builtin_calendar_count - 1);
}

error_info unknown_id(calendar_id id) noexcept {
    return error_info(errc::unknown_calendar_id, error_field::calendar_id, msg::unknown_id).with_value(to_underlying(id));
}

std::optional<error_info> check_year(const calendar_entry& backend, int year) {
    if (backend.is_year_valid(year)) return std::nullopt;
    const bool range_holds_zero = backend.minimum_year() <= 0 && backend.maximum_year() >= 0;
    const bool without_zero = range_holds_zero && !backend.has_year_zero();  // "except 0" only where it is one
    const char* wording = year == 0 && range_holds_zero ? msg::no_year_zero
                          : without_zero              ? msg::year_out_of_range_no_zero
                                                      : msg::year_out_of_range;
    return error_info(errc::invalid_year, error_field::year, wording).with_value(year).with_min(backend.minimum_year()).with_max(backend.maximum_year()).with_calendar(calendar_of(backend));
}

std::optional<error_info> check_month(const calendar_entry& backend, int month, int year) {
    if (auto bad_year = check_year(backend, year)) return bad_year;
    const int months = backend.months_in_year(year);
    if (month >= 1 && month <= months) return std::nullopt;
    return error_info(errc::invalid_month, error_field::month, msg::month_out_of_range).with_value(month).with_min(1).with_max(months).with_calendar(calendar_of(backend)).with_context({year});
}

std::optional<error_info> check_month_any_year(const calendar_entry& backend, int month) {
    const int months = backend.maximum_months_in_year();
    if (month >= 1 && month <= months) return std::nullopt;
    return error_info(errc::invalid_month, error_field::month, msg::month_out_of_range_any_year).with_value(month).with_min(1).with_max(months).with_calendar(calendar_of(backend));
}

std::optional<error_info> check_date(const calendar_entry& backend, int year, int month, int day) {
    if (auto bad_month = check_month(backend, month, year)) return bad_month;
    const int days = backend.days_in_month(month, year);
    if (day >= 1 && day <= days) return std::nullopt;
    return error_info(errc::invalid_day, error_field::day, msg::day_out_of_range).with_value(day).with_min(1).with_max(days).with_calendar(calendar_of(backend)).with_context({year, month});
}

error_info jdn_out_of_range(const calendar_entry& backend, std::int64_t jdn) noexcept {
    error_info failure = error_info(errc::jdn_out_of_range, error_field::julian_day, msg::jdn_out_of_range).with_value(jdn).with_min(backend.first_jdn()).with_max(backend.last_jdn()).with_calendar(calendar_of(backend));
    // The calendar's first and last dates, so that the range reads in its own terms.
    // Month and day share a context slot: {span} unpacks them (month << 32 | day).
    const auto month_day = [](const date_parts& p) {
        return static_cast<std::int64_t>(static_cast<std::uint64_t>(p.month) << 32U | static_cast<std::uint32_t>(p.day));
    };
    const date_parts first = backend.first_date();
    const date_parts last = backend.last_date();
    failure.context = {first.year, month_day(first), last.year, month_day(last)};
    return failure;
}

error_info too_many_days(const calendar_entry& backend, int year) noexcept {
    return error_info(errc::invalid_backend, error_field::year, msg::too_many_days).with_value(year).with_max(std::numeric_limits<int>::max()).with_calendar(calendar_of(backend));
}

error_info sys_days_out_of_range(const calendar_entry& backend, std::int64_t days) noexcept {
    // No overflow: every range lies within min_backend_jdn..max_backend_jdn.
    return error_info(errc::jdn_out_of_range, error_field::sys_days, msg::sys_days_out_of_range).with_value(days).with_min(backend.first_jdn() - jdn_of_unix_epoch).with_max(backend.last_jdn() - jdn_of_unix_epoch).with_calendar(calendar_of(backend));
}

}  // namespace kalends::detail
