// The pattern syntaxes compiled to one list of pieces: % fields, LDML
// patterns (given, or CLDR's styles and skeletons), and Qt's date tokens.
#include "../ascii.hpp"
#include "../enum_checks.hpp"
#include "../locale/locale_data.hpp"
#include "../locale/skeleton.hpp"
#include "../messages.hpp"
#include "pattern.hpp"

#include <kalends/format.hpp>
#include <kalends/text.hpp>

#include <algorithm>
#include <vector>

namespace kalends {
namespace {

using detail::field_kind;
namespace cldr = detail::cldr;

std::size_t field_size(field_kind kind, bool localized) noexcept {
    switch (kind) {
        case field_kind::literal: return 0;
        case field_kind::month_name:
        case field_kind::weekday_name:
        case field_kind::era_name:
        case field_kind::quarter_name:
        case field_kind::cyclic_year_name:
            return localized ? std::max(detail::max_name_size(), detail::max_number_size)
                             : detail::english_name_size;
        case field_kind::ymd: return max_ymd_size;
        default: return detail::max_number_size;  // a number (detail::is_numeric): a sign and 20 digits, %e's padding inside
    }
}

error_info bad_percent_pattern(std::string_view pattern, const char* wording, std::string_view part = {}) noexcept {
    return error_info(errc::invalid_format, error_field::format, wording)
        .with_text(error_text(pattern))
        .with_part(error_text(part))
        .with_choices(date_format::fields);
}

error_info bad_ldml(std::string_view pattern, const char* wording, std::size_t offset, std::string_view part) noexcept {
    return error_info(errc::invalid_format, error_field::format, wording)
        .with_text(error_text(pattern))
        .with_part(error_text(part))
        .with_value(static_cast<std::int64_t>(offset));
}

// glibc's E modifier: %EC the era's name, %Ey the year of the era, %EY both
// ("Reiwa 7"; the year alone where the calendar has no eras). False for another.
bool add_era_field(date_format_builder& b, char field) {
    switch (field) {
        case 'C': b.field(field_kind::era_name, 1, {}, name_width::abbreviated); return true;
        case 'y': b.field(field_kind::era_year, 1); return true;
        case 'Y':
            add_era_field(b, 'C');
            b.literal_after_era(" ");
            return add_era_field(b, 'y');
        default: return false;
    }
}

result<date_format> compile_percent(std::string_view text, const std::optional<locale>& loc) {
    using detail::number_form;
    date_format_builder b;
    std::size_t literal_start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') continue;
        if (i > literal_start) b.literal(text.substr(literal_start, i - literal_start));
        if (i + 1 == text.size()) return bad_percent_pattern(text, detail::msg::format_lone_percent);
        std::size_t length = 2;  // of the field's text, "%Y"; "%EC" is 3
        switch (text[i + 1]) {
            case 'Y': b.field(field_kind::calendar_year, 4); break;
            case 'y': b.number(field_kind::calendar_year, 2, number_form::last_two_digits); break;
            case 'C': b.field(field_kind::century, 2); break;
            case 'm': b.field(field_kind::month, 2); break;
            case 'd': b.field(field_kind::day, 2); break;
            case 'e': b.number(field_kind::day, 2, number_form::space_padded); break;
            case 'j': b.field(field_kind::day_of_year, 3); break;
            case 'u': b.field(field_kind::iso_weekday, 1); break;
            case 'w': b.field(field_kind::weekday_from_sunday, 1); break;
            case 'G': b.field(field_kind::iso_week_year, 4); break;
            case 'g': b.number(field_kind::iso_week_year, 2, number_form::last_two_digits); break;
            case 'V': b.field(field_kind::iso_week, 2); break;
            case 'U': b.field(field_kind::sunday_week, 2); break;
            case 'W': b.field(field_kind::monday_week, 2); break;
            case 'A': b.field(field_kind::weekday_name, 0, {}, name_width::wide); break;
            case 'a': b.field(field_kind::weekday_name, 0, {}, name_width::abbreviated); break;
            case 'B': b.field(field_kind::month_name, 0, {}, name_width::wide); break;
            case 'b':
            case 'h': b.field(field_kind::month_name, 0, {}, name_width::abbreviated); break;
            case 'D':
                b.field(field_kind::month, 2);
                b.literal("/");
                b.field(field_kind::day, 2);
                b.literal("/");
                b.number(field_kind::calendar_year, 2, number_form::last_two_digits);
                break;
            case 'F': b.field(field_kind::ymd, 0); break;
            case 'E':
                length = 3;
                if (i + 2 == text.size() || !add_era_field(b, text[i + 2])) {
                    return bad_percent_pattern(text, detail::msg::format_unknown_field, text.substr(i, 3));
                }
                break;
            case 'n': b.literal("\n"); break;
            case 't': b.literal("\t"); break;
            case '%': b.literal("%"); break;
            default: return bad_percent_pattern(text, detail::msg::format_unknown_field, text.substr(i, 2));
        }
        i += length - 1;
        literal_start = i + 1;
    }
    if (literal_start < text.size()) b.literal(text.substr(literal_start));
    b.use_locale(loc);
    return b.finish(text);
}

bool is_ascii_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The width LDML gives a name field of `count` letters: 1..3 abbreviated, 4 wide, 5 narrow, 6 short.
name_width name_width_of(int count) noexcept {
    if (count == 4) return name_width::wide;
    if (count == 5) return name_width::narrow;
    if (count == 6) return name_width::short_form;
    return name_width::abbreviated;
}

// A pattern's numbers= attribute: "hebr" for every number, or "y=jpanyear;d=hanidec" by letter.
detail::numbering numbering_for(char letter, std::string_view numbers, const detail::numbering& fallback) noexcept {
    detail::numbering chosen = fallback;
    while (!numbers.empty()) {
        const std::size_t end = std::min(numbers.find(';'), numbers.size());
        const std::string_view item = numbers.substr(0, end);
        if (item.size() > 2 && item[1] == '=') {
            if (item[0] == letter) chosen = detail::numbering_named(item.substr(2), fallback);
        } else if (!item.empty()) {
            chosen = detail::numbering_named(item, fallback);
        }
        numbers.remove_prefix(std::min(end + 1, numbers.size()));
    }
    return chosen;
}

// LDML's and Qt's yy: a year's last two digits.
detail::number_form two_digits_if(int count) noexcept {
    return count == 2 ? detail::number_form::last_two_digits : detail::number_form::zero_padded;
}

// Adds the field of `count` letters `letter`; false if LDML has no such field of that length.
bool add_ldml_field(date_format_builder& b, char letter, int count, const detail::numbering& digits,
                    int& max_count) {
    const auto text_or_number = [&](field_kind number, field_kind name, name_context context, int most) {
        max_count = most;
        if (count > most) return false;
        if (count <= 2) {
            b.field(number, count, digits);
        } else {
            b.field(name, count, digits, name_width_of(count), context);
        }
        return true;
    };
    const auto number = [&](field_kind kind, int most) {
        max_count = most;
        if (count > most) return false;
        b.field(kind, count, digits);
        return true;
    };
    switch (letter) {
        case 'G':
            max_count = 5;
            if (count > 5) return false;
            b.field(field_kind::era_name, count, digits, name_width_of(count));
            return true;
        case 'y':
            max_count = 19;
            if (count > 19) return false;
            b.number(field_kind::era_year, count, two_digits_if(count), digits);
            return true;
        case 'U':
            // Without cyclic names U is written as y, UU as yy.
            max_count = 5;
            if (count > 5) return false;
            b.field(field_kind::cyclic_year_name, count, digits, name_width_of(count), name_context::format,
                    two_digits_if(count));
            return true;
        case 'u': return number(field_kind::extended_year, 19);
        case 'r': return number(field_kind::related_year, 19);
        case 'Y': return number(field_kind::week_year, 19);
        case 'Q': return text_or_number(field_kind::quarter, field_kind::quarter_name, name_context::format, 5);
        case 'q': return text_or_number(field_kind::quarter, field_kind::quarter_name, name_context::stand_alone, 5);
        case 'M': return text_or_number(field_kind::month, field_kind::month_name, name_context::format, 5);
        case 'L': return text_or_number(field_kind::month, field_kind::month_name, name_context::stand_alone, 5);
        case 'd': return number(field_kind::day, 2);
        case 'D': return number(field_kind::day_of_year, 3);
        case 'F': return number(field_kind::weekday_in_month, 1);
        case 'w': return number(field_kind::week_of_year, 2);
        case 'W': return number(field_kind::week_of_month, 1);
        case 'E':
            max_count = 6;
            if (count > 6) return false;
            b.field(field_kind::weekday_name, count, digits, name_width_of(count));
            return true;
        case 'e':
        case 'c': {
            const auto context = letter == 'c' ? name_context::stand_alone : name_context::format;
            max_count = 6;
            if (count > 6) return false;
            if (count <= 2) {
                b.field(field_kind::local_weekday, count, digits);
            } else {
                b.field(field_kind::weekday_name, count, digits, name_width_of(count), context);
            }
            return true;
        }
        default: return false;
    }
}

// The quoted literal that starts at text[i] (a quote), both syntaxes' rule:
// '' is a quote, '...' literal text in which '' is a quote. Adds the text,
// moves `i` past it and returns false if the quote is never closed.
bool read_quoted(date_format_builder& b, std::string_view text, std::size_t& i) {
    if (i + 1 < text.size() && text[i + 1] == '\'') {
        b.literal("'");
        i += 2;
        return true;
    }
    for (++i; i < text.size(); ++i) {
        if (text[i] != '\'') {
            b.literal(text.substr(i, 1));
        } else if (i + 1 < text.size() && text[i + 1] == '\'') {
            b.literal("'");
            ++i;
        } else {
            ++i;
            return true;
        }
    }
    return false;
}

result<date_format> compile_ldml(std::string_view text, const locale& loc, std::string_view numbers = {}) {
    date_format_builder b;
    const detail::numbering locale_digits = detail::numbering_of(loc);
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\'') {
            const std::size_t open = i;
            if (!read_quoted(b, text, i)) {
                return bad_ldml(text, detail::msg::ldml_unterminated_quote, open, text.substr(open));
            }
            continue;
        }
        if (!is_ascii_letter(c)) {
            b.literal(text.substr(i++, 1));
            continue;
        }
        std::size_t run = i;
        while (run < text.size() && text[run] == c) ++run;
        const int count = static_cast<int>(std::min<std::size_t>(run - i, 255));
        if (date_format::ldml_letters.find(c) == std::string_view::npos) {
            return bad_ldml(text, detail::msg::ldml_unknown_letter, i, text.substr(i, run - i));
        }
        int max_count = 0;
        if (!add_ldml_field(b, c, count, numbering_for(c, numbers, locale_digits), max_count)) {
            return bad_ldml(text, detail::msg::ldml_field_too_long, i, text.substr(i, run - i)).with_max(max_count);
        }
        i = run;
    }
    b.use_locale(loc);
    return b.finish(text);
}

