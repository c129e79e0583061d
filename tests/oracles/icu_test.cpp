// The ICU 72 C++ calendars (Debian libicu-dev) as the oracle, through the
// handle, for every calendar ICU shares with kalends.
//
// 1. Every day of 1-3000 CE (JDN 1 721 426 .. 2 817 152), both ways, for
//      gregorian      ICU GregorianCalendar, Gregorian change moved to the far past (proleptic)
//      julian         ICU GregorianCalendar, Gregorian change moved to the far future
//      persian-33     ICU PersianCalendar (the 33-year rule: astronomical year a
//                     is leap iff (25a + 11) mod 33 < 8); kalends' "persian" is
//                     the astronomical calendar, so ICU's rule is "persian-33"
//      islamic-civil  ICU IslamicCalendar CIVIL (tabular, Friday epoch)
//    and the length of every year against the leap rule written out here.
// 2. Year, month and day, day by day over 1-3000 CE, for the Gregorian-based
//    calendars (Buddhist, ROC, Japanese, ISO).
// 3. For every shared calendar, the era and era year every seventh day of
//    1-3000 CE, which ICU reports as UCAL_ERA / UCAL_YEAR, and the start of
//    Meiji, where ICU 72 (CLDR 41) differs from kalends on purpose.
//
// ICU counts extended years with a year 0 (UCAL_EXTENDED_YEAR); kalends has
// none: extended year e <= 0 is kalends year e - 1.
// Known disagreements are listed, each with its reason; anything else fails.
// Every disagreement of 1. is listed in the failure message (runs of
// consecutive days are merged); one ICU calendar object per sweep, nothing
// allocated per day.
#include "mismatch_log.hpp"

#include <kalends/kalends.hpp>

#include <gtest/gtest.h>
#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/ucal.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>

namespace {

using kalends_differential::mismatch_log;

constexpr std::int64_t first_jdn = 1721426;  // 0001-01-01 (Gregorian)
constexpr std::int64_t last_jdn = 2817152;   // 3000-12-31 (Gregorian)
constexpr std::int64_t unix_epoch_jdn = 2440588;  // 1970-01-01, ICU's UDate 0
constexpr double millis_per_day = 86400000.0;

// Far enough that every date ICU can hold is on one side of the change.
constexpr UDate far_past = -8.64e15;
constexpr UDate far_future = 8.64e15;

enum class era_style {
    common_era,  // ERA 0 = BC with YEAR = 1 - e, ERA 1 = AD with YEAR = e
    single_era,  // ERA 0 always, YEAR = e (also for e <= 0)
};

struct icu_case {
    const char* kalends_name;
    const char* icu_type;
    std::optional<UDate> gregorian_change;  // for ICU's GregorianCalendar only
    era_style eras;
};

const icu_case icu_cases[] = {
    {"gregorian", "gregorian", far_past, era_style::common_era},
    {"julian", "gregorian", far_future, era_style::common_era},
    {"persian-33", "persian", std::nullopt, era_style::single_era},
    {"islamic-civil", "islamic-civil", std::nullopt, era_style::single_era},
};

// Readable, stable parameter printouts (gtest would print raw bytes, pointers included).
void PrintTo(const icu_case& c, std::ostream* os) { *os << c.kalends_name << " vs ICU " << c.icu_type; }

int kalends_year(int icu_extended_year) { return icu_extended_year <= 0 ? icu_extended_year - 1 : icu_extended_year; }
int icu_extended_year(int kalends_year) { return kalends_year < 0 ? kalends_year + 1 : kalends_year; }

std::string str(int year, int month, int day) {
    return std::to_string(year) + "-" + std::to_string(month) + "-" + std::to_string(day);
}

// One ICU calendar in UTC, reused for every day.
class icu_peer {
public:
    // An ICU GregorianCalendar, or a calendar based on it (Buddhist, ROC,
    // Japanese, ISO), switches from Julian at gregorian_change, by default in
    // the far past (proleptic); ICU would switch in 1582 unless told otherwise.
    explicit icu_peer(const std::string& icu_type, std::optional<UDate> gregorian_change = std::nullopt) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale(("en@calendar=" + icu_type).c_str());
        calendar_.reset(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), locale, status));
        if (U_FAILURE(status) || !calendar_) throw std::runtime_error("ICU has no calendar " + icu_type);
        auto* gregorian = dynamic_cast<icu::GregorianCalendar*>(calendar_.get());
        if (gregorian_change && !gregorian) throw std::runtime_error("not an ICU GregorianCalendar");
        if (gregorian) {
            gregorian->setGregorianChange(gregorian_change.value_or(far_past), status);
            if (U_FAILURE(status)) throw std::runtime_error("setGregorianChange failed");
        }
    }
    // The sweeps of 1. also insist that ICU gives the calendar type asked for;
    // 2. cannot, as ICU 72 answers "iso8601" with a calendar of type "gregorian".
    explicit icu_peer(const icu_case& c) : icu_peer(c.icu_type, c.gregorian_change) {
        if (std::string(calendar_->getType()) != c.icu_type) {
            throw std::runtime_error(std::string("ICU gave calendar ") + calendar_->getType() + " for " + c.icu_type);
        }
    }

    struct fields {
        int era, year, extended_year, month, day, julian_day;
    };

    // The fields of the day that starts at midnight UTC of this JDN.
    fields at(std::int64_t jdn) {
        UErrorCode status = U_ZERO_ERROR;
        calendar_->setTime(static_cast<UDate>(jdn - unix_epoch_jdn) * millis_per_day, status);
        const fields f{calendar_->get(UCAL_ERA, status),          calendar_->get(UCAL_YEAR, status),
                       calendar_->get(UCAL_EXTENDED_YEAR, status), calendar_->get(UCAL_MONTH, status) + 1,
                       calendar_->get(UCAL_DATE, status),          calendar_->get(UCAL_JULIAN_DAY, status)};
        if (U_FAILURE(status)) throw std::runtime_error("ICU failed at JDN " + std::to_string(jdn));
        return f;
    }

    // The JDN of an extended year, 1-based month and day.
    std::int64_t jdn_of(int extended_year, int month, int day) {
        UErrorCode status = U_ZERO_ERROR;
        calendar_->clear();
        calendar_->set(UCAL_EXTENDED_YEAR, extended_year);
        calendar_->set(UCAL_MONTH, month - 1);
        calendar_->set(UCAL_DATE, day);
        const UDate millis = calendar_->getTime(status);
        if (U_FAILURE(status)) throw std::runtime_error("ICU failed at " + str(extended_year, month, day));
        const double days = millis / millis_per_day;
        if (days != std::floor(days)) throw std::runtime_error("ICU gave a time that is not midnight UTC");
        return static_cast<std::int64_t>(days) + unix_epoch_jdn;
    }

    icu::Calendar& calendar() { return *calendar_; }

