// Hebrew numerals (hebrew_numerals.hpp). The rules are those of CLDR's
// "%hebrew" rule set as ICU 72 applies them; the code is kalends' own.
#include "hebrew_numerals.hpp"

#include <array>
#include <cstring>

namespace kalends::detail {
namespace {

// Every character used here is U+05D0..U+05F4, two bytes in UTF-8 with the
// same lead byte, so a letter is stored as its second byte alone.
constexpr unsigned char lead_byte = 0xD7;
constexpr unsigned char geresh_byte = 0xB3;     // U+05F3 ׳
constexpr unsigned char gershayim_byte = 0xB4;  // U+05F4 ״
constexpr unsigned char final_pe = 0xA3;        // U+05E3 ף
constexpr unsigned char pe = 0xA4;              // U+05E4 פ
constexpr unsigned char tav = 0xAA;             // U+05EA ת
constexpr unsigned char tet = 0x98;             // U+05D8 ט

constexpr std::array<unsigned char, 10> unit_letters = {0, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98};
constexpr std::array<unsigned char, 10> ten_letters = {0, 0x99, 0x9B, 0x9C, 0x9E, 0xA0, 0xA1, 0xA2, pe, 0xA6};
constexpr std::array<unsigned char, 4> hundred_letters = {0, 0xA7, 0xA8, 0xA9};  // ק ר ש; 400 is ת

// A group 1..999 has at most 5 letters (תתקצט).
struct letter_list {
    std::array<unsigned char, 5> letters{};
    std::size_t count = 0;
    constexpr void push(unsigned char letter) noexcept { letters[count++] = letter; }
};

struct reordered_group {
    int value;
    letter_list letters;
};

// The groups whose plain order spells a word to avoid (see the header).
constexpr std::array<reordered_group, 5> reordered_groups = {{
    {298, {{0xA8, 0x97, 0xA6}, 3}},        // רחצ, not רצח
    {304, {{0x93, 0xA9}, 2}},              // דש, not שד
    {344, {{0xA9, 0x93, 0x9E}, 3}},        // שדמ, not שמד
    {698, {{tav, 0xA8, 0x97, 0xA6}, 4}},   // תרחצ
    {744, {{tav, 0xA9, 0x93, 0x9E}, 4}},   // תשדמ
}};

// The letters of `value` in [1, 999], without marks and without final forms.
constexpr letter_list group_letters(int value) noexcept {
    for (const reordered_group& group : reordered_groups)
        if (group.value == value) return group.letters;
    letter_list list;
    int hundreds = value / 100;  // [0, 9]
    for (; hundreds >= 4; hundreds -= 4) list.push(tav);
    if (hundreds > 0) list.push(hundred_letters[static_cast<std::size_t>(hundreds)]);
    const int rest = value % 100;  // [0, 99]
    if (rest == 15 || rest == 16) {
        list.push(tet);
        list.push(unit_letters[static_cast<std::size_t>(rest - 9)]);
        return list;
    }
    if (rest >= 10) list.push(ten_letters[static_cast<std::size_t>(rest / 10)]);
    if (rest % 10 != 0) list.push(unit_letters[static_cast<std::size_t>(rest % 10)]);
    return list;
}

char* put(char* out, unsigned char second_byte) noexcept {
    *out++ = static_cast<char>(lead_byte);
    *out++ = static_cast<char>(second_byte);
    return out;
}

char* put_text(char* out, std::string_view text) noexcept {
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
}

// One group 1..999 with its marks: א׳, ט״ו, תש״ף.
char* write_group(char* out, int value) noexcept {
    const letter_list list = group_letters(value);
    if (list.count == 1) return put(put(out, list.letters[0]), geresh_byte);
    for (std::size_t i = 0; i + 1 < list.count; ++i) out = put(out, list.letters[i]);
    const unsigned char last = list.letters[list.count - 1];
    return put(put(out, gershayim_byte), last == pe ? final_pe : last);
}

constexpr std::string_view thousand_word = "\u05D0\u05DC\u05E3";                      // אלף
constexpr std::string_view two_thousand_word = "\u05D0\u05DC\u05E4\u05D9\u05D9\u05DD";  // אלפיים
constexpr std::string_view thousands_suffix = " \u05D0\u05DC\u05E4\u05D9\u05DD";        // " אלפים"

// ---- reading ----

constexpr int letter_value(unsigned char second_byte) noexcept {
    switch (second_byte) {
        case 0x90: return 1;
        case 0x91: return 2;
        case 0x92: return 3;
        case 0x93: return 4;
        case 0x94: return 5;
        case 0x95: return 6;
        case 0x96: return 7;
        case 0x97: return 8;
        case 0x98: return 9;
        case 0x99: return 10;
        case 0x9B: return 20;
        case 0x9C: return 30;
        case 0x9E: return 40;
        case 0xA0: return 50;
        case 0xA1: return 60;
        case 0xA2: return 70;
        case pe:
        case final_pe: return 80;
        case 0xA6: return 90;
        case 0xA7: return 100;
        case 0xA8: return 200;
        case 0xA9: return 300;
        case tav: return 400;
        default: return 0;  // a final form (ך ם ן ץ) or no letter
    }
}

bool is_hebrew_letter_at(std::string_view text, std::size_t position) noexcept {
    return position + 1 < text.size() && static_cast<unsigned char>(text[position]) == lead_byte &&
           static_cast<unsigned char>(text[position + 1]) >= 0x90 && static_cast<unsigned char>(text[position + 1]) <= 0xAA;
}

// Byte length of a geresh (׳ or ') or a gershayim (״ or ") at `position`; 0 if none.
std::size_t mark_length(std::string_view text, std::size_t position, unsigned char hebrew_mark, char ascii_mark) noexcept {
    if (position < text.size() && text[position] == ascii_mark) return 1;
    if (position + 1 < text.size() && static_cast<unsigned char>(text[position]) == lead_byte &&
        static_cast<unsigned char>(text[position + 1]) == hebrew_mark)
        return 2;
    return 0;
}

enum class mark : unsigned char { none, geresh, gershayim };

// The letters and marks that start a text. 10 letters hold two full groups;
// an 11th makes the run no numeral.
struct letter_run {
    static constexpr std::size_t capacity = 10;
    std::array<unsigned char, capacity> letters{};  // second bytes, ף as פ
    std::array<mark, capacity> mark_after{};
    std::array<std::size_t, capacity> end_of_letter{};  // byte offsets
    std::size_t count = 0;
    bool too_long = false;
};

letter_run read_letter_run(std::string_view text) noexcept {
    letter_run run;
    std::size_t position = 0;
    while (position + 1 < text.size() && static_cast<unsigned char>(text[position]) == lead_byte) {
        const auto second = static_cast<unsigned char>(text[position + 1]);
        if (letter_value(second) == 0) break;
        if (run.count == letter_run::capacity) {
            run.too_long = true;
            break;
        }
        const std::size_t i = run.count++;
        run.letters[i] = second == final_pe ? pe : second;
        position += 2;
        run.end_of_letter[i] = position;
        if (const std::size_t length = mark_length(text, position, gershayim_byte, '"'); length != 0) {
            run.mark_after[i] = mark::gershayim;
            position += length;
        } else if (const std::size_t first = mark_length(text, position, geresh_byte, '\''); first != 0) {
            run.mark_after[i] = mark::geresh;
            position += first;
            position += mark_length(text, position, geresh_byte, '\'');  // the thousands' double geresh
        }
    }
    return run;
}

// The value of letters [first, last] of `run` if they are one group as
// write_group spells it, with no mark inside except a gershayim before the
// last letter; 0 otherwise.
int group_value(const letter_run& run, std::size_t first, std::size_t last) noexcept {
    int sum = 0;
    for (std::size_t i = first; i <= last; ++i) sum += letter_value(run.letters[i]);
    if (sum > 999) return 0;
    const letter_list expected = group_letters(sum);
    if (expected.count != last - first + 1) return 0;
    for (std::size_t i = first; i <= last; ++i) {
        if (run.letters[i] != expected.letters[i - first]) return 0;
        const bool before_last = i + 1 == last;
        if (i < last && run.mark_after[i] != mark::none && !(before_last && run.mark_after[i] == mark::gershayim))
            return 0;
    }
    return sum;
}

std::optional<std::int64_t> read_word_numeral(std::string_view text, std::size_t& consumed) noexcept {
    if (text.starts_with(two_thousand_word) && !is_hebrew_letter_at(text, two_thousand_word.size())) {
        consumed = two_thousand_word.size();
        return 2000;
    }
    if (text.starts_with(thousand_word) && !is_hebrew_letter_at(text, thousand_word.size()) &&
        !text.substr(thousand_word.size()).starts_with(thousands_suffix)) {
        consumed = thousand_word.size();
        return 1000;
    }
    return std::nullopt;
}

}  // namespace

char* write_hebrew_numeral(char* out, std::int64_t value) noexcept {
    if (value < min_hebrew_numeral || value > max_hebrew_numeral) return out;
    const int number = static_cast<int>(value);
    const int thousands = number / 1000;  // [0, 999]
    const int rest = number % 1000;       // [0, 999]
    if (thousands == 0) return write_group(out, rest);
    if (number == 1000) return put_text(out, thousand_word);
    if (number == 2000) return put_text(out, two_thousand_word);
    if (rest == 0) return put_text(write_group(out, thousands), thousands_suffix);
    out = write_group(out, thousands);
    if (thousands > 10 && thousands != 100) out = put(out, geresh_byte);
    return write_group(out, rest);
}

std::optional<std::int64_t> parse_hebrew_numeral(std::string_view text, std::size_t& consumed) noexcept {
    consumed = 0;
    if (const auto word = read_word_numeral(text, consumed)) return word;

    const letter_run run = read_letter_run(text);
    if (run.count == 0 || run.too_long) return std::nullopt;
    const std::size_t last = run.count - 1;
    // After the last letter a geresh belongs to the numeral (א׳), a gershayim does not.
    std::size_t end = run.end_of_letter[last];
    if (run.mark_after[last] == mark::geresh) end += mark_length(text, end, geresh_byte, '\'');
    if (is_hebrew_letter_at(text, end)) return std::nullopt;

    if (const int whole = group_value(run, 0, last); whole != 0) {
        std::int64_t value = whole;
        if (text.substr(end).starts_with(thousands_suffix) && !is_hebrew_letter_at(text, end + thousands_suffix.size())) {
            value *= 1000;
            end += thousands_suffix.size();
        }
        consumed = end;
        return value;
    }
    // Thousands group [0, split], then the rest; the longest thousands group first.
    for (std::size_t split = last; split-- > 0;) {
        const mark boundary = run.mark_after[split];
        if (boundary == mark::gershayim) continue;
        if (boundary == mark::none && letter_value(run.letters[split + 1]) <= letter_value(run.letters[split])) continue;
        const int thousands = group_value(run, 0, split);
        const int rest = thousands == 0 ? 0 : group_value(run, split + 1, last);
        if (rest == 0) continue;
        consumed = end;
        return std::int64_t{thousands} * 1000 + rest;
    }
    return std::nullopt;
}

}  // namespace kalends::detail
