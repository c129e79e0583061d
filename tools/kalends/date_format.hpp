// Printing dates: the fixed YYYY-MM-DD form and strftime-style --format
// strings, written by hand into a caller's buffer (no allocation for the
// fixed form).
#pragma once

#include <kalends/calendar.hpp>
#include <kalends/text.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kalends::cli {

// A plain decimal integer. At most 20 bytes.
char* write_int64(char* out, std::int64_t value) noexcept;
// YYYY-MM-DD and its fields are the library's (kalends/text.hpp).
using kalends::format_ymd;
using kalends::max_ymd_size;
using kalends::write_two_digits;
using kalends::write_year;
using kalends::write_ymd;

// A compiled --format string: %Y %m %d %j %u %A %a %B %b %F %%.
class date_format {
public:
    // Throws usage_error for an unknown or incomplete % field, naming it and
    // listing the allowed fields.
    explicit date_format(std::string_view pattern);

    // Upper bound of the bytes write() produces.
    [[nodiscard]] std::size_t max_size() const noexcept { return max_size_; }
    // True if a field needs the day of the year (%j).
    [[nodiscard]] bool needs_day_of_year() const noexcept { return needs_day_of_year_; }

    // Writes the date; `day_of_year` is used only if needs_day_of_year().
    char* write(char* out, const kalends::calendar& cal, const date_parts& parts, std::int64_t jdn,
                int day_of_year) const;

    static constexpr std::string_view fields_help = "%Y %m %d %j %u %A %a %B %b %F %%";

private:
    // Literal text is kept as a position in pattern_, so that copies and
    // moves of the format stay valid.
    struct piece {
        char field;  // 0 for literal text
        std::size_t start = 0;
        std::size_t length = 0;
    };
    std::string pattern_;
    std::vector<piece> pieces_;
    std::size_t max_size_ = 0;
    bool needs_day_of_year_ = false;
};

}  // namespace kalends::cli