result<date_format> compile_qt(std::string_view text, const locale& loc) {
    date_format_builder b;
    const detail::numbering digits = detail::numbering_of(loc);
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\'') {
            // Qt: an unclosed quote runs to the end of the format.
            static_cast<void>(read_quoted(b, text, i));
            continue;
        }
        std::size_t run = i;
        while (run < text.size() && text[run] == c) ++run;
        std::size_t count = run - i;
        if (c != 'd' && c != 'M' && c != 'y') {
            b.literal(text.substr(i, count));
            i = run;
            continue;
        }
        // Qt reads the longest token first and goes on with the rest of the run.
        while (count > 0) {
            if (c == 'y') {
                if (count >= 4) {
                    b.field(field_kind::calendar_year, 4, digits);
                    count -= 4;
                } else if (count >= 2) {
                    b.number(field_kind::era_year, 2, two_digits_if(2), digits);
                    count -= 2;
                } else {
                    b.literal("y");
                    count -= 1;
                }
                continue;
            }
            const std::size_t token = std::min<std::size_t>(count, 4);
            const auto kind = c == 'd' ? (token <= 2 ? field_kind::day : field_kind::weekday_name)
                                       : (token <= 2 ? field_kind::month : field_kind::month_name);
            const auto width = token == 4 ? name_width::wide : name_width::abbreviated;
            b.field(kind, static_cast<int>(token <= 2 ? token : 0), digits, width);
            count -= token;
        }
        i = run;
    }
    b.use_locale(loc);
    return b.finish(text);
}

}  // namespace

