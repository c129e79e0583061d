// Differential test through the handle against ICU 72, for every calendar ICU
// shares with kalends: year, month and day day by day over 1-3000 CE for the
// Gregorian-based calendars (Buddhist, ROC, Japanese, ISO), and for every
// calendar the era and era year, which ICU reports as UCAL_ERA / UCAL_YEAR.
// Known disagreements are listed, each with its reason; anything else fails.
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>
#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

constexpr std::int64_t first_jdn_1ce = 1721426;  // 0001-01-01
constexpr std::int64_t last_jdn_3000ce = 2817152;  // 3000-12-31
constexpr std::int64_t unix_epoch_jdn = 2440588;

class icu_calendar {
public:
    explicit icu_calendar(const std::string& type) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale(("en@calendar=" + type).c_str());
        calendar_.reset(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), locale, status));
        if (U_FAILURE(status) || !calendar_) throw std::runtime_error("ICU has no calendar " + type);
        // Gregorian-based ICU calendars switch to Julian before 1582 unless told otherwise.
        if (auto* gregorian = dynamic_cast<icu::GregorianCalendar*>(calendar_.get())) {
            gregorian->setGregorianChange(-8.64e15, status);
        }
    }

    struct fields {
        int era, year, extended_year, month, day;
    };

    fields at(std::int64_t jdn) {
        UErrorCode status = U_ZERO_ERROR;
        calendar_->setTime(static_cast<UDate>(jdn - unix_epoch_jdn) * 86400000.0, status);
        fields f{calendar_->get(UCAL_ERA, status), calendar_->get(UCAL_YEAR, status),
                 calendar_->get(UCAL_EXTENDED_YEAR, status), calendar_->get(UCAL_MONTH, status) + 1,
                 calendar_->get(UCAL_DATE, status)};
        if (U_FAILURE(status)) throw std::runtime_error("ICU failed at JDN " + std::to_string(jdn));
        return f;
    }

private:
    std::unique_ptr<icu::Calendar> calendar_;
};

struct gregorian_based_case {
    const char* kalends_name;
    const char* icu_type;
    // ICU's UCAL_EXTENDED_YEAR for these calendars is the Gregorian one; kalends'
    // year is the calendar's own extended year, this much more.
    int year_offset;
};

class gregorian_based : public testing::TestWithParam<gregorian_based_case> {};

TEST_P(gregorian_based, fields_day_by_day_1_to_3000_ce) {
    const kalends::calendar cal(GetParam().kalends_name);
    icu_calendar icu(GetParam().icu_type);
    int failures = 0;
    for (std::int64_t jdn = first_jdn_1ce; jdn <= last_jdn_3000ce && failures < 10; ++jdn) {
        const auto expected = icu.at(jdn);
        const kalends::date_parts got = cal.parts_from_date(jdn);
        const int expected_year = expected.extended_year + GetParam().year_offset;
        if (got.year != expected_year || got.month != expected.month || got.day != expected.day) {
            ADD_FAILURE() << cal.name() << " JDN " << jdn << ": kalends " << got.year << "-" << got.month << "-"
                          << got.day << ", ICU " << expected_year << "-" << expected.month << "-"
                          << expected.day;
            ++failures;
        }
        if (cal.date_from_parts(expected_year, expected.month, expected.day) != jdn) ++failures;
    }
    EXPECT_EQ(failures, 0);
}

INSTANTIATE_TEST_SUITE_P(icu, gregorian_based,
                         testing::Values(gregorian_based_case{"buddhist", "buddhist", 543},
                                         gregorian_based_case{"roc", "roc", -1911},
                                         gregorian_based_case{"japanese", "japanese", 0},
                                         gregorian_based_case{"iso8601", "iso8601", 0}),
                         [](const auto& test_param) { return std::string(test_param.param.kalends_name); });

// ICU's era numbers for each calendar, as kalends' era codes.
struct era_case {
    const char* kalends_name;
    const char* icu_type;
    std::map<int, std::string> eras;  // ICU UCAL_ERA value -> kalends era code
    // ICU's Islamic calendars have no era before the Hijra: they report the
    // extended year (<= 0) in era 0 there, where kalends says "bh".
    bool icu_lacks_earlier_era = false;
};

// CLDR 41, and so ICU 72, start Meiji on 1868-09-08, the lunisolar date read
// as Gregorian; the Gregorian date of the Meiji proclamation is 1868-10-23
// (CLDR corrected it later). Between the two, ICU says Meiji 1, kalends ce 1868.
bool icu_meiji_defect(const kalends::calendar& cal, std::int64_t jdn) {
    const kalends::calendar gregorian;
    return cal.system() == kalends::calendar_system::japanese && jdn >= gregorian.date_from_parts(1868, 9, 8) &&
           jdn <= gregorian.date_from_parts(1868, 10, 22);
}

class eras : public testing::TestWithParam<era_case> {};

