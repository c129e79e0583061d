// Skeleton matching (skeleton.hpp). The kinds and distances are ICU's
// (dtptngen.cpp, dtTypes and DateTimeMatcher::getDistance), so that the same
// data gives the same choice; the code is kalends' own.
#include "skeleton.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace kalends::detail {
namespace {

// ICU's UDateTimePatternField order, date fields only. The order matters
// only for the tie rule in best_entry (missing-field masks are compared).
enum field : std::uint8_t {
    era,
    year,
    quarter,
    month,
    week_of_year,
    week_of_month,
    weekday,
    day_of_year,
    weekday_of_month,
    day,
    field_count
};

// Width classes. Text kinds are negative and numeric ones positive, so the
// sign tells numeric from text; letters of one field type are offset by
// `step` from each other, less than any change of width class.
constexpr int numeric = 0x100;
constexpr int narrow = -0x101;
constexpr int shorter = -0x102;
constexpr int short_text = -0x103;
constexpr int long_text = -0x104;
constexpr int step = 0x10;
constexpr int missing_cost = 0x1000;
constexpr int extra_cost = 0x10000;

// ICU keeps field lengths in 8 bits.
constexpr std::size_t max_field_length = 127;

// One width class of one letter, used from `min_length` letters on.
struct letter_width {
    char letter;
    field type;
    int kind;
    std::size_t min_length;
};

// Grouped by letter, each letter's rows by increasing min_length.
constexpr letter_width letter_widths[] = {
    {'G', era, short_text, 1},
    {'G', era, long_text, 4},
    {'G', era, narrow, 5},
    {'y', year, numeric, 1},
    {'Y', year, numeric + step, 1},
    {'u', year, numeric + 2 * step, 1},
    {'r', year, numeric + 3 * step, 1},
    {'U', year, short_text, 1},
    {'U', year, long_text, 4},
    {'U', year, narrow, 5},
    {'Q', quarter, numeric, 1},
    {'Q', quarter, short_text, 3},
    {'Q', quarter, long_text, 4},
    {'Q', quarter, narrow, 5},
    {'q', quarter, numeric + step, 1},
    {'q', quarter, short_text - step, 3},
    {'q', quarter, long_text - step, 4},
    {'q', quarter, narrow - step, 5},
    {'M', month, numeric, 1},
    {'M', month, short_text, 3},
    {'M', month, long_text, 4},
    {'M', month, narrow, 5},
    {'L', month, numeric + step, 1},
    {'L', month, short_text - step, 3},
    {'L', month, long_text - step, 4},
    {'L', month, narrow - step, 5},
    {'l', month, numeric + step, 1},
    {'w', week_of_year, numeric, 1},
    {'W', week_of_month, numeric, 1},
    {'E', weekday, short_text, 1},
    {'E', weekday, long_text, 4},
    {'E', weekday, narrow, 5},
    {'E', weekday, shorter, 6},
    {'c', weekday, numeric + 2 * step, 1},
    {'c', weekday, short_text - 2 * step, 3},
    {'c', weekday, long_text - 2 * step, 4},
    {'c', weekday, narrow - 2 * step, 5},
    {'c', weekday, shorter - 2 * step, 6},
    {'e', weekday, numeric + step, 1},
    {'e', weekday, short_text - step, 3},
    {'e', weekday, long_text - step, 4},
    {'e', weekday, narrow - step, 5},
    {'e', weekday, shorter - step, 6},
    {'d', day, numeric, 1},
    {'g', day, numeric + step, 1},
    {'D', day_of_year, numeric, 1},
    {'F', weekday_of_month, numeric, 1},
};

// The row for `length` repetitions of `letter`, or nullptr if it is no date field.
const letter_width* find_width(char letter, std::size_t length) noexcept {
    const letter_width* found = nullptr;
    for (const auto& row : letter_widths) {
        if (row.letter == letter && row.min_length <= length) {
            found = &row;
        }
    }
    return found;
}

// A numeric field's length is part of its kind, so that "yy" is nearer to
// "y" than to "yyyy"; a text field's length is only its width class.
int kind_of(const letter_width& row, std::size_t length) noexcept {
    return row.kind > 0 ? row.kind + static_cast<int>(length) : row.kind;
}

bool is_ascii_letter(char c) noexcept {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// The length of the run of equal characters that starts at `at`.
std::size_t run_length(std::string_view text, std::size_t at) noexcept {
    std::size_t end = at + 1;
    while (end < text.size() && text[end] == text[at]) {
        ++end;
    }
    return end - at;
}

// A skeleton's fields; kind 0 marks a field that is not there.
struct field_set {
    std::array<int, field_count> kind{};
    std::array<char, field_count> letter{};
    std::array<std::size_t, field_count> length{};
};

std::optional<field_set> parse_skeleton(std::string_view skeleton) {
    if (skeleton.empty()) {
        return std::nullopt;
    }
    field_set fields;
    for (std::size_t at = 0; at < skeleton.size();) {
        const std::size_t length = run_length(skeleton, at);
        const letter_width* row = find_width(skeleton[at], length);
        if (row == nullptr || length > max_field_length || fields.kind[row->type] != 0) {
            return std::nullopt;
        }
        fields.kind[row->type] = kind_of(*row, length);
        fields.letter[row->type] = skeleton[at];
        fields.length[row->type] = length;
        at += length;
    }
    return fields;
}

struct distance {
    int value = 0;
    unsigned missing = 0;  // bit per field the entry lacks
    unsigned extra = 0;    // bit per field the entry has and the request does not
};

distance distance_between(const field_set& request, const field_set& entry) noexcept {
    distance d;
    for (std::size_t f = 0; f < field_count; ++f) {
        const int wanted = request.kind[f];
        const int offered = entry.kind[f];
        if (wanted == offered) {
            continue;
        }
        if (wanted == 0) {
            d.value += extra_cost;
            d.extra |= 1U << f;
        } else if (offered == 0) {
            d.value += missing_cost;
            d.missing |= 1U << f;
        } else {
            d.value += std::abs(wanted - offered);
        }
    }
    return d;
}

struct chosen_entry {
    field_set skeleton;
    std::string_view pattern;
    bool from_locale;  // false for a lone letter: it has no skeleton of its own to respect
    // Read through std::optional<chosen_entry>, which cppcheck does not follow.
    // cppcheck-suppress unusedStructMember
    distance how_far;
};

// ICU makes every one of these fields available alone as its letter, so
// that "QQQQ" or "G" find a pattern in any locale. A locale entry of the same
// field and kind ("E" = "ccc", "M" = "L") takes the letter's place.
constexpr std::string_view lone_letters = "GyQMwWEDFd";

field_set lone(char letter) noexcept {
    field_set fields;
    const letter_width* row = find_width(letter, 1);
    fields.kind[row->type] = kind_of(*row, 1);
    fields.letter[row->type] = letter;
    fields.length[row->type] = 1;
    return fields;
}

// A bit per lone letter that a locale entry replaces.
unsigned lone_letters_replaced(std::span<const std::string_view> available) {
    unsigned replaced = 0;
    for (std::size_t i = 0; i + 1 < available.size(); i += 2) {
        const auto entry = parse_skeleton(available[i]);
        for (std::size_t l = 0; entry && l < lone_letters.size(); ++l) {
            if (entry->kind == lone(lone_letters[l]).kind) {
                replaced |= 1U << l;
            }
        }
    }
    return replaced;
}

// The nearest entry, searched as ICU does: lone letters first, then the
// locale's entries in their order. On a tie the earlier one stays unless the
// later lacks fields of a higher index, a rule that matters only when the
// winner is incomplete; it is kept so that "nearest" means the same in both.
std::optional<chosen_entry> best_entry(const field_set& request, std::span<const std::string_view> available) {
    std::optional<chosen_entry> best;
    const auto consider = [&](const field_set& entry, std::string_view pattern, bool from_locale) {
        const distance d = distance_between(request, entry);
        if (!best || d.value < best->how_far.value ||
            (d.value == best->how_far.value && best->how_far.missing < d.missing)) {
            best = chosen_entry{entry, pattern, from_locale, d};
        }
        return d.value == 0;
    };
    const unsigned replaced = lone_letters_replaced(available);
    for (std::size_t l = 0; l < lone_letters.size(); ++l) {
        if ((replaced & (1U << l)) == 0 && consider(lone(lone_letters[l]), lone_letters.substr(l, 1), false)) {
            return best;
        }
    }
    for (std::size_t i = 0; i + 1 < available.size(); i += 2) {
        const auto entry = parse_skeleton(available[i]);
        // No entry: a time skeleton or a count variant, not ours to match.
        if (entry && consider(*entry, available[i + 1], true)) {
            return best;
        }
    }
    return best;
}

// Appends the quoted literal that starts at `at` ('' inside it is a quote;
// '' alone is one too) and returns the index after it.
std::size_t copy_quoted(std::string_view pattern, std::size_t at, std::string& out) {
    std::size_t end = at + 1;
    if (end < pattern.size() && pattern[end] == '\'') {
        end += 1;
    } else {
        while (end < pattern.size()) {
            if (pattern[end] == '\'') {
                if (end + 1 < pattern.size() && pattern[end + 1] == '\'') {
                    end += 2;
                    continue;
                }
                end += 1;
                break;
            }
            ++end;
        }
    }
    out.append(pattern.substr(at, end - at));
    return end;
}

// One pattern field rewritten for the request (§2.6.2.1, as ICU's adjustFieldTypes).
void append_adjusted(const letter_width& in_pattern, std::size_t pattern_length, const field_set& request,
                     const chosen_entry& entry, std::string& out) {
    const field type = in_pattern.type;
    const char requested_letter = request.letter[type];
    std::size_t requested_length = request.length[type];
    if (requested_letter == 'E' && requested_length < 3) {
        requested_length = 3;  // E and EE mean EEE
    }
    std::size_t length = requested_length;
    // A lone letter always takes the requested length; so do c and e, whose
    // lengths 1 and 2 are numeric forms and not abbreviations of ccc.
    if (entry.from_locale && requested_letter != 'c' && requested_letter != 'e') {
        const bool pattern_numeric = in_pattern.kind > 0;
        const bool requested_numeric = request.kind[type] > 0;
        // The entry's own skeleton already asked for this length: the locale chose the pattern's.
        if (entry.skeleton.length[type] == requested_length || pattern_numeric != requested_numeric) {
            length = pattern_length;
        }
    }
    // Month, weekday and year letters carry the locale's choice of form (L, c,
    // u); other fields take the requested letter (q for Q, g for d).
    const bool keep_pattern_letter =
        type == month || type == weekday || (type == year && requested_letter != 'Y');
    char letter = keep_pattern_letter ? in_pattern.letter : requested_letter;
    if (letter == 'E' && length < 3) {
        letter = 'e';  // a numeric weekday: E has no numeric form
    }
    out.append(length, letter);
}

std::string adjust_field_lengths(const chosen_entry& entry, const field_set& request) {
    const std::string_view pattern = entry.pattern;
    std::string out;
    out.reserve(pattern.size() + 8);
    for (std::size_t at = 0; at < pattern.size();) {
        const char c = pattern[at];
        if (c == '\'') {
            at = copy_quoted(pattern, at, out);
            continue;
        }
        if (!is_ascii_letter(c)) {
            out.push_back(c);  // also each byte of a multi-byte UTF-8 character
            ++at;
            continue;
        }
        const std::size_t length = run_length(pattern, at);
        const letter_width* row = find_width(c, length);
        if (row != nullptr && request.kind[row->type] != 0) {
            append_adjusted(*row, length, request, entry, out);
        } else {
            out.append(pattern.substr(at, length));  // a time field, or a field the request lacks
        }
        at += length;
    }
    return out;
}

}  // namespace

std::optional<std::string> pattern_for_skeleton(std::string_view skeleton, std::span<const std::string_view> available) {
    const auto request = parse_skeleton(skeleton);
    if (!request) {
        return std::nullopt;
    }
    const auto best = best_entry(*request, available);
    if (!best || best->how_far.missing != 0 || best->how_far.extra != 0) {
        return std::nullopt;  // ICU would combine pieces with appendItems here
    }
    return adjust_field_lengths(*best, *request);
}

}  // namespace kalends::detail
