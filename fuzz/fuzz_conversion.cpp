// Fuzz target 1: conversions through the handle, for every
// registered calendar, with arbitrary 64-bit day numbers and arbitrary int
// year/month/day.
//
// Properties checked on every input:
//  - a day number in range converts to a valid date that converts back to
//    it, and the next day number is the next valid date (continuity);
//  - a day number out of range is a clean error: try_ forms give nullopt,
//    throwing forms throw kalends::error with errc::jdn_out_of_range;
//  - a valid year/month/day converts to a day number in range that converts
//    back to the same fields; an invalid one is nullopt / kalends::error with
//    an invalid_year/month/day code, and is_date_valid agrees;
//  - the queries (months and days in a year or month, leap years, month
//    codes, eras, weekday) agree with each other and with the try_ forms;
//  - only month codes that can exist can be made, and each names a month of
//    the year or none;
//  - any std::chrono::sys_days count converts as its day number or is a
//    clean error, even where that number overflows int64;
//  - the bulk API gives the same answers as the single conversions.
#include "common.hpp"

#include <kalends/bulk.hpp>
#include <kalends/calendar.hpp>
#include <kalends/registry.hpp>

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <chrono>
#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace {

using kalends::calendar;
using kalends::date_parts;
using kalends::errc;

constexpr std::int64_t iso_weekday(std::int64_t jdn) {
    // JDN 0 was a Monday.
    const std::int64_t r = jdn % 7;
    return (r < 0 ? r + 7 : r) + 1;
}

int next_year(const calendar& cal, int year) {
    return (year == -1 && !cal.has_year_zero()) ? 1 : year + 1;
}

bool lexicographically_less(const date_parts& a, const date_parts& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
}

// Checks that `parts` is a valid date of `cal` whose day number is `jdn`,
// and that every query about it agrees.
void check_valid_date(const calendar& cal, const date_parts& parts, std::int64_t jdn) {
    KALENDS_CHECK(cal.is_date_valid(parts));
    KALENDS_CHECK(cal.date_from_parts(parts) == jdn);
    KALENDS_CHECK(cal.try_date_from_parts(parts) == jdn);
    const int months = cal.months_in_year(parts.year);
    KALENDS_CHECK(months >= 1 && months <= cal.maximum_months_in_year());
    KALENDS_CHECK(parts.month >= 1 && parts.month <= months);
    const int days = cal.days_in_month(parts.month, parts.year);
    KALENDS_CHECK(parts.day >= 1 && parts.day <= days);
    KALENDS_CHECK(days <= cal.days_in_month(parts.month));
    KALENDS_CHECK(days <= cal.maximum_days_in_month());
    KALENDS_CHECK(cal.try_days_in_month(parts.month, parts.year) == days);
    KALENDS_CHECK(cal.try_months_in_year(parts.year) == months);
    KALENDS_CHECK(cal.try_is_leap_year(parts.year) == cal.is_leap_year(parts.year));
    KALENDS_CHECK(cal.try_days_in_year(parts.year) == cal.days_in_year(parts.year));
    const auto code = cal.month_code_of(parts.month, parts.year);
    KALENDS_CHECK(cal.try_month_code_of(parts.month, parts.year) == code);
    KALENDS_CHECK(cal.month_of_code(code, parts.year) == parts.month);
    const auto era = cal.era_of(parts);
    KALENDS_CHECK(cal.try_era_of(parts) == era);
    KALENDS_CHECK(cal.year_of_era(era.era, era.year) == parts.year);
    KALENDS_CHECK(cal.try_extended_year(parts.year).has_value());
    KALENDS_CHECK(cal.day_of_week(jdn) == iso_weekday(jdn));
    KALENDS_CHECK(cal.try_day_of_week(jdn) == iso_weekday(jdn));
}

// The day after `parts` (day number jdn + 1) is the next valid date.
void check_continuity(const calendar& cal, const date_parts& parts, const date_parts& next) {
    KALENDS_CHECK(lexicographically_less(parts, next));
    if (next.year == parts.year && next.month == parts.month) {
        // Within a month only a calendar reform may skip days.
        for (int day = parts.day + 1; day < next.day; ++day) KALENDS_CHECK(!cal.is_date_valid(parts.year, parts.month, day));
        if (cal.is_proleptic()) KALENDS_CHECK(next.day == parts.day + 1);
        return;
    }
    KALENDS_CHECK(!cal.is_date_valid(parts.year, parts.month, parts.day + 1));
    KALENDS_CHECK(next.day == 1 || !cal.is_date_valid(next.year, next.month, next.day - 1));
    if (next.year == parts.year) {
        KALENDS_CHECK(next.month == parts.month + 1);
    } else {
        KALENDS_CHECK(parts.month == cal.months_in_year(parts.year));
        KALENDS_CHECK(next.month == 1);
        KALENDS_CHECK(next.year == next_year(cal, parts.year));
    }
}

