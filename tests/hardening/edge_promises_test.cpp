// The promises of the public headers at the edges of every input, each one
// a case an attacker found broken: day counts at the ends of int64, extended
// years at the ends of int64, month codes that cannot exist, enum values that
// name no enumerator, weeks at both ends of every calendar's range and in a
// year whose 1 January was skipped, backend exceptions through week_of_year,
// backends whose destructor uses the registry, whose day numbers reach the
// ends of int64, whose years overflow an int, or whose range is every int32
// year. Expected weeks come from the definition (a week belongs to the year
// that holds at least min_days of its seven days), counted day by day here,
// never from the library's week code; everything else is a documented error
// code, checked in every build type and clean under ASan and UBSan.
#include "test_backends.hpp"

#include <kalends/changeover.hpp>
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <climits>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using kalends::calendar;
using kalends::date;
using kalends::errc;

constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();

template <class T>
errc code_of(const kalends::result<T>& r) {
    EXPECT_FALSE(r.has_value());
    return r.has_value() ? errc{} : r.error().code;
}

template <class F>
errc thrown_code(F&& f) {
    try {
        f();
    } catch (const kalends::error& e) {
        return e.code();
    }
    ADD_FAILURE() << "no kalends::error thrown";
    return errc{};
}

template <class F>
std::string thrown_message(F&& f) {
    try {
        f();
    } catch (const kalends::error& e) {
        return e.what();
    }
    return "";
}

std::vector<calendar> builtins() {
    std::vector<calendar> all;
    for (int i = 0; i < kalends::builtin_calendar_count; ++i) all.emplace_back(static_cast<kalends::calendar_system>(i));
    return all;
}

// ------------------------------------------------------------ day counts

TEST(sys_days, ends_of_int64_are_out_of_range_not_overflow) {
    namespace chr = std::chrono;
    for (const calendar& cal : builtins()) {
        for (const std::int64_t count : {int64_max, int64_max - 2'440'587, int64_min, int64_min + 1}) {
            const chr::sys_days day{chr::days{count}};
            EXPECT_FALSE(cal.try_from_sys_days(day)) << cal.name() << " " << count;
            EXPECT_EQ(thrown_code([&] { (void)cal.from_sys_days(day); }), errc::jdn_out_of_range);
            EXPECT_EQ(code_of(date::try_from_sys_days(cal, day)), errc::jdn_out_of_range);
            EXPECT_EQ(thrown_code([&] { (void)date::from_sys_days(cal, day); }), errc::jdn_out_of_range);
        }
        // Both ends of the range still convert.
        const chr::sys_days first{chr::days{cal.first_jdn() - kalends::jdn_of_unix_epoch}};
        const chr::sys_days last{chr::days{cal.last_jdn() - kalends::jdn_of_unix_epoch}};
        EXPECT_EQ(cal.from_sys_days(first), cal.parts_from_date(cal.first_jdn())) << cal.name();
        EXPECT_EQ(cal.from_sys_days(last), cal.parts_from_date(cal.last_jdn())) << cal.name();
        EXPECT_FALSE(cal.try_from_sys_days(first - chr::days{1})) << cal.name();
        EXPECT_FALSE(cal.try_from_sys_days(last + chr::days{1})) << cal.name();
    }
}

TEST(date_fields, extended_years_at_the_ends_of_int64_are_invalid_years) {
    for (const calendar& cal : builtins()) {
        for (const std::int64_t year : {int64_min, int64_min + 1, std::int64_t{INT_MIN} - 1, int64_max,
                                        std::int64_t{INT_MAX} + 1}) {
            kalends::date_fields f;
            f.extended_year = year;
            f.month = 1;
            EXPECT_EQ(code_of(date::try_from_fields(cal, f)), errc::invalid_year) << cal.name() << " " << year;
        }
    }
}

// ------------------------------------------------------------ month codes

TEST(month_code, only_codes_that_can_exist_can_be_made) {
    for (const int number : {0, -1, 100, 257, INT_MIN, INT_MAX}) {
        for (const bool leap : {false, true}) {
            EXPECT_EQ(thrown_code([&] { (void)kalends::month_code(number, leap); }), errc::invalid_month) << number;
            EXPECT_FALSE(kalends::month_code::try_make(number, leap)) << number;
        }
    }
    EXPECT_FALSE(kalends::month_code::parse("M00"));
    EXPECT_FALSE(kalends::month_code::parse("M00L"));
    for (int number = 1; number <= 99; ++number) {
        const auto code = kalends::month_code::try_make(number, number % 2 == 0);
        ASSERT_TRUE(code);
        EXPECT_EQ(code->number(), number);
        EXPECT_EQ(kalends::month_code::parse(code->view()), code);
    }
}

