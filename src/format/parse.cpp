// The one parser of every pattern syntax: a date text read piece by piece
// against a compiled date_format, then the fields resolved to a date of the
// calendar (years of eras, year-aware month names), strictly or leniently.
#include "../date_internal.hpp"
#include "../diagnostics.hpp"
#include "../locale/locale_data.hpp"
#include "../locale/numbering.hpp"
#include "../messages.hpp"
#include "../utf8.hpp"
#include "case_fold.hpp"
#include "name_index.hpp"
#include "pattern.hpp"
#include "related_year.hpp"

#include <kalends/format.hpp>
#include <kalends/text.hpp>
#include <kalends/week.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <climits>
#include <optional>
#include <span>

namespace kalends {
namespace {

using detail::field_kind;
using detail::match_name;
namespace cldr = detail::cldr;

// What the text gave, field by field.
struct fields_read {
    std::optional<std::string_view> era;
    std::optional<std::int64_t> era_year;
    bool two_digit_year = false;
    std::optional<std::int64_t> extended_year;
    std::optional<std::int64_t> calendar_year;
    std::optional<std::int64_t> short_year;  // %y: the calendar year's last two digits
    std::optional<std::int64_t> century;     // %C
    std::optional<std::int64_t> related_year;  // the Gregorian year the calendar year begins in
    std::optional<int> cycle_year;             // the year's place in the 60-year cycle, from its name
    std::optional<std::int64_t> month;
    std::optional<int> month_type;  // a month name's CLDR type
    std::string_view month_text;
    std::optional<std::int64_t> day;
    std::optional<std::int64_t> day_of_year;
    std::optional<int> weekday;  // ISO, 1 = Monday
    std::string_view weekday_text;
    std::optional<std::int64_t> iso_week_year;
    std::optional<std::int64_t> short_iso_week_year;  // %g
    std::optional<std::int64_t> iso_week;
    std::optional<std::int64_t> sunday_week;  // %U
    std::optional<std::int64_t> monday_week;  // %W
};

class text_reader {
public:
    text_reader(std::string_view text, parse_mode mode) : text_(text), mode_(mode) {}

    [[nodiscard]] std::string_view rest() const noexcept { return text_.substr(pos_); }
    [[nodiscard]] std::size_t position() const noexcept { return pos_; }
    void advance(std::size_t bytes) noexcept { pos_ += bytes; }

    // Literal text: exactly (strict), or ignoring case and the amount of white space (lenient).
    bool literal(std::string_view expected) noexcept {
        if (mode_ == parse_mode::strict) {
            if (rest().substr(0, expected.size()) != expected) return false;
            pos_ += expected.size();
            return true;
        }
        std::size_t e = 0;
        while (e < expected.size()) {
            if (expected[e] == ' ') {
                while (e < expected.size() && expected[e] == ' ') ++e;
                while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
                continue;
            }
            const std::size_t matched = match_name(rest(), expected.substr(e, 1));
            if (matched == 0) return false;
            pos_ += matched;
            ++e;
        }
        return true;
    }

