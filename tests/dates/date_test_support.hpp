// Shared by the date tests: a user calendar that forwards to a built-in but
// counts its months itself, year by year within a 19-year cycle (the Hebrew
// leap cycle; any fixed number of months a year repeats in it too), so that
// the generic month arithmetic run on that count can be checked against the
// closed forms of the built-ins.
#pragma once

#include <kalends/kalends.hpp>
#include <kalends/date.hpp>

#include <memory>
#include <string>

namespace kalends_test {

class forwarding_calendar final : public kalends::calendar_backend {
public:
    explicit forwarding_calendar(kalends::calendar inner) : inner_(std::move(inner)) {}
    int minimum_year() const override { return inner_.backend().minimum_year(); }
    int maximum_year() const override { return inner_.backend().maximum_year(); }
    bool has_year_zero() const override { return inner_.backend().has_year_zero(); }
    int months_in_year(int y) const override { return inner_.backend().months_in_year(y); }
    int days_in_month(int m, int y) const override { return inner_.backend().days_in_month(m, y); }
    int max_days_in_month_of(int m) const override { return inner_.backend().max_days_in_month_of(m); }
    bool is_leap_year(int y) const override { return inner_.backend().is_leap_year(y); }
    std::int64_t date_to_jdn(int y, int m, int d) const override { return inner_.backend().date_to_jdn(y, m, d); }
    kalends::date_parts jdn_to_date(std::int64_t jdn) const override { return inner_.backend().jdn_to_date(jdn); }
    kalends::month_code month_code_of(int m, int y) const override { return inner_.backend().month_code_of(m, y); }
    std::optional<int> month_of_code(kalends::month_code c, int y) const override {
        return inner_.backend().month_of_code(c, y);
    }
    kalends::month_code month_code_for_missing_leap(kalends::month_code c) const override {
        return inner_.backend().month_code_for_missing_leap(c);
    }
    std::int64_t months_before_year(int year) const override {
        const bool zero = has_year_zero();
        const auto calendar_year = [zero](std::int64_t extended) {
            return static_cast<int>(zero || extended >= 1 ? extended : extended - 1);
        };
        const std::int64_t extended = kalends::calendar_backend::extended_year(year, zero);
        constexpr std::int64_t cycle = 19;
        std::int64_t per_cycle = 0;
        for (std::int64_t k = 1; k <= cycle; ++k) per_cycle += months_in_year(calendar_year(k));
        const std::int64_t cycles = (extended - 1 >= 0 ? extended - 1 : extended - cycle) / cycle;  // floor
        std::int64_t count = cycles * per_cycle;
        for (std::int64_t k = cycles * cycle + 1; k < extended; ++k) count += months_in_year(calendar_year(k));
        return count;
    }
    kalends::calendar_kind kind() const override { return inner_.kind(); }
    int maximum_months_in_year() const override { return inner_.maximum_months_in_year(); }
    int maximum_days_in_month() const override { return inner_.maximum_days_in_month(); }
    int minimum_days_in_month() const override { return inner_.minimum_days_in_month(); }

private:
    kalends::calendar inner_;
};

// A user calendar registered once per process as "<name>-forwarded".
inline kalends::calendar forwarded(const std::string& name) {
    const std::string user_name = name + "-forwarded";
    if (auto found = kalends::calendar::find(user_name)) return *found;
    const auto id = kalends::register_calendar(std::make_shared<forwarding_calendar>(kalends::calendar(name)),
                                               {std::string_view(user_name)});
    return kalends::calendar(id);
}

}  // namespace kalends_test
