// English month and weekday names.
//
// Sources (CLDR: the Unicode Common Locale Data Repository, English locale;
// non-ASCII letters of its spellings are written in ASCII):
//  - Gregorian, Julian, Milankovic months and the weekdays: the English names
//    of CLDR (en.xml, "gregorian" calendar), which Julian and the Revised
//    Julian calendar share.
//  - Persian (both rules): CLDR English ("persian" calendar): Farvardin ...
//    Esfand; CLDR's abbreviated names are the wide names.
//  - Islamic civil: the common ASCII transliterations of the Arabic month
//    names (as in the Encyclopaedia of Islam's simplified spelling, with an
//    apostrophe for the 'ayn); CLDR English spells them "Rabiʻ I" etc. The
//    abbreviations are CLDR's ("Muh.", "Rab. I", ...) with ASCII apostrophes.
//
//  - Hebrew, Coptic, Ethiopic, Indian national: CLDR English. Buddhist, ROC,
//    Japanese and ISO 8601 share the Gregorian months.
//
// To name the months of another calendar, add a month_table below and one
// entry to `tables`.
#include "ascii.hpp"
#include "diagnostics.hpp"
#include "enum_checks.hpp"

#include <kalends/calendars/changeover.hpp>
#include <kalends/names.hpp>

#include <array>
#include <span>