    [[nodiscard]] error_info failure(const char* wording, std::string_view part) const noexcept {
        return error_info(errc::invalid_date_text, error_field::date_text, wording)
            .with_text(error_text(text_))
            .with_part(error_text(part))
            .with_value(static_cast<std::int64_t>(pos_));
    }

private:
    std::string_view text_;
    parse_mode mode_;
    std::size_t pos_ = 0;
};

const char* field_name(field_kind kind) noexcept {
    switch (kind) {
        case field_kind::calendar_year:
        case field_kind::century:
        case field_kind::era_year:
        case field_kind::cyclic_year_name:
        case field_kind::extended_year:
        case field_kind::related_year:
        case field_kind::week_year: return "the year";
        case field_kind::iso_week_year: return "the ISO week-based year";
        case field_kind::month:
        case field_kind::month_name: return "the month";
        case field_kind::day:
        case field_kind::ymd: return "the day";
        case field_kind::day_of_year: return "the day of the year";
        case field_kind::weekday_name:
        case field_kind::local_weekday:
        case field_kind::iso_weekday:
        case field_kind::weekday_from_sunday:
        case field_kind::weekday_in_month: return "the weekday";
        case field_kind::era_name: return "the era";
        case field_kind::quarter:
        case field_kind::quarter_name: return "the quarter";
        case field_kind::iso_week: return "the ISO week";
        case field_kind::sunday_week: return "the week from Sunday";
        case field_kind::monday_week: return "the week from Monday";
        case field_kind::literal:
        case field_kind::week_of_year:
        case field_kind::week_of_month: break;
    }
    return "the week";
}

// True if `text` has a digit on both sides of byte `at`: a name that ends
// there ("아달 2", Korean for Adar II) would cut a number ("아달 23").
bool splits_number(std::string_view text, std::size_t at) noexcept {
    if (at == 0 || at >= text.size()) return false;
    const auto next = static_cast<unsigned char>(text[at]);
    if (next < 0x80 && (next < '0' || next > '9')) return false;  // the common case: a space, a letter
    if (!detail::digit_at(text.substr(at))) return false;
    std::size_t start = at - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u) --start;
    return detail::digit_at(text.substr(start, at - start)).has_value();
}

// The bytes of the name at the start of `text`, if it is whole (see splits_number); 0 if not.
std::size_t match_whole_name(std::string_view text, std::string_view name) noexcept {
    const std::size_t length = match_name(text, name);
    return splits_number(text, length) ? 0 : length;
}

// The same for a name of the name index.
std::size_t match_whole_name(std::string_view text, const detail::name_index& index,
                             const detail::name_index::entry& e) noexcept {
    const std::size_t length = index.match(text, e);
    return splits_number(text, length) ? 0 : length;
}

// The names found at the start of a text, longest first,
// one per length: a shorter one is tried when the longer leaves text that
// does not match the rest of the pattern ("아달 2" is Adar II, or Adar and a day).
struct name_match {
    std::size_t index = 0;
    std::size_t length = 0;
    std::string_view era;  // an era name's code
    bool leap = false;     // a month name inside the locale's leap-month pattern
};
class name_matches {
public:
    void add(const name_match& m) noexcept {
        if (m.length == 0) return;
        std::size_t at = 0;
        while (at < count_ && matches_[at].length > m.length) ++at;
        if (at < count_ && matches_[at].length == m.length) return;  // the first found of a length
        if (count_ == matches_.size()) {
            if (at == count_) return;
            --count_;  // the shortest gives way
        }
        for (std::size_t i = count_; i > at; --i) matches_[i] = matches_[i - 1];
        matches_[at] = m;
        ++count_;
    }
    [[nodiscard]] std::span<const name_match> all() const noexcept { return {matches_.data(), count_}; }
    // Drops the shorter matches `keep` refuses (the longest stays: its error is the one reported).
    template <class Keep>
    void keep_longest_and(Keep keep) {
        std::size_t kept = count_ == 0 ? 0 : 1;
        for (std::size_t k = 1; k < count_; ++k) {
            if (keep(matches_[k])) matches_[kept++] = matches_[k];
        }
        count_ = kept;
    }

private:
    std::array<name_match, 4> matches_{};
    std::size_t count_ = 0;
};
template <class T>
bool store(std::optional<T>& slot, T value) noexcept {
    if (slot && *slot != value) return false;
    slot = value;
    return true;
}

// Today (UTC) in `cal`, if its range holds it: the reference of the years a text names only in part.
result<date_parts> today_in(const calendar& cal) {
    return cal.try_from_sys_days(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

// A two-digit year as ICU reads it: within the 80 years before and 20 after
// today's year, of its era (LDML's yy) or the calendar's own number (%y, %g).
std::int64_t widen_two_digit_year(const calendar& cal, std::int64_t two_digits, bool of_era) {
    const auto today = today_in(cal);
    std::int64_t this_year = 2000;
    if (today) this_year = of_era ? cal.try_era_of(*today).value_or(era_year{"", today->year}).year : today->year;
    std::int64_t year = this_year - 80;
    year += ((two_digits - year) % 100 + 100) % 100;
    return year;
}

// The year named only by its place in the 60-year cycle, as ICU reads it:
// in the cycle that holds today's year. nullopt if the calendar has no cycle.
std::optional<std::int64_t> year_of_cycle_year(const calendar& cal, int cycle_year) {
    const auto today = today_in(cal);
    if (!today) return std::nullopt;
    const auto this_cycle_year = cal.try_cycle_year(today->year);
    if (!this_cycle_year) return std::nullopt;
    return std::int64_t{today->year} - (*this_cycle_year - 1) + (cycle_year - 1);
}

}  // namespace

namespace {

// One reading of a text against a compiled pattern: its pieces in order,
// then the fields resolved to a date of the calendar. A name that could
// end at more than one place opens alternatives, tried longest first; if
// none reads, the error is the one of the first (longest-name) reading.
class pattern_reader {
public:
    pattern_reader(std::span<const date_format::piece> pieces, std::string_view literals, std::string_view text,
                   const calendar& cal, const locale& loc, parse_mode mode) noexcept
        : pieces_(pieces), literals_(literals), text_(text), cal_(cal), loc_(loc), mode_(mode),
          names_(detail::localize(loc, cal)),
          has_cyclic_names_(names_.names != nullptr && !cldr::list_at(names_.record->cyclic_years).empty()),
          numeric_leap_(detail::numeric_leap_pattern_of(names_)) {}

    [[nodiscard]] result<date_parts> read(std::size_t first, text_reader reader, fields_read got,
                                          const char* conflict) const;

private:
    using piece = date_format::piece;

    [[nodiscard]] name_matches names_at(field_kind kind, std::string_view rest) const;
    [[nodiscard]] std::optional<int> read_month_by_code(text_reader& reader, const detail::numbering& numbering,
                                                        int max_digits) const noexcept;
    [[nodiscard]] static const char* take_name(field_kind kind, const name_match& match, std::string_view rest,
                                               fields_read& got) noexcept;
    [[nodiscard]] result<date_parts> resolve(fields_read got) const;
    [[nodiscard]] result<std::optional<int>> year_of(const fields_read& got) const;
    [[nodiscard]] result<date_parts> resolve_week(const fields_read& got, std::optional<int> calendar_year) const;
    [[nodiscard]] std::optional<error_info> check_weeks(const fields_read& got, const date_parts& parts,
                                                        std::int64_t jdn) const;
    [[nodiscard]] error_info text_error(const char* wording) const noexcept {
        return error_info(errc::invalid_date_text, error_field::date_text, wording).with_text(error_text(text_));
    }
    // The text gives `given` for `field`, while the date it resolves to has `actual`.
    [[nodiscard]] error_info field_disagrees(const char* field, std::int64_t given, std::int64_t actual,
                                             const date_parts& date) const noexcept {
        return text_error(detail::msg::text_field_disagrees)
            .with_part(error_text(field))
            .with_value(given)
            .with_max(actual)
            .with_context({date.year, date.month, date.day, 0});
    }
    // The value read for `kind` lies outside min..max.
    [[nodiscard]] error_info field_out_of_range(field_kind kind, std::int64_t value, std::int64_t min,
                                                std::int64_t max) const noexcept {
        return text_error(detail::msg::text_field_out_of_range)
            .with_part(error_text(field_name(kind)))
            .with_value(value)
            .with_min(min)
            .with_max(max);
    }

    std::span<const piece> pieces_;
    std::string_view literals_;
    std::string_view text_;
    const calendar& cal_;
    const locale& loc_;
    parse_mode mode_;
    detail::localized_calendar names_;
    bool has_cyclic_names_;        // U reads a name (甲子), not a number
    std::optional<detail::placeholder_split> numeric_leap_;  // months numbered by code, a leap month so ("闰{0}")
};

result<date_parts> pattern_reader::read(std::size_t first, text_reader reader, fields_read got,
                                        const char* conflict) const {
    for (std::size_t i = first; i < pieces_.size(); ++i) {
        const piece& p = pieces_[i];
        const field_kind kind = detail::kind_of(p);
        if (kind == field_kind::literal) {
            // The space of %EY follows an era's name, and is not there without one.
            if (detail::form_of(p) == detail::number_form::only_with_era && !got.era) continue;
            const std::string_view expected = literals_.substr(p.start, p.length);
            if (!reader.literal(expected)) return reader.failure(detail::msg::text_expected_literal, expected);
            continue;
        }
        if (kind == field_kind::ymd) {
            // YYYY-MM-DD: the year may be negative, the parts are read as they stand.
            const std::string_view rest = reader.rest();
            std::size_t end = 0;
            while (end < rest.size() && (rest[end] == '-' || (rest[end] >= '0' && rest[end] <= '9'))) ++end;
            const ymd_text ymd = parse_ymd(rest.substr(0, end));
            if (ymd.status != text_status::ok) return reader.failure(detail::msg::text_expected_number, "YYYY-MM-DD");
            if (!store(got.calendar_year, std::int64_t{ymd.year}) || !store(got.month, std::int64_t{ymd.month}) ||
                !store(got.day, std::int64_t{ymd.day})) {
                conflict = "the date";
            }
            reader.advance(end);
            continue;
        }
        const bool names_field = kind == field_kind::month_name || kind == field_kind::weekday_name ||
                                 kind == field_kind::era_name || kind == field_kind::quarter_name ||
                                 (kind == field_kind::cyclic_year_name && has_cyclic_names_);
        if (!names_field || (kind == field_kind::month_name && names_.names == nullptr)) {
            // Adjacent numbers ("yyyyMMdd") take their pattern's widths.
            const bool adjacent = i + 1 < pieces_.size() && detail::is_numeric(detail::kind_of(pieces_[i + 1]));
            const bool year = kind == field_kind::calendar_year || kind == field_kind::era_year ||
                              kind == field_kind::cyclic_year_name || kind == field_kind::extended_year ||
                              kind == field_kind::related_year;
            const detail::number_form form = detail::form_of(p);
            const bool two_digits = form == detail::number_form::last_two_digits;
            // %e: its padding spaces, as many as it has, count in its width.
            int spaces = 0;
            while (form == detail::number_form::space_padded && spaces + 1 < p.count &&
                   reader.rest().starts_with(' ')) {
                reader.advance(1);
                ++spaces;
            }
            const int max_digits = adjacent ? std::max<int>(p.count - spaces, 1) : (two_digits ? 2 : 0);
            const detail::numbering numbering = detail::numbering_of(p);
            if (kind == field_kind::month && numeric_leap_) {
                const std::size_t start = reader.position();
                const auto type = read_month_by_code(reader, numbering, max_digits);
                if (!type) return reader.failure(detail::msg::text_expected_number, field_name(kind));
                got.month_text = text_.substr(start, reader.position() - start);
                if (!store(got.month_type, *type)) conflict = field_name(kind);
                continue;
            }
            const bool signed_number = !two_digits && (kind == field_kind::calendar_year || kind == field_kind::century ||
                                                       kind == field_kind::iso_week_year ||
                                                       kind == field_kind::extended_year || kind == field_kind::related_year);
            const auto number = detail::read_number_at(reader.rest(), max_digits, signed_number, numbering);
            if (!number) return reader.failure(detail::msg::text_expected_number, field_name(kind));
            std::int64_t value = number->value;
            if (year && numbering.type == detail::numbering::kind::hebrew && number->digits == 1) {
                value = detail::hebrew_year_from_numeral(value);
            }
            bool ok = true;
            switch (kind) {
                case field_kind::calendar_year: ok = store(two_digits ? got.short_year : got.calendar_year, value); break;
                case field_kind::century: ok = store(got.century, value); break;
                case field_kind::era_year:
                case field_kind::cyclic_year_name:  // without names, U reads as y
                    got.two_digit_year = two_digits && number->digits <= 2;
                    ok = store(got.era_year, value);
                    break;
                case field_kind::extended_year: ok = store(got.extended_year, value); break;
                case field_kind::related_year: ok = store(got.related_year, value); break;
                case field_kind::iso_week_year:
                    ok = store(two_digits ? got.short_iso_week_year : got.iso_week_year, value);
                    break;
                case field_kind::month:
                case field_kind::month_name: ok = store(got.month, value); break;
                case field_kind::day: ok = store(got.day, value); break;
                case field_kind::day_of_year: ok = store(got.day_of_year, value); break;
                case field_kind::iso_weekday:
                case field_kind::weekday_from_sunday: {
                    // %u counts 1..7 from Monday, %w 0..6 from Sunday.
                    const std::int64_t lowest = kind == field_kind::iso_weekday ? 1 : 0;
                    if (value < lowest || value > lowest + 6) {
                        return field_out_of_range(kind, value, lowest, lowest + 6);
                    }
                    got.weekday_text = reader.rest().substr(0, number->length);
                    ok = store(got.weekday, value == 0 ? 7 : static_cast<int>(value));
                    break;
                }
                case field_kind::iso_week: ok = store(got.iso_week, value); break;
                case field_kind::sunday_week: ok = store(got.sunday_week, value); break;
                case field_kind::monday_week: ok = store(got.monday_week, value); break;
                case field_kind::week_year:
                case field_kind::weekday_in_month:
                case field_kind::local_weekday:
                case field_kind::quarter:
                case field_kind::week_of_year:
                case field_kind::week_of_month:  // the locale's weeks, quarters: read, not checked
                case field_kind::literal:        // not numbers
                case field_kind::weekday_name:
                case field_kind::era_name:
                case field_kind::quarter_name:
                case field_kind::ymd: break;
            }
            if (!ok) conflict = field_name(kind);
            reader.advance(number->length);
            continue;
        }
        name_matches matches = names_at(kind, reader.rest());
        if (mode_ == parse_mode::strict) {
            // A shorter name is an alternative only if what follows it can be read:
            // the pattern's next literal as written, or the end of the text.
            const std::string_view rest = reader.rest();
            matches.keep_longest_and([&](const name_match& m) {
                const std::string_view after = rest.substr(m.length);
                if (i + 1 == pieces_.size()) return after.empty();
                const piece& next = pieces_[i + 1];
                return detail::kind_of(next) != field_kind::literal ||
                       after.starts_with(literals_.substr(next.start, next.length));
            });
        }
        if (matches.all().empty()) {
            // A calendar without eras writes its era as nothing, and reads it so.
            if (kind == field_kind::era_name && cal_.era_codes().empty()) continue;
            return reader.failure(detail::msg::text_expected_name, field_name(kind));
        }
        if (matches.all().size() == 1) {
            // One reading: no alternative to come back to.
            const name_match& match = matches.all().front();
            if (const char* name_conflict = take_name(kind, match, reader.rest(), got)) conflict = name_conflict;
            reader.advance(match.length);
            continue;
        }
        std::optional<result<date_parts>> first_error;
        for (const name_match& match : matches.all()) {
            fields_read with_name = got;
            const char* name_conflict = take_name(kind, match, reader.rest(), with_name);
            text_reader after = reader;
            after.advance(match.length);
            auto parsed = read(i + 1, after, with_name, name_conflict != nullptr ? name_conflict : conflict);
            if (parsed) return parsed;
            if (!first_error) first_error = parsed;
        }
        return *first_error;
    }
    if (!reader.rest().empty()) {
        const std::string_view rest = reader.rest();
        const bool only_spaces = rest.find_first_not_of(' ') == std::string_view::npos;
        if (mode_ == parse_mode::strict || !only_spaces) return reader.failure(detail::msg::text_trailing, rest);
    }
    if (conflict != nullptr) return text_error(detail::msg::text_field_conflict).with_part(error_text(conflict));
    return resolve(got);
}

name_matches pattern_reader::names_at(field_kind kind, std::string_view rest) const {
    name_matches matches;
    if (kind == field_kind::era_name) {
        // CLDR's names of the eras (a few per calendar), then every code as
        // written: how an era without a name is written, and read in any locale.
        const auto codes = cal_.era_codes();
        const auto is_code = [&](std::string_view code) { return std::find(codes.begin(), codes.end(), code) != codes.end(); };
        const std::span<const detail::cldr_era> named = names_.names != nullptr ? names_.names->eras : std::span<const detail::cldr_era>{};
        // Eras of the calendar's own CLDR calendar through the index, others (the Gregorian eras of Japanese) by name.
        const detail::name_index& index = detail::name_index_of(*names_.record);
        index.for_each_candidate(detail::name_index::field::era, rest, [&](const detail::name_index::entry& e) {
            const std::size_t length = match_whole_name(rest, index, e);
            if (length == 0) return;
            for (const detail::cldr_era& era : named) {
                if (era.calendar == names_.names->calendar && era.type == e.value && is_code(era.code)) {
                    matches.add({0, length, era.code});
                }
            }
        });
        for (const detail::cldr_era& era : named) {
            if (era.calendar == names_.names->calendar) continue;
            const detail::era_names names = detail::era_names_of(loc_, era);
            for (std::size_t w = 0; w < names.size(); ++w) {
                if (std::find(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(w), names[w]) !=
                    names.begin() + static_cast<std::ptrdiff_t>(w)) {
                    continue;  // the same name as a wider one
                }
                const std::size_t length = match_whole_name(rest, names[w]);
                if (length > 0 && is_code(era.code)) matches.add({0, length, era.code});
            }
        }
        for (const std::string_view code : codes) matches.add({0, match_whole_name(rest, code), code});
        return matches;
    }
    using field = detail::name_index::field;
    const field f = kind == field_kind::month_name     ? field::month
                    : kind == field_kind::weekday_name ? field::weekday
                    : kind == field_kind::cyclic_year_name ? field::cyclic_year
                                                           : field::quarter;
    // Leap months by CLDR's pattern ("闰{0}") only where the calendar does not number them as types (Hebrew).
    const bool leap_names = names_.names != nullptr && !names_.names->month_type;
    const detail::name_index& index = detail::name_index_of(*names_.record);
    index.for_each_candidate(f, rest, [&](const detail::name_index::entry& e) {
        if (e.leap && !leap_names) return;
        matches.add({e.value, match_whole_name(rest, index, e), {}, e.leap});
    });
    return matches;
}

// A month number by code: -n in the numeric leap pattern (闰2, 2bis), else n.
std::optional<int> pattern_reader::read_month_by_code(text_reader& reader, const detail::numbering& numbering,
                                                      int max_digits) const noexcept {
    const std::string_view prefix = numeric_leap_->before;
    const std::string_view suffix = numeric_leap_->after;
    const std::size_t prefix_length = match_name(reader.rest(), prefix);
    const auto number = detail::read_number_at(reader.rest().substr(prefix_length), max_digits, false, numbering);
    if (!number || number->value < month_code::min_number || number->value > month_code::max_number) {
        return std::nullopt;
    }
    const std::size_t suffix_length = match_name(reader.rest().substr(prefix_length + number->length), suffix);
    const bool leap = (prefix.empty() || prefix_length > 0) && (suffix.empty() || suffix_length > 0);
    if (!leap && prefix_length > 0) return std::nullopt;  // 闰 without the rest of its pattern
    reader.advance(prefix_length + number->length + (leap ? suffix_length : 0));
    const int value = static_cast<int>(number->value);
    return leap ? -value : value;
}

// Stores what a name says; the field it contradicts, if any.
const char* pattern_reader::take_name(field_kind kind, const name_match& match, std::string_view rest,
                                      fields_read& got) noexcept {
    switch (kind) {
        case field_kind::month_name: {
            got.month_text = rest.substr(0, match.length);
            const int type = static_cast<int>(match.index) + 1;
            return store(got.month_type, match.leap ? -type : type) ? nullptr : "the month";
        }
        case field_kind::weekday_name:
            got.weekday_text = rest.substr(0, match.length);
            return store(got.weekday, match.index == 0 ? 7 : static_cast<int>(match.index)) ? nullptr : "the weekday";
        case field_kind::era_name: got.era = match.era; return nullptr;
        case field_kind::cyclic_year_name:
            return store(got.cycle_year, static_cast<int>(match.index) + 1) ? nullptr : "the year";
        default: return nullptr;  // a quarter: checked by the date it belongs to
    }
}

// A year read as a number, if the calendar has it.
std::optional<error_info> check_year_number(const detail::calendar_entry& entry, std::int64_t year) {
    if (year < INT_MIN || year > INT_MAX) return detail::check_year(entry, year < 0 ? INT_MIN : INT_MAX);
    return detail::check_year(entry, static_cast<int>(year));
}

result<std::optional<int>> pattern_reader::year_of(const fields_read& got) const {
    // The year: of an era, extended, or the calendar's own number; none if the text gives none.
    const detail::calendar_entry& entry = detail::entry_of(cal_);
    std::int64_t year = 0;
    if (got.era_year) {
        std::int64_t era_year = *got.era_year;
        if (got.two_digit_year && !got.era) era_year = widen_two_digit_year(cal_, era_year, true);
        const auto codes = cal_.era_codes();
        if (got.era || !codes.empty()) {
            const auto resolved = cal_.try_year_of_era(got.era ? *got.era : codes.front(), era_year);
            if (!resolved) return resolved.error();
            year = *resolved;
        } else {
            year = era_year;
        }
    } else if (got.extended_year) {
        year = !cal_.has_year_zero() && *got.extended_year <= 0 ? *got.extended_year - 1 : *got.extended_year;
    } else if (got.calendar_year) {
        year = *got.calendar_year;
    } else if (got.century) {
        // As glibc's strptime: %C%y is C * 100 + yy, %C alone the century's year 00.
        year = std::clamp<std::int64_t>(*got.century, INT_MIN / 100 - 1, INT_MAX / 100 + 1) * 100 + got.short_year.value_or(0);
    } else if (got.short_year) {
        year = widen_two_digit_year(cal_, *got.short_year, false);
    } else if (got.related_year) {
        const auto related = detail::year_of_related_gregorian_year(cal_, *got.related_year);
        if (!related) return text_error(detail::msg::text_no_related_year).with_value(*got.related_year)
                                  .with_calendar(detail::calendar_of(entry));
        year = *related;
    } else if (got.cycle_year) {
        const auto cycle = year_of_cycle_year(cal_, *got.cycle_year);
        if (!cycle) return text_error(detail::msg::text_no_year);
        year = *cycle;
    } else {
        return std::optional<int>();
    }
    if (auto failure = check_year_number(entry, year)) return *failure;
    const int y = static_cast<int>(year);
    const bool related_disagrees = got.related_year && detail::related_gregorian_year(cal_, y) != *got.related_year;
    const bool cycle_disagrees = got.cycle_year && cal_.try_cycle_year(y).value_or(0) != *got.cycle_year;
    if (related_disagrees || cycle_disagrees) {
        return text_error(detail::msg::text_field_conflict).with_part(error_text("the year"));
    }
    return std::optional<int>(y);
}

result<date_parts> pattern_reader::resolve(fields_read got) const {
    const detail::calendar_entry& entry = detail::entry_of(cal_);
    const auto calendar_year = year_of(got);
    if (!calendar_year) return calendar_year.error();
    // A week date (%G-W%V-%u): the day is in the week, not in a month.
    const bool week_date = got.iso_week && (got.iso_week_year || got.short_iso_week_year) && !got.month &&
                           !got.month_type && !got.day && !got.day_of_year;
    if (week_date) return resolve_week(got, *calendar_year);
    if (!*calendar_year) return text_error(detail::msg::text_no_year);
    const int y = **calendar_year;

    // The month: a name's type matched against the months of that year, or a number.
    const int months = entry.months_in_year(y);
    int month = 0;
    if (got.month_type) {
        month = detail::month_of_type(entry, names_, y, *got.month_type);
        if (month == 0) {
            return text_error(detail::msg::text_month_not_in_year)
                .with_part(error_text(got.month_text))
                .with_context({y, 0, 0, 0})
                .with_calendar(detail::calendar_of(entry));
        }
        if (got.month && *got.month != month) {
            return text_error(detail::msg::text_field_conflict).with_part(error_text("the month"));
        }
    } else if (got.month) {
        if (mode_ == parse_mode::lenient && *got.month > months) got.month = months;
        if (*got.month < 1 || *got.month > months) return *detail::check_month(entry, static_cast<int>(std::min<std::int64_t>(*got.month, INT_MAX)), y);
        month = static_cast<int>(*got.month);
    } else if (got.day_of_year && !got.day) {
        // The days of the year that exist, as %j writes them (a reform may skip some).
        const std::int64_t first = detail::first_jdn_of_year(entry, y);
        const std::int64_t days = detail::last_jdn_of_year(entry, y) - first + 1;
        if (*got.day_of_year < 1 || *got.day_of_year > days) {
            return field_out_of_range(field_kind::day_of_year, *got.day_of_year, 1, days);
        }
        const auto parts = cal_.try_parts_from_date(first + *got.day_of_year - 1);
        if (!parts) return parts.error();
        month = parts->month;
        got.day = parts->day;
    } else {
        return text_error(detail::msg::text_no_month);
    }
    if (!got.day) return text_error(detail::msg::text_no_day);

    // The day: refused past the month's end, or moved to it leniently.
    std::int64_t day = *got.day;
    if (mode_ == parse_mode::lenient && day > 0) day = std::min<std::int64_t>(day, entry.days_in_month(month, y));
    const int d = static_cast<int>(std::clamp<std::int64_t>(day, INT_MIN, INT_MAX));
    const auto jdn = cal_.try_date_from_parts(y, month, d);
    if (!jdn) return jdn.error();
    if (got.weekday && mode_ == parse_mode::strict && cal_.try_day_of_week(*jdn).value_or(0) != *got.weekday) {
        return text_error(detail::msg::text_weekday_disagrees).with_part(error_text(got.weekday_text));
    }
    const date_parts parts{y, month, d};
    if (auto failure = check_weeks(got, parts, *jdn)) return *failure;
    return parts;
}

// The date of an ISO 8601 week (%G-W%V-%u) in any calendar: week 1 starts
// on the Monday of try_first_day_of_week_year, the weekday counts from it.
result<date_parts> pattern_reader::resolve_week(const fields_read& got, std::optional<int> calendar_year) const {
    const detail::calendar_entry& entry = detail::entry_of(cal_);
    // %g: the week-based year of those two digits next to the calendar year
    // (the year before, the same or the next), or near today's.
    std::int64_t year = 0;
    if (got.iso_week_year) {
        year = *got.iso_week_year;
    } else if (calendar_year) {
        year = *calendar_year - 1 + detail::last_two_digits(*got.short_iso_week_year - (*calendar_year - 1));
    } else {
        year = widen_two_digit_year(cal_, *got.short_iso_week_year, false);
    }
    if (auto failure = check_year_number(entry, year)) return *failure;
    if (!got.weekday) return text_error(detail::msg::text_no_weekday);
    const int y = static_cast<int>(year);
    const auto first = try_first_day_of_week_year(cal_, y, iso_week_rule);
    if (!first) return first.error();
    // The weeks up to week 1 of the next year (53 in the calendar's last year).
    const auto next = y < entry.maximum_year() ? try_first_day_of_week_year(cal_, y + 1, iso_week_rule)
                                               : result<std::int64_t>(*first + std::int64_t{53} * 7);
    if (!next) return next.error();
    const std::int64_t weeks = (*next - *first) / 7;
    if (*got.iso_week < 1 || *got.iso_week > weeks) {
        return field_out_of_range(field_kind::iso_week, *got.iso_week, 1, weeks);
    }
    const std::int64_t jdn = *first + (*got.iso_week - 1) * 7 + (*got.weekday - 1);
    const auto parts = cal_.try_parts_from_date(jdn);
    if (!parts) return parts.error();
    // A calendar year given too must be the date's.
    if (calendar_year && *calendar_year != parts->year) {
        return field_disagrees("the year", *calendar_year, parts->year, *parts);
    }
    if (auto failure = check_weeks(got, *parts, jdn)) return *failure;
    return *parts;
}

// Strict parsing: the weeks, week-based year, day of the year, century and
// two-digit year the text gives must be those of the date it resolves to.
std::optional<error_info> pattern_reader::check_weeks(const fields_read& got, const date_parts& parts,
                                                      std::int64_t jdn) const {
    if (mode_ != parse_mode::strict) return std::nullopt;
    std::optional<error_info> failure;
    const auto check = [&](const std::optional<std::int64_t>& given, const char* field, auto actual) {
        if (failure || !given) return;
        const std::int64_t value = actual();
        if (*given == value) return;
        failure = field_disagrees(field, *given, value, parts);
    };
    const auto iso = [&] { return try_week_of_year(cal_, jdn, iso_week_rule).value_or(year_week{INT_MIN, 0}); };
    const auto week_from = [&](int first_weekday) {
        return detail::week_of_calendar_year(cal_.try_day_of_year(parts).value_or(0),
                                             cal_.try_day_of_week(jdn).value_or(0), first_weekday);
    };
    check(got.iso_week_year, "the ISO week-based year", [&] { return std::int64_t{iso().year}; });
    check(got.short_iso_week_year, "the ISO week-based year's last two digits",
          [&] { return detail::last_two_digits(iso().year); });
    check(got.iso_week, "the ISO week", [&] { return std::int64_t{iso().week}; });
    check(got.sunday_week, "the week from Sunday", [&] { return std::int64_t{week_from(7)}; });
    check(got.monday_week, "the week from Monday", [&] { return std::int64_t{week_from(1)}; });
    check(got.century, "the century", [&] { return detail::century_of(parts.year); });
    check(got.short_year, "the year's last two digits", [&] { return detail::last_two_digits(parts.year); });
    if (got.month || got.month_type) {
        check(got.day_of_year, "the day of the year", [&] { return std::int64_t{cal_.try_day_of_year(parts).value_or(0)}; });
    }
    return failure;
}


}  // namespace

result<date_parts> date_format::try_parse(std::string_view text, const calendar& cal, parse_mode mode) const {
    const locale& loc = locale_ ? *locale_ : locale::english();
    const pattern_reader reader(pieces_, literals_, text, cal, loc, mode);
    return reader.read(0, text_reader(text, mode), fields_read{}, nullptr);
}

date_parts date_format::parse(std::string_view text, const calendar& cal, parse_mode mode) const {
    return try_parse(text, cal, mode).value();
}

}  // namespace kalends