private:
    std::unique_ptr<icu::Calendar> calendar_;
};

// The leap rules, for the year lengths (kalends' numbering, astronomical a).
bool leap_rule(const std::string& name, int year) {
    const std::int64_t a = icu_extended_year(year);
    const auto mod = [](std::int64_t x, std::int64_t m) { return ((x % m) + m) % m; };
    if (name == "gregorian") return mod(a, 4) == 0 && (mod(a, 100) != 0 || mod(a, 400) == 0);
    if (name == "julian") return mod(a, 4) == 0;
    if (name == "persian-33") return mod(25 * a + 11, 33) < 8;
    if (name == "islamic-civil") return mod(14 + 11 * a, 30) < 11;
    throw std::logic_error("no leap rule for " + name);
}

// ICU's UCAL_JULIAN_DAY is the conventional JDN of the local (here UTC) day:
// no half-day offset at midnight, checked on a known date.
TEST(icu_julian_day, offset_on_2000_01_01) {
    icu_peer icu(icu_cases[0]);
    const icu_peer::fields at_midnight = icu.at(2451545);
    EXPECT_EQ(at_midnight.julian_day, 2451545);
    EXPECT_EQ(str(at_midnight.extended_year, at_midnight.month, at_midnight.day), "2000-1-1");
    UErrorCode status = U_ZERO_ERROR;
    // Still the same day one millisecond before the next midnight (no switch at noon).
    icu.calendar().setTime((2451545 - unix_epoch_jdn + 1) * millis_per_day - 1, status);
    EXPECT_EQ(icu.calendar().get(UCAL_JULIAN_DAY, status), 2451545);
    EXPECT_EQ(icu.calendar().get(UCAL_DATE, status), 1);
    ASSERT_TRUE(U_SUCCESS(status));
    EXPECT_EQ(icu.jdn_of(2000, 1, 1), 2451545);
    EXPECT_EQ(kalends::calendar("gregorian").date_from_parts(2000, 1, 1), 2451545);
    EXPECT_EQ(kalends::calendar("gregorian").parts_from_date(2451545), (kalends::date_parts{2000, 1, 1}));
}

class icu_calendar : public testing::TestWithParam<icu_case> {};

