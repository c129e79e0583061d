// parse(format(d)) == d for every day of 1900-2100, in every built-in
// calendar, for every pattern that names the year, the month and the day:
// the four CLDR styles and LDML patterns of every field width that can be
// read back. The locale turns with the day (twenty locales of a dozen
// scripts and four numbering systems), so each locale meets every calendar
// and every pattern on thousands of days.
//
// Under the sanitizers (ten times slower) every 7th day is swept, so every
// locale still meets every calendar; the optimized build sweeps every day.
//
// Not read back, by design: two-digit years (yy: a window around today,
// tested in locale_test), narrow month names (J is January, June and July),
// and a year without its era where the era's years are not the calendar's
// (Reiwa 7 without "Reiwa"), and a year named only by its place in the
// 60-year cycle (己亥) outside the cycle of today, where such a name is read:
// such rows are counted, not tested.
#include "properties/every_builtin.hpp"

#include <kalends/format.hpp>
#include <kalends/locale.hpp>

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <climits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

#ifndef KALENDS_ROUND_TRIP_STRIDE
#define KALENDS_ROUND_TRIP_STRIDE 1
#endif
constexpr std::int64_t stride = KALENDS_ROUND_TRIP_STRIDE;

using kalends::calendar;
using kalends::date_format;
using kalends::date_parts;
using kalends::date_style;
using kalends::locale;

constexpr std::array<std::string_view, 20> tags{"en", "fr", "de", "ru", "ar",      "ar-EG", "fa", "ps", "ur", "he",
                                                 "am", "hi", "bn", "th", "ja", "zh", "zh-Hant", "ko", "tr", "id"};
constexpr std::array<std::string_view, 9> patterns{
    "d MMMM y",      "EEEE d MMMM y G", "dd.MM.y",  "y-MM-dd", "d MMM y G",
    "EEE, d LLLL y", "yyyyMMdd",        "d/M/yyyy", "GGGG y MMMM d"};
constexpr std::array<date_style, 4> styles{date_style::full, date_style::long_form, date_style::medium,
                                           date_style::short_form};

// True if the pattern writes a two-digit year or a narrow month name.
bool unreadable(std::string_view pattern) {
    bool quoted = false;
    for (std::size_t i = 0; i < pattern.size();) {
        const char c = pattern[i];
        std::size_t run = 1;
        while (i + run < pattern.size() && pattern[i + run] == c) ++run;
        if (c == '\'') quoted = !quoted;
        if (!quoted && (((c == 'y' || c == 'Y') && run == 2) || ((c == 'M' || c == 'L') && run == 5))) return true;
        i += run;
    }
    return false;
}

// True if the pattern has a field of one of these letters outside quotes.
bool has_field(std::string_view pattern, std::string_view letters) {
    bool quoted = false;
    for (const char c : pattern) {
        if (c == '\'') quoted = !quoted;
        if (!quoted && letters.find(c) != std::string_view::npos) return true;
    }
    return false;
}

struct sweep_pattern {
    date_format format;
    bool with_era;
    bool cycle_year_only;  // the year is only U, a cyclic name (甲子)
};

sweep_pattern sweep(date_format f) {
    const std::string pattern(f.pattern());
    return {std::move(f), has_field(pattern, "G"), has_field(pattern, "U") && !has_field(pattern, "yur")};
}

// The years of the 60-year cycle that holds today's year; all years if the calendar has none.
std::pair<int, int> cycle_of_today(const calendar& cal) {
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const int this_year = cal.from_sys_days(now).year;
    const auto cycle_year = cal.try_cycle_year(this_year);
    if (!cycle_year) return {INT_MIN, INT_MAX};
    return {this_year - (*cycle_year - 1), this_year - *cycle_year + 60};
}

class round_trip : public kalends_properties::every_builtin {};

TEST_P(round_trip, every_day_of_1900_to_2100_reads_back) {
    const calendar gregorian("gregorian");
    const std::int64_t first = std::max(gregorian.date_from_parts(1900, 1, 1), cal.first_jdn());
    const std::int64_t last = std::min(gregorian.date_from_parts(2100, 12, 31), cal.last_jdn());
    ASSERT_LE(first, last);

    // Per locale, the patterns that can be read back.
    std::vector<std::vector<sweep_pattern>> formats;
    for (const std::string_view tag : tags) {
        const locale loc(tag);
        std::vector<sweep_pattern>& list = formats.emplace_back();
        for (const date_style style : styles) {
            date_format f = date_format::from_style(style, loc, cal);
            if (unreadable(f.pattern())) continue;
            list.push_back(sweep(std::move(f)));
        }
        for (const std::string_view pattern : patterns) list.push_back(sweep(date_format::from_ldml(pattern, loc)));
    }
    const auto [cycle_first, cycle_last] = cycle_of_today(cal);

    std::string text;
    long long tested = 0;
    long long skipped = 0;
    int failures = 0;
    for (std::int64_t jdn = first; jdn <= last; jdn += stride) {
        const date_parts parts = cal.parts_from_date(jdn);
        const bool year_is_era_year = cal.era_of(parts).year == parts.year;
        const std::size_t which = static_cast<std::size_t>(jdn - first) % tags.size();
        const bool in_cycle_of_today = parts.year >= cycle_first && parts.year <= cycle_last;
        for (const sweep_pattern& p : formats[which]) {
            if ((!p.with_era && !year_is_era_year) || (p.cycle_year_only && !in_cycle_of_today)) {
                ++skipped;
                continue;
            }
            text.resize(p.format.max_size());
            text.resize(static_cast<std::size_t>(p.format.write(text.data(), cal, parts, jdn) - text.data()));
            const auto back = p.format.try_parse(text, cal);
            ++tested;
            if (back && *back == parts) continue;
            if (++failures <= 10) {
                ADD_FAILURE() << cal.name() << " " << tags[which] << " '" << p.format.pattern() << "' "
                              << parts.year << "-" << parts.month << "-" << parts.day << " wrote '" << text
                              << "' read " << (back ? "another date" : back.error().message());
            }
        }
    }
    EXPECT_EQ(failures, 0);
    RecordProperty("round_trips", std::to_string(tested));
    RecordProperty("skipped", std::to_string(skipped));
    EXPECT_GT(tested, (last - first) / stride * 3);
}

INSTANTIATE_TEST_SUITE_P(every_builtin, round_trip, testing::ValuesIn(kalends_properties::builtin_systems()),
                         kalends_properties::calendar_test_name);

}  // namespace