namespace kalends {
namespace {

// Names are looked up by month code (see month_code.hpp), so that a leap
// month (Hebrew Adar I, M05L) and months renamed in leap years (Hebrew M06,
// Adar, is Adar II then) need no special numbering.
struct named_month {
    int number;  // of the month code
    std::string_view wide;
};

struct month_table {
    calendar_system system;
    std::span<const std::string_view> wide;         // by code number M01, M02, ...
    std::span<const std::string_view> abbreviated;  // same length as wide
    std::span<const named_month> leap_months = {};  // codes with an L
    std::span<const named_month> in_leap_years = {};  // other names in leap years
};

constexpr std::array<std::string_view, 12> roman_wide{"January", "February", "March",     "April",
                                                      "May",     "June",     "July",      "August",
                                                      "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> roman_abbreviated{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

constexpr std::array<std::string_view, 12> persian_wide{"Farvardin", "Ordibehesht", "Khordad", "Tir",
                                                        "Mordad",    "Shahrivar",   "Mehr",    "Aban",
                                                        "Azar",      "Dey",         "Bahman",  "Esfand"};

constexpr std::array<std::string_view, 12> islamic_wide{
    "Muharram", "Safar",  "Rabi' al-awwal", "Rabi' al-thani", "Jumada al-awwal", "Jumada al-thani",
    "Rajab",    "Sha'ban", "Ramadan",       "Shawwal",        "Dhu al-Qi'dah",   "Dhu al-Hijjah"};
constexpr std::array<std::string_view, 12> islamic_abbreviated{
    "Muh.", "Saf.", "Rab. I", "Rab. II", "Jum. I", "Jum. II", "Raj.", "Sha.", "Ram.", "Shaw.", "Dhu'l-Q.", "Dhu'l-H."};

// CLDR English, "hebrew" calendar (abbreviated = wide).
constexpr std::array<std::string_view, 12> hebrew_wide{"Tishri", "Heshvan", "Kislev", "Tevet", "Shevat", "Adar",
                                                       "Nisan",  "Iyar",    "Sivan",  "Tamuz", "Av",     "Elul"};
constexpr std::array<named_month, 1> hebrew_leap_months{{{5, "Adar I"}}};
constexpr std::array<named_month, 1> hebrew_in_leap_years{{{6, "Adar II"}}};

// CLDR root (which English inherits), "coptic" and "ethiopic" calendars (abbreviated = wide).
constexpr std::array<std::string_view, 13> coptic_wide{"Tout",    "Baba",  "Hator",  "Kiahk", "Toba",
                                                       "Amshir",  "Baramhat", "Baramouda", "Bashans", "Paona",
                                                       "Epep",    "Mesra", "Nasie"};
constexpr std::array<std::string_view, 13> ethiopic_wide{"Meskerem", "Tekemt", "Hedar",  "Tahsas",  "Ter",
                                                         "Yekatit",  "Megabit", "Miazia", "Genbot", "Sene",
                                                         "Hamle",    "Nehasse", "Pagumen"};

// CLDR root (which English inherits), "indian" calendar (abbreviated = wide).
constexpr std::array<std::string_view, 12> indian_wide{"Chaitra", "Vaisakha", "Jyaistha",   "Asadha",
                                                       "Sravana", "Bhadra",   "Asvina",     "Kartika",
                                                       "Agrahayana", "Pausa", "Magha",      "Phalguna"};

constexpr std::array<month_table, 26> tables{{
    {calendar_system::gregorian, roman_wide, roman_abbreviated},
    {calendar_system::gregorian_julian, roman_wide, roman_abbreviated},
    {calendar_system::julian, roman_wide, roman_abbreviated},
    {calendar_system::milankovic, roman_wide, roman_abbreviated},
    {calendar_system::iso8601, roman_wide, roman_abbreviated},
    {calendar_system::buddhist, roman_wide, roman_abbreviated},
    {calendar_system::roc, roman_wide, roman_abbreviated},
    {calendar_system::japanese, roman_wide, roman_abbreviated},
    {calendar_system::persian, persian_wide, persian_wide},
    {calendar_system::persian_2820, persian_wide, persian_wide},
    {calendar_system::persian_33, persian_wide, persian_wide},
    {calendar_system::islamic_civil, islamic_wide, islamic_abbreviated},
    {calendar_system::islamic_tbla, islamic_wide, islamic_abbreviated},
    {calendar_system::islamic_umalqura, islamic_wide, islamic_abbreviated},
    {calendar_system::islamic_umalqura_extended, islamic_wide, islamic_abbreviated},
    {calendar_system::islamic_kuwaiti_thursday, islamic_wide, islamic_abbreviated},
    {calendar_system::islamic_kuwaiti_friday, islamic_wide, islamic_abbreviated},
    {calendar_system::islamic_bohra_thursday, islamic_wide, islamic_abbreviated},
    {calendar_system::islamic_bohra_friday, islamic_wide, islamic_abbreviated},
    {calendar_system::islamic_habash_thursday, islamic_wide, islamic_abbreviated},
    {calendar_system::islamic_habash_friday, islamic_wide, islamic_abbreviated},
    {calendar_system::hebrew, hebrew_wide, hebrew_wide, hebrew_leap_months, hebrew_in_leap_years},
    {calendar_system::coptic, coptic_wide, coptic_wide},
    {calendar_system::ethiopic, ethiopic_wide, ethiopic_wide},
    {calendar_system::ethiopic_amete_alem, ethiopic_wide, ethiopic_wide},
    {calendar_system::indian, indian_wide, indian_wide},
}};

const month_table* find_table(calendar_system system) noexcept {
    for (const month_table& table : tables) {
        if (table.system == system) return &table;
    }
    return nullptr;
}

// A calendar registered at run time has no table, except a Julian-Gregorian
// changeover calendar built for another switch date: it has Roman months.
const month_table* find_table(const calendar& cal) noexcept {
    if (cal.system() != calendar_system::user) return find_table(cal.system());
    if (gregorian_change_of(cal)) return find_table(calendar_system::gregorian_julian);
    return nullptr;
}

std::optional<std::string_view> table_name(const month_table& table, const month_code& code, bool leap_year,
                                           name_width width) {
    if (code.is_leap()) {
        for (const named_month& m : table.leap_months) {
            if (m.number == code.number()) return m.wide;
        }
        return std::nullopt;
    }
    if (leap_year) {
        for (const named_month& m : table.in_leap_years) {
            if (m.number == code.number()) return m.wide;
        }
    }
    const auto index = static_cast<std::size_t>(code.number() - 1);
    if (code.number() < 1 || index >= table.wide.size()) return std::nullopt;
    return width == name_width::wide ? table.wide[index] : table.abbreviated[index];
}

constexpr std::array<std::string_view, 7> weekday_wide{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                       "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 7> weekday_abbreviated{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 7> weekday_short{"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};


}  // namespace

bool has_month_names(const calendar& cal) noexcept { return find_table(cal) != nullptr; }

std::optional<std::string> try_month_name(const calendar& cal, int year, int month, name_width width) {
    if (!detail::is_enumerator(width)) return std::nullopt;
    const auto months = cal.try_months_in_year(year);
    if (!months || month < 1 || month > *months) return std::nullopt;
    if (const month_table* table = find_table(cal)) {
        const auto code = cal.try_month_code_of(month, year);
        const auto leap = cal.try_is_leap_year(year);
        if (code && leap) {
            if (const auto name = table_name(*table, *code, *leap, width)) return std::string(*name);
        }
    }
    return (width == name_width::wide ? "Month " : "M") + std::to_string(month);
}

std::string month_name(const calendar& cal, int year, int month, name_width width) {
    if (auto failure = detail::check_enum(width)) detail::raise(*failure);
    const int months = cal.months_in_year(year);  // throws for a bad year
    if (month < 1 || month > months) {
        throw error(errc::invalid_month, "month " + std::to_string(month) + " is out of range for year " +
                                             std::to_string(year) + " of calendar '" + std::string(cal.name()) +
                                             "' (allowed 1.." + std::to_string(months) + ")");
    }
    return *try_month_name(cal, year, month, width);
}

std::optional<std::string_view> try_weekday_name(int weekday, name_width width) noexcept {
    if (weekday < 1 || weekday > 7 || !detail::is_enumerator(width)) return std::nullopt;
    const auto index = static_cast<std::size_t>(weekday - 1);
    switch (width) {
        case name_width::wide: return weekday_wide[index];
        case name_width::abbreviated: return weekday_abbreviated[index];
        case name_width::short_form: return weekday_short[index];
    }
    return std::nullopt;
}

std::string_view weekday_name(int weekday, name_width width) {
    if (auto failure = detail::check_enum(width)) detail::raise(*failure);
    if (auto name = try_weekday_name(weekday, width)) return *name;
    throw error(errc::invalid_weekday,
                "weekday " + std::to_string(weekday) + " is out of range (allowed 1..7, 1 = Monday, 7 = Sunday)");
}

std::optional<int> weekday_from_name(std::string_view name) noexcept {
    for (std::size_t i = 0; i < 7; ++i) {
        if (detail::ascii_iequals(name, weekday_wide[i]) || detail::ascii_iequals(name, weekday_abbreviated[i]) ||
            detail::ascii_iequals(name, weekday_short[i])) {
            return static_cast<int>(i) + 1;
        }
    }
    return std::nullopt;
}

}  // namespace kalends