void check_jdn(const calendar& cal, std::int64_t jdn) {
    const bool in_range = jdn >= cal.first_jdn() && jdn <= cal.last_jdn();
    KALENDS_CHECK(cal.is_jdn_in_range(jdn) == in_range);
    if (!in_range) {
        KALENDS_CHECK(!cal.try_parts_from_date(jdn));
        KALENDS_CHECK(!cal.try_day_of_week(jdn));
        KALENDS_EXPECT_ERROR(cal.parts_from_date(jdn), errc::jdn_out_of_range);
        KALENDS_EXPECT_ERROR(cal.day_of_week(jdn), errc::jdn_out_of_range);
        return;
    }
    const date_parts parts = cal.parts_from_date(jdn);
    KALENDS_CHECK(cal.try_parts_from_date(jdn) == parts);
    check_valid_date(cal, parts, jdn);
    if (jdn < cal.last_jdn()) {
        check_continuity(cal, parts, cal.parts_from_date(jdn + 1));
    } else {
        // The last day: the next one is out of range, and nothing later is valid in the last month.
        KALENDS_CHECK(!cal.try_parts_from_date(jdn + 1));
        KALENDS_CHECK(!cal.try_date_from_parts(parts.year, parts.month, parts.day + 1));
    }
    if (jdn == cal.first_jdn()) KALENDS_CHECK(!cal.try_parts_from_date(jdn - 1));
}

void check_fields(const calendar& cal, int year, int month, int day) {
    const auto jdn = cal.try_date_from_parts(year, month, day);
    KALENDS_CHECK(cal.is_date_valid(year, month, day) == jdn.has_value());
    if (!jdn) {
        KALENDS_EXPECT_ERROR(cal.date_from_parts(year, month, day), errc::invalid_year, errc::invalid_month,
                             errc::invalid_day);
        KALENDS_EXPECT_ERROR(cal.era_of(date_parts{year, month, day}), errc::invalid_year, errc::invalid_month,
                             errc::invalid_day);
        KALENDS_CHECK(!cal.try_era_of(date_parts{year, month, day}));
        KALENDS_CHECK(!cal.try_to_sys_days(date_parts{year, month, day}));
    } else {
        KALENDS_CHECK(cal.is_jdn_in_range(*jdn));
        KALENDS_CHECK(cal.parts_from_date(*jdn) == (date_parts{year, month, day}));
        check_valid_date(cal, date_parts{year, month, day}, *jdn);
    }
    // Year- and month-level queries: defined exactly for valid years and months.
    const auto months = cal.try_months_in_year(year);
    if (!months) {
        KALENDS_EXPECT_ERROR(cal.months_in_year(year), errc::invalid_year);
        KALENDS_EXPECT_ERROR(cal.is_leap_year(year), errc::invalid_year);
        KALENDS_EXPECT_ERROR(cal.days_in_year(year), errc::invalid_year);
        KALENDS_CHECK(!cal.try_is_leap_year(year) && !cal.try_days_in_year(year) && !cal.try_extended_year(year));
        KALENDS_CHECK(!cal.try_days_in_month(month, year));
        KALENDS_CHECK(!jdn);
        return;
    }
    KALENDS_CHECK(*months >= 1 && *months <= cal.maximum_months_in_year());
    const int year_days = cal.days_in_year(year);
    KALENDS_CHECK(year_days >= 1);
    if (month < 1 || month > *months) {
        KALENDS_CHECK(!cal.try_days_in_month(month, year));
        KALENDS_CHECK(!cal.try_month_code_of(month, year));
        KALENDS_EXPECT_ERROR(cal.days_in_month(month, year), errc::invalid_month);
        KALENDS_EXPECT_ERROR(cal.month_code_of(month, year), errc::invalid_month);
        KALENDS_CHECK(!jdn);
        return;
    }
    const int days = cal.days_in_month(month, year);
    KALENDS_CHECK(days >= 1 && days <= year_days);
    if (day < 1 || day > days) KALENDS_CHECK(!jdn);
    // Months follow each other without overlap: the first and last valid days of a month are in order.
    const auto code = cal.month_code_of(month, year);
    KALENDS_CHECK(cal.try_month_of_code(code, year) == month);
}

// Only a month code that can exist can be made, and it names a month of the year or none.
void check_month_code(const calendar& cal, int year, int number, bool leap) {
    const auto code = kalends::month_code::try_make(number, leap);
    KALENDS_CHECK(code.has_value() == (number >= 1 && number <= 99));
    if (!code) {
        KALENDS_EXPECT_ERROR(kalends::month_code(number, leap), errc::invalid_month);
        return;
    }
    const auto months = cal.try_months_in_year(year);
    const auto month = cal.try_month_of_code(*code, year);
    if (!months) {
        KALENDS_CHECK(!month);
        return;
    }
    if (month) KALENDS_CHECK(*month >= 1 && *month <= *months && cal.month_code_of(*month, year) == *code);
}

