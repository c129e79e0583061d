#include "diagnostics.hpp"

#include "registry.hpp"

#include <kalends/calendar.hpp>
#include <kalends/calendar_system.hpp>
#include <kalends/text.hpp>

#include <limits>

namespace kalends::detail {

std::string hex_byte(unsigned char byte) {
    constexpr char digits[] = "0123456789ABCDEF";
    return std::string("0x") + digits[byte >> 4] + digits[byte & 0xF];
}

std::string describe_calendar(const calendar_backend& backend) {
    const auto names = backend.names();
    const std::string name = names.empty() ? std::string("(unnamed)") : quoted(names.front());
    return "calendar " + name + " (ID " + std::to_string(to_underlying(backend.id())) + ")";
}

std::string describe_id_ranges() {
    return " (built-in calendars have IDs 0.." + std::to_string(builtin_calendar_count - 1) +
           "; calendars registered at run time, " + std::to_string(first_user_calendar_id) + " and up)";
}

error_info invalid_system(int value) {
    std::string allowed;
    for (const calendar_backend* backend : builtin_backends()) {
        if (!allowed.empty()) allowed += ", ";
        allowed += std::to_string(static_cast<int>(backend->system())) + " " + std::string(backend->names().front());
    }
    return {errc::invalid_calendar_system,
            "calendar system " + std::to_string(value) + " names no built-in calendar (allowed: " + allowed + ")"};
}

namespace {

std::string in_calendar(const calendar_backend& backend) {
    const auto names = backend.names();
    return names.empty() ? std::string() : " of calendar " + quoted(names.front());
}

}  // namespace

std::optional<error_info> check_year(const calendar_backend& backend, int year) {
    if (backend.is_year_valid(year)) return std::nullopt;
    std::string message = "year " + std::to_string(year);
    if (year == 0 && year >= backend.minimum_year() && year <= backend.maximum_year()) {
        message += " does not exist in calendar " + quoted(backend.names().empty() ? "" : backend.names().front()) +
                   " (it has no year 0: year -1 precedes year 1)";
    } else {
        message += " is out of range" + in_calendar(backend) + " (allowed " + std::to_string(backend.minimum_year()) +
                   ".." + std::to_string(backend.maximum_year()) + (backend.has_year_zero() ? "" : ", except 0") + ")";
    }
    return error_info{errc::invalid_year, message};
}

std::optional<error_info> check_month(const calendar_backend& backend, int month, int year) {
    if (auto bad_year = check_year(backend, year)) return bad_year;
    const int months = backend.months_in_year(year);
    if (month >= 1 && month <= months) return std::nullopt;
    return error_info{errc::invalid_month, "month " + std::to_string(month) + " is out of range for year " +
                                               std::to_string(year) + in_calendar(backend) + " (allowed 1.." +
                                               std::to_string(months) + ")"};
}

std::optional<error_info> check_month_any_year(const calendar_backend& backend, int month) {
    const int months = backend.maximum_months_in_year();
    if (month >= 1 && month <= months) return std::nullopt;
    return error_info{errc::invalid_month, "month " + std::to_string(month) + " is out of range" +
                                               in_calendar(backend) + " (allowed 1.." + std::to_string(months) + ")"};
}

std::optional<error_info> check_date(const calendar_backend& backend, int year, int month, int day) {
    if (auto bad_month = check_month(backend, month, year)) return bad_month;
    const int days = backend.days_in_month(month, year);
    if (day >= 1 && day <= days) return std::nullopt;
    return error_info{errc::invalid_day, "day " + std::to_string(day) + " is out of range for month " +
                                             std::to_string(month) + " of year " + std::to_string(year) +
                                             in_calendar(backend) + " (allowed 1.." + std::to_string(days) + ")"};
}

error_info jdn_out_of_range(const calendar_backend& backend, std::int64_t jdn) {
    return {errc::jdn_out_of_range, "Julian Day Number " + std::to_string(jdn) + " is out of range" +
                                        in_calendar(backend) + " (allowed " + std::to_string(backend.first_jdn()) +
                                        ".." + std::to_string(backend.last_jdn()) + ")"};
}

error_info too_many_days(const calendar_backend& backend, int year) {
    return {errc::invalid_backend, "year " + std::to_string(year) + " of " + describe_calendar(backend) +
                                       " has more days than an int holds (" +
                                       std::to_string(std::numeric_limits<int>::max()) + ")"};
}

error_info sys_days_out_of_range(const calendar_backend& backend, std::int64_t days) {
    // No overflow: every range lies within min_backend_jdn..max_backend_jdn.
    return {errc::jdn_out_of_range, "std::chrono::sys_days " + std::to_string(days) +
                                        " (days since 1970-01-01) is out of range" + in_calendar(backend) +
                                        " (allowed " + std::to_string(backend.first_jdn() - jdn_of_unix_epoch) +
                                        ".." + std::to_string(backend.last_jdn() - jdn_of_unix_epoch) + ")"};
}

void raise(const error_info& failure) { throw error(failure.code, failure.message); }

}  // namespace kalends::detail
