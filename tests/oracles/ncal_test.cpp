// The changeover calendars against ncal (Debian ncal: `ncal -h -s CC M
// YYYY`) for every preset `ncal -p` lists: the day numbers of the month of
// each country's last Julian day and of its first Gregorian day must be the
// ones ncal prints, and the first printed day must fall on the weekday ncal
// puts it under.
#include "command_output.hpp"

#include <kalends/changeover.hpp>
#include <kalends/date.hpp>
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

namespace {

using kalends_test::command_output;

// The day numbers ncal prints for one month, in order, and the ISO weekday of
// the first. ncal's own layout (-b ignores -s): one row per weekday ("Su",
// "Mo", ...), one column of 3 characters per week, Sunday-first weeks.
std::vector<int> ncal_days(const std::string& code, int year, int month, int& first_weekday) {
    const std::string text = command_output("ncal -h -s " + code + " " + std::to_string(month) + " " + std::to_string(year) + " 2>&1").value_or("");
    std::istringstream lines(text);
    std::string line;
    std::getline(lines, line);  // "    October 1582"
    const std::vector<std::string> names{"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
    struct cell {
        std::size_t week;
        int row;
        int weekday;
        int day;
    };
    std::vector<cell> cells;
    int row = 0;
    while (std::getline(lines, line)) {
        if (line.size() < 2) continue;
        const auto name = std::find(names.begin(), names.end(), line.substr(0, 2));
        if (name == names.end()) continue;
        const int weekday = static_cast<int>(name - names.begin()) + 1;
        for (std::size_t week = 0; 2 + week * 3 + 3 <= line.size() + 1 && 2 + week * 3 < line.size(); ++week) {
            const std::string text_cell = line.substr(2 + week * 3, 3);
            if (text_cell.find_first_not_of(' ') == std::string::npos) continue;
            cells.push_back({week, row, weekday, std::stoi(text_cell)});
        }
        ++row;
    }
    std::sort(cells.begin(), cells.end(),
              [](const cell& a, const cell& b) { return a.week != b.week ? a.week < b.week : a.row < b.row; });
    std::vector<int> days;
    for (const cell& c : cells) days.push_back(c.day);
    first_weekday = cells.empty() ? 0 : cells.front().weekday;
    return days;
}

TEST(changeover, presets_match_ncal) {
    if (command_output("ncal -h -s GB 9 1752 2>/dev/null").value_or("").empty()) GTEST_SKIP() << "ncal is not installed";
    int months = 0;
    for (const auto& preset : kalends::changeover_presets()) {
        const kalends::calendar cal = kalends::changeover_calendar(preset.code);
        const std::int64_t change = preset.first_gregorian_jdn();
        const kalends::date last_julian = kalends::date::from_jdn(cal, change - 1);
        const kalends::date first_gregorian = kalends::date::from_jdn(cal, change);
        EXPECT_EQ(last_julian.parts(), (kalends::date_parts{preset.last_julian_year, preset.last_julian_month,
                                                            preset.last_julian_day}));
        for (const kalends::date& d : {last_julian, first_gregorian}) {
            int column = 0;
            const std::vector<int> expected = ncal_days(std::string(preset.code), d.year(), d.month(), column);
            std::vector<int> got;
            std::int64_t jdn = change - 1;
            while (jdn > cal.first_jdn() && kalends::date::from_jdn(cal, jdn - 1).month() == d.month()) --jdn;
            if (kalends::date::from_jdn(cal, jdn).month() != d.month()) ++jdn;
            if (d.jdn() >= change) {
                jdn = change;
                while (kalends::date::from_jdn(cal, jdn - 1).month() == d.month()) --jdn;
            }
            const int first_weekday = kalends::date::from_jdn(cal, jdn).day_of_week();
            for (; kalends::date::from_jdn(cal, jdn).month() == d.month(); ++jdn) {
                got.push_back(kalends::date::from_jdn(cal, jdn).day());
            }
            EXPECT_EQ(got, expected) << preset.code << " " << d.year() << "-" << d.month();
            EXPECT_EQ(first_weekday, column) << preset.code << " " << d.year() << "-" << d.month();
            EXPECT_EQ(static_cast<int>(got.size()), kalends::date(cal, d.year(), d.month(), got.back()).days_in_month());
            ++months;
        }
    }
    EXPECT_EQ(months, 2 * 34);
}

}  // namespace