TEST(month_code, every_code_of_every_calendar_names_a_month_of_the_year_or_none) {
    for (const calendar& cal : builtins()) {
        for (const int year : {cal.minimum_year(), 1, 2000, 5785, cal.maximum_year()}) {
            const auto months = cal.try_months_in_year(year);
            if (!months) continue;
            for (int number = 1; number <= 99; ++number) {
                for (const bool leap : {false, true}) {
                    const kalends::month_code code(number, leap);
                    const auto month = cal.try_month_of_code(code, year);
                    if (month) {
                        EXPECT_GE(*month, 1) << cal.name() << " " << code.view();
                        EXPECT_LE(*month, *months) << cal.name() << " " << code.view();
                        EXPECT_EQ(cal.month_code_of(*month, year), code) << cal.name() << " " << year;
                    }
                    kalends::date_fields f;
                    f.year = year;
                    f.month_code = code;
                    const auto made = date::try_from_fields(cal, f, kalends::overflow::constrain);
                    if (made) {
                        EXPECT_EQ(made.value().year(), year) << cal.name() << " " << code.view();
                    }
                }
            }
        }
    }
}

// ------------------------------------------------------------ enums

TEST(enums, values_that_name_no_enumerator_are_errors) {
    const date d(calendar(), 2024, 1, 31);
    const auto bad_overflow = static_cast<kalends::overflow>(7);
    const auto bad_unit = static_cast<kalends::date_unit>(99);
    const auto bad_width = static_cast<kalends::name_width>(99);
    EXPECT_EQ(code_of(d.try_add(kalends::duration::of_months(1), bad_overflow)), errc::invalid_enum_value);
    EXPECT_EQ(code_of(d.try_subtract(kalends::duration::of_months(1), bad_overflow)), errc::invalid_enum_value);
    kalends::date_fields f;
    f.year = 2024;
    f.month = 13;
    EXPECT_EQ(code_of(date::try_from_fields(calendar(), f, bad_overflow)), errc::invalid_enum_value);
    EXPECT_EQ(code_of(d.try_until(d, bad_unit)), errc::invalid_enum_value);
    EXPECT_EQ(code_of(d.try_since(d.add(kalends::duration::of_days(40)), bad_unit)), errc::invalid_enum_value);
    EXPECT_EQ(thrown_code([&] { (void)kalends::to_string(bad_unit); }), errc::invalid_enum_value);
    EXPECT_EQ(kalends::to_string(kalends::date_unit::weeks), "weeks");

    EXPECT_EQ(thrown_code([&] { (void)kalends::weekday_name(1, bad_width); }), errc::invalid_enum_value);
    const std::string message = thrown_message([&] { (void)kalends::weekday_name(1, bad_width); });
    EXPECT_NE(message.find("name_width 99"), std::string::npos) << message;
    EXPECT_EQ(message.find("weekday"), std::string::npos) << message;
    EXPECT_FALSE(kalends::try_weekday_name(1, bad_width));
    EXPECT_EQ(thrown_code([&] { (void)kalends::month_name(calendar(), 2024, 1, bad_width); }),
              errc::invalid_enum_value);
    EXPECT_FALSE(kalends::try_month_name(calendar(), 2024, 1, bad_width));
    for (const auto negative : {static_cast<kalends::overflow>(-1)}) {
        EXPECT_EQ(code_of(d.try_add(kalends::duration::of_days(1), negative)), errc::invalid_enum_value);
    }
}

// ------------------------------------------------------------ durations