// --- the builder ---

void date_format_builder::literal(std::string_view text) {
    if (text.empty()) return;
    // Adjacent literal text is one piece (but for text written only after an era).
    if (!f.pieces_.empty() && detail::kind_of(f.pieces_.back()) == field_kind::literal &&
        detail::form_of(f.pieces_.back()) != detail::number_form::only_with_era) {
        f.pieces_.back().length += static_cast<std::uint32_t>(text.size());  // literals_ is contiguous
    } else {
        date_format::piece p;
        p.start = static_cast<std::uint32_t>(f.literals_.size());
        p.length = static_cast<std::uint32_t>(text.size());
        f.pieces_.push_back(p);
    }
    f.literals_ += text;
}

void date_format_builder::field(field_kind kind, int count, const detail::numbering& digits, name_width width,
                                name_context context, detail::number_form form) {
    date_format::piece p;
    p.kind = static_cast<std::uint8_t>(kind);
    p.count = static_cast<std::uint8_t>(count);
    p.width = static_cast<std::uint8_t>(width);
    p.context = static_cast<std::uint8_t>(context);
    p.numbering = static_cast<std::uint8_t>(digits.type);
    p.digits = digits.digits;
    p.form = static_cast<std::uint8_t>(form);
    if (kind == field_kind::day_of_year || kind == field_kind::sunday_week || kind == field_kind::monday_week) {
        f.needs_day_of_year_ = true;
    }
    f.pieces_.push_back(p);
}

