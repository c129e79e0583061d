// Week rules by region and locale, as CLDR's weekData gives them (written
// out here), and the refusal of malformed region and locale codes. ISO weeks
// are compared with Python in tests/oracles/python_test.cpp, the rules' week
// numbers with ICU (UCAL_WEEK_OF_YEAR / UCAL_YEAR_WOY, per rule and per
// locale) in tests/oracles/icu_dates_test.cpp.
#include <kalends/date.hpp>
#include <kalends/week.hpp>

#include <gtest/gtest.h>

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

}  // namespace