TEST(duration, every_failure_is_invalid_duration_as_documented) {
    EXPECT_EQ(code_of(kalends::duration::try_make(kalends::duration::max_years + 1, 0, 0, 0)), errc::invalid_duration);
    EXPECT_EQ(code_of(kalends::duration::try_make(0, kalends::duration::max_months + 1, 0, 0)),
              errc::invalid_duration);
    EXPECT_EQ(code_of(kalends::duration::try_make(0, 0, kalends::duration::max_weeks + 1, 0)), errc::invalid_duration);
    EXPECT_EQ(code_of(kalends::duration::try_make(0, 0, 0, kalends::duration::max_days + 1)), errc::invalid_duration);
    EXPECT_EQ(code_of(kalends::duration::try_make(1, -1, 0, 0)), errc::invalid_duration);
    EXPECT_EQ(thrown_code([] { (void)kalends::duration(int64_min, 0, 0, 0); }), errc::invalid_duration);
    for (const char* text : {"P4294967296Y", "P4294967296M", "P4294967296W", "P4398046511104D", "PT1H", "P1.5D", ""}) {
        EXPECT_EQ(code_of(kalends::duration::try_parse(text)), errc::invalid_duration) << text;
    }
}

// ------------------------------------------------------------ weeks

int continuous_weekday(std::int64_t jdn) {  // ISO; JDN 0 was a Monday
    return static_cast<int>(((jdn % 7) + 7) % 7) + 1;
}

struct year_span {
    int year;
    std::int64_t first;  // the first and last day of the year that exist
    std::int64_t last;
};

year_span span_of(const date& d) {
    const std::int64_t first = d.jdn() - d.day_of_year() + 1;
    return {d.year(), first, first + d.days_in_year() - 1};
}

// The first day of week 1 by the definition: the first seven-day block
// starting on the rule's weekday that holds at least min_days of the year.
std::int64_t first_week_start(const year_span& y, kalends::week_rule rule) {
    for (std::int64_t start = y.first - 6;; ++start) {
        if (continuous_weekday(start) != rule.first_weekday) continue;
        std::int64_t inside = 0;
        for (std::int64_t day = start; day < start + 7; ++day) inside += day >= y.first && day <= y.last ? 1 : 0;
        if (inside >= rule.min_days) return start;
    }
}

// The week of a day by the definition, or nullopt where it belongs to a
// year outside the calendar's range.
std::optional<kalends::year_week> expected_week(const calendar& cal, std::int64_t jdn, kalends::week_rule rule) {
    const date d = date::from_jdn(cal, jdn);
    const year_span y = span_of(d);
    std::int64_t block = jdn;
    while (continuous_weekday(block) != rule.first_weekday) --block;
    std::int64_t in_next = 0;
    std::int64_t in_this = 0;
    for (std::int64_t day = block; day < block + 7; ++day) {
        in_next += day > y.last ? 1 : 0;
        in_this += day >= y.first && day <= y.last ? 1 : 0;
    }
    if (in_next >= rule.min_days) {  // week 1 of the next year
        if (!cal.is_jdn_in_range(y.last + 1)) return std::nullopt;
        return kalends::year_week{date::from_jdn(cal, y.last + 1).year(), 1};
    }
    if (block < y.first && in_this < rule.min_days) {  // the last week of the previous year
        if (!cal.is_jdn_in_range(y.first - 1)) return std::nullopt;
        const year_span previous = span_of(date::from_jdn(cal, y.first - 1));
        return kalends::year_week{previous.year, static_cast<int>((block - first_week_start(previous, rule)) / 7 + 1)};
    }
    return kalends::year_week{y.year, static_cast<int>((block - first_week_start(y, rule)) / 7 + 1)};
}

void expect_week(const calendar& cal, std::int64_t jdn, kalends::week_rule rule, int& checked) {
    const auto expected = expected_week(cal, jdn, rule);
    const auto got = kalends::try_week_of_year(cal, jdn, rule);
    ++checked;
    if (expected) {
        ASSERT_TRUE(got) << cal.name() << " JDN " << jdn << " rule " << rule.first_weekday << "/" << rule.min_days;
        EXPECT_EQ(*got, *expected) << cal.name() << " JDN " << jdn << " rule " << rule.first_weekday << "/"
                                   << rule.min_days;
        EXPECT_EQ(kalends::week_of_year(cal, jdn, rule), *expected);
    } else {
        EXPECT_FALSE(got) << cal.name() << " JDN " << jdn << " rule " << rule.first_weekday << "/" << rule.min_days
                          << " gave " << got->year << "-W" << got->week;
        EXPECT_EQ(thrown_code([&] { (void)kalends::week_of_year(cal, jdn, rule); }), errc::jdn_out_of_range);
    }
}

