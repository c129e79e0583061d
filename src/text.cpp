// YYYY-MM-DD and quoting (see kalends/text.hpp).
#include "locale/numbering.hpp"
#include "utf8.hpp"

#include <kalends/text.hpp>

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <system_error>

namespace kalends {
namespace {

std::uint64_t magnitude(int value) noexcept {
    return value < 0 ? 0 - static_cast<std::uint64_t>(static_cast<std::int64_t>(value))
                     : static_cast<std::uint64_t>(value);
}

// The digits of `value`, zero-padded to `width`. At most 10 digits for an int.
char* write_padded(char* out, std::uint64_t value, int width) noexcept {
    char digits[20];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    const auto count = static_cast<int>(end - digits);
    for (int i = count; i < width; ++i) *out++ = '0';
    std::memcpy(out, digits, static_cast<std::size_t>(count));
    return out + count;
}

char* write_field(char* out, int value, int width) noexcept {
    if (value < 0) *out++ = '-';
    return write_padded(out, magnitude(value), width);
}

constexpr std::uint64_t int_max = static_cast<std::uint64_t>(std::numeric_limits<int>::max());

// Decimal digits at [p, end) as a magnitude: false without a digit; `value`
// saturates beyond 2^64. All the digits of a date are of one script, the
// one its first digit has (`script`: 0 for ASCII, else a CLDR digit list),
// so that ۱۴۰۴-۰۱-۰۱ reads as 1404-01-01 and a mix of scripts does not.
bool read_digits(const char*& p, const char* end, std::uint64_t& value, std::optional<detail::cldr::id_type>& script) noexcept {
    if (p != end && *p >= '0' && *p <= '9') {
        if (script.value_or(0) != 0) return false;
        script = 0;
        const auto [next, ec] = std::from_chars(p, end, value);
        if (ec == std::errc::result_out_of_range) value = std::numeric_limits<std::uint64_t>::max();
        p = next;
        return true;
    }
    constexpr std::uint64_t saturated = std::numeric_limits<std::uint64_t>::max();
    bool any = false;
    value = 0;
    while (p != end) {
        const auto digit = detail::digit_at(std::string_view(p, static_cast<std::size_t>(end - p)));
        if (!digit || digit->digits == 0 || script.value_or(digit->digits) != digit->digits) break;
        script = digit->digits;
        const auto d = static_cast<std::uint64_t>(digit->value);
        value = value > (saturated - d) / 10 ? saturated : value * 10 + d;
        p += digit->length;
        any = true;
    }
    return any;
}

}  // namespace

char* write_year(char* out, int year) noexcept {
    if (year >= 1000 && year <= 9999) {
        // The common case, without a loop.
        const auto y = static_cast<unsigned>(year);
        out[0] = static_cast<char>('0' + y / 1000);
        out[1] = static_cast<char>('0' + y / 100 % 10);
        out[2] = static_cast<char>('0' + y / 10 % 10);
        out[3] = static_cast<char>('0' + y % 10);
        return out + 4;
    }
    return write_field(out, year, 4);
}

char* write_two_digits(char* out, int value) noexcept {
    if (value >= 0 && value <= 99) {
        out[0] = static_cast<char>('0' + value / 10);
        out[1] = static_cast<char>('0' + value % 10);
        return out + 2;
    }
    return write_field(out, value, 2);
}

char* write_ymd(char* out, const date_parts& parts) noexcept {
    out = write_year(out, parts.year);
    *out++ = '-';
    out = write_two_digits(out, parts.month);
    *out++ = '-';
    return write_two_digits(out, parts.day);
}

std::string format_ymd(const date_parts& parts) {
    char buffer[max_ymd_size];
    return std::string(buffer, write_ymd(buffer, parts));
}

namespace {

// The common form, exactly YYYY-MM-DD in ASCII digits, read without the
// general scan (batches of dates are mostly this); false for any other text.
bool read_plain_ymd(std::string_view text, ymd_text& result) noexcept {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    constexpr std::array<std::size_t, 8> places{0, 1, 2, 3, 5, 6, 8, 9};
    std::array<int, 8> digits{};
    for (std::size_t i = 0; i < places.size(); ++i) {
        const int digit = text[places[i]] - '0';
        if (digit < 0 || digit > 9) return false;
        digits[i] = digit;
    }
    result.status = text_status::ok;
    result.year = ((digits[0] * 10 + digits[1]) * 10 + digits[2]) * 10 + digits[3];
    result.month = digits[4] * 10 + digits[5];
    result.day = digits[6] * 10 + digits[7];
    return true;
}

}  // namespace

ymd_text parse_ymd(std::string_view text) noexcept {
    ymd_text result;
    if (read_plain_ymd(text, result)) return result;
    const char* p = text.data();
    const char* const end = p + text.size();
    const bool negative = p != end && *p == '-';
    if (negative) ++p;
    std::uint64_t fields[3] = {0, 0, 0};
    std::optional<detail::cldr::id_type> script;
    for (int i = 0; i < 3; ++i) {
        if (i != 0) {
            if (p == end || *p != '-') return result;
            ++p;
        }
        if (!read_digits(p, end, fields[i], script)) return result;
    }
    if (p != end) return result;
    result.status = text_status::out_of_range;
    if (fields[0] > (negative ? int_max + 1 : int_max)) {
        result.bad_field = 'y';
    } else if (fields[1] > int_max) {
        result.bad_field = 'm';
    } else if (fields[2] > int_max) {
        result.bad_field = 'd';
    } else {
        result.status = text_status::ok;
        const auto year = static_cast<std::int64_t>(fields[0]);
        result.year = static_cast<int>(negative ? -year : year);
        result.month = static_cast<int>(fields[1]);
        result.day = static_cast<int>(fields[2]);
    }
    return result;
}

std::string describe_ymd_failure(const ymd_text& result) {
    if (result.status == text_status::out_of_range) {
        const std::string range = std::to_string(std::numeric_limits<int>::min()) + ".." +
                                  std::to_string(std::numeric_limits<int>::max());
        switch (result.bad_field) {
            case 'y': return "the year is out of range (years must be within " + range + ")";
            case 'm': return "the month is out of range (far too large)";
            default: return "the day is out of range (far too large)";
        }
    }
    return "not a date: expected YEAR-MONTH-DAY in decimal digits (ASCII, or all in one script's digits), "
           "with an optional '-' before the year (e.g. 2025-03-21, -44-3-15, \u06f1\u06f4\u06f0\u06f4-\u06f0\u06f1-\u06f0\u06f1)";
}

char* write_quoted(char* out, std::string_view text) noexcept {
    return detail::write_quoted_head(out, text, text.size());
}

namespace {
// Characters a message must not show as they are: C0 and C1 controls, DEL,
// the line and paragraph separators and the bidirectional formatting
// characters (which would reorder the message around them).
constexpr bool is_hidden_control(char32_t c) noexcept {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

// True if `tail` is the start of a UTF-8 sequence that ends beyond it.
constexpr bool is_cut_sequence(std::string_view tail) noexcept {
    const auto lead = static_cast<unsigned char>(tail[0]);
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (length == 0 || tail.size() >= length) return false;
    for (std::size_t i = 1; i < tail.size(); ++i) {
        if ((static_cast<unsigned char>(tail[i]) & 0xC0u) != 0x80u) return false;
    }
    return true;
}
}  // namespace

char* detail::write_quoted_head(char* out, std::string_view head, std::size_t size) noexcept {
    constexpr char hex[] = "0123456789abcdef";
    const std::string_view shown = head.substr(0, quote_limit);
    *out++ = '\'';
    for (std::size_t i = 0; i < shown.size();) {
        // Printable ASCII, the usual text, goes as it is without decoding.
        if (const char byte = shown[i]; byte >= 0x20 && byte < 0x7F && byte != '\\') {
            *out++ = byte;
            ++i;
            continue;
        }
        const utf8_char c = decode_utf8(shown, i);
        if (c.length == 0 && size > shown.size() && is_cut_sequence(shown.substr(i))) {
            break;  // a character the cut splits: the "..." stands for it
        }
        if (c.length != 0 && !is_hidden_control(c.code_point) && c.code_point != '\\') {
            std::memcpy(out, shown.data() + i, c.length);
            out += c.length;
            i += c.length;
            continue;
        }
        const std::size_t escaped = c.length == 0 ? 1 : c.length;
        for (std::size_t k = 0; k < escaped; ++k) {
            const auto b = static_cast<unsigned char>(shown[i + k]);
            *out++ = '\\';
            *out++ = 'x';
            *out++ = hex[b >> 4];
            *out++ = hex[b & 0xF];
        }
        i += escaped;
    }
    if (size <= quote_limit) {
        *out++ = '\'';
        return out;
    }
    constexpr std::string_view more = "...' (";
    constexpr std::string_view bytes = " bytes)";
    std::memcpy(out, more.data(), more.size());
    out += more.size();
    out = std::to_chars(out, out + 20, size).ptr;
    std::memcpy(out, bytes.data(), bytes.size());
    return out + bytes.size();
}

namespace {
constexpr bool is_combining(char32_t c) noexcept {
    if ((c >= 0x300 && c <= 0x36F) || (c >= 0x483 && c <= 0x489) || (c >= 0x591 && c <= 0x5BD) || c == 0x5BF ||
        c == 0x5C1 || c == 0x5C2 || c == 0x5C4 || c == 0x5C5 || c == 0x5C7 || (c >= 0x610 && c <= 0x61A) ||
        (c >= 0x64B && c <= 0x65F) || c == 0x670 || (c >= 0x6D6 && c <= 0x6DC) || (c >= 0x6DF && c <= 0x6E4) ||
        c == 0x6E7 || c == 0x6E8 || (c >= 0x6EA && c <= 0x6ED) || (c >= 0x200B && c <= 0x200F) ||
        (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE31 && c <= 0xE3A && c != 0xE32 && c != 0xE33) ||
        (c >= 0xE47 && c <= 0xE4E) || (c >= 0xEB1 && c <= 0xEBC && c != 0xEB2 && c != 0xEB3) ||
        (c >= 0xEC8 && c <= 0xECD) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x20D0 && c <= 0x20FF)) {
        return true;
    }
    // The Indic blocks (Devanagari .. Sinhala) place their signs and vowel marks alike in each block.
    if (c >= 0x900 && c <= 0xDFF) {
        const char32_t k = c & 0x7F;
        return k <= 0x02 || k == 0x3C || (k >= 0x41 && k <= 0x48) || k == 0x4D || (k >= 0x51 && k <= 0x57) ||
               k == 0x62 || k == 0x63;
    }
    return false;
}
constexpr bool is_wide(char32_t c) noexcept {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}
}  // namespace

std::size_t display_width(std::string_view text) noexcept {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\x1b') {
            while (i < text.size() && text[i] != 'm') ++i;
            ++i;
            continue;
        }
        const detail::utf8_char c = detail::decode_utf8(text, i);
        if (c.length == 0) {
            ++width;
            ++i;
            continue;
        }
        width += is_combining(c.code_point) ? 0u : is_wide(c.code_point) ? 2u : 1u;
        i += c.length;
    }
    return width;
}

std::string quoted(std::string_view text) {
    char buffer[max_quoted_size];
    return std::string(buffer, write_quoted(buffer, text));
}

}  // namespace kalends
