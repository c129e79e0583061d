// The Julian-Gregorian changeover backend (see kalends/changeover.hpp).
#pragma once

#include "../era_scheme.hpp"

#include <kalends/calendar_backend.hpp>
#include <kalends/calendar_system.hpp>

#include <cstdint>
#include <optional>

namespace kalends::detail {

class changeover_backend final : public calendar_backend {
public:
    // Precondition: min_gregorian_change_jdn <= first_gregorian_jdn <= max_gregorian_change_jdn.
    explicit changeover_backend(std::int64_t first_gregorian_jdn) noexcept;

    [[nodiscard]] std::int64_t first_gregorian_jdn() const noexcept { return switch_jdn_; }

    int minimum_year() const override;
    int maximum_year() const override;
    int months_in_year(int) const override { return 12; }
    int days_in_month(int month, int year) const override;
    int max_days_in_month_of(int month) const override;
    int days_in_year(int year) const override;
    bool is_leap_year(int year) const override;
    std::int64_t date_to_jdn(int year, int month, int day) const override;
    date_parts jdn_to_date(std::int64_t jdn) const override;
    std::int64_t date_to_jdn_or_invalid(int year, int month, int day) const override;
    era_year era_of(const date_parts& date) const override;
    std::optional<int> year_of_era(std::string_view era, std::int64_t year) const override;
    std::span<const std::string_view> era_codes() const override;
    calendar_kind kind() const override { return calendar_kind::solar; }
    bool is_proleptic() const override { return false; }
    int minimum_days_in_month() const override { return min_days_in_month_; }
    int maximum_days_in_month() const override { return 31; }
    int maximum_months_in_year() const override { return 12; }
    calendar_system conventions_of() const override { return calendar_system::gregorian_julian; }
    std::optional<std::int64_t> reform_jdn() const override { return switch_jdn_; }

private:
    // True for labels on or before the last Julian day / on or after the first Gregorian day.
    [[nodiscard]] bool is_julian_label(int year, int month, int day) const noexcept;
    [[nodiscard]] bool is_gregorian_label(int year, int month, int day) const noexcept;
    [[nodiscard]] std::int64_t first_jdn_of_year(int year) const noexcept;

    std::int64_t switch_jdn_;
    date_parts last_julian_;    // in the Julian calendar
    date_parts first_gregorian_;  // in the Gregorian calendar
    int min_days_in_month_;
    era_scheme eras_{"ce", "bce"};
};



}  // namespace kalends::detail
