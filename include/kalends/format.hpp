// Dates as text and back, by a pattern compiled once and checked: the %
// fields the command-line tool's --format offers, CLDR's LDML patterns
// ("EEEE d MMMM y G"), its date styles (full, long, medium, short) and
// skeletons ("yMMMd"), and Qt's QDate::toString tokens ("dddd d MMMM yyyy"),
// all compiled to one list of fields and literal pieces, written with one
// writer and read with one parser, in any locale and any calendar.
#pragma once

#include <kalends/calendar.hpp>
#include <kalends/date.hpp>
#include <kalends/error.hpp>
#include <kalends/locale.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kalends {

// CLDR's date format lengths (its dateFormats "full", "long", "medium", "short").
enum class date_style : std::uint8_t { full, long_form, medium, short_form };

// Parses CLDR's name of a length: "full", "long", "medium", "short" (ASCII
// case-insensitive); std::nullopt for anything else.
[[nodiscard]] std::optional<date_style> parse_date_style(std::string_view text) noexcept;

// How the parser treats a date that does not exist: strict refuses it;
// lenient moves a day or month past the end of its year or month to the
// last one ("31 Esfand 1403" -> 1403-12-30), and never rolls over.
enum class parse_mode : std::uint8_t { strict, lenient };

class date_format {
public:
    // The % fields, strftime's date fields (POSIX, glibc) in any calendar:
    // year (four digits at least), its last two digits (0..99, floor: -5 is 95)
    // and century (floor(year / 100), two digits at least: %C%y is %Y for
    // every year from 0); month, day (zero- and space-padded) and day of the year
    // (three digits); ISO weekday (1 = Monday) and weekday from Sunday = 0;
    // ISO 8601 weeks under ISO's rule in every calendar (week-based year,
    // its last two digits, week 01..53); weeks of the calendar year from its
    // first Sunday or Monday (00..53, days before it are week 00); weekday and
    // month names wide and abbreviated (%h is %b); the era's abbreviated name,
    // the year of the era, and both ("Reiwa 7"; a calendar without eras
    // writes no name and its own year); %m/%d/%y, YYYY-MM-DD; newline, tab, '%'.
    static constexpr std::array<std::string_view, 27> fields{
        "%Y", "%y", "%C", "%m", "%d", "%e", "%j", "%u", "%w", "%G", "%g", "%V", "%U", "%W", "%A",
        "%a", "%B", "%b", "%h", "%EC", "%Ey", "%EY", "%D", "%F", "%n", "%t", "%%"};
    // The LDML pattern letters (UTS #35 date fields): era, years, quarters,
    // months, days, weekdays and weeks. Other ASCII letters are errors;
    // literal letters go in quotes ('de'), and '' is a quote.
    static constexpr std::string_view ldml_letters = "GyYuUrQqMLdDFEecwW";

    // A % pattern with English names. Throws kalends::error (errc::invalid_format)
    // for a lone '%' at the end or an unknown field, naming it and listing the fields.
    explicit date_format(std::string_view pattern);
    [[nodiscard]] static result<date_format> try_compile(std::string_view pattern);
    // A % pattern with the names of `loc` (digits stay ASCII: the form scripts read).
    date_format(std::string_view pattern, const locale& loc);
    [[nodiscard]] static result<date_format> try_compile(std::string_view pattern, const locale& loc);

    // An LDML pattern, in the names and digits of `loc`. An unknown letter,
    // or a field longer than LDML allows, is errc::invalid_format naming
    // its offset.
    [[nodiscard]] static result<date_format> try_from_ldml(std::string_view pattern, const locale& loc);
    [[nodiscard]] static date_format from_ldml(std::string_view pattern, const locale& loc);
    // CLDR's pattern of that length for `cal` in `loc`.
    [[nodiscard]] static result<date_format> try_from_style(date_style style, const locale& loc, const calendar& cal);
    [[nodiscard]] static date_format from_style(date_style style, const locale& loc, const calendar& cal);
    // CLDR's best pattern for a skeleton (UTS #35 matching over availableFormats):
    // "yMMMd" -> "d MMM y" in French. errc::invalid_format if none has its fields.
    [[nodiscard]] static result<date_format> try_from_skeleton(std::string_view skeleton, const locale& loc,
                                                               const calendar& cal);
    [[nodiscard]] static date_format from_skeleton(std::string_view skeleton, const locale& loc, const calendar& cal);
    // Qt's date tokens (d dd ddd dddd M MM MMM MMMM yy yyyy, '...' quoting;
    // other letters are literal, as QDate::toString treats them), in `loc`.
    [[nodiscard]] static result<date_format> try_from_qt(std::string_view pattern, const locale& loc);
    [[nodiscard]] static date_format from_qt(std::string_view pattern, const locale& loc);

    // The pattern as given (for skeletons and styles: the LDML pattern chosen).
    [[nodiscard]] std::string_view pattern() const noexcept { return pattern_; }
    // The most bytes write() writes, for any date of any calendar.
    [[nodiscard]] std::size_t max_size() const noexcept { return max_size_; }
    // True if the pattern has %j, %U or %W (the fields that need the day of the year).
    [[nodiscard]] bool needs_day_of_year() const noexcept { return needs_day_of_year_; }

    // Writes the date `parts` of `cal`, whose day number is `jdn`, at `out`
    // (at most max_size() bytes, allocating nothing) and returns the end.
    // Precondition: the date is valid in `cal` (a field it cannot name is written as '?').
    char* write(char* out, const calendar& cal, const date_parts& parts, std::int64_t jdn) const;
    [[nodiscard]] std::string format(const date& d) const;

    // Reads a date of `cal` written in this pattern: numbers in the locale's
    // digits or ASCII, names in any width, case-insensitively. Errors
    // (errc::invalid_date_text, or the calendar's own for a date it lacks)
    // say where the text stopped matching and why.
    [[nodiscard]] result<date_parts> try_parse(std::string_view text, const calendar& cal,
                                               parse_mode mode = parse_mode::strict) const;
    [[nodiscard]] date_parts parse(std::string_view text, const calendar& cal,
                                   parse_mode mode = parse_mode::strict) const;

    // One field or literal piece of a compiled pattern (for the library's own use).
    struct piece {
        std::uint8_t kind = 0;    // detail::field_kind
        std::uint8_t count = 0;   // the letter's repetitions, or the digits of a % field
        std::uint8_t width = 0;   // name_width of a name
        std::uint8_t context = 0; // name_context of a name
        std::uint8_t numbering = 0;  // detail::numbering::kind
        std::uint8_t form = 0;       // detail::number_form of a number (or of a literal: only after an era)
        std::uint32_t digits = 0;    // the numbering's digit list
        std::uint32_t start = 0;     // literal text: its place in literals_
        std::uint32_t length = 0;
    };

private:
    date_format() = default;
    friend struct date_format_builder;

    std::string pattern_;
    std::string literals_;
    std::vector<piece> pieces_;
    std::optional<locale> locale_;  // none: English names (the % patterns without a locale)
    std::size_t max_size_ = 0;
    bool needs_day_of_year_ = false;
};

}  // namespace kalends