TEST(weeks, both_ends_of_every_range_under_every_rule) {
    int checked = 0;
    for (const calendar& cal : builtins()) {
        for (int weekday = 1; weekday <= 7; ++weekday) {
            for (int min_days = 1; min_days <= 7; ++min_days) {
                const kalends::week_rule rule{weekday, min_days};
                for (std::int64_t k = 0; k < 7; ++k) {
                    expect_week(cal, cal.first_jdn() + k, rule, checked);
                    expect_week(cal, cal.last_jdn() - k, rule, checked);
                }
            }
        }
    }
    EXPECT_EQ(checked, kalends::builtin_calendar_count * 49 * 14);
    EXPECT_EQ(thrown_code([] { (void)kalends::iso_week(calendar().last_jdn()); }), errc::jdn_out_of_range);
}

TEST(weeks, a_year_whose_first_of_january_was_skipped) {
    // First Gregorian day 1800-01-12: 1800-01-01..11 do not exist.
    const auto backend = kalends::make_changeover_backend(kalends::kernels::gregorian::to_jdn(1800, 1, 12));
    const calendar cal(kalends::register_calendar(backend, {"edge-changeover-1800-01-12"}));
    EXPECT_FALSE(cal.try_date_from_parts(1800, 1, 1));
    int checked = 0;
    const std::int64_t from = cal.date_from_parts(1799, 1, 1);
    const std::int64_t to = cal.date_from_parts(1801, 12, 31);
    for (int weekday = 1; weekday <= 7; ++weekday) {
        for (int min_days = 1; min_days <= 7; ++min_days) {
            for (std::int64_t jdn = from; jdn <= to; ++jdn) expect_week(cal, jdn, {weekday, min_days}, checked);
        }
    }
    EXPECT_EQ(checked, 49 * (to - from + 1));
    const std::int64_t first = cal.date_from_parts(1800, 1, 12);
    EXPECT_EQ(date::from_jdn(cal, first).day_of_year(), 1);
    ASSERT_TRUE(kalends::try_first_day_of_week_year(cal, 1800, kalends::iso_week_rule));
    kalends::unregister_calendar(cal.id());
}

// A backend that throws from day_of_week: the throwing week call lets it through.
struct throwing_weekday_calendar : kalends_test::thirty_day_calendar {
    int day_of_week(std::int64_t) const override { throw std::logic_error("weekday oracle is down"); }
};

TEST(weeks, a_backend_exception_passes_through_unchanged) {
    const calendar cal(kalends::register_calendar(std::make_shared<throwing_weekday_calendar>(), {"edge-throwing"}));
    const std::int64_t jdn = cal.date_from_parts(10, 6, 15);
    EXPECT_THROW((void)kalends::week_of_year(cal, jdn, kalends::iso_week_rule), std::logic_error);
    EXPECT_FALSE(kalends::try_week_of_year(cal, jdn, kalends::iso_week_rule));
    EXPECT_FALSE(kalends::try_first_day_of_week_year(cal, 10, kalends::iso_week_rule));
    kalends::unregister_calendar(cal.id());
}

// ------------------------------------------------------------ registry and user backends

TEST(registry, the_last_reference_is_dropped_outside_the_lock) {
    auto backend = std::make_shared<kalends_test::listing_on_destruction_calendar>();
    const kalends::calendar_id id = kalends::register_calendar(backend, {"edge-lists-when-destroyed"});
    const std::size_t before = kalends::available_calendars().size();
    std::weak_ptr<kalends_test::listing_on_destruction_calendar> watch = backend;
    backend.reset();                     // the registry holds the only reference now
    kalends::unregister_calendar(id);    // destroys it: its destructor lists the registry
    EXPECT_TRUE(watch.expired());
    EXPECT_EQ(kalends::available_calendars().size(), before - 1);
}

// Days from `first` for years 1..max_year of 12 months of 30 days.
struct placed_calendar : kalends_test::thirty_day_calendar {
    placed_calendar(std::int64_t first, int max_year) : first_(first), max_year_(max_year) {}
    int maximum_year() const override { return max_year_; }
    std::int64_t date_to_jdn(int y, int m, int d) const override {
        return first_ + (y - 1) * std::int64_t{360} + (m - 1) * 30 + (d - 1);
    }
    kalends::date_parts jdn_to_date(std::int64_t jdn) const override {
        const std::int64_t n = jdn - first_;
        return {static_cast<int>(n / 360 + 1), static_cast<int>(n % 360 / 30 + 1), static_cast<int>(n % 30 + 1)};
    }
    std::int64_t first_;
    int max_year_;
};

