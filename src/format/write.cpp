// The one writer of every pattern syntax: each piece of a compiled
// date_format written at a caller's buffer, allocating nothing.
#include "../locale/locale_data.hpp"
#include "pattern.hpp"
#include "related_year.hpp"

#include <kalends/format.hpp>
#include <kalends/names.hpp>
#include <kalends/text.hpp>
#include <kalends/week.hpp>

#include <charconv>
#include <cstring>

namespace kalends {
namespace {

using detail::field_kind;
namespace cldr = detail::cldr;

char* write_text(char* out, std::string_view text) noexcept {
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
}

// A leap month named by a pattern ("閏{0}") around its name.
char* write_month(char* out, const detail::month_text& text) noexcept {
    if (text.leap_pattern.empty()) return write_text(out, text.name);
    const auto around = detail::split_placeholder(text.leap_pattern);
    if (!around) return write_text(out, text.leap_pattern);
    out = write_text(out, around->before);
    out = write_text(out, text.name);
    return write_text(out, around->after);
}

// The week of the month (LDML's W) under `rule`: week 1 is the first with at
// least rule.min_days days of the month; days before it are in week 0.
int week_of_month(const calendar& cal, const date_parts& parts, std::int64_t jdn, week_rule rule) {
    const auto weekday_of_first = cal.try_day_of_week(jdn - (parts.day - 1));
    if (!weekday_of_first) return 0;
    const int offset = (*weekday_of_first - rule.first_weekday + 7) % 7;  // days of the month's first week before day 1
    int week = (parts.day + offset - 1) / 7 + 1;
    if (7 - offset < rule.min_days) --week;
    return week;
}

// A number in the piece's form: zero-padded, space-padded, or its last two digits.
char* write_in_form(char* out, std::int64_t value, const date_format::piece& p, const detail::numbering& digits) noexcept {
    switch (detail::form_of(p)) {
        case detail::number_form::space_padded: {
            int shown = 1;  // the digits of value, sign aside
            for (std::int64_t rest = value / 10; rest != 0; rest /= 10) ++shown;
            for (; shown < p.count; ++shown) *out++ = ' ';
            return detail::write_number(out, value, 1, digits);
        }
        case detail::number_form::last_two_digits: return detail::write_number(out, detail::last_two_digits(value), 2, digits);
        case detail::number_form::zero_padded:
        case detail::number_form::only_with_era: break;
    }
    return detail::write_number(out, value, p.count, digits);
}

// True if the date has an era: its name is written, and the text of %EY after it.
bool has_era(const calendar& cal, const date_parts& parts) {
    const auto era = cal.try_era_of(parts);
    return era && !era->era.empty();
}

}  // namespace

char* date_format::write(char* out, const calendar& cal, const date_parts& parts, std::int64_t jdn) const {
    const bool localized = locale_.has_value();
    const detail::localized_calendar names = localized ? detail::localize(*locale_, cal) : detail::localized_calendar{};
    for (const piece& p : pieces_) {
        const field_kind kind = detail::kind_of(p);
        const detail::numbering digits = detail::numbering_of(p);
        const auto number = [&](std::int64_t value) { return write_in_form(out, value, p, digits); };
        const auto year_number = [&](std::int64_t value) {
            // Hebrew numerals leave out the thousands of a year, as ICU and Hebrew calendars do.
            if (digits.type == detail::numbering::kind::hebrew) value = detail::hebrew_year_for_numeral(value);
            return number(value);
        };
        const auto full_year = [&](int value) {
            // The common %Y, %G: four ASCII digits at least.
            const bool plain = p.count == 4 && digits.type == detail::numbering::kind::ascii &&
                               detail::form_of(p) == detail::number_form::zero_padded;
            return plain ? write_year(out, value) : year_number(value);
        };
        const auto era_year_number = [&] {
            const auto era = cal.try_era_of(parts);
            return year_number(era ? era->year : parts.year);
        };
        const auto width = static_cast<name_width>(p.width);
        const auto context = static_cast<name_context>(p.context);
        switch (kind) {
            case field_kind::literal:
                if (detail::form_of(p) == detail::number_form::only_with_era && !has_era(cal, parts)) break;
                out = write_text(out, std::string_view(literals_).substr(p.start, p.length));
                break;
            case field_kind::calendar_year: out = full_year(parts.year); break;
            case field_kind::century: out = number(detail::century_of(parts.year)); break;
            case field_kind::era_year: out = era_year_number(); break;
            case field_kind::cyclic_year_name: {
                // LDML: a calendar or locale without cyclic names writes U as y.
                const auto cycle = cal.try_cycle_year(parts.year);
                const std::string_view name =
                    localized && cycle ? detail::cyclic_year_text_of(names, *cycle, width) : std::string_view();
                out = name.empty() ? era_year_number() : write_text(out, name);
                break;
            }
            case field_kind::extended_year: out = year_number(cal.try_extended_year(parts.year).value_or(parts.year)); break;
            case field_kind::related_year: out = number(detail::related_gregorian_year(cal, parts.year)); break;
            case field_kind::week_year:
            case field_kind::week_of_year:
            case field_kind::iso_week_year:
            case field_kind::iso_week: {
                const bool iso = kind == field_kind::iso_week_year || kind == field_kind::iso_week;
                const week_rule rule = localized && !iso ? names.weeks : iso_week_rule;
                const auto week = try_week_of_year(cal, jdn, rule);
                if (!week) {
                    *out++ = '?';
                } else if (kind == field_kind::week_year) {
                    out = year_number(week->year);
                } else {
                    out = kind == field_kind::iso_week_year ? full_year(week->year) : number(week->week);
                }
                break;
            }
            case field_kind::sunday_week:
            case field_kind::monday_week: {
                const auto day_of_year = cal.try_day_of_year(parts);
                const auto weekday = cal.try_day_of_week(jdn);
                if (!day_of_year || !weekday) {
                    *out++ = '?';
                    break;
                }
                out = number(detail::week_of_calendar_year(*day_of_year, *weekday, kind == field_kind::sunday_week ? 7 : 1));
                break;
            }
            case field_kind::month: {
                // Where CLDR numbers leap months by pattern, months are numbered
                // by their code (2023's M02L is 闰2, not 3), as ICU writes them.
                const auto leap = localized ? detail::numeric_leap_pattern_of(names) : std::nullopt;
                if (leap) {
                    if (const auto code = cal.try_month_code_of(parts.month, parts.year)) {
                        if (code->is_leap()) out = write_text(out, leap->before);
                        out = number(code->number());
                        if (code->is_leap()) out = write_text(out, leap->after);
                        break;
                    }
                }
                out = number(parts.month);
                break;
            }
            case field_kind::day: out = number(parts.day); break;
            case field_kind::day_of_year: {
                // The days of the year that exist (a reform may skip some).
                out = number(cal.try_day_of_year(parts).value_or(0));
                break;
            }
            case field_kind::weekday_in_month: out = number((parts.day - 1) / 7 + 1); break;
            case field_kind::week_of_month: {
                const week_rule rule = localized ? names.weeks : iso_week_rule;
                out = number(week_of_month(cal, parts, jdn, rule));
                break;
            }
            case field_kind::iso_weekday:
            case field_kind::local_weekday:
            case field_kind::weekday_from_sunday: {
                const auto weekday = cal.try_day_of_week(jdn);
                if (!weekday) {
                    *out++ = '?';
                    break;
                }
                if (kind == field_kind::weekday_from_sunday) {
                    out = number(*weekday % 7);
                    break;
                }
                const int first = kind == field_kind::local_weekday && localized ? names.weeks.first_weekday : 1;
                out = number((*weekday - first + 7) % 7 + 1);
                break;
            }
            case field_kind::weekday_name: {
                const auto weekday = cal.try_day_of_week(jdn);
                if (!weekday) {
                    *out++ = '?';
                } else if (localized) {
                    out = write_text(out, detail::weekday_text_of(*names.record, *weekday, width, context));
                } else {
                    const auto name = try_weekday_name(*weekday, width);
                    out = write_text(out, name.value_or("?").substr(0, detail::english_name_size));
                }
                break;
            }
            case field_kind::month_name: {
                const auto code = cal.try_month_code_of(parts.month, parts.year);
                const detail::month_text text =
                    localized && code ? detail::month_text_of(names, *code, cal.try_is_leap_year(parts.year).value_or(false),
                                                              width, context)
                                      : detail::month_text{};
                if (!text.name.empty()) {
                    out = write_month(out, text);
                } else if (localized) {
                    out = number(parts.month);
                } else {
                    const auto name = try_month_name(cal, parts.year, parts.month, width);
                    const std::string_view shown = name ? std::string_view(*name) : std::string_view("?");
                    out = write_text(out, shown.substr(0, detail::english_name_size));
                }
                break;
            }
            case field_kind::era_name: {
                const auto era = cal.try_era_of(parts);
                if (!era || era->era.empty()) break;  // a calendar without eras
                // Without a locale (a % pattern), CLDR's English names, which the parser reads.
                const locale& loc = localized ? *locale_ : locale::english();
                const std::string_view name =
                    detail::era_text_of(loc, localized ? names : detail::localize(loc, cal), era->era, width);
                const std::string_view shown = name.empty() ? era->era : name;
                out = write_text(out, localized ? shown : shown.substr(0, detail::english_name_size));
                break;
            }
            case field_kind::quarter: out = number((parts.month - 1) / 3 + 1); break;
            case field_kind::quarter_name: {
                const auto quarter = static_cast<std::size_t>((parts.month - 1) / 3);
                const std::string_view name =
                    cldr::list_entry(
                    cldr::group_entry(names.record->quarters, std::size_t{p.context} * 3 + detail::width_index(width, false)),
                        quarter);
                // A quarter CLDR has no name for (the 13th month's fifth) is its number, unpadded.
                out = name.empty() ? detail::write_number(out, static_cast<std::int64_t>(quarter) + 1, 1, digits)
                                   : write_text(out, name);
                break;
            }
            case field_kind::ymd: out = write_ymd(out, parts); break;
        }
    }
    return out;
}

std::string date_format::format(const date& d) const {
    std::string out(max_size_, '\0');
    out.resize(static_cast<std::size_t>(write(out.data(), d.get_calendar(), d.parts(), d.jdn()) - out.data()));
    return out;
}

}  // namespace kalends