TEST_P(eras, match_icu_every_seventh_day_1_to_3000_ce) {
    const kalends::calendar cal(GetParam().kalends_name);
    icu_calendar icu(GetParam().icu_type);
    const auto& codes = GetParam().eras;
    int failures = 0;
    int known_disagreements = 0;
    for (std::int64_t jdn = std::max(first_jdn_1ce, cal.first_jdn());
         jdn <= std::min(last_jdn_3000ce, cal.last_jdn()) && failures < 10; jdn += 7) {
        const auto expected = icu.at(jdn);
        const auto found = codes.find(expected.era);
        if (found == codes.end()) continue;  // an ICU era kalends does not have (pre-Meiji Japanese eras)
        const kalends::date_parts parts = cal.parts_from_date(jdn);
        if (cal.system() == kalends::calendar_system::hebrew &&
            cal.extended_year(parts.year) != expected.extended_year) {
            // ICU 72's Hebrew calendar is a day off in 15 runs of about 385 days
            // (known defect; tests/kernels/hebrew_test.cpp asserts the exact runs
            // and that convertdate agrees with kalends there). Eras are compared elsewhere.
            continue;
        }
        const kalends::era_year got = cal.era_of(parts);
        if (GetParam().icu_lacks_earlier_era && expected.year < 1) {
            EXPECT_EQ(got.era, "bh");
            EXPECT_EQ(got.year, 1 - std::int64_t{expected.year});
            continue;
        }
        if (icu_meiji_defect(cal, jdn)) {
            EXPECT_EQ(expected.era, 232) << "ICU's Meiji defect is gone: remove this exception";
            EXPECT_EQ(got, (kalends::era_year{"ce", 1868}));
            ++known_disagreements;
            continue;
        }
        if (got.era != found->second || got.year != expected.year) {
            ADD_FAILURE() << cal.name() << " JDN " << jdn << ": kalends " << got.era << " " << got.year << ", ICU era "
                          << expected.era << " (" << found->second << ") " << expected.year;
            ++failures;
        }
        if (cal.year_of_era(got.era, got.year) != cal.parts_from_date(jdn).year) ++failures;
    }
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(known_disagreements > 0, cal.system() == kalends::calendar_system::japanese);
}

TEST(japanese, meiji_starts_on_1868_10_23_where_icu_72_says_09_08) {
    const kalends::calendar japanese("japanese");
    const kalends::calendar gregorian;
    icu_calendar icu("japanese");
    for (std::int64_t jdn = gregorian.date_from_parts(1868, 9, 1); jdn <= gregorian.date_from_parts(1868, 10, 31); ++jdn) {
        const auto expected = icu.at(jdn);
        const kalends::era_year got = japanese.era_of(japanese.parts_from_date(jdn));
        if (jdn < gregorian.date_from_parts(1868, 9, 8)) {
            EXPECT_EQ(expected.era, 231);  // Keio, an era kalends does not count
            EXPECT_EQ(got, (kalends::era_year{"ce", 1868}));
        } else if (icu_meiji_defect(japanese, jdn)) {
            EXPECT_EQ(expected.era, 232);
            EXPECT_EQ(got, (kalends::era_year{"ce", 1868}));
        } else {
            EXPECT_EQ(expected.era, 232);
            EXPECT_EQ(got, (kalends::era_year{"meiji", 1}));
        }
    }
    EXPECT_EQ(japanese.year_of_era("meiji", 45), 1912);
    EXPECT_FALSE(japanese.try_year_of_era("meiji", 46));
    EXPECT_EQ(japanese.year_of_era("reiwa", 7), 2025);
    EXPECT_EQ(japanese.year_of_era("ce", 1868), 1868);
    EXPECT_FALSE(japanese.try_year_of_era("ce", 1869));
    EXPECT_EQ(japanese.year_of_era("bce", 1), 0);
}

INSTANTIATE_TEST_SUITE_P(
    icu, eras,
    testing::Values(era_case{"gregorian", "gregorian", {{0, "bce"}, {1, "ce"}}},
                    era_case{"buddhist", "buddhist", {{0, "be"}}},
                    era_case{"roc", "roc", {{0, "broc"}, {1, "roc"}}},
                    era_case{"coptic", "coptic", {{0, "bd"}, {1, "am"}}},
                    era_case{"ethiopic", "ethiopic", {{0, "aa"}, {1, "am"}}},
                    era_case{"ethioaa", "ethiopic-amete-alem", {{0, "aa"}}},
                    era_case{"indian", "indian", {{0, "shaka"}}},
                    era_case{"hebrew", "hebrew", {{0, "am"}}},
                    era_case{"persian-33", "persian", {{0, "ap"}}},
                    era_case{"islamic-civil", "islamic-civil", {{0, "ah"}}, true},
                    era_case{"islamic-tbla", "islamic-tbla", {{0, "ah"}}, true},
                    // ICU numbers the Japanese eras from Taika (0); Meiji is 232.
                    era_case{"japanese", "japanese", {{232, "meiji"}, {233, "taisho"}, {234, "showa"}, {235, "heisei"}, {236, "reiwa"}}}),
    [](const auto& test_param) {
        std::string name = test_param.param.kalends_name;
        for (char& c : name) {
            if (c == '-') c = '_';
        }
        return name;
    });

}  // namespace
