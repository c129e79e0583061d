// Numbers in a locale's digits: CLDR's decimal numbering systems (arab,
// arabext, deva, thai, ...), Hebrew numerals (hebr), the Japanese year
// numbering that writes year 1 as 元 (jpanyear) and the Chinese calendar's
// day numerals 初一..三十 (hanidays). Written without allocation;
// read back in those digits or in ASCII.
#pragma once

#include "cldr_data.hpp"
#include "hebrew_numerals.hpp"

#include <kalends/locale.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace kalends::detail {

struct numbering {
    enum class kind : std::uint8_t { ascii, digits, hebrew, japanese_year, chinese_day };
    kind type = kind::ascii;
    cldr::id_type digits = 0;  // kind::digits, and the other years of japanese_year: the ten digits' list
};

// The locale's numbering: its -u-nu- value or CLDR's default.
numbering numbering_of(const locale& loc) noexcept;
// The numbering a pattern's numbers= attribute names ("hebr", "jpanyear",
// "arab"); `fallback` for one kalends cannot write (then digits stay readable).
numbering numbering_named(std::string_view name, const numbering& fallback) noexcept;

// The most bytes write_number writes: a sign and 19 digits of at most 4 bytes, or a Hebrew numeral.
inline constexpr std::size_t max_number_size =
    1 + 4 * 20 > max_hebrew_numeral_size ? 1 + 4 * 20 : max_hebrew_numeral_size;

// `value` with at least `min_digits` digits (zero-padded). Hebrew numerals,
// 元 and hanidays stand for 1..999999, 1 and 1..30; other values fall back
// to decimal digits.
char* write_number(char* out, std::int64_t value, int min_digits, const numbering& n) noexcept;

struct read_number {
    std::int64_t value = 0;
    std::size_t length = 0;  // bytes read
    int digits = 0;          // digits read (1 for a Hebrew numeral or 元)
};
// A number at the start of `text` in the digits of `n` or in ASCII, at most
// `max_digits` digits (0: as many as there are, up to 18); nullopt if none.
std::optional<read_number> read_number_at(std::string_view text, int max_digits, bool allow_sign,
                                          const numbering& n) noexcept;

// A decimal digit at the start of `text` in any of CLDR's numbering systems
// (ASCII, ۴ of arabext, ४ of deva, ４ of fullwide, ...): its value, its
// length in bytes and its system's digit list (0 for ASCII); nullopt if none.
struct any_digit {
    int value = 0;
    std::size_t length = 0;
    cldr::id_type digits = 0;
};
std::optional<any_digit> digit_at(std::string_view text) noexcept;

}  // namespace kalends::detail
