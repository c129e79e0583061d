// Locales: CLDR's month, weekday and era names, digits and date patterns,
// chosen by a BCP 47 language tag or a POSIX locale name. The data is CLDR
// 41, resolved at build time into constant tables (scripts/generate_locale_data.py):
// making a locale parses its tag and searches a sorted table, nothing more.
#pragma once

#include <kalends/calendar.hpp>
#include <kalends/error.hpp>
#include <kalends/names.hpp>
#include <kalends/week.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace kalends {

// CLDR's two contexts of a name: inside a date ("format": Polish "stycznia")
// or on its own ("stand-alone": "styczeń").
enum class name_context : std::uint8_t { format, stand_alone };

class locale {
public:
    // A BCP 47 tag: "fa-IR", "ar-EG-u-nu-latn", "he-u-ca-hebrew", "zh-Hant-TW";
    // or a POSIX locale name: "fa_IR.UTF-8", "de_DE@euro", "sr_RS@latin";
    // "C" and "POSIX" are English. Case does not matter. The -u- keys are
    // "ca" (a calendar name kalends knows, as calendar::find takes it) and
    // "nu" (a CLDR numbering system with digits, or "hebr"). A region CLDR
    // has no data for falls back as CLDR says (to its parent locale, then to
    // the language); a language it has no data for is an error. Throws
    // kalends::error (errc::invalid_locale) saying which subtag is wrong.
    explicit locale(std::string_view tag);
    [[nodiscard]] static result<locale> try_make(std::string_view tag);

    // English, what "C" and "POSIX" mean.
    [[nodiscard]] static const locale& english();

    // The tag in canonical BCP 47 form: "fa-IR", "zh-Hant-TW-u-nu-latn".
    [[nodiscard]] std::string_view tag() const noexcept { return tag_; }
    // The CLDR locale whose data is used: "fa", "zh_Hant", "en".
    [[nodiscard]] std::string_view data_locale() const noexcept;
    // The numbering system of its digits: the -u-nu- value, else CLDR's default ("arab", "latn").
    [[nodiscard]] std::string_view numbering_system() const noexcept;
    // The -u-ca- value ("hebrew"), or "" if the tag names no calendar.
    [[nodiscard]] std::string_view calendar_name() const noexcept { return calendar_; }
    // The region subtag ("IR"), or "" if the tag has none.
    [[nodiscard]] std::string_view region() const noexcept { return region_; }
    // CLDR's character order: true for Arabic, Persian, Hebrew, Urdu, Pashto, ...
    [[nodiscard]] bool is_right_to_left() const noexcept;
    // The week rule of its region, or of CLDR's likely region of its language
    // ("en" -> US: Sunday, 1; "de" -> DE: Monday, 4).
    [[nodiscard]] week_rule week_rules() const noexcept;

    friend bool operator==(const locale& a, const locale& b) noexcept { return a.tag_ == b.tag_; }

    // For the library's own use: indexes into the generated tables.
    [[nodiscard]] std::uint32_t data_index() const noexcept { return record_; }
    [[nodiscard]] std::uint32_t numbering_index() const noexcept { return numbering_; }

private:
    locale() = default;

    std::string tag_;
    std::string calendar_;
    std::string region_;
    std::uint32_t record_ = 0;
    std::uint32_t numbering_ = 0;
    week_rule week_rule_{};
};

// The CLDR version of the locale data ("41") and the CLDR locales this build has.
[[nodiscard]] std::string_view locale_data_version() noexcept;
[[nodiscard]] std::size_t available_locale_count() noexcept;
[[nodiscard]] std::string_view available_locale(std::size_t index) noexcept;

// `value` in the locale's digits, zero-padded to `min_digits`: "۱۴۰۴", "٠٧".
[[nodiscard]] std::string format_number(const locale& loc, std::int64_t value, int min_digits = 1);

// --- Names (UTF-8) ---
// The widths are CLDR's: wide, abbreviated, narrow, and for weekdays short
// (for months and eras short_form means abbreviated).

// The name of ordinal month `month` of `year` in `cal`, year-aware (Hebrew
// Adar I and Adar II in leap years, Adar otherwise). A calendar CLDR has no
// names for (registered at run time, with no conventions_of()) gets the
// month's number in the locale's digits. Errors as month_name(cal, year, month).
[[nodiscard]] result<std::string> try_month_name(const locale& loc, const calendar& cal, int year, int month,
                                                 name_width width = name_width::wide,
                                                 name_context context = name_context::format);
[[nodiscard]] std::string month_name(const locale& loc, const calendar& cal, int year, int month,
                                     name_width width = name_width::wide,
                                     name_context context = name_context::format);

// The ordinal month of `year` in `cal` that `name` names in `loc`: any width
// and context, any letter case, a leap month by the locale's pattern
// ("闰二月", "Second Monthbis"); in the English locale also the library's
// English names (month_name(cal, year, month)). errc::invalid_date_text if
// `name` is no month's name; errc::invalid_month if it names a month that
// year lacks (Adar II in a common Hebrew year) or more than one month (a
// narrow "J"); the errors of month_name for the year.
[[nodiscard]] result<int> try_month_from_name(const locale& loc, const calendar& cal, int year, std::string_view name);

// The name of ISO weekday `weekday` (1 = Monday ... 7 = Sunday).
[[nodiscard]] result<std::string_view> try_weekday_name(const locale& loc, int weekday,
                                                        name_width width = name_width::wide,
                                                        name_context context = name_context::format);
[[nodiscard]] std::string_view weekday_name(const locale& loc, int weekday, name_width width = name_width::wide,
                                            name_context context = name_context::format);

// The name of era `era` (one of cal.era_codes()) in `cal`: "AD", "קודם אלף", "令和".
// errc::invalid_year (field era) for a code the calendar does not have.
[[nodiscard]] result<std::string_view> try_era_name(const locale& loc, const calendar& cal, std::string_view era,
                                                    name_width width = name_width::abbreviated);
[[nodiscard]] std::string_view era_name(const locale& loc, const calendar& cal, std::string_view era,
                                        name_width width = name_width::abbreviated);

// For calendars that name their years in a 60-year cycle (calendar::cycle_year):
// the name of `year` in the cycle ("癸卯", "계묘", "gui-mao") and its zodiac
// animal ("兔", "Rabbit"), as CLDR's cyclicNameSets have them. errc::invalid_year
// for a year outside the calendar or a calendar without the cycle; the cycle
// year's number in the locale's digits where the locale has no names.
[[nodiscard]] result<std::string> try_cyclic_year_name(const locale& loc, const calendar& cal, int year,
                                                       name_width width = name_width::abbreviated);
[[nodiscard]] result<std::string> try_zodiac_name(const locale& loc, const calendar& cal, int year);

}  // namespace kalends
