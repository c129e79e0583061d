// Shared by the date tests: a user calendar that forwards to a built-in, so
// that the generic (walking) month arithmetic for run-time calendars can be
// checked against the closed forms of the built-ins.
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
    bool is_lunar() const override { return inner_.is_lunar(); }
    bool is_luni_solar() const override { return inner_.is_luni_solar(); }
    bool is_solar() const override { return inner_.is_solar(); }
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
