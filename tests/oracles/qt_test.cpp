// Differential test against Qt 6 QCalendar (Debian qt6-base-dev 6.4.2), the
// API kalends' calendar core is modelled on.
//
// 1. Every day of JDN 0 .. 2 488 070, for all five of Qt's calendars: JDN ->
//    parts, parts -> JDN (both libraries, from Qt's parts) and the weekday.
// 2. Every year of that span: leap year, days in the year, months in the
//    year, days in each month 0..13, date validity around the month ends.
// 3. The static properties and the names.
// 4. The deliberate differences of docs/differences-from-qt.md, each one
//    measured here: where Qt overflows (first wrong year each way, and the
//    last right one), where Qt's answers differ by design.
//
// Outside the span of 1., expected values come from the periodicity of each
// leap rule (a cycle of Y years has exactly D days, counted below from Qt's
// own answers inside the span): the date (a + kY, m, d) of astronomical year
// a + kY falls k*D days after (a, m, d). The reference dates (a, m, d) are
// Qt's, inside the span where it agrees with kalends day by day.
#include "mismatch_log.hpp"

#include <kalends/kalends.hpp>

#include <QtCore/QCalendar>
#include <QtCore/QDate>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <optional>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

using kalends_differential::mismatch_log;

constexpr std::int64_t first_jdn = 0;
constexpr std::int64_t last_jdn = 2488070;

struct qt_case {
    QCalendar::System system;
    const char* kalends_name;
    // The leap rule repeats after cycle_years years of cycle_days days.
    int cycle_years;
    std::int64_t cycle_days;
};

// 400 Gregorian years have 97 leap days; 4 Julian years 1; 900 Revised
// Julian years 225 - 9 + 2 = 218; Birashk's 2820 years 683; 30 tabular
// Islamic years 11 (of 355 days, the others 354).
const qt_case qt_cases[] = {
    {QCalendar::System::Gregorian, "gregorian", 400, 400 * 365 + 97},
    {QCalendar::System::Julian, "julian", 4, 4 * 365 + 1},
    {QCalendar::System::Milankovic, "milankovic", 900, 900 * 365 + 218},
    {QCalendar::System::Jalali, "persian-2820", 2820, 2820 * 365 + 683},
    {QCalendar::System::IslamicCivil, "islamic-civil", 30, 30 * 354 + 11},
};

// Readable, stable parameter printouts (gtest would print raw bytes, pointers included).
void PrintTo(const qt_case& c, std::ostream* os) { *os << c.kalends_name; }

std::string test_name(const testing::TestParamInfo<qt_case>& param_info) {
    std::string name = param_info.param.kalends_name;
    for (char& c : name) {
        if (c == '-') c = '_';
    }
    return name;
}

std::string str(int year, int month, int day) {
    return std::to_string(year) + "-" + std::to_string(month) + "-" + std::to_string(day);
}
std::string str(const QCalendar::YearMonthDay& p) { return str(p.year, p.month, p.day); }
std::string str(const kalends::date_parts& p) { return str(p.year, p.month, p.day); }

bool same(const QCalendar::YearMonthDay& q, const kalends::date_parts& k) {
    return q.year == k.year && q.month == k.month && q.day == k.day;
}

// Qt's JDN of a date, or nullopt where Qt calls the date invalid.
std::optional<std::int64_t> qt_jdn(const QCalendar& cal, int year, int month, int day) {
    const QDate date = cal.dateFromParts(year, month, day);
    if (!date.isValid()) return std::nullopt;
    return date.toJulianDay();
}

std::string opt_str(std::optional<std::int64_t> v) { return v ? std::to_string(*v) : "invalid"; }

