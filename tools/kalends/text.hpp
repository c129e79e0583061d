// Small ASCII text helpers shared by the command-line tool.
#pragma once

#include <kalends/text.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kalends::cli {

// A plain decimal integer. At most 20 bytes.
char* write_int64(char* out, std::int64_t value) noexcept;

// ASCII case folding is the library's (kalends/text.hpp).
using kalends::ascii_lower;
using kalends::equal_ignoring_ascii_case;

// Quoting for messages is the library's (kalends/text.hpp).
using kalends::quote_limit;
using kalends::quoted;
using kalends::write_quoted;

// `text` without leading and trailing spaces, tabs and carriage returns.
[[nodiscard]] constexpr std::string_view trim(std::string_view text) noexcept {
    constexpr auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

// Splits on `separator`, keeping empty pieces.
[[nodiscard]] std::vector<std::string_view> split(std::string_view text, char separator);

// `items` joined with `separator`.
[[nodiscard]] std::string join(const std::vector<std::string>& items, std::string_view separator);

// `text` as a JSON string literal, quotes included.
[[nodiscard]] std::string json_string(std::string_view text);
// Writes `text` as a JSON string literal at `out`; needs 2 + 6 * text.size() bytes.
char* write_json_string(char* out, std::string_view text) noexcept;

}  // namespace kalends::cli
