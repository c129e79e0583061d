// Date text in and out of the library, without allocation on the paths a
// batch takes: the YYYY-MM-DD form (on std::to_chars / std::from_chars) and
// the quoting every message uses. The command-line tool and the bindings
// only move this text; the localized formatter and parser build on it.
#pragma once

#include <kalends/date_parts.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace kalends {

// --- YYYY-MM-DD ---

// The longest write_ymd writes, for any parts: "-2147483648--2147483648--2147483648".
inline constexpr std::size_t max_ymd_size = 35;

// The calendar's own year zero-padded to at least four digits (a '-' first
// when negative), then the month and the day zero-padded to two: "2024-02-29",
// "-0044-03-15", "10000-01-01". Writes at most max_ymd_size bytes at `out`
// and returns the end.
char* write_ymd(char* out, const date_parts& parts) noexcept;
[[nodiscard]] std::string format_ymd(const date_parts& parts);
// Its fields alone: the year zero-padded to four digits (at most 11 bytes),
// and a month or day zero-padded to two (at most 11 bytes).
char* write_year(char* out, int year) noexcept;
char* write_two_digits(char* out, int value) noexcept;

enum class text_status {
    ok,
    syntax,        // not the syntax at all
    out_of_range,  // the syntax, but a number beyond int
};

struct ymd_text {
    text_status status = text_status::syntax;
    int year = 0;
    int month = 0;
    int day = 0;
    char bad_field = 0;  // with out_of_range: 'y', 'm' or 'd'

    [[nodiscard]] constexpr date_parts parts() const noexcept { return {year, month, day}; }
};

// YEAR-MONTH-DAY: an optional '-' on the year, then decimal digits for each
// field (any number, leading zeros too), separated by single '-', nothing
// else (no '+', no spaces). Nothing is normalized: the fields are returned as
// written, for the calendar to accept or refuse.
[[nodiscard]] ymd_text parse_ymd(std::string_view text) noexcept;
// Why parse_ymd failed, for a message: "not a date: expected YEAR-MONTH-DAY ..." or
// "the year is out of range ...".
[[nodiscard]] std::string describe_ymd_failure(const ymd_text& result);

// --- ASCII case ---
// Locale-independent on purpose: 'I' folds to 'i' whatever the process
// locale is, and bytes outside ASCII are left as they are. Calendar names,
// field names and command-line words compare this way.
[[nodiscard]] constexpr char ascii_lower(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
[[nodiscard]] constexpr bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    }
    return true;
}

// --- Columns ---

// The terminal columns UTF-8 text takes, as wcwidth() counts them: 2 for
// East Asian wide characters, 0 for combining marks, zero-width characters
// and ANSI escape sequences ("\x1b[...m"), 1 for the rest (an invalid byte too).
[[nodiscard]] std::size_t display_width(std::string_view text) noexcept;

// --- Quoting ---

// The bytes of a text shown in a message; the rest is counted.
inline constexpr std::size_t quote_limit = 64;
// The longest write_quoted writes.
inline constexpr std::size_t max_quoted_size = 4 * quote_limit + 32;

// `text` in single quotes for a message: bytes outside printable ASCII and
// backslashes as \xhh, and a text longer than quote_limit bytes cut, with its
// length: 'abc', 'a\x01b', 'aaaa...' (5000 bytes).
char* write_quoted(char* out, std::string_view text) noexcept;
[[nodiscard]] std::string quoted(std::string_view text);

namespace detail {
// The same for a text of which only the head is at hand, and its full size
// (an error_text): what write_quoted writes for the whole text.
char* write_quoted_head(char* out, std::string_view head, std::size_t size) noexcept;
}  // namespace detail

}  // namespace kalends
