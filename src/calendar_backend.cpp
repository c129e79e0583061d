// Default implementations of the backend's optional virtuals.
#include <kalends/calendar_backend.hpp>
#include <kalends/detail/integer_math.hpp>

namespace kalends {

calendar_backend::~calendar_backend() = default;

int calendar_backend::days_in_year(int year) const {
    int days = 0;
    for (int month = 1, months = months_in_year(year); month <= months; ++month) days += days_in_month(month, year);
    return days;
}

std::optional<std::int64_t> calendar_backend::checked_date_to_jdn(int year, int month, int day) const {
    if (!is_date_valid(year, month, day)) return std::nullopt;
    return date_to_jdn(year, month, day);
}

int calendar_backend::day_of_week(std::int64_t jdn) const { return detail::iso_weekday(jdn); }

bool calendar_backend::is_date_valid(int year, int month, int day) const {
    return is_year_valid(year) && month >= 1 && month <= months_in_year(year) && day >= 1 &&
           day <= days_in_month(month, year);
}

}  // namespace kalends