// Any std::chrono::sys_days count: the same date as its day number, or an error (no overflow).
void check_sys_days(const calendar& cal, std::int64_t count) {
    const std::chrono::sys_days day{std::chrono::days{count}};
    std::int64_t jdn = 0;
    const bool fits = !__builtin_add_overflow(count, kalends::jdn_of_unix_epoch, &jdn);
    const auto parts = cal.try_from_sys_days(day);
    KALENDS_CHECK(kalends::to_optional(parts) == (fits ? kalends::to_optional(cal.try_parts_from_date(jdn)) : std::nullopt));
    if (!parts) KALENDS_EXPECT_ERROR(cal.from_sys_days(day), errc::jdn_out_of_range);
}

void check_bulk(const calendar& from, const calendar& to, const std::array<std::int64_t, 4>& jdns,
                const std::array<date_parts, 4>& parts) {
    std::array<date_parts, 4> out_parts{};
    std::size_t invalid = kalends::parts_from_dates(from, jdns, out_parts);
    std::size_t expected_invalid = 0;
    for (std::size_t i = 0; i < jdns.size(); ++i) {
        const auto single = from.try_parts_from_date(jdns[i]);
        KALENDS_CHECK(out_parts[i] == single.value_or(kalends::invalid_parts));
        expected_invalid += single ? 0u : 1u;
    }
    KALENDS_CHECK(invalid == expected_invalid);

    std::array<std::int64_t, 4> out_jdns{};
    invalid = kalends::dates_from_parts(from, parts, out_jdns);
    expected_invalid = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto single = from.try_date_from_parts(parts[i]);
        KALENDS_CHECK(out_jdns[i] == single.value_or(kalends::invalid_jdn));
        expected_invalid += single ? 0u : 1u;
    }
    KALENDS_CHECK(invalid == expected_invalid);

    std::array<std::int64_t, 4> scratch{};
    invalid = kalends::convert_dates(from, parts, to, out_parts, scratch);
    expected_invalid = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto jdn = from.try_date_from_parts(parts[i]);
        const auto single = jdn ? kalends::to_optional(to.try_parts_from_date(*jdn)) : std::nullopt;
        KALENDS_CHECK(out_parts[i] == single.value_or(kalends::invalid_parts));
        expected_invalid += single ? 0u : 1u;
    }
    KALENDS_CHECK(invalid == expected_invalid);
}

// Day numbers worth steering to: the edges of the calendar's range and today's era.
std::int64_t pick_jdn(FuzzedDataProvider& data, const calendar& cal) {
    switch (data.ConsumeIntegralInRange<int>(0, 3)) {
    case 0: return data.ConsumeIntegral<std::int64_t>();
    case 1: return cal.first_jdn() + data.ConsumeIntegralInRange<std::int64_t>(-3, 1000);
    case 2: return cal.last_jdn() - data.ConsumeIntegralInRange<std::int64_t>(-3, 1000);
    default: return 2'451'545 + std::int64_t{data.ConsumeIntegral<std::int32_t>()};
    }
}

int clamp_to_int(std::int64_t value) {
    return static_cast<int>(std::clamp<std::int64_t>(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

int pick_year(FuzzedDataProvider& data, const calendar& cal) {
    switch (data.ConsumeIntegralInRange<int>(0, 3)) {
    case 0: return data.ConsumeIntegral<int>();
    case 1: return clamp_to_int(std::int64_t{cal.minimum_year()} + data.ConsumeIntegralInRange<int>(-2, 50));
    case 2: return clamp_to_int(std::int64_t{cal.maximum_year()} - data.ConsumeIntegralInRange<int>(-2, 50));
    default: return data.ConsumeIntegralInRange<int>(-3000, 6000);
    }
}

int pick_small(FuzzedDataProvider& data) {
    return data.ConsumeBool() ? data.ConsumeIntegral<int>() : data.ConsumeIntegralInRange<int>(-1, 32);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    static const std::vector<calendar> calendars = kalends::all_calendars();
    FuzzedDataProvider data(bytes, size);
    while (data.remaining_bytes() > 0) {
        const calendar& cal = calendars[data.ConsumeIntegralInRange<std::size_t>(0, calendars.size() - 1)];
        const calendar& other = calendars[data.ConsumeIntegralInRange<std::size_t>(0, calendars.size() - 1)];
        check_jdn(cal, pick_jdn(data, cal));
        const int year = pick_year(data, cal);
        const int month = pick_small(data);
        const int day = pick_small(data);
        check_fields(cal, year, month, day);
        check_month_code(cal, year, pick_small(data), data.ConsumeBool());
        std::int64_t count = data.ConsumeIntegral<std::int64_t>();
        if (data.ConsumeBool() && __builtin_sub_overflow(pick_jdn(data, cal), kalends::jdn_of_unix_epoch, &count)) {
            count = std::numeric_limits<std::int64_t>::min();  // near a range end, as a count
        }
        check_sys_days(cal, count);
        std::array<std::int64_t, 4> jdns{};
        std::array<date_parts, 4> parts{};
        for (std::size_t i = 0; i < jdns.size(); ++i) {
            jdns[i] = pick_jdn(data, cal);
            parts[i] = {pick_year(data, cal), pick_small(data), pick_small(data)};
        }
        parts[0] = {year, month, day};
        check_bulk(cal, other, jdns, parts);
    }
    return 0;
}
