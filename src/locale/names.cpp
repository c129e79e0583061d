// Month, weekday and era names of a locale, from the generated CLDR tables
// through each calendar's descriptor (which CLDR calendar, which month
// type, which era type). Generic: no calendar is named here.
#include "../builtin_calendars.hpp"
#include "../diagnostics.hpp"
#include "../enum_checks.hpp"
#include "../messages.hpp"
#include "locale_data.hpp"
#include "numbering.hpp"

#include <kalends/locale.hpp>

#include <algorithm>
#include <cstdlib>

namespace kalends {
namespace detail {

localized_calendar localize(const locale& loc, const calendar& cal) noexcept {
    const calendar_descriptor* descriptor = nullptr;
    try {
        descriptor = descriptor_of(entry_of(cal));
    } catch (...) {
        descriptor = nullptr;  // a user backend whose conventions_of() throws: no names
    }
    const week_rule weeks = descriptor != nullptr && descriptor->iso_weeks ? iso_week_rule : loc.week_rules();
    if (descriptor == nullptr || descriptor->cldr == nullptr) {
        return {&calendar_record_of(loc, cldr::calendar_type::gregorian), nullptr, weeks};
    }
    return {&calendar_record_of(loc, descriptor->cldr->calendar), descriptor->cldr, weeks};
}

month_text month_text_of(const localized_calendar& names, const month_code& code, bool leap_year, name_width width,
                         name_context context) noexcept {
    if (names.names == nullptr) return {};
    const std::size_t w = width_index(width, false);
    const auto c = static_cast<std::size_t>(context);
    const int type = names.names->month_type ? names.names->month_type(code, leap_year) : code.number();
    const std::string_view name = cldr::list_entry(cldr::group_entry(names.record->months, c * 3 + w), static_cast<std::size_t>(type - 1));
    if (!code.is_leap() || names.names->month_type) return {name, {}};
    return {name, cldr::list_entry(names.record->leap_month_patterns, c * 3 + w)};
}

int month_of_type(const calendar_entry& entry, const localized_calendar& names, int year, int type) {
    const int months = entry.months_in_year(year);
    const bool leap_year = entry.is_leap_year(year);
    const int first = std::clamp(std::abs(type), 1, months);
    for (int k = 0; k < months; ++k) {
        const int m = (first - 1 + k) % months + 1;
        const month_code code = entry.month_code_of(m, year);
        const int type_of_m = names.names != nullptr && names.names->month_type
                                  ? names.names->month_type(code, leap_year)
                                  : (code.is_leap() ? -code.number() : code.number());
        if (type_of_m == type) return m;
    }
    return 0;
}

std::optional<placeholder_split> numeric_leap_pattern_of(const localized_calendar& names) noexcept {
    if (names.names == nullptr || names.names->month_type) return std::nullopt;
    const auto around = split_placeholder(cldr::list_entry(names.record->leap_month_patterns, 6));
    // "{0}" alone would make a leap month's number its neighbour's.
    if (!around || (around->before.empty() && around->after.empty())) return std::nullopt;
    return around;
}

std::string_view weekday_text_of(const cldr::calendar_record& record, int iso_weekday, name_width width,
                                 name_context context) noexcept {
    // CLDR lists the days from Sunday; ISO numbers Sunday 7.
    const auto index = static_cast<std::size_t>(iso_weekday % 7);
    return cldr::list_entry(cldr::group_entry(record.days, static_cast<std::size_t>(context) * 4 + width_index(width, true)), index);
}

std::string_view cyclic_year_text_of(const localized_calendar& names, int cycle_year, name_width width) noexcept {
    if (names.names == nullptr || cycle_year < 1) return {};
    return cldr::list_entry(cldr::group_entry(names.record->cyclic_years, width_index(width, false)),
                            static_cast<std::size_t>(cycle_year - 1));
}

era_names era_names_of(const locale& loc, const cldr_era& era) noexcept {
    const cldr::calendar_record& record = calendar_record_of(loc, era.calendar);
    era_names out;
    for (std::size_t w = 0; w < out.size(); ++w) {
        out[w] = cldr::list_entry(cldr::group_entry(record.eras, w), static_cast<std::size_t>(era.type));
    }
    return out;
}

era_names era_names_of(const locale& loc, const localized_calendar& names, std::string_view era) noexcept {
    if (names.names == nullptr) return {};
    const auto& eras = names.names->eras;
    const auto it = std::find_if(eras.begin(), eras.end(), [&](const cldr_era& e) { return e.code == era; });
    if (it == eras.end()) return {};
    return era_names_of(loc, *it);
}

std::string_view era_text_of(const locale& loc, const localized_calendar& names, std::string_view era,
                             name_width width) noexcept {
    return era_names_of(loc, names, era)[width_index(width, false)];
}

}  // namespace detail

result<std::string> try_month_name(const locale& loc, const calendar& cal, int year, int month, name_width width,
                                   name_context context) {
    if (auto failure = detail::check_enum(width)) return *failure;
    if (auto failure = detail::check_enum(context)) return *failure;
    const detail::calendar_entry& entry = detail::entry_of(cal);
    if (auto failure = detail::check_month(entry, month, year)) return *failure;
    const month_code code = entry.month_code_of(month, year);
    const auto text =
        detail::month_text_of(detail::localize(loc, cal), code, entry.is_leap_year(year), width, context);
    if (text.name.empty()) {
        char buffer[detail::max_number_size];
        return std::string(buffer, detail::write_number(buffer, month, 1, detail::numbering_of(loc)));
    }
    if (text.leap_pattern.empty()) return std::string(text.name);
    const auto around = detail::split_placeholder(text.leap_pattern);
    if (!around) return std::string(text.leap_pattern);
    return std::string(around->before) + std::string(text.name) + std::string(around->after);
}

std::string month_name(const locale& loc, const calendar& cal, int year, int month, name_width width,
                       name_context context) {
    return try_month_name(loc, cal, year, month, width, context).value();
}

result<std::string_view> try_weekday_name(const locale& loc, int weekday, name_width width, name_context context) {
    if (auto failure = detail::check_enum(width)) return *failure;
    if (auto failure = detail::check_enum(context)) return *failure;
    if (weekday < 1 || weekday > 7) {
        return error_info(errc::invalid_weekday, error_field::weekday, detail::msg::weekday_name_out_of_range)
            .with_value(weekday)
            .with_min(1)
            .with_max(7);
    }
    return detail::weekday_text_of(detail::calendar_record_of(loc, detail::cldr::calendar_type::gregorian), weekday,
                                   width, context);
}

std::string_view weekday_name(const locale& loc, int weekday, name_width width, name_context context) {
    return try_weekday_name(loc, weekday, width, context).value();
}

result<std::string_view> try_era_name(const locale& loc, const calendar& cal, std::string_view era,
                                      name_width width) {
    if (auto failure = detail::check_enum(width)) return *failure;
    const auto codes = cal.era_codes();
    if (std::find(codes.begin(), codes.end(), era) == codes.end()) {
        return error_info(errc::invalid_year, error_field::era, detail::msg::unknown_era)
            .with_text(error_text(era))
            .with_calendar(detail::calendar_of(detail::entry_of(cal)));
    }
    const std::string_view name = detail::era_text_of(loc, detail::localize(loc, cal), era, width);
    return name.empty() ? era : name;
}

std::string_view era_name(const locale& loc, const calendar& cal, std::string_view era, name_width width) {
    return try_era_name(loc, cal, era, width).value();
}

namespace {

// A name of the cycle, or the number in the locale's digits where there is none.
std::string name_or_number(const locale& loc, std::string_view name, int number) {
    if (!name.empty()) return std::string(name);
    char buffer[detail::max_number_size];
    return std::string(buffer, detail::write_number(buffer, number, 1, detail::numbering_of(loc)));
}

}  // namespace

result<std::string> try_cyclic_year_name(const locale& loc, const calendar& cal, int year, name_width width) {
    if (auto failure = detail::check_enum(width)) return *failure;
    const auto cycle = cal.try_cycle_year(year);
    if (!cycle) return cycle.error();
    return name_or_number(loc, detail::cyclic_year_text_of(detail::localize(loc, cal), *cycle, width), *cycle);
}

result<std::string> try_zodiac_name(const locale& loc, const calendar& cal, int year) {
    const auto cycle = cal.try_cycle_year(year);
    if (!cycle) return cycle.error();
    const int animal = (*cycle - 1) % 12 + 1;  // the earthly branch: 1 (Rat) .. 12 (Pig)
    const detail::localized_calendar names = detail::localize(loc, cal);
    const std::string_view name =
        names.names == nullptr ? std::string_view()
                               : detail::cldr::list_entry(names.record->zodiacs, static_cast<std::size_t>(animal - 1));
    return name_or_number(loc, name, animal);
}

}  // namespace kalends
