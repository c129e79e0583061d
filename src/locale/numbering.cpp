#include "numbering.hpp"

#include "locale_data.hpp"
#include "../utf8.hpp"

#include <algorithm>
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
            // A digit of any system, kept if it is this system's (one comparison, not ten).
            if (const auto any = digit_at(rest)) {
                const auto value = static_cast<std::size_t>(any->value);
                if (any->digits == n.digits || cldr::list_entry(n.digits, value) == rest.substr(0, any->length)) {
                    digit = any->value;
                    size = any->length;
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
// 〇一二三...), sorted by it; and the others, read by comparing their
// digits, with the lead bytes of all their digits for a quick no. Digits of
// the Basic Multilingual Plane are found through two small tables (page,
// then code point in the page), as a parse meets many characters that are no digit.
struct digit_index {
    struct run {
        char32_t zero;
        cldr::id_type digits;
    };
    std::vector<run> runs;
    std::vector<cldr::id_type> others;
    std::array<bool, 256> other_leads{};
    std::array<std::uint8_t, 256> page_of{};              // code point >> 8 -> 1 + index into pages; 0: no digit
    std::vector<std::array<std::uint8_t, 256>> pages;     // code point & 255 -> 1 + index into runs; 0: none

    [[nodiscard]] const run* run_of(char32_t cp) const noexcept {
        if (cp < 0x10000) {
            const std::uint8_t page = page_of[cp >> 8];
            if (page == 0) return nullptr;
            const std::uint8_t at = pages[page - 1U][cp & 0xFFU];
            return at == 0 ? nullptr : &runs[at - 1U];
        }
        const auto after = std::upper_bound(runs.begin(), runs.end(), cp,
                                            [](char32_t c, const run& r) { return c < r.zero; });
        if (after == runs.begin() || cp - (after - 1)->zero >= 10) return nullptr;
        return &*(after - 1);
    }
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
        if (consecutive) {
            index.runs.push_back({zero.code_point, list});
            continue;
        }
        index.others.push_back(list);
        for (std::size_t d = 0; d < 10; ++d) {
            const std::string_view digit = cldr::list_entry(list, d);
            if (!digit.empty()) index.other_leads[static_cast<unsigned char>(digit[0])] = true;
        }
    }
    // By zero; of systems with the same digits, the first by name.
    const auto by_zero = [](const digit_index::run& a, const digit_index::run& b) { return a.zero < b.zero; };
    std::stable_sort(index.runs.begin(), index.runs.end(), by_zero);
    const auto same_zero = [](const digit_index::run& a, const digit_index::run& b) { return a.zero == b.zero; };
    index.runs.erase(std::unique(index.runs.begin(), index.runs.end(), same_zero), index.runs.end());
    for (std::size_t r = 0; r < index.runs.size() && r < 255; ++r) {
        for (char32_t cp = index.runs[r].zero; cp < index.runs[r].zero + 10 && cp < 0x10000; ++cp) {
            std::uint8_t& page = index.page_of[cp >> 8];
            if (page == 0) {
                index.pages.emplace_back();
                page = static_cast<std::uint8_t>(index.pages.size());
            }
            index.pages[page - 1U][cp & 0xFFU] = static_cast<std::uint8_t>(r + 1);
        }
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
    if (const digit_index::run* run = index.run_of(c.code_point)) {
        return any_digit{static_cast<int>(c.code_point - run->zero), c.length, run->digits};
    }
    if (!index.other_leads[static_cast<unsigned char>(text[0])]) return std::nullopt;
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
