// A calendar_backend over a constexpr kernel: how every arithmetic built-in
// calendar is exposed through the handle.
#pragma once

#include "bulk_loops.hpp"
#include "calendars/descriptor.hpp"
#include "era_scheme.hpp"
#include "register_return.hpp"

#include <kalends/calendar_backend.hpp>
#include <kalends/calendars/kernel.hpp>
#include <kalends/calendars/kernel_range.hpp>
#include <kalends/detail/integer_math.hpp>

#include <limits>
#include <type_traits>

namespace kalends::detail {

// Eras is era_scheme or another class with the same three members
// (japanese_eras). A kernel with month codes other than "M01".. by ordinal
// (Hebrew) provides month_code(month, year) and month_from_code(code, year),
// the latter returning 0 for a code that names no month of that year; one
// whose years differ in their number of months provides months_before(year),
// and one whose missing leap month is not replaced by the month of its number
// provides month_code_for_missing_leap(code) (Hebrew: M05L -> M06).
template <kernels::calendar_kernel Kernel, class Eras = era_scheme>
class kernel_backend final : public calendar_backend {
public:
    kernel_backend(calendar_kind kind, Eras eras) noexcept : kind_(kind), eras_(eras) {}

    int minimum_year() const override { return Kernel::min_year; }
    int maximum_year() const override { return Kernel::max_year; }
    bool has_year_zero() const override { return Kernel::has_year_zero; }
    int months_in_year(int year) const override { return Kernel::months_in_year(year); }
    int days_in_month(int month, int year) const override { return Kernel::days_in_month(month, year); }
    int max_days_in_month_of(int month) const override { return Kernel::max_days_in_month_of(month); }
    int days_in_year(int year) const override { return Kernel::days_in_year(year); }
    bool is_leap_year(int year) const override { return Kernel::is_leap_year(year); }
    // A kernel whose years differ in their number of months counts them (Hebrew).
    std::int64_t months_before_year(int year) const override {
        if constexpr (requires { Kernel::months_before(std::int64_t{year}); }) {
            return Kernel::months_before(year);
        } else {
            return calendar_backend::months_before_year(year);
        }
    }

    std::int64_t date_to_jdn(int year, int month, int day) const override { return Kernel::to_jdn(year, month, day); }
    date_parts jdn_to_date(std::int64_t jdn) const override { return register_return(Kernel::from_jdn(jdn)); }
    std::int64_t date_to_jdn_or_invalid(int year, int month, int day) const override {
        // The branch-free check first: the generic one branches on the month
        // (its length), which random dates mispredict.
        if constexpr (bulk::fast_to_jdns<Kernel>) {
            if (Kernel::is_valid_fast(year, month, day)) [[likely]] return Kernel::to_jdn_fast(year, month, day);
        }
        if (!kernels::is_valid_date<Kernel>(year, month, day)) return invalid_jdn;
        return Kernel::to_jdn(year, month, day);
    }
    int day_of_week(std::int64_t jdn) const override { return iso_weekday(jdn); }

    std::size_t jdns_to_dates(std::span<const std::int64_t> jdns, std::span<date_parts> out) const override {
        return bulk::to_parts<Kernel>(jdns, out);
    }

    std::size_t dates_to_jdns(std::span<const date_parts> parts, std::span<std::int64_t> out) const override {
        return bulk::to_jdns<Kernel>(parts, out);
    }

    month_code month_code_of(int month, int year) const override {
        if constexpr (requires { Kernel::month_code(month, year); }) {
            return Kernel::month_code(month, year);
        } else {
            return calendar_backend::month_code_of(month, year);
        }
    }
    std::optional<int> month_of_code(month_code code, int year) const override {
        if constexpr (requires { Kernel::month_from_code(code, year); }) {
            const int month = Kernel::month_from_code(code, year);
            return month == 0 ? std::nullopt : std::optional<int>(month);
        } else {
            return calendar_backend::month_of_code(code, year);
        }
    }

    month_code month_code_for_missing_leap(month_code code) const override {
        if constexpr (requires { Kernel::month_code_for_missing_leap(code); }) {
            return Kernel::month_code_for_missing_leap(code);
        } else {
            return calendar_backend::month_code_for_missing_leap(code);
        }
    }

    std::optional<year_bounds> exact_years() const override {
        if constexpr (requires { Kernel::exact_min_year; Kernel::exact_max_year; }) {
            return year_bounds{Kernel::exact_min_year, Kernel::exact_max_year};
        } else {
            return calendar_backend::exact_years();
        }
    }

    std::optional<int> cycle_year(int year) const override {
        if constexpr (requires { Kernel::cycle_year(year); }) {
            return Kernel::cycle_year(year);
        } else {
            return calendar_backend::cycle_year(year);
        }
    }

    era_year era_of(const date_parts& date) const override { return eras_.era_of(date, Kernel::has_year_zero); }
    std::optional<int> year_of_era(std::string_view era, std::int64_t year) const override {
        return eras_.year_of_era(era, year, Kernel::has_year_zero);
    }
    std::span<const std::string_view> era_codes() const override { return eras_.codes(); }

    calendar_kind kind() const override { return kind_; }
    int maximum_days_in_month() const override { return Kernel::max_days_in_month; }
    int minimum_days_in_month() const override { return Kernel::min_days_in_month; }
    int maximum_months_in_year() const override { return Kernel::max_months_in_year; }

private:
    calendar_kind kind_;
    Eras eras_;
};

// A descriptor's maker (see calendars/descriptor.hpp): the kernel's backend
// with the eras `Eras`, an object of static storage.
template <kernels::calendar_kernel Kernel, const auto& Eras>
calendar_backend* make_kernel_backend(const calendar_descriptor& descriptor) {
    return new kernel_backend<Kernel, std::remove_cvref_t<decltype(Eras)>>(descriptor.kind, Eras);
}

}  // namespace kalends::detail
