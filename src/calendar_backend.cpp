// Default implementations of the backend's optional virtuals.
#include "diagnostics.hpp"

#include <kalends/bulk.hpp>
#include <kalends/calendar_backend.hpp>
#include <kalends/detail/integer_math.hpp>
#include <kalends/error.hpp>

#include <climits>

namespace kalends {

calendar_backend::~calendar_backend() = default;

int calendar_backend::days_in_year(int year) const {
    // At most 99 months of at most INT_MAX days: exact in 64 bits.
    std::int64_t days = 0;
    for (int month = 1, months = months_in_year(year); month <= months; ++month) days += days_in_month(month, year);
    if (days > INT_MAX) {
        throw error(error_info(errc::invalid_backend, error_field::year, detail::msg::backend_too_many_days)
                        .with_value(year)
                        .with_max(INT_MAX));
    }
    return static_cast<int>(days);
}

std::int64_t calendar_backend::months_before_year(int year) const {
    // Through the virtuals: a backend keeps no range of its own.
    return (extended_year(year, has_year_zero()) - 1) * maximum_months_in_year();
}

std::int64_t calendar_backend::date_to_jdn_or_invalid(int year, int month, int day) const {
    if (!is_date_valid(year, month, day)) return invalid_jdn;
    return date_to_jdn(year, month, day);
}

std::size_t calendar_backend::jdns_to_dates(std::span<const std::int64_t> jdns, std::span<date_parts> out) const {
    // A backend holds no range of its own: asked once a batch, from the rules.
    const std::int64_t first = date_to_jdn(first_valid_year(), 1, 1);
    const int last_year = last_valid_year();
    const int last_month = months_in_year(last_year);
    const std::int64_t last = date_to_jdn(last_year, last_month, days_in_month(last_month, last_year));
    std::size_t invalid = 0;
    for (std::size_t i = 0; i < jdns.size(); ++i) {
        const std::int64_t jdn = jdns[i];
        if (jdn >= first && jdn <= last) {
            out[i] = jdn_to_date(jdn);
        } else {
            out[i] = invalid_parts;
            ++invalid;
        }
    }
    return invalid;
}

std::size_t calendar_backend::dates_to_jdns(std::span<const date_parts> parts, std::span<std::int64_t> out) const {
    std::size_t invalid = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::int64_t jdn = date_to_jdn_or_invalid(parts[i].year, parts[i].month, parts[i].day);
        out[i] = jdn;
        invalid += jdn == invalid_jdn ? 1u : 0u;
    }
    return invalid;
}

int calendar_backend::day_of_week(std::int64_t jdn) const { return detail::iso_weekday(jdn); }

month_code calendar_backend::month_code_of(int month, int /*year*/) const { return month_code(month); }

std::optional<int> calendar_backend::month_of_code(month_code code, int year) const {
    if (code.is_leap() || code.number() > months_in_year(year)) return std::nullopt;
    return code.number();
}

month_code calendar_backend::month_code_for_missing_leap(month_code code) const { return month_code(code.number()); }

era_year calendar_backend::era_of(const date_parts& date) const { return {"", date.year}; }

std::optional<int> calendar_backend::year_of_era(std::string_view era, std::int64_t year) const {
    if (!era.empty() || year < INT_MIN || year > INT_MAX) return std::nullopt;
    return static_cast<int>(year);
}

std::span<const std::string_view> calendar_backend::era_codes() const { return {}; }

std::optional<int> calendar_backend::cycle_year(int /*year*/) const { return std::nullopt; }

bool calendar_backend::is_month_valid(int month, int year) const {
    return is_year_valid(year) && month >= 1 && month <= months_in_year(year);
}

bool calendar_backend::is_date_valid(int year, int month, int day) const {
    return is_month_valid(month, year) && day >= 1 && day <= days_in_month(month, year);
}

}  // namespace kalends