TEST(registry, day_numbers_must_stay_within_the_backend_day_range) {
    const auto refuse = [](std::int64_t first, int max_year) {
        const auto r = kalends::try_register_calendar(std::make_shared<placed_calendar>(first, max_year),
                                                      std::vector<std::string_view>{"edge-placed"});
        EXPECT_EQ(code_of(r), errc::invalid_backend) << first;
    };
    refuse(int64_min, 10);  // the first day would be invalid_jdn
    refuse(kalends::min_backend_jdn - 1, 10);
    refuse(int64_max - 360 * 10, 10);
    refuse(kalends::max_backend_jdn - 360 * 10 + 2, 10);

    // At both ends of the day range: arithmetic errors, never overflow.
    for (const std::int64_t first : {kalends::min_backend_jdn, kalends::max_backend_jdn - 360 * 10 + 1}) {
        const auto id = kalends::register_calendar(std::make_shared<placed_calendar>(first, 10), {"edge-placed"});
        const calendar cal(id);
        EXPECT_EQ(cal.first_jdn(), first);
        const date a = date::from_jdn(cal, cal.first_jdn());
        const date b = date::from_jdn(cal, cal.last_jdn());
        EXPECT_EQ(code_of(b.try_add(kalends::duration::of_days(kalends::duration::max_days))), errc::jdn_out_of_range);
        EXPECT_EQ(code_of(a.try_add(kalends::duration::of_weeks(-kalends::duration::max_weeks))),
                  errc::jdn_out_of_range);
        EXPECT_EQ(a.until(b).days(), cal.last_jdn() - cal.first_jdn());
        EXPECT_EQ(b.to_sys_days().time_since_epoch().count(), cal.last_jdn() - kalends::jdn_of_unix_epoch);
        EXPECT_EQ(code_of(date::try_from_jdn(calendar(), b.jdn())), errc::jdn_out_of_range);
        EXPECT_EQ(code_of(b.try_until(date::from_jdn(calendar(), calendar().first_jdn()))), errc::jdn_out_of_range);
        kalends::unregister_calendar(id);
    }
}

// 99 months of 2e9 days: a year has more days than an int holds.
struct long_month_calendar : kalends_test::thirty_day_calendar {
    static constexpr std::int64_t month_days = 2'000'000'000;
    int maximum_year() const override { return 10; }
    int months_in_year(int) const override { return 99; }
    int maximum_months_in_year() const override { return 99; }
    int days_in_month(int, int) const override { return static_cast<int>(month_days); }
    int max_days_in_month_of(int) const override { return static_cast<int>(month_days); }
    int maximum_days_in_month() const override { return static_cast<int>(month_days); }
    std::int64_t date_to_jdn(int y, int m, int d) const override {
        return epoch + ((y - 1) * std::int64_t{99} + (m - 1)) * month_days + (d - 1);
    }
    kalends::date_parts jdn_to_date(std::int64_t jdn) const override {
        const std::int64_t n = jdn - epoch;
        const std::int64_t months = n / month_days;
        return {static_cast<int>(months / 99 + 1), static_cast<int>(months % 99 + 1),
                static_cast<int>(n % month_days + 1)};
    }
};

