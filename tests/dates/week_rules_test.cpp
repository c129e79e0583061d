// Week rules from CLDR, and ISO weeks against Python's date.isocalendar().
// The ICU comparisons (UCAL_WEEK_OF_YEAR / UCAL_YEAR_WOY, per rule and per
// locale) are in tests/oracles/icu_dates_test.cpp.
#include <kalends/date.hpp>
#include <kalends/week.hpp>

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <sstream>
#include <string>

namespace {

using kalends::week_rule;

TEST(week_rules, cldr_regions) {
    // CLDR weekData: US Sunday/1, Germany and Britain Monday/4, Iran and Egypt
    // Saturday/1, Maldives Friday/1, the world Monday/1.
    EXPECT_EQ(kalends::week_rule_for_region("US"), (week_rule{7, 1}));
    EXPECT_EQ(kalends::week_rule_for_region("us"), (week_rule{7, 1}));
    EXPECT_EQ(kalends::week_rule_for_region("DE"), (week_rule{1, 4}));
    EXPECT_EQ(kalends::week_rule_for_region("GB"), (week_rule{1, 4}));
    EXPECT_EQ(kalends::week_rule_for_region("IR"), (week_rule{6, 1}));
    EXPECT_EQ(kalends::week_rule_for_region("EG"), (week_rule{6, 1}));
    EXPECT_EQ(kalends::week_rule_for_region("MV"), (week_rule{5, 1}));
    EXPECT_EQ(kalends::week_rule_for_region("001"), (week_rule{1, 1}));
    EXPECT_EQ(kalends::week_rule_for_region("ZZ"), (week_rule{1, 1}));  // not listed: the world's rule
    for (const char* bad : {"", "U", "USA", "1", "U1", "0x1", "D\xC3"}) {
        EXPECT_FALSE(kalends::try_week_rule_for_region(bad)) << bad;
        EXPECT_THROW((void)kalends::week_rule_for_region(bad), kalends::error);
    }
}

TEST(week_rules, locales) {
    EXPECT_EQ(kalends::week_rule_for_locale("en_US"), (week_rule{7, 1}));
    EXPECT_EQ(kalends::week_rule_for_locale("de-DE"), (week_rule{1, 4}));
    EXPECT_EQ(kalends::week_rule_for_locale("fa_IR@calendar=persian"), (week_rule{6, 1}));
    EXPECT_EQ(kalends::week_rule_for_locale("ar-Arab-EG"), (week_rule{6, 1}));
    EXPECT_EQ(kalends::week_rule_for_locale("en_GB.UTF-8"), (week_rule{1, 4}));
    EXPECT_EQ(kalends::week_rule_for_locale("es-419"), (week_rule{1, 1}));
    EXPECT_FALSE(kalends::try_week_rule_for_locale("de"));
    EXPECT_FALSE(kalends::try_week_rule_for_locale("en-u-fw-sun"));
    EXPECT_THROW((void)kalends::week_rule_for_locale("de"), kalends::error);
}

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
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) GTEST_SKIP() << "cannot run " << KALENDS_PYTHON3;
    std::string text;
    char buffer[65536];
    std::size_t n = 0;
    while ((n = fread(buffer, 1, sizeof buffer, pipe.get())) > 0) text.append(buffer, n);
    std::istringstream lines(text);
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
