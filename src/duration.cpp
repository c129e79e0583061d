// Durations: checked construction, ISO 8601 text in and out.
#include "diagnostics.hpp"

#include <kalends/duration.hpp>

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

std::optional<error_info> check_fields(const std::int64_t (&values)[4]) {
    int sign = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const std::int64_t v = values[i];
        // -max..max; written so that INT64_MIN cannot overflow.
        if (v > fields[i].max || v < -fields[i].max) {
            return error_info{errc::invalid_duration, std::string("duration ") + fields[i].name + " " + std::to_string(v) +
                                                  " is out of range (allowed -" + std::to_string(fields[i].max) +
                                                  ".." + std::to_string(fields[i].max) + ")"};
        }
        const int s = v > 0 ? 1 : v < 0 ? -1 : 0;
        if (s != 0 && sign != 0 && s != sign) {
            return error_info{errc::invalid_duration,
                              "duration fields have mixed signs (years " + std::to_string(values[0]) + ", months " +
                                  std::to_string(values[1]) + ", weeks " + std::to_string(values[2]) + ", days " +
                                  std::to_string(values[3]) + "); all must be >= 0 or all <= 0"};
        }
        if (s != 0) sign = s;
    }
    return std::nullopt;
}

error_info syntax(std::string_view text, const std::string& what) {
    return {errc::invalid_duration, "invalid duration " + quoted(text) + ": " + what +
                                   " (expected ISO 8601 like P1Y2M10D, -P3W or P0D: an optional sign, P, then "
                                   "nY, nM, nW, nD in that order)"};
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
    if (auto failure = check_fields(values)) detail::raise(*failure);
}

result<duration> duration::try_parse(std::string_view text) {
    std::size_t i = 0;
    int sign = 1;
    if (text.empty()) return syntax(text, "it is empty");
    if (text[0] == '+' || text[0] == '-') {
        sign = text[0] == '-' ? -1 : 1;
        ++i;
    }
    if (i >= text.size() || (text[i] != 'P' && text[i] != 'p')) return syntax(text, "it must start with P (or -P)");
    ++i;
    if (i == text.size()) return syntax(text, "P must be followed by at least one of nY, nM, nW, nD");
    std::int64_t values[4] = {0, 0, 0, 0};
    std::size_t next_field = 0;  // fields must come in the order Y, M, W, D
    while (i < text.size()) {
        const char c = text[i];
        if (c == 'T' || c == 't') {
            return syntax(text, "time parts (T followed by hours, minutes or seconds) are not supported; kalends "
                                "durations hold years, months, weeks and days only");
        }
        if (c < '0' || c > '9') {
            return syntax(text, std::string("unexpected character ") + quoted(text.substr(i, 1)) +
                                    " where a number was expected");
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
            return syntax(text, "number " + quoted(text.substr(start)) + " has no unit (Y, M, W or D)");
        }
        const char unit = text[i];
        if (unit == '.' || unit == ',') return syntax(text, "fractions are not supported");
        const char upper = (unit >= 'a' && unit <= 'z') ? static_cast<char>(unit - 'a' + 'A') : unit;
        std::size_t field = 4;
        for (std::size_t f = 0; f < 4; ++f) {
            if (fields[f].designator == upper) field = f;
        }
        if (field == 4) {
            if (upper == 'H' || upper == 'S') {
                return syntax(text, "hours and seconds are time parts, which are not supported");
            }
            return syntax(text, std::string("unknown unit ") + quoted(text.substr(i, 1)) +
                                    " (allowed Y, M, W, D)");
        }
        if (field < next_field) {
            return syntax(text, std::string("unit ") + fields[field].designator +
                                    " is repeated or out of order (the order is Y, M, W, D)");
        }
        if (too_large || value > fields[field].max) {
            return error_info{errc::invalid_duration, "invalid duration " + quoted(text) + ": " +
                                                      fields[field].name + " " + std::string(text.substr(start, i - start)) +
                                                      " is too large (allowed up to " +
                                                      std::to_string(fields[field].max) + ")"};
        }
        values[field] = sign * value;
        next_field = field + 1;
        ++i;
    }
    return duration(values[0], values[1], values[2], values[3], 0);
}

duration duration::parse(std::string_view text) {
    result<duration> parsed = try_parse(text);
    if (!parsed) detail::raise(parsed.error());
    return *parsed;
}

std::string duration::to_string() const {
    if (is_zero()) return "P0D";
    std::string out = sign() < 0 ? "-P" : "P";
    const std::int64_t values[4] = {years_, months_, weeks_, days_};
    for (std::size_t f = 0; f < 4; ++f) {
        if (values[f] == 0) continue;
        // |value| <= 2^42: negation is safe.
        out += std::to_string(values[f] < 0 ? -values[f] : values[f]);
        out += fields[f].designator;
    }
    return out;
}

}  // namespace kalends
