#include "numbering.hpp"

#include "locale_data.hpp"
#include "../utf8.hpp"

#include <array>
#include <charconv>
#include <cstring>
#include <vector>

namespace kalends::detail {
namespace {

constexpr std::string_view japanese_first_year = "\u5143";  // 元, as in 令和元年

// hanidays, the days of a Chinese month, as CLDR's rbnf/zh.xml rule set
// spellout-numbering-days spells 1..30: 初 before 1..10, 廿 for twenty-.
constexpr std::array<std::string_view, 30> chinese_days{
    "初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
    "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
    "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十"};

char* put(char* out, std::string_view text) noexcept {
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
}

numbering decimal(std::size_t system) noexcept {
    const cldr::numbering_system& row = cldr::numbering_systems[system];
    if (cldr::string_at(row.name) == "latn") return {};
    return {numbering::kind::digits, row.digits};
}

char* write_ascii(char* out, std::uint64_t magnitude, int min_digits) noexcept {
    char digits[20];
    const char* end = std::to_chars(digits, digits + sizeof digits, magnitude).ptr;
    const auto count = static_cast<int>(end - digits);
    for (int i = count; i < min_digits && i < 20; ++i) *out++ = '0';
    std::memcpy(out, digits, static_cast<std::size_t>(count));
    return out + count;
}

// |value|, INT64_MIN included.
std::uint64_t magnitude_of(std::int64_t value) noexcept {
    const auto bits = static_cast<std::uint64_t>(value);
    return value < 0 ? ~bits + 1 : bits;
}

}  // namespace

numbering numbering_of(const locale& loc) noexcept {
    if (loc.numbering_index() >= cldr::numbering_system_count) return {numbering::kind::hebrew, 0};
    return decimal(loc.numbering_index());
}

numbering numbering_named(std::string_view name, const numbering& fallback) noexcept {
    if (name == "hebr") return {numbering::kind::hebrew, 0};
    if (name == "jpanyear") return {numbering::kind::japanese_year, fallback.digits};
    if (name == "hanidays") return {numbering::kind::chinese_day, fallback.digits};
    if (const auto index = find_numbering_system(name)) return decimal(*index);
    return fallback;
}

char* write_number(char* out, std::int64_t value, int min_digits, const numbering& n) noexcept {
    if (n.type == numbering::kind::hebrew && value >= 1 && value <= max_hebrew_numeral) {
        return write_hebrew_numeral(out, value);
    }
    if (n.type == numbering::kind::japanese_year && value == 1) {
        return put(out, japanese_first_year);
    }
    if (n.type == numbering::kind::chinese_day && value >= 1 && value <= 30) {
        return put(out, chinese_days[static_cast<std::size_t>(value - 1)]);
    }
    const int digits = min_digits > 19 ? 19 : min_digits;
    const std::uint64_t magnitude = magnitude_of(value);
    if (value < 0) *out++ = '-';
    if (n.type == numbering::kind::ascii || n.type == numbering::kind::hebrew || n.digits == 0) {
        return write_ascii(out, magnitude, digits);
    }
    char ascii[20];
    const char* end = write_ascii(ascii, magnitude, digits);
    for (const char* p = ascii; p != end; ++p) {
        out = put(out, cldr::list_entry(n.digits, static_cast<std::size_t>(*p - '0')));
    }
    return out;
}

std::optional<read_number> read_number_at(std::string_view text, int max_digits, bool allow_sign,
                                          const numbering& n) noexcept {
    if (n.type == numbering::kind::hebrew) {
        std::size_t consumed = 0;
        if (const auto value = parse_hebrew_numeral(text, consumed)) return read_number{*value, consumed, 1};
    }
    if (n.type == numbering::kind::japanese_year && text.substr(0, japanese_first_year.size()) == japanese_first_year) {
        return read_number{1, japanese_first_year.size(), 1};
    }
    if (n.type == numbering::kind::chinese_day) {
        for (std::size_t i = 0; i < chinese_days.size(); ++i) {
            if (text.starts_with(chinese_days[i])) return read_number{static_cast<std::int64_t>(i) + 1, chinese_days[i].size(), 1};
        }
    }
    read_number result;
    bool negative = false;
    if (allow_sign && !text.empty() && text[0] == '-') {
        negative = true;
        result.length = 1;
    }
    const int limit = max_digits > 0 && max_digits < 18 ? max_digits : 18;
    while (result.digits < limit && result.length < text.size()) {
        const std::string_view rest = text.substr(result.length);
        int digit = -1;
        std::size_t size = 1;
        if (rest[0] >= '0' && rest[0] <= '9') {
            digit = rest[0] - '0';
        } else if (n.digits != 0) {
            for (std::size_t d = 0; d < 10; ++d) {
                const std::string_view candidate = cldr::list_entry(n.digits, d);
                if (!candidate.empty() && rest.substr(0, candidate.size()) == candidate) {
                    digit = static_cast<int>(d);
                    size = candidate.size();
                    break;
                }
            }
        }
        if (digit < 0) break;
        result.value = result.value * 10 + digit;
        result.length += size;
        ++result.digits;
    }
    if (result.digits == 0) return std::nullopt;
    if (negative) result.value = -result.value;
    return result;
}

namespace {

// The numbering systems by the code point of their zero, for those whose
// digits are ten consecutive characters (all but a few, such as hanidec's
// 〇一二三...), and the others, read by comparing their digits.
struct digit_index {
    struct run {
        char32_t zero;
        cldr::id_type digits;
    };
    std::vector<run> runs;
    std::vector<cldr::id_type> others;
};

digit_index make_digit_index() {
    digit_index index;
    for (std::size_t system = 0; system < cldr::numbering_system_count; ++system) {
        const cldr::id_type list = cldr::numbering_systems[system].digits;
        const utf8_char zero = decode_utf8(cldr::list_entry(list, 0), 0);
        if (zero.code_point == '0') continue;  // latn: ASCII, read first
        bool consecutive = zero.length != 0;
        for (std::size_t d = 0; d < 10 && consecutive; ++d) {
            const std::string_view digit = cldr::list_entry(list, d);
            const utf8_char c = decode_utf8(digit, 0);
            consecutive = c.length == digit.size() && c.code_point == zero.code_point + d;
        }
        if (consecutive) index.runs.push_back({zero.code_point, list});
        else index.others.push_back(list);
    }
    return index;
}

}  // namespace

std::optional<any_digit> digit_at(std::string_view text) noexcept {
    if (text.empty()) return std::nullopt;
    if (text[0] >= '0' && text[0] <= '9') return any_digit{text[0] - '0', 1, 0};
    if (static_cast<unsigned char>(text[0]) < 0x80) return std::nullopt;
    static const digit_index index = make_digit_index();
    const utf8_char c = decode_utf8(text, 0);
    if (c.length == 0) return std::nullopt;
    for (const digit_index::run& run : index.runs) {
        if (c.code_point >= run.zero && c.code_point - run.zero < 10) {
            return any_digit{static_cast<int>(c.code_point - run.zero), c.length, run.digits};
        }
    }
    for (const cldr::id_type list : index.others) {
        for (std::size_t d = 0; d < 10; ++d) {
            const std::string_view candidate = cldr::list_entry(list, d);
            if (!candidate.empty() && text.starts_with(candidate)) return any_digit{static_cast<int>(d), candidate.size(), list};
        }
    }
    return std::nullopt;
}

}  // namespace kalends::detail

namespace kalends {

std::string format_number(const locale& loc, std::int64_t value, int min_digits) {
    char buffer[detail::max_number_size];
    return std::string(buffer, detail::write_number(buffer, value, min_digits, detail::numbering_of(loc)));
}

}  // namespace kalends