TEST(user_backend, years_longer_than_an_int_are_errors_not_truncated) {
    const calendar cal(kalends::register_calendar(std::make_shared<long_month_calendar>(), {"edge-long-months"}));
    EXPECT_EQ(thrown_code([&] { (void)cal.days_in_year(3); }), errc::invalid_backend);
    EXPECT_EQ(thrown_code([&] { (void)cal.try_days_in_year(3); }), errc::invalid_backend);
    // The last day of month 98: day 1.96e11 of the year, in week 2.8e10 of it.
    const date last = date::from_jdn(cal, cal.date_from_parts(3, 98, 2'000'000'000));
    EXPECT_EQ(thrown_code([&] { (void)last.day_of_year(); }), errc::invalid_backend);
    EXPECT_EQ(thrown_code([&] { (void)last.week_of_year(); }), errc::invalid_backend);
    EXPECT_FALSE(kalends::try_week_of_year(cal, last.jdn(), kalends::iso_week_rule));
    // Early in a year the answers fit and are exact.
    const date early = date::from_jdn(cal, cal.date_from_parts(3, 2, 5));
    EXPECT_EQ(early.day_of_year(), 2'000'000'005);
    kalends::unregister_calendar(cal.id());
}

// Every int32 year, twelve months of 30 days, counting the calls month arithmetic makes.
struct counted_wide_calendar : kalends_test::thirty_day_calendar {
    int minimum_year() const override { return INT_MIN; }
    int maximum_year() const override { return INT_MAX; }
    int months_in_year(int) const override {
        ++calls;
        return 12;
    }
    std::int64_t months_before_year(int year) const override {
        ++calls;
        return calendar_backend::months_before_year(year);
    }
    std::int64_t date_to_jdn(int y, int m, int d) const override {
        return epoch + (std::int64_t{y} - (y > 0 ? 1 : 0)) * 360 + (m - 1) * 30 + (d - 1);
    }
    kalends::date_parts jdn_to_date(std::int64_t jdn) const override {
        const std::int64_t n = jdn - epoch;
        const std::int64_t q = n >= 0 ? n / 360 : -((-n + 359) / 360);
        const std::int64_t r = n - q * 360;
        const std::int64_t year = q >= 0 ? q + 1 : q;
        return {static_cast<int>(year), static_cast<int>(r / 30 + 1), static_cast<int>(r % 30 + 1)};
    }
    mutable std::int64_t calls = 0;
};

TEST(user_backend, month_arithmetic_over_every_int32_year_is_bounded) {
    const auto backend = std::make_shared<counted_wide_calendar>();
    const calendar cal(kalends::register_calendar(backend, {"edge-every-int32-year"}));
    const date first = date::from_jdn(cal, cal.first_jdn());
    const date last = date::from_jdn(cal, cal.last_jdn());
    EXPECT_EQ(first.year(), INT_MIN);
    EXPECT_EQ(last.year(), INT_MAX);
    backend->calls = 0;
    // 2^32 - 1 years of 12 months: more months than a duration holds, known at once.
    EXPECT_EQ(code_of(first.try_until(last, kalends::date_unit::months)), errc::invalid_duration);
    EXPECT_EQ(first.until(last, kalends::date_unit::years).years(), std::int64_t{UINT32_MAX} - 1);
    // 2^32 - 1 months = 357913941 years and 3 months.
    EXPECT_EQ(first.add(kalends::duration::of_months(kalends::duration::max_months)).parts(),
              (kalends::date_parts{INT_MIN + 357'913'941, 4, 1}));
    EXPECT_EQ(last.subtract(kalends::duration::of_months(kalends::duration::max_months)).parts(),
              (kalends::date_parts{INT_MAX - 357'913'941, 9, 30}));
    EXPECT_EQ(code_of(last.try_add(kalends::duration::of_months(1))), errc::invalid_year);
    EXPECT_EQ(code_of(first.try_subtract(kalends::duration::of_months(1))), errc::invalid_year);
    const date mid = date::from_jdn(cal, cal.date_from_parts(-1, 12, 30));
    EXPECT_EQ(mid.add(kalends::duration::of_months(1)).parts(), (kalends::date_parts{1, 1, 30}));
    EXPECT_LT(backend->calls, 1000) << "month arithmetic made " << backend->calls << " virtual calls";
    kalends::unregister_calendar(cal.id());
}

// Thirteen months in every third year, without a count of its own.
struct uncounted_leap_month_calendar : kalends_test::thirty_day_calendar {
    int months_in_year(int year) const override { return year % 3 == 0 ? 13 : 12; }
    int maximum_months_in_year() const override { return 13; }
};

TEST(user_backend, varying_months_without_a_count_are_refused) {
    const auto r = kalends::try_register_calendar(std::make_shared<uncounted_leap_month_calendar>(),
                                                  std::vector<std::string_view>{"edge-uncounted"});
    EXPECT_EQ(code_of(r), errc::invalid_backend);
    EXPECT_NE(r.error().message().find("months_before_year"), std::string::npos) << r.error().message();
    EXPECT_FALSE(calendar::find("edge-uncounted"));
}

}  // namespace
