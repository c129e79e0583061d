// UTF-8 decoding, strict as RFC 3629 says: no overlong forms, no surrogates,
// nothing above U+10FFFF. Messages show text as typed with it, and the
// localized parser steps through names and digits with it.
#pragma once

#include <cstddef>
#include <string_view>

namespace kalends::detail {

struct utf8_char {
    char32_t code_point = 0;
    std::size_t length = 0;  // 0: not a valid sequence at this position
};

// The character that starts at text[position], or length 0 if the bytes there
// are no valid UTF-8 sequence (or it is cut off by the end of `text`).
constexpr utf8_char decode_utf8(std::string_view text, std::size_t position) noexcept {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[position + i]); };
    const std::size_t available = text.size() - position;
    if (available == 0) return {};
    const unsigned char lead = byte(0);
    if (lead < 0x80) return {lead, 1};
    std::size_t length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, value = lead & 0x1Fu, minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, value = lead & 0x0Fu, minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, value = lead & 0x07u, minimum = 0x10000;
    } else {
        return {};
    }
    if (available < length) return {};
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(i) & 0xC0u) != 0x80u) return {};
        value = (value << 6) | (byte(i) & 0x3Fu);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return {};
    return {value, length};
}

// Appends `code_point` (a valid scalar value) as UTF-8 at `out`; returns the end.
constexpr char* encode_utf8(char* out, char32_t code_point) noexcept {
    const auto put = [&](char32_t bits) { *out++ = static_cast<char>(static_cast<unsigned char>(bits)); };
    if (code_point < 0x80) {
        put(code_point);
    } else if (code_point < 0x800) {
        put(0xC0 | (code_point >> 6));
        put(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        put(0xE0 | (code_point >> 12));
        put(0x80 | ((code_point >> 6) & 0x3F));
        put(0x80 | (code_point & 0x3F));
    } else {
        put(0xF0 | (code_point >> 18));
        put(0x80 | ((code_point >> 12) & 0x3F));
        put(0x80 | ((code_point >> 6) & 0x3F));
        put(0x80 | (code_point & 0x3F));
    }
    return out;
}

}  // namespace kalends::detail
