// Week rules of regions and locales, from the generated CLDR table.
#include "ascii.hpp"
#include "diagnostics.hpp"
#include "week_rules_table.hpp"

#include <kalends/week.hpp>

#include <algorithm>

namespace kalends {
namespace {

bool is_alpha(char c) noexcept { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

bool is_region_code(std::string_view code) noexcept {
    return (code.size() == 2 && is_alpha(code[0]) && is_alpha(code[1])) ||
           (code.size() == 3 && is_digit(code[0]) && is_digit(code[1]) && is_digit(code[2]));
}

// The region subtag of a locale identifier, or an empty view.
std::string_view region_of(std::string_view locale) noexcept {
    locale = locale.substr(0, std::min(locale.find('@'), locale.find('.')));
    std::size_t start = 0;
    bool first = true;
    while (start <= locale.size()) {
        const std::size_t end = std::min(locale.find_first_of("-_", start), locale.size());
        const std::string_view subtag = locale.substr(start, end - start);
        if (!first) {
            if (subtag.size() == 1) return {};  // an extension ("-u-...") starts: no region before it
            if (is_region_code(subtag)) return subtag;
        }
        first = false;
        start = end + 1;
    }
    return {};
}

}  // namespace

result<week_rule> try_week_rule_for_region(std::string_view region) noexcept {
    if (!is_region_code(region)) {
        return error_info(errc::invalid_region, error_field::region, detail::msg::unknown_region).with_text(error_text(region));
    }
    char upper[3] = {};
    for (std::size_t i = 0; i < region.size(); ++i) {
        upper[i] = is_alpha(region[i]) ? static_cast<char>(region[i] & ~0x20) : region[i];
    }
    const std::string_view key(upper, region.size());
    const auto& table = detail::region_week_rules;
    const auto found = std::lower_bound(table.begin(), table.end(), key,
                                        [](const detail::region_week_rule& row, std::string_view k) { return row.region < k; });
    const detail::region_week_rule& row = (found != table.end() && found->region == key) ? *found : detail::world_week_rule;
    return week_rule{row.first_weekday, row.min_days};
}

week_rule week_rule_for_region(std::string_view region) { return try_week_rule_for_region(region).value(); }

result<week_rule> try_week_rule_for_locale(std::string_view locale) noexcept {
    const std::string_view region = region_of(locale);
    if (region.empty()) {
        return error_info(errc::invalid_region, error_field::locale, detail::msg::locale_without_region).with_text(error_text(locale));
    }
    return try_week_rule_for_region(region);
}

week_rule week_rule_for_locale(std::string_view locale) { return try_week_rule_for_locale(locale).value(); }

}  // namespace kalends
