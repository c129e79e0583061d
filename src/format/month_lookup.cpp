// Month names back to months: the locale's names through the parser's name
// index, then (in English) the library's own English names. A text that is
// no month name at all is errc::invalid_date_text; the name of a month this
// year lacks (Adar II in a common year) errc::invalid_month.
#include "../diagnostics.hpp"
#include "../locale/locale_data.hpp"
#include "../messages.hpp"
#include "case_fold.hpp"
#include "name_index.hpp"

#include <kalends/locale.hpp>
#include <kalends/names.hpp>

#include <array>

namespace kalends {

result<int> try_month_from_name(const locale& loc, const calendar& cal, int year, std::string_view name) {
    const detail::calendar_entry& entry = detail::entry_of(cal);
    if (auto failure = detail::check_year(entry, year)) return *failure;
    const auto failure = [&](errc code, const char* wording) {
        return error_info(code, error_field::month, wording)
            .with_text(error_text(name))
            .with_context({year, 0, 0, 0})
            .with_part(error_text(loc.tag()))
            .with_calendar(detail::calendar_of(entry));
    };
    // Every month the whole name names; more than one (a narrow "J") is ambiguous.
    int found = 0;
    bool ambiguous = false;
    bool is_a_name = false;  // of some month, if not of one of this year
    const auto take = [&](int month) {
        if (month == 0 || month == found) return;
        ambiguous = ambiguous || found != 0;
        found = month;
    };
    const detail::localized_calendar names = detail::localize(loc, cal);
    if (names.names != nullptr && !name.empty()) {
        const bool leap_names = !names.names->month_type;
        const detail::name_index& index = detail::name_index_of(*names.record);
        index.for_each_candidate(detail::name_index::field::month, name, [&](const detail::name_index::entry& e) {
            if ((e.leap && !leap_names) || index.match(name, e) != name.size()) return;
            is_a_name = true;
            const int type = e.value + 1;
            take(detail::month_of_type(entry, names, year, e.leap ? -type : type));
        });
    }
    if (found == 0 && loc == locale::english()) {
        for (int month = 1; month <= entry.months_in_year(year); ++month) {
            for (const name_width width : {name_width::wide, name_width::abbreviated}) {
                const auto english = try_month_name(cal, year, month, width);
                if (english && !name.empty() && detail::match_name(name, *english) == name.size()) take(month);
            }
        }
    }
    if (ambiguous) return failure(errc::invalid_month, detail::msg::month_name_ambiguous);
    if (found == 0 && is_a_name) return failure(errc::invalid_month, detail::msg::month_name_not_in_year);
    if (found == 0) return failure(errc::invalid_date_text, detail::msg::no_month_with_name);
    return found;
}

}  // namespace kalends