// Astronomical years (1 BCE = 0) and the numbering of Qt and kalends (1 BCE = -1).
std::int64_t astronomical(int year) { return year < 0 ? std::int64_t{year} + 1 : year; }
int numbered(std::int64_t astronomical_year) {
    return static_cast<int>(astronomical_year <= 0 ? astronomical_year - 1 : astronomical_year);
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// The years whose every day lies within JDN 0 .. 2 488 070 in `cal`.
struct year_span {
    int first;
    int last;
};
year_span full_years_in_span(const QCalendar& cal) {
    const QCalendar::YearMonthDay a = cal.partsFromDate(QDate::fromJulianDay(first_jdn));
    const QCalendar::YearMonthDay b = cal.partsFromDate(QDate::fromJulianDay(last_jdn));
    return {numbered(astronomical(a.year) + 1), numbered(astronomical(b.year) - 1)};
}

class qt_calendar : public testing::TestWithParam<qt_case> {
protected:
    const QCalendar qt_{GetParam().system};
    const kalends::calendar cal_{GetParam().kalends_name};
};

// --- 1. Day by day over JDN 0 .. 2 488 070 ---

TEST_P(qt_calendar, every_day_of_jdn_0_to_2488070) {
    mismatch_log log("JDN");
    for (std::int64_t jdn = first_jdn; jdn <= last_jdn; ++jdn) {
        const QDate date = QDate::fromJulianDay(jdn);
        const QCalendar::YearMonthDay expected = qt_.partsFromDate(date);
        const kalends::date_parts got = cal_.parts_from_date(jdn);
        if (!same(expected, got)) {
            log.add(jdn, "parts_from_date: kalends " + str(got) + ", Qt " + str(expected));
            continue;
        }
        // parts -> JDN, from the same parts in both libraries.
        const std::optional<std::int64_t> kalends_jdn =
            kalends::to_optional(cal_.try_date_from_parts(expected.year, expected.month, expected.day));
        const std::optional<std::int64_t> qt_jdn_of_parts = qt_jdn(qt_, expected.year, expected.month, expected.day);
        if (kalends_jdn != qt_jdn_of_parts || kalends_jdn != jdn) {
            log.add(jdn, "date_from_parts(" + str(expected) + "): kalends " + opt_str(kalends_jdn) + ", Qt " +
                             opt_str(qt_jdn_of_parts));
            continue;
        }
        if (cal_.day_of_week(jdn) != qt_.dayOfWeek(date)) {
            log.add(jdn, "day_of_week: kalends " + std::to_string(cal_.day_of_week(jdn)) + ", Qt " +
                             std::to_string(qt_.dayOfWeek(date)));
        }
    }
    EXPECT_TRUE(log.empty()) << cal_.name() << " vs Qt " << qt_.name().toStdString() << ": " << log.report();
}

// --- 2. Every year of the span ---

TEST_P(qt_calendar, every_year_of_the_span) {
    const year_span span = full_years_in_span(qt_);
    ASSERT_LT(span.first, -4000);
    ASSERT_GT(span.last, 1400);
    mismatch_log log("year");
    static constexpr int days_to_check[] = {0, 1, 27, 28, 29, 30, 31, 32};
    int years = 0;
    for (int year = span.first; year <= span.last; ++year) {
        if (year == 0) continue;  // neither calendar has a year 0: see year_zero below
        ++years;
        std::ostringstream detail;
        if (cal_.is_leap_year(year) != qt_.isLeapYear(year)) detail << " is_leap_year";
        if (cal_.days_in_year(year) != qt_.daysInYear(year)) detail << " days_in_year";
        if (cal_.months_in_year(year) != qt_.monthsInYear(year)) detail << " months_in_year";
        for (int month = 0; month <= 13; ++month) {
            // Qt answers 0 for a month that does not exist; kalends reports an error.
            if (cal_.try_days_in_month(month, year).value_or(0) != qt_.daysInMonth(month, year)) {
                detail << " days_in_month(" << month << ")=" << cal_.try_days_in_month(month, year).value_or(0)
                       << "/Qt " << qt_.daysInMonth(month, year);
            }
            for (const int day : days_to_check) {
                if (cal_.is_date_valid(year, month, day) != qt_.isDateValid(year, month, day)) {
                    detail << " is_date_valid(" << month << "," << day << ")";
                }
            }
        }
        if (!detail.str().empty()) log.add(year, "kalends and Qt differ in" + detail.str());
    }
    EXPECT_TRUE(log.empty()) << cal_.name() << ": " << log.report();
    EXPECT_GT(years, 5000);
}

// Neither has a year 0; Qt answers 0 / false / invalid, kalends reports an
// error. One exception: Qt's Jalali says year 0 is a leap year (its rule
// applied to a year that does not exist), while it has no days.
TEST_P(qt_calendar, year_zero) {
    EXPECT_FALSE(qt_.hasYearZero());
    EXPECT_FALSE(cal_.has_year_zero());
    EXPECT_EQ(qt_.daysInYear(0), 0);
    EXPECT_EQ(qt_.monthsInYear(0), 0);
    EXPECT_EQ(qt_.daysInMonth(1, 0), 0);
    EXPECT_FALSE(qt_.isDateValid(0, 1, 1));
    EXPECT_FALSE(qt_.dateFromParts(0, 1, 1).isValid());
    EXPECT_EQ(qt_.isLeapYear(0), GetParam().system == QCalendar::System::Jalali);  // deliberate difference 5
    EXPECT_FALSE(cal_.try_is_leap_year(0));
    EXPECT_FALSE(cal_.try_days_in_year(0));
    EXPECT_FALSE(cal_.try_months_in_year(0));
    EXPECT_FALSE(cal_.try_days_in_month(1, 0));
    EXPECT_FALSE(cal_.is_date_valid(0, 1, 1));
    EXPECT_FALSE(cal_.try_date_from_parts(0, 1, 1));
    EXPECT_THROW((void)cal_.is_leap_year(0), kalends::error);
}

// --- 3. Static properties ---

TEST_P(qt_calendar, static_properties) {
    EXPECT_EQ(cal_.is_gregorian(), qt_.isGregorian());
    EXPECT_EQ(cal_.is_lunar(), qt_.isLunar());
    EXPECT_EQ(cal_.is_luni_solar(), qt_.isLuniSolar());
    EXPECT_EQ(cal_.is_solar(), qt_.isSolar());
    EXPECT_EQ(cal_.is_proleptic(), qt_.isProleptic());
    EXPECT_EQ(cal_.has_year_zero(), qt_.hasYearZero());
    EXPECT_EQ(cal_.maximum_days_in_month(), qt_.maximumDaysInMonth());
    EXPECT_EQ(cal_.minimum_days_in_month(), qt_.minimumDaysInMonth());
    EXPECT_EQ(cal_.maximum_months_in_year(), qt_.maximumMonthsInYear());
}

// Deliberate difference 4: without a year, Qt 6.4 answers the month's length
// in a common year (28 for February, 29 for Esfand, as if the year were not
// leap); kalends answers the longest the month can be, as newer Qt documents.
// Months that do not exist: Qt answers 0, kalends reports an error.
TEST_P(qt_calendar, days_in_month_without_a_year) {
    int differing = 0;
    for (int month = 1; month <= 12; ++month) {
        int longest = 0;
        const year_span span = full_years_in_span(qt_);
        for (int year = span.first; year <= span.last; ++year) {
            if (year != 0) longest = std::max(longest, qt_.daysInMonth(month, year));
        }
        EXPECT_EQ(cal_.days_in_month(month), longest) << "month " << month;
        if (qt_.daysInMonth(month) != longest) {
            ++differing;
            // Qt's answer is the common-year length, one day short of the leap-year one.
            EXPECT_EQ(qt_.daysInMonth(month), longest - 1) << "month " << month;
        }
    }
    // The only month whose length depends on the year is the leap month.
    EXPECT_EQ(differing, 1);
    EXPECT_EQ(qt_.daysInMonth(0), 0);
    EXPECT_EQ(qt_.daysInMonth(13), 0);
    EXPECT_FALSE(cal_.try_days_in_month(0));
    EXPECT_FALSE(cal_.try_days_in_month(13));
}

// The cycle lengths used as the independent oracle below, counted from Qt's
// own answers in the span, including cycles that straddle the missing year 0.
TEST_P(qt_calendar, leap_rule_repeats_every_cycle_inside_the_span) {
    const year_span span = full_years_in_span(qt_);
    const int cycle = GetParam().cycle_years;
    mismatch_log log("year");
    for (std::int64_t a = astronomical(span.first); a + cycle <= astronomical(span.last); ++a) {
        const std::optional<std::int64_t> start = qt_jdn(qt_, numbered(a), 1, 1);
        const std::optional<std::int64_t> later = qt_jdn(qt_, numbered(a + cycle), 1, 1);
        if (!start || !later || *later - *start != GetParam().cycle_days) {
            log.add(a, "Qt: " + opt_str(start) + " and " + opt_str(later));
        }
    }
    EXPECT_TRUE(log.empty()) << log.report();
}

INSTANTIATE_TEST_SUITE_P(qt, qt_calendar, testing::ValuesIn(qt_cases), test_name);

// --- 4. Beyond the span: the periodic oracle ---

// Expected dates of a year far from the span, from Qt's answers for the year
// with the same place in the cycle, inside the span.
class periodic_oracle {
public:
    explicit periodic_oracle(const qt_case& c) : case_(c), qt_(c.system) {}

    // Reference year (astronomical) in -3000 .. -3000 + cycle - 1, which lies
    // inside the span for all five calendars.
    static constexpr std::int64_t reference_base = -3000;

    struct expected_day {
        int month;
        int day;
        std::int64_t jdn;
    };

    // Every day of `year` (kalends' / Qt's numbering), with its JDN.
    [[nodiscard]] std::vector<expected_day> days_of(int year) const {
        const std::int64_t a = astronomical(year);
        const std::int64_t cycles = floor_div(a - reference_base, case_.cycle_years);
        const int reference = numbered(a - cycles * case_.cycle_years);
        std::vector<expected_day> days;
        for (int month = 1; month <= qt_.monthsInYear(reference); ++month) {
            for (int day = 1; day <= qt_.daysInMonth(month, reference); ++day) {
                days.push_back({month, day, *qt_jdn(qt_, reference, month, day) + cycles * case_.cycle_days});
            }
        }
        return days;
    }

    [[nodiscard]] bool is_leap_year(int year) const {
        const std::int64_t a = astronomical(year);
        const std::int64_t cycles = floor_div(a - reference_base, case_.cycle_years);
        return qt_.isLeapYear(numbered(a - cycles * case_.cycle_years));
    }

private:
    qt_case case_;
    QCalendar qt_;
};

const qt_case& case_of(QCalendar::System system) {
    for (const qt_case& c : qt_cases) {
        if (c.system == system) return c;
    }
    throw std::logic_error("no such case");
}

// kalends against the oracle on every day of `year`, plus continuity into the
// next year: returns the disagreements (empty when kalends is right).
std::string kalends_errors_in_year(const qt_case& c, int year) {
    const kalends::calendar cal(c.kalends_name);
    const periodic_oracle oracle(c);
    std::ostringstream errors;
    const auto days = oracle.days_of(year);
    if (cal.is_leap_year(year) != oracle.is_leap_year(year)) errors << " is_leap_year";
    if (cal.days_in_year(year) != static_cast<int>(days.size())) errors << " days_in_year";
    std::int64_t previous = days.front().jdn - 1;
    for (const auto& d : days) {
        if (d.jdn != previous + 1) errors << " oracle not continuous at " << d.jdn;
        previous = d.jdn;
        const kalends::date_parts parts = cal.parts_from_date(d.jdn);
        if (parts != kalends::date_parts{year, d.month, d.day}) {
            errors << " parts_from_date(" << d.jdn << ")=" << str(parts) << " expected " << str(year, d.month, d.day);
        }
        if (cal.date_from_parts(year, d.month, d.day) != d.jdn) {
            errors << " date_from_parts(" << str(year, d.month, d.day) << ")=" << cal.date_from_parts(year, d.month, d.day)
                   << " expected " << d.jdn;
        }
    }
    // Continuity: the day after the last day of the year is the first of the next.
    const int next_year = year == -1 ? 1 : year + 1;
    if (year != INT_MAX && cal.parts_from_date(days.back().jdn + 1) != kalends::date_parts{next_year, 1, 1}) {
        errors << " the day after the year is " << str(cal.parts_from_date(days.back().jdn + 1));
    }
    return errors.str();
}

// Qt against the same oracle: every day of the year both ways, and the leap
// rule. Returns the first few of Qt's wrong answers, and how many there were.
struct qt_errors {
    int count = 0;
    std::string first;
};
qt_errors qt_errors_in_year(const qt_case& c, int year) {
    const QCalendar qt(c.system);
    const periodic_oracle oracle(c);
    qt_errors errors;
    std::ostringstream first;
    const auto note = [&](const std::string& what) {
        if (errors.count++ < 3) first << " " << what << ";";
    };
    if (qt.isLeapYear(year) != oracle.is_leap_year(year)) {
        note("isLeapYear(" + std::to_string(year) + ") = " + (qt.isLeapYear(year) ? "true" : "false"));
    }
    for (const auto& d : oracle.days_of(year)) {
        const QCalendar::YearMonthDay parts = qt.partsFromDate(QDate::fromJulianDay(d.jdn));
        if (parts.year != year || parts.month != d.month || parts.day != d.day) {
            note("partsFromDate(JDN " + std::to_string(d.jdn) + ") = " + str(parts) + ", not " + str(year, d.month, d.day));
        }
        const std::optional<std::int64_t> jdn = qt_jdn(qt, year, d.month, d.day);
        if (jdn != d.jdn) {
            note("dateFromParts(" + str(year, d.month, d.day) + ") = JDN " + opt_str(jdn) + ", not " +
                 std::to_string(d.jdn));
        }
    }
    errors.first = first.str();
    return errors;
}

// A measured Qt overflow: Qt is right in last_good_year and wrong in
// first_bad_year (the first such year going away from year 1 that way).
struct overflow_case {
    QCalendar::System system;
    int last_good_year;
    int first_bad_year;
    // Qt's first wrong answer in first_bad_year, as docs/differences-from-qt.md quotes it.
    const char* qt_first_error;
};

void PrintTo(const overflow_case& o, std::ostream* os) {
    *os << case_of(o.system).kalends_name << " " << o.last_good_year << " -> " << o.first_bad_year;
}

std::string overflow_name(const testing::TestParamInfo<overflow_case>& param_info) {
    std::string name = case_of(param_info.param.system).kalends_name;
    for (char& ch : name) {
        if (ch == '-') ch = '_';
    }
    return name + (param_info.param.first_bad_year > 0 ? "_forward" : "_backward");
}

class qt_overflow : public testing::TestWithParam<overflow_case> {};

TEST_P(qt_overflow, qt_is_wrong_from_here_and_kalends_is_right) {
    const overflow_case& o = GetParam();
    const qt_case& c = case_of(o.system);
    EXPECT_EQ(kalends_errors_in_year(c, o.last_good_year), "");
    EXPECT_EQ(kalends_errors_in_year(c, o.first_bad_year), "");
    const qt_errors good = qt_errors_in_year(c, o.last_good_year);
    EXPECT_EQ(good.count, 0) << "Qt " << c.kalends_name << " year " << o.last_good_year << ":" << good.first;
    const qt_errors bad = qt_errors_in_year(c, o.first_bad_year);
    EXPECT_GT(bad.count, 0) << "Qt's defect in year " << o.first_bad_year << " is gone: update docs/differences-from-qt.md";
    EXPECT_NE(bad.first.find(o.qt_first_error), std::string::npos)
        << "Qt " << c.kalends_name << " year " << o.first_bad_year << " (" << bad.count << " wrong answers):" << bad.first;
}

// The years were found by sweeping year by year outwards from year 1 (start,
// end and 1 March of each year, both directions, and the leap rule) until Qt
// first disagreed with the periodic oracle.
INSTANTIATE_TEST_SUITE_P(
    qt, qt_overflow,
    testing::Values(
        // Julian: Qt's JDN -> date wraps the year at 16 bits.
        overflow_case{QCalendar::System::Julian, 32767, 32768, "partsFromDate(JDN 13689570) = -32769-1-1, not 32768-1-1"},
        overflow_case{QCalendar::System::Julian, -32769, -32770,
                      "partsFromDate(JDN -10247819) = 32767-1-1, not -32770-1-1"},
        // Milankovic: Qt's date -> JDN wraps at 16 bits (from March 32768 on).
        overflow_case{QCalendar::System::Milankovic, 32767, 32768,
                      "dateFromParts(32768-3-1) = JDN -10247137, not 13689378"},
        overflow_case{QCalendar::System::Milankovic, -32768, -32769,
                      "dateFromParts(-32769-1-1) = JDN 13689318, not -10247197"},
        // Jalali: Qt's 2820-year rule goes wrong in 32-bit arithmetic.
        overflow_case{QCalendar::System::Jalali, 6286055, 6286056, "isLeapYear(6286056) = false"},
        overflow_case{QCalendar::System::Jalali, -3146546, -3146547, "isLeapYear(-3146547) = false"},
        // Islamic civil: Qt's 32-bit day count overflows.
        overflow_case{QCalendar::System::IslamicCivil, 202002, 202003, "partsFromDate(JDN 73531228) = -202003-12-17"},
        overflow_case{QCalendar::System::IslamicCivil, -202002, -202003, "partsFromDate(JDN -69634690) = 202002-1-27, not -202003-1-1"}),
    overflow_name);

// The leap rules written out in 64-bit arithmetic, as a second independent
// check of the oracle: astronomical year a (1 BCE = 0).
bool leap_rule(QCalendar::System system, int year) {
    const std::int64_t a = astronomical(year);
    const auto mod = [](std::int64_t x, std::int64_t m) { return ((x % m) + m) % m; };
    switch (system) {
    case QCalendar::System::Gregorian:
        return mod(a, 4) == 0 && (mod(a, 100) != 0 || mod(a, 400) == 0);
    case QCalendar::System::Julian:
        return mod(a, 4) == 0;
    case QCalendar::System::Milankovic:
        return mod(a, 4) == 0 && (mod(a, 100) != 0 || mod(a, 900) == 200 || mod(a, 900) == 600);
    case QCalendar::System::Jalali:
        // Birashk: 683 leap years spread evenly over 2820, the cycle starting
        // in 475 AP (2346 = 2820 - 474).
        return mod((a + 2346) * 683, 2820) < 683;
    case QCalendar::System::IslamicCivil:
        return mod(14 + 11 * a, 30) < 11;
    default:
        throw std::logic_error("no leap rule");
    }
}

// The rules agree with Qt in every year of the span, with the oracle and
// kalends in the years where Qt overflows, and not with Qt there.
TEST(qt_overflow, leap_rule_arithmetic) {
    for (const qt_case& c : qt_cases) {
        const QCalendar qt(c.system);
        const kalends::calendar cal(c.kalends_name);
        const periodic_oracle oracle(c);
        const year_span span = full_years_in_span(qt);
        for (int year = span.first; year <= span.last; ++year) {
            if (year == 0) continue;
            ASSERT_EQ(qt.isLeapYear(year), leap_rule(c.system, year)) << c.kalends_name << " " << year;
        }
        for (const int year : {32767, 32768, 65536, 202003, 6286056, 6492272, -32769, -32770, -202003, -3146547, INT_MAX,
                               INT_MIN}) {
            EXPECT_EQ(oracle.is_leap_year(year), leap_rule(c.system, year)) << c.kalends_name << " " << year;
            EXPECT_EQ(cal.is_leap_year(year), leap_rule(c.system, year)) << c.kalends_name << " " << year;
        }
    }
    // Qt's Jalali rule overflows: these years are leap (the rule above, and
    // the same place in the cycle inside the span), Qt says they are not.
    const QCalendar jalali(QCalendar::System::Jalali);
    for (const int year : {6286056, -3146547}) {
        EXPECT_TRUE(leap_rule(QCalendar::System::Jalali, year)) << year;
        EXPECT_FALSE(jalali.isLeapYear(year)) << year;
    }
}

// kalends is exact far beyond Qt's limits, up to the ends of the int32 year
// range: every day of these years against the periodic oracle.
TEST(qt_overflow, kalends_is_exact_to_the_int32_year_limits) {
    const int years[] = {65535, 65536, 100000, 202003, 6286056, 10000000, 123456789, INT_MAX - 1, INT_MAX,
                         -65536, -65537, -202003, -3146547, -10000000, -123456789, INT_MIN + 1, INT_MIN};
    for (const qt_case& c : qt_cases) {
        for (const int year : years) {
            EXPECT_EQ(kalends_errors_in_year(c, year), "") << c.kalends_name << " year " << year;
        }
    }
}

// Qt's Gregorian calendar uses 64-bit arithmetic and stays exact: checked
// against the oracle in every year of +-3 000 000 at its ends and the end of
// February, and then every 9 973rd year out to the int32 limits.
TEST(qt_gregorian, agrees_with_kalends_far_outside_the_span) {
    const QCalendar qt(QCalendar::System::Gregorian);
    const kalends::calendar cal("gregorian");
    mismatch_log log("year");
    const auto check = [&](int year) {
        if (year == 0) return;
        for (const auto& [month, day] : {std::pair{1, 1}, std::pair{2, 28}, std::pair{3, 1}, std::pair{12, 31}}) {
            const std::optional<std::int64_t> expected = qt_jdn(qt, year, month, day);
            const std::optional<std::int64_t> got = kalends::to_optional(cal.try_date_from_parts(year, month, day));
            if (!expected || got != expected) {
                log.add(year, "date_from_parts(" + str(year, month, day) + "): kalends " + opt_str(got) + ", Qt " +
                                  opt_str(expected));
                return;
            }
            const kalends::date_parts parts = cal.parts_from_date(*expected);
            if (parts != kalends::date_parts{year, month, day}) {
                log.add(year, "parts_from_date(" + std::to_string(*expected) + "): kalends " + str(parts) + ", Qt " +
                                  str(year, month, day));
                return;
            }
        }
    };
    for (int year = -3000000; year <= 3000000; ++year) check(year);
    for (std::int64_t year = -3000000; year >= INT_MIN; year -= 9973) check(static_cast<int>(year));
    for (std::int64_t year = 3000000; year <= INT_MAX; year += 9973) check(static_cast<int>(year));
    check(INT_MIN);
    check(INT_MAX);
    EXPECT_TRUE(log.empty()) << log.report();
}

// --- Names, IDs and enum values ---

// Every name Qt knows resolves in kalends to the same rule, except Qt's
// "Jalali" and "Persian", which kalends gives to the astronomical Persian
// calendar; Qt's rule is kalends' "persian-2820" (deliberate difference 2).
TEST(qt_names, every_qt_name_resolves_in_kalends) {
    const QStringList names = QCalendar::availableCalendars();
    EXPECT_EQ(names.size(), 10);
    for (const QString& name : names) {
        const QCalendar qt(name);
        ASSERT_TRUE(qt.isValid()) << name.toStdString();
        const std::optional<kalends::calendar> cal = kalends::to_optional(kalends::calendar::find(name.toStdString()));
        ASSERT_TRUE(cal.has_value()) << name.toStdString();
        QCalendar::System qt_system{};
        for (const qt_case& c : qt_cases) {
            if (QCalendar(c.system).name() == qt.name()) qt_system = c.system;
        }
        if (qt_system == QCalendar::System::Jalali) {
            EXPECT_EQ(cal->name(), "persian") << name.toStdString();
            EXPECT_EQ(cal->system(), kalends::calendar_system::persian);
        } else {
            EXPECT_EQ(cal->name(), case_of(qt_system).kalends_name) << name.toStdString();
        }
    }
}

// Names kalends adds: Qt knows none of them. Both match names ASCII
// case-insensitively.
TEST(qt_names, kalends_only_names) {
    for (const char* name : {"revised-julian", "persian-2820", "jalali-2820", "solar-hijri", "persian-33"}) {
        EXPECT_FALSE(QCalendar(QAnyStringView(name)).isValid()) << name;
        EXPECT_TRUE(kalends::calendar::find(name).has_value()) << name;
    }
    EXPECT_TRUE(QCalendar(QAnyStringView("GREGORIAN")).isValid());
    EXPECT_TRUE(kalends::calendar::find("GREGORIAN").has_value());
    EXPECT_EQ(kalends::calendar("milankovic").names()[0], "milankovic");
    EXPECT_EQ(QCalendar(QCalendar::System::Milankovic).name(), QString("Milankovic"));
}

// Deliberate difference 1: the enum values. Qt numbers its calendars 0, 8,
// 9, 10, 11 (Last = 11); kalends 0..24, with Julian 1, Milankovic 2,
// persian_2820 4, islamic_civil 5. QCalendar(QCalendar::System(13)) reads past
// Qt's backend table and crashes, so it is never called here; kalends
// checks every value: 13 is Japanese, and a value naming no calendar is an
// error that names the value (-1 is calendar_system::user, no calendar).
TEST(qt_enum, values_differ_and_kalends_checks_them) {
    EXPECT_EQ(static_cast<int>(QCalendar::System::Gregorian), 0);
    EXPECT_EQ(static_cast<int>(QCalendar::System::Julian), 8);
    EXPECT_EQ(static_cast<int>(QCalendar::System::Milankovic), 9);
    EXPECT_EQ(static_cast<int>(QCalendar::System::Jalali), 10);
    EXPECT_EQ(static_cast<int>(QCalendar::System::IslamicCivil), 11);
    EXPECT_EQ(static_cast<int>(QCalendar::System::Last), 11);
    EXPECT_EQ(static_cast<int>(kalends::calendar_system::gregorian), 0);
    EXPECT_EQ(static_cast<int>(kalends::calendar_system::julian), 1);
    EXPECT_EQ(static_cast<int>(kalends::calendar_system::milankovic), 2);
    EXPECT_EQ(static_cast<int>(kalends::calendar_system::persian_2820), 4);
    EXPECT_EQ(static_cast<int>(kalends::calendar_system::islamic_civil), 5);
    EXPECT_EQ(kalends::calendar(kalends::calendar_system{13}).name(), "japanese");
    for (const int bad : {-1, -2, 500, INT_MAX, INT_MIN}) {
        EXPECT_FALSE(kalends::calendar::find(kalends::calendar_system{bad}).has_value()) << bad;
        try {
            const kalends::calendar cal{kalends::calendar_system{bad}};
            ADD_FAILURE() << bad << " gave " << cal.name();
        } catch (const kalends::error& e) {
            EXPECT_EQ(e.code(), kalends::errc::invalid_calendar_system);
            EXPECT_NE(std::string(e.what()).find(std::to_string(bad)), std::string::npos) << e.what();
        }
    }
}

}  // namespace
