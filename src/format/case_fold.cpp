// Folded names and the comparisons of text with them.
#include "case_fold.hpp"

#include <array>
#include <cstring>

namespace kalends::detail {

std::string folded(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        const utf8_char c = decode_utf8(text, at);
        if (c.length == 0) {
            out += text[at++];
            continue;
        }
        std::array<char, 4> bytes{};
        const char* end = encode_utf8(bytes.data(), fold(c.code_point));
        out.append(bytes.data(), static_cast<std::size_t>(end - bytes.data()));
        at += c.length;
    }
    return out;
}

char32_t first_folded(std::string_view text) noexcept {
    const utf8_char c = decode_utf8(text, 0);
    return c.length == 0 ? 0 : fold(c.code_point);
}

std::size_t match_folded(std::string_view text, std::string_view folded_name) noexcept {
    const std::size_t size = folded_name.size();
    if (size == 0 || text.size() < size) return 0;  // folding keeps lengths: the match is as long as the name
    std::size_t at = 0;
    while (at < size) {
        const char byte = text[at];
        if (static_cast<unsigned char>(byte) < 0x80) {
            const char lower = byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte + 32) : byte;
            if (lower != folded_name[at]) return 0;
            ++at;
            continue;
        }
        if (!may_fold(byte)) {
            // A byte of a character without case (or not UTF-8): as it is.
            if (byte != folded_name[at]) return 0;
            ++at;
            continue;
        }
        const utf8_char c = decode_utf8(text, at);
        if (c.length == 0) {
            if (byte != folded_name[at]) return 0;
            ++at;
            continue;
        }
        if (at + c.length > size) return 0;
        std::array<char, 4> bytes{};
        encode_utf8(bytes.data(), fold(c.code_point));
        if (std::memcmp(bytes.data(), folded_name.data() + at, c.length) != 0) return 0;
        at += c.length;
    }
    return size;
}

std::size_t match_name(std::string_view text, std::string_view name) noexcept {
    if (name.empty() || text.empty()) return 0;
    if (text[0] != name[0]) {
        // No character folds to or from ASCII but ASCII letters: a quick no for most names.
        const bool text_ascii = static_cast<unsigned char>(text[0]) < 0x80;
        const bool name_ascii = static_cast<unsigned char>(name[0]) < 0x80;
        if (text_ascii != name_ascii || (!may_fold(text[0]) && !may_fold(name[0]))) return 0;
        if (text_ascii && fold(static_cast<unsigned char>(text[0])) != fold(static_cast<unsigned char>(name[0]))) return 0;
    }
    if (text.starts_with(name)) return name.size();  // as written, the common case
    std::size_t t = 0;
    std::size_t n = 0;
    while (n < name.size()) {
        const utf8_char a = decode_utf8(text, t);
        const utf8_char b = decode_utf8(name, n);
        if (a.length == 0 || b.length == 0) {
            // Bytes that are not UTF-8 compare as they are.
            if (t >= text.size() || text[t] != name[n]) return 0;
            ++t;
            ++n;
            continue;
        }
        if (fold(a.code_point) != fold(b.code_point)) return 0;
        t += a.length;
        n += b.length;
    }
    return t;
}

}  // namespace kalends::detail