TEST_P(icu_calendar, every_day_of_1_to_3000_ce_both_ways) {
    const icu_case& c = GetParam();
    const kalends::calendar cal(c.kalends_name);
    icu_peer icu(c);
    mismatch_log log("JDN");
    // Year starts seen in ICU's sweep, for the year lengths below.
    std::map<int, std::int64_t> year_starts;
    std::int64_t days = 0;
    for (std::int64_t jdn = first_jdn; jdn <= last_jdn; ++jdn, ++days) {
        const icu_peer::fields f = icu.at(jdn);
        const int year = kalends_year(f.extended_year);
        if (f.month == 1 && f.day == 1) year_starts.emplace(year, jdn);
        // ICU's own fields must agree with each other before they count as expected values.
        const bool era_ok = c.eras == era_style::common_era
                                ? (f.extended_year >= 1 ? f.era == 1 && f.year == f.extended_year
                                                        : f.era == 0 && f.year == 1 - f.extended_year)
                                : f.era == 0 && f.year == f.extended_year;
        if (!era_ok || f.julian_day != jdn) {
            log.add(jdn, "ICU inconsistent: era " + std::to_string(f.era) + " year " + std::to_string(f.year) +
                             " extended year " + std::to_string(f.extended_year) + " julian day " +
                             std::to_string(f.julian_day));
            continue;
        }
        // JDN -> parts.
        const kalends::date_parts got = cal.parts_from_date(jdn);
        if (got != kalends::date_parts{year, f.month, f.day}) {
            log.add(jdn, "parts_from_date: kalends " + str(got.year, got.month, got.day) + ", ICU " +
                             str(year, f.month, f.day) + " (extended year " + std::to_string(f.extended_year) + ")");
            continue;
        }
        // parts -> JDN, in both libraries.
        const std::optional<std::int64_t> kalends_jdn = kalends::to_optional(cal.try_date_from_parts(year, f.month, f.day));
        const std::int64_t icu_jdn = icu.jdn_of(icu_extended_year(year), f.month, f.day);
        if (kalends_jdn != jdn || icu_jdn != jdn) {
            log.add(jdn, "date_from_parts(" + str(year, f.month, f.day) + "): kalends " +
                             (kalends_jdn ? std::to_string(*kalends_jdn) : std::string("error")) + ", ICU " +
                             std::to_string(icu_jdn));
        }
    }
    EXPECT_TRUE(log.empty()) << c.kalends_name << " vs ICU " << c.icu_type << ": " << log.report();
    EXPECT_EQ(days, last_jdn - first_jdn + 1);

    // Every full year of the sweep: its length in ICU, in kalends, and by the rule.
    mismatch_log years("year");
    int full_years = 0;
    for (auto it = year_starts.begin(); std::next(it) != year_starts.end(); ++it) {
        const int year = it->first;
        const std::int64_t length = std::next(it)->second - it->second;
        const bool rule = leap_rule(c.kalends_name, year);
        ++full_years;
        if (cal.days_in_year(year) != length || cal.is_leap_year(year) != rule ||
            (length == 366 || length == 355) != rule) {
            years.add(year, "ICU " + std::to_string(length) + " days, kalends " + std::to_string(cal.days_in_year(year)) +
                                ", rule says " + (rule ? "leap" : "common"));
        }
    }
    EXPECT_TRUE(years.empty()) << c.kalends_name << ": " << years.report();
    EXPECT_GT(full_years, 2900);
}

INSTANTIATE_TEST_SUITE_P(icu, icu_calendar, testing::ValuesIn(icu_cases),
                         [](const testing::TestParamInfo<icu_case>& param_info) {
                             std::string name = param_info.param.kalends_name;
                             for (char& ch : name) {
                                 if (ch == '-') ch = '_';
                             }
                             return name;
                         });

// The sweep starts before year 1 of the Persian and Islamic eras, so ICU's
// extended years 0 and below are crossed: spot checks of the mapping.
TEST(icu_year_numbering, extended_year_zero_is_kalends_year_minus_one) {
    for (const icu_case& c : icu_cases) {
        const kalends::calendar cal(c.kalends_name);
        icu_peer icu(c);
        for (const int extended : {-2, -1, 0, 1, 2}) {
            const std::int64_t jdn = icu.jdn_of(extended, 1, 1);
            EXPECT_EQ(cal.parts_from_date(jdn), (kalends::date_parts{kalends_year(extended), 1, 1}))
                << c.kalends_name << " extended year " << extended;
        }
    }
    EXPECT_EQ(kalends_year(0), -1);
    EXPECT_EQ(kalends_year(-1), -2);
    EXPECT_EQ(icu_extended_year(-1), 0);
    // ICU's persian year 1 starts at the March equinox of 622; islamic-civil's on Friday 16 July 622 (Julian).
    EXPECT_EQ(icu_peer(icu_cases[3]).jdn_of(1, 1, 1), 1948440);
    EXPECT_EQ(kalends::calendar("islamic-civil").date_from_parts(1, 1, 1), 1948440);
    EXPECT_EQ(kalends::calendar("islamic-civil").day_of_week(1948440), 5);  // Friday
}

// ---------------------------------------------------------------- Gregorian-based calendars and eras

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
    icu_peer icu(GetParam().icu_type);
    int failures = 0;
    for (std::int64_t jdn = first_jdn; jdn <= last_jdn && failures < 10; ++jdn) {
        const icu_peer::fields expected = icu.at(jdn);
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
    icu_peer icu(GetParam().icu_type);
    const auto& codes = GetParam().eras;
    int failures = 0;
    int known_disagreements = 0;
    for (std::int64_t jdn = std::max(first_jdn, cal.first_jdn());
         jdn <= std::min(last_jdn, cal.last_jdn()) && failures < 10; jdn += 7) {
        const icu_peer::fields expected = icu.at(jdn);
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
    icu_peer icu("japanese");
    for (std::int64_t jdn = gregorian.date_from_parts(1868, 9, 1); jdn <= gregorian.date_from_parts(1868, 10, 31); ++jdn) {
        const icu_peer::fields expected = icu.at(jdn);
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
