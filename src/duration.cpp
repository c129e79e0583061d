// Durations: checked construction, ISO 8601 text in and out.
#include "diagnostics.hpp"

#include <kalends/duration.hpp>

#include <charconv>
#include <utility>

namespace kalends {
namespace {

struct field_info {
    const char* name;
    char designator;
    std::int64_t max;
};

constexpr field_info fields[4] = {
    {"years", 'Y', duration::max_years},
    {"months", 'M', duration::max_months},
    {"weeks", 'W', duration::max_weeks},
    {"days", 'D', duration::max_days},
};

std::optional<error_info> check_fields(const std::int64_t (&values)[4]) noexcept {
    int sign = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const std::int64_t v = values[i];
        // -max..max; written so that INT64_MIN cannot overflow.
        if (v > fields[i].max || v < -fields[i].max) {
            return error_info(errc::invalid_duration, error_field::duration, detail::msg::duration_field_out_of_range).with_value(v).with_min(-fields[i].max).with_max(fields[i].max).with_text(error_text(fields[i].name));
        }
        const int s = v > 0 ? 1 : v < 0 ? -1 : 0;
        if (s != 0 && sign != 0 && s != sign) {
            return error_info(errc::invalid_duration, error_field::duration, detail::msg::duration_mixed_signs).with_context({values[0], values[1], values[2], values[3]});
        }
        if (s != 0) sign = s;
    }
    return std::nullopt;
}

// A malformed duration text; `part` is the piece the message points at.
error_info syntax(std::string_view text, const char* wording, std::string_view part = {}) noexcept {
    return error_info(errc::invalid_duration, error_field::duration, wording).with_text(error_text(text)).with_part(error_text(part));
}

}  // namespace

result<duration> duration::try_make(std::int64_t years, std::int64_t months, std::int64_t weeks, std::int64_t days) {
    const std::int64_t values[4] = {years, months, weeks, days};
    if (auto failure = check_fields(values)) return *failure;
    return duration(years, months, weeks, days, 0);
}

duration::duration(std::int64_t years, std::int64_t months, std::int64_t weeks, std::int64_t days)
    : years_(years), months_(months), weeks_(weeks), days_(days) {
    const std::int64_t values[4] = {years, months, weeks, days};
    if (auto failure = check_fields(values)) throw error(*failure);
}

result<duration> duration::try_parse(std::string_view text) {
    std::size_t i = 0;
    int sign = 1;
    if (text.empty()) return syntax(text, detail::msg::duration_empty);
    if (text[0] == '+' || text[0] == '-') {
        sign = text[0] == '-' ? -1 : 1;
        ++i;
    }
    if (i >= text.size() || (text[i] != 'P' && text[i] != 'p')) return syntax(text, detail::msg::duration_no_p);
    ++i;
    if (i == text.size()) return syntax(text, detail::msg::duration_nothing_after_p);
    std::int64_t values[4] = {0, 0, 0, 0};
    std::size_t next_field = 0;  // fields must come in the order Y, M, W, D
    while (i < text.size()) {
        const char c = text[i];
        if (c == 'T' || c == 't') {
            return syntax(text, detail::msg::duration_time_part);
        }
        if (c < '0' || c > '9') {
            return syntax(text, detail::msg::duration_unexpected_character, text.substr(i, 1));
        }
        // Digits: accumulate with a cap well above every field's bound, so nothing can overflow.
        std::int64_t value = 0;
        bool too_large = false;
        const std::size_t start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            if (value > 100'000'000'000'000'000) {
                too_large = true;
            } else {
                value = value * 10 + (text[i] - '0');
            }
            ++i;
        }
        if (i == text.size()) {
            return syntax(text, detail::msg::duration_number_without_unit, text.substr(start));
        }
        const char unit = text[i];
        if (unit == '.' || unit == ',') return syntax(text, detail::msg::duration_fraction);
        const char upper = (unit >= 'a' && unit <= 'z') ? static_cast<char>(unit - 'a' + 'A') : unit;
        std::size_t field = 4;
        for (std::size_t f = 0; f < 4; ++f) {
            if (fields[f].designator == upper) field = f;
        }
        if (field == 4) {
            if (upper == 'H' || upper == 'S') {
                return syntax(text, detail::msg::duration_hours_or_seconds);
            }
            return syntax(text, detail::msg::duration_unknown_unit, text.substr(i, 1));
        }
        if (field < next_field) {
            return syntax(text, detail::msg::duration_unit_order, std::string_view(&fields[field].designator, 1));
        }
        if (too_large || value > fields[field].max) {
            error_info failure = syntax(text, detail::msg::duration_field_too_large);
            failure.part.append(fields[field].name).append(" ").append(text.substr(start, i - start));
            failure.max = fields[field].max;
            return failure;
        }
        values[field] = sign * value;
        next_field = field + 1;
        ++i;
    }
    return duration(values[0], values[1], values[2], values[3], 0);
}

duration duration::parse(std::string_view text) {
    result<duration> parsed = try_parse(text);
    return parsed.value();
}

char* duration::write(char* out) const noexcept {
    if (is_zero()) {
        *out++ = 'P';
        *out++ = '0';
        *out++ = 'D';
        return out;
    }
    if (sign() < 0) *out++ = '-';
    *out++ = 'P';
    const std::int64_t values[4] = {years_, months_, weeks_, days_};
    for (std::size_t f = 0; f < 4; ++f) {
        if (values[f] == 0) continue;
        // |value| <= 2^42: negation is safe.
        out = std::to_chars(out, out + 20, values[f] < 0 ? -values[f] : values[f]).ptr;
        *out++ = fields[f].designator;
    }
    return out;
}

std::string duration::to_string() const {
    char text[max_text_size];
    return std::string(text, write(text));
}

}  // namespace kalends
