#include "text.hpp"

#include <charconv>

namespace kalends::cli {

char* write_int64(char* out, std::int64_t value) noexcept { return std::to_chars(out, out + 20, value).ptr; }

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> pieces;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        if (end == std::string_view::npos) {
            pieces.push_back(text.substr(start));
            return pieces;
        }
        pieces.push_back(text.substr(start, end - start));
        start = end + 1;
    }
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i != 0) out += separator;
        out += items[i];
    }
    return out;
}

char* write_json_string(char* out, std::string_view text) noexcept {
    constexpr char hex[] = "0123456789abcdef";
    *out++ = '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            *out++ = '\\';
            *out++ = c;
        } else if (byte < 0x20 || byte >= 0x7F) {
            // Control bytes, and every non-ASCII byte so that the output is
            // valid JSON whatever the input's encoding (bytes as U+0080..U+00FF).
            *out++ = '\\';
            *out++ = 'u';
            *out++ = '0';
            *out++ = '0';
            *out++ = hex[byte >> 4];
            *out++ = hex[byte & 0xF];
        } else {
            *out++ = c;
        }
    }
    *out++ = '"';
    return out;
}

std::string json_string(std::string_view text) {
    std::string out(2 + 6 * text.size(), '\0');
    char* end = write_json_string(out.data(), text);
    out.resize(static_cast<std::size_t>(end - out.data()));
    return out;
}

}  // namespace kalends::cli
