// Case folding for reading names: simple folds of the cased scripts CLDR's
// names use (Latin, Greek, Cyrillic, Armenian, Georgian). Every fold keeps
// a character's UTF-8 length, so a name folded once ahead lines up byte for
// byte with the text it is compared with.
#pragma once

#include "../utf8.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace kalends::detail {

constexpr char32_t fold(char32_t c) noexcept {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
    if (c == 0x178) return 0xFF;  // Ÿ, the capital of Latin-1's ÿ
    if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F) {
        const bool odd_is_lower = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        if (odd_is_lower ? (c % 2 == 1) : (c % 2 == 0)) return c + 1;
        return c;
    }
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
    // Greek capitals with tonos (U+0387 is a punctuation mark; U+038B and U+038D are unassigned).
    if (c == 0x386) return 0x3AC;
    if (c >= 0x388 && c <= 0x38A) return c + 37;
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return c + 63;
    if (c == 0x3C2) return 0x3C3;  // final sigma
    if (c >= 0x410 && c <= 0x42F) return c + 32;
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    if (c >= 0x531 && c <= 0x556) return c + 48;
    if (c >= 0x1C90 && c <= 0x1CBF && c != 0x1CBB && c != 0x1CBC) return c - 0x1C90 + 0x10D0;  // Mtavruli
    return c;
}

// False for a byte that starts no character fold() changes or gives: not an
// ASCII letter, nor the lead byte of Latin-1, Latin Extended-A, Greek,
// Cyrillic, Armenian or Georgian (a quick no for most names of a list).
constexpr bool may_fold(char byte) noexcept {
    const auto b = static_cast<unsigned char>(byte);
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= 0xC3 && b <= 0xC5) || (b >= 0xCE && b <= 0xD1) ||
           (b >= 0xD4 && b <= 0xD6) || b == 0xE1;
}

// `text` folded; bytes that are not UTF-8 are kept as they are.
std::string folded(std::string_view text);

// The folded first character of `text`; 0 for empty text or a byte that is not UTF-8.
char32_t first_folded(std::string_view text) noexcept;

// The bytes at the start of `text` that fold to `folded_name` (as folded()
// gives it): its length, or 0 if the text does not start so.
std::size_t match_folded(std::string_view text, std::string_view folded_name) noexcept;

// The bytes of `text` that match `name` from its start, ignoring case; 0 if they do not.
std::size_t match_name(std::string_view text, std::string_view name) noexcept;

}  // namespace kalends::detail
