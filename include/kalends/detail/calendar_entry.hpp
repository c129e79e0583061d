// A registered calendar as the registry keeps it: the backend's rules with
// the identity and range registration gave them. What a calendar handle
// points at; not for direct use (ask the handle or the registry).
#pragma once

#include <kalends/calendar_backend.hpp>
#include <kalends/calendar_system.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kalends::detail {

// The range a backend declares, checked and reduced to valid years.
struct backend_range {
    int min_year;
    int max_year;
    bool has_year_zero;
    std::int64_t first_jdn;  // of day 1 of month 1 of min_year
    std::int64_t last_jdn;   // of day last_day of month last_month of max_year
    int last_month;
    int last_day;
};

class calendar_entry {
public:
    // `owner` shares ownership of `rules` (empty for a built-in, which lives forever).
    calendar_entry(const calendar_backend& rules, std::shared_ptr<const calendar_backend> owner, calendar_id id,
                   calendar_system system, std::vector<std::string>&& names, const backend_range& range) noexcept
        : rules_(&rules),
          first_jdn_(range.first_jdn),
          last_jdn_(range.last_jdn),
          min_year_(range.min_year),
          max_year_(range.max_year),
          has_year_zero_(range.has_year_zero),
          last_month_(range.last_month),
          last_day_(range.last_day),
          id_(id),
          system_(system),
          names_(std::move(names)),
          owner_(std::move(owner)) {}

    // --- Identity ---
    [[nodiscard]] const calendar_backend& rules() const noexcept { return *rules_; }
    [[nodiscard]] calendar_id id() const noexcept { return id_; }
    [[nodiscard]] calendar_system system() const noexcept { return system_; }
    [[nodiscard]] std::span<const std::string> names() const noexcept { return names_; }

    // --- The range fixed at registration: no virtual call ---
    [[nodiscard]] std::int64_t first_jdn() const noexcept { return first_jdn_; }
    [[nodiscard]] std::int64_t last_jdn() const noexcept { return last_jdn_; }
    // The dates of first_jdn() and last_jdn(), for messages.
    [[nodiscard]] date_parts first_date() const noexcept { return {min_year_, 1, 1}; }
    [[nodiscard]] date_parts last_date() const noexcept { return {max_year_, last_month_, last_day_}; }
    [[nodiscard]] bool is_jdn_in_range(std::int64_t jdn) const noexcept { return jdn >= first_jdn_ && jdn <= last_jdn_; }
    [[nodiscard]] int minimum_year() const noexcept { return min_year_; }
    [[nodiscard]] int maximum_year() const noexcept { return max_year_; }
    [[nodiscard]] bool has_year_zero() const noexcept { return has_year_zero_; }
    [[nodiscard]] bool is_year_valid(int year) const noexcept {
        return year >= min_year_ && year <= max_year_ && (year != 0 || has_year_zero_);
    }
    [[nodiscard]] std::int64_t extended_year(int year) const noexcept {
        return calendar_backend::extended_year(year, has_year_zero_);
    }

    // --- The rules, asked through the entry (preconditions as calendar_backend's) ---
    [[nodiscard]] int months_in_year(int year) const { return rules_->months_in_year(year); }
    [[nodiscard]] int days_in_month(int month, int year) const { return rules_->days_in_month(month, year); }
    [[nodiscard]] int max_days_in_month_of(int month) const { return rules_->max_days_in_month_of(month); }
    [[nodiscard]] int days_in_year(int year) const { return rules_->days_in_year(year); }
    [[nodiscard]] bool is_leap_year(int year) const { return rules_->is_leap_year(year); }
    [[nodiscard]] std::int64_t months_before_year(int year) const { return rules_->months_before_year(year); }
    [[nodiscard]] std::int64_t date_to_jdn_or_invalid(int year, int month, int day) const {
        return rules_->date_to_jdn_or_invalid(year, month, day);
    }
    [[nodiscard]] std::optional<std::int64_t> checked_date_to_jdn(int year, int month, int day) const {
        return rules_->checked_date_to_jdn(year, month, day);
    }
    [[nodiscard]] date_parts jdn_to_date(std::int64_t jdn) const { return rules_->jdn_to_date(jdn); }
    [[nodiscard]] int day_of_week(std::int64_t jdn) const { return rules_->day_of_week(jdn); }
    [[nodiscard]] month_code month_code_of(int month, int year) const { return rules_->month_code_of(month, year); }
    [[nodiscard]] std::optional<int> month_of_code(month_code code, int year) const {
        return rules_->month_of_code(code, year);
    }
    [[nodiscard]] month_code month_code_for_missing_leap(month_code code) const {
        return rules_->month_code_for_missing_leap(code);
    }
    [[nodiscard]] era_year era_of(const date_parts& date) const { return rules_->era_of(date); }
    [[nodiscard]] std::optional<int> year_of_era(std::string_view era, std::int64_t year) const {
        return rules_->year_of_era(era, year);
    }
    [[nodiscard]] std::span<const std::string_view> era_codes() const { return rules_->era_codes(); }
    [[nodiscard]] std::optional<int> cycle_year(int year) const { return rules_->cycle_year(year); }
    [[nodiscard]] std::optional<year_bounds> exact_years() const { return rules_->exact_years(); }
    [[nodiscard]] int maximum_months_in_year() const { return rules_->maximum_months_in_year(); }
    [[nodiscard]] int maximum_days_in_month() const { return rules_->maximum_days_in_month(); }
    [[nodiscard]] int minimum_days_in_month() const { return rules_->minimum_days_in_month(); }
    [[nodiscard]] calendar_kind kind() const { return rules_->kind(); }
    [[nodiscard]] bool is_proleptic() const { return rules_->is_proleptic(); }

private:
    const calendar_backend* rules_;
    std::int64_t first_jdn_;
    std::int64_t last_jdn_;
    int min_year_;
    int max_year_;
    bool has_year_zero_;
    int last_month_;
    int last_day_;
    calendar_id id_;
    calendar_system system_;
    std::vector<std::string> names_;
    std::shared_ptr<const calendar_backend> owner_;
};

}  // namespace kalends::detail