void date_format_builder::number(field_kind kind, int count, detail::number_form form,
                                 const detail::numbering& digits) {
    field(kind, count, digits, name_width::wide, name_context::format, form);
}

void date_format_builder::literal_after_era(std::string_view text) {
    date_format::piece p;
    p.start = static_cast<std::uint32_t>(f.literals_.size());
    p.length = static_cast<std::uint32_t>(text.size());
    p.form = static_cast<std::uint8_t>(detail::number_form::only_with_era);
    f.pieces_.push_back(p);
    f.literals_ += text;
}

void date_format_builder::use_locale(const std::optional<locale>& loc) { f.locale_ = loc; }

date_format date_format_builder::finish(std::string_view pattern) {
    f.pattern_ = std::string(pattern);
    f.max_size_ = 0;
    for (const date_format::piece& p : f.pieces_) {
        f.max_size_ += detail::kind_of(p) == field_kind::literal ? p.length
                                                                  : field_size(detail::kind_of(p), f.locale_.has_value());
    }
    return std::move(f);
}

std::size_t detail::max_name_size() noexcept {
    // Computed once from the tables (a pass over the string offsets); a leap
    // month's pattern wraps a name, so twice the longest string bounds it.
    static const std::size_t size = [] {
        std::size_t longest = 0;
        for (std::size_t i = 0; i < cldr::string_count; ++i) {
            longest = std::max<std::size_t>(longest, cldr::string_offsets[i + 1] - cldr::string_offsets[i]);
        }
        return 2 * longest;
    }();
    return size;
}

// --- the public constructors ---

date_format::date_format(std::string_view pattern) : date_format(compile_percent(pattern, std::nullopt).value()) {}
date_format::date_format(std::string_view pattern, const locale& loc)
    : date_format(compile_percent(pattern, loc).value()) {}

result<date_format> date_format::try_compile(std::string_view pattern) { return compile_percent(pattern, std::nullopt); }
result<date_format> date_format::try_compile(std::string_view pattern, const locale& loc) {
    return compile_percent(pattern, loc);
}

result<date_format> date_format::try_from_ldml(std::string_view pattern, const locale& loc) {
    return compile_ldml(pattern, loc);
}
date_format date_format::from_ldml(std::string_view pattern, const locale& loc) {
    return try_from_ldml(pattern, loc).value();
}

std::optional<date_style> parse_date_style(std::string_view text) noexcept {
    using detail::ascii_iequals;
    if (ascii_iequals(text, "full")) return date_style::full;
    if (ascii_iequals(text, "long")) return date_style::long_form;
    if (ascii_iequals(text, "medium")) return date_style::medium;
    if (ascii_iequals(text, "short")) return date_style::short_form;
    return std::nullopt;
}

result<date_format> date_format::try_from_style(date_style style, const locale& loc, const calendar& cal) {
    if (auto failure = detail::check_enum(style)) return *failure;
    const auto index = static_cast<std::size_t>(style);
    const detail::localized_calendar names = detail::localize(loc, cal);
    const std::string_view pattern = cldr::list_entry(names.record->date_formats, index);
    if (pattern.empty()) {
        return error_info(errc::invalid_format, error_field::format, detail::msg::style_missing)
            .with_text(error_text(loc.tag()));
    }
    return compile_ldml(pattern, loc, cldr::list_entry(names.record->date_format_numbers, index));
}
date_format date_format::from_style(date_style style, const locale& loc, const calendar& cal) {
    return try_from_style(style, loc, cal).value();
}

result<date_format> date_format::try_from_skeleton(std::string_view skeleton, const locale& loc, const calendar& cal) {
    const detail::localized_calendar names = detail::localize(loc, cal);
    std::vector<std::string_view> available;
    for (const cldr::id_type id : cldr::list_at(names.record->available_formats)) {
        available.push_back(cldr::string_at(id));
    }
    const auto pattern = detail::pattern_for_skeleton(skeleton, available);
    if (!pattern) {
        return error_info(errc::invalid_format, error_field::format, detail::msg::skeleton_no_match)
            .with_text(error_text(skeleton))
            .with_part(error_text(loc.tag()));
    }
    return compile_ldml(*pattern, loc);
}
date_format date_format::from_skeleton(std::string_view skeleton, const locale& loc, const calendar& cal) {
    return try_from_skeleton(skeleton, loc, cal).value();
}

result<date_format> date_format::try_from_qt(std::string_view pattern, const locale& loc) {
    return compile_qt(pattern, loc);
}
date_format date_format::from_qt(std::string_view pattern, const locale& loc) {
    return try_from_qt(pattern, loc).value();
}

}  // namespace kalends
