// ISO weeks against Python's date.isocalendar() (KALENDS_PYTHON3, run when
// the test runs): kalends::iso_week and week_of_year under the ISO rule for
// every day of 1800..2200 and 3000 spread-out days of years 1..9999.
#include "command_output.hpp"

#include <kalends/date.hpp>
#include <kalends/week.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <sstream>
#include <string>

#ifndef KALENDS_PYTHON3
#error "KALENDS_PYTHON3 must name the python3 interpreter"
#endif

namespace {

using kalends_test::command_output;

// Python's date.isocalendar() for every day of 1800..2200 and for 3000
// spread-out days of years 1..9999, generated when the test runs.
TEST(iso_weeks, match_python_isocalendar) {
    const char* script =
        "import datetime\n"
        "d = datetime.date(1800, 1, 1)\n"
        "end = datetime.date(2200, 12, 31)\n"
        "one = datetime.timedelta(days=1)\n"
        "out = []\n"
        "while d <= end:\n"
        "    y, w, _ = d.isocalendar(); out.append('%d %d %d' % (d.toordinal(), y, w)); d += one\n"
        "for k in range(3000):\n"
        "    d = datetime.date.fromordinal(1 + (k * 1217197) % 3652058)\n"
        "    y, w, _ = d.isocalendar(); out.append('%d %d %d' % (d.toordinal(), y, w))\n"
        "print('\\n'.join(out))\n";
    const std::string command = std::string(KALENDS_PYTHON3) + " -c \"" + [&] {
        std::string escaped;
        for (const char* p = script; *p; ++p) {
            if (*p == '"' || *p == '\\' || *p == '$' || *p == '`') escaped += '\\';
            escaped += *p;
        }
        return escaped;
    }() + "\"";
    const std::optional<std::string> text = command_output(command);
    if (!text) GTEST_SKIP() << "cannot run " << KALENDS_PYTHON3;
    std::istringstream lines(*text);
    const kalends::calendar gregorian;
    long ordinal = 0;
    int year = 0;
    int week = 0;
    int checked = 0;
    int failures = 0;
    while (lines >> ordinal >> year >> week && failures < 10) {
        const std::int64_t jdn = ordinal + 1721425;  // Python ordinal 1 = 0001-01-01 = JDN 1721426
        const kalends::year_week expected{year, week};
        if (kalends::iso_week(jdn) != expected ||
            kalends::date::from_jdn(gregorian, jdn).week_of_year(kalends::iso_week_rule) != expected) {
            ADD_FAILURE() << "JDN " << jdn << ": Python says " << year << "-W" << week;
            ++failures;
        }
        ++checked;
    }
    EXPECT_EQ(checked, 146462 + 3000);
}

}  // namespace
