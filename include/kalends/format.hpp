// Dates as text by a %-field pattern, compiled once and checked: the fields
// the command-line tool's --format offers, for any calendar. A compiled
// pattern is a list of fields and literal pieces, so that other field
// syntaxes (LDML) and other name sources (locales) can compile to it.
#pragma once

#include <kalends/calendar.hpp>
#include <kalends/date.hpp>
#include <kalends/error.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kalends {

class date_format {
public:
    // The fields: year (four digits at least), month and day (two), day of
    // the year (three, as strftime's %j), ISO weekday number (1 = Monday),
    // weekday and month names wide and abbreviated, YYYY-MM-DD, and '%'.
    static constexpr std::array<std::string_view, 11> fields{"%Y", "%m", "%d", "%j", "%u", "%A",
                                                             "%a", "%B", "%b", "%F", "%%"};

    // Throws kalends::error (errc::invalid_format) for a lone '%' at the end
    // or an unknown field, naming it and listing the fields.
    explicit date_format(std::string_view pattern);
    [[nodiscard]] static result<date_format> try_compile(std::string_view pattern);

    [[nodiscard]] std::string_view pattern() const noexcept { return pattern_; }
    // The most bytes write() writes, for any date of any calendar.
    [[nodiscard]] std::size_t max_size() const noexcept { return max_size_; }
    // True if the pattern has %j (the only field that costs more than the date's parts).
    [[nodiscard]] bool needs_day_of_year() const noexcept { return needs_day_of_year_; }

    // Writes the date `parts` of `cal`, whose day number is `jdn`, at `out`
    // (at most max_size() bytes) and returns the end. Precondition: the date
    // is valid in `cal` (a field it cannot name is written as '?').
    char* write(char* out, const calendar& cal, const date_parts& parts, std::int64_t jdn) const;
    [[nodiscard]] std::string format(const date& d) const;

private:
    // A field, or literal text kept as a position in pattern_ (so that copies stay valid).
    struct piece {
        char field;  // 0 for literal text
        std::size_t start = 0;
        std::size_t length = 0;
    };
    date_format() = default;
    [[nodiscard]] static result<date_format> compile(std::string_view text);

    std::string pattern_;
    std::vector<piece> pieces_;
    std::size_t max_size_ = 0;
    bool needs_day_of_year_ = false;
};

}  // namespace kalends
