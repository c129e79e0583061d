// %-field patterns: compiled and checked once, then written without
// allocation but for month names.
#include "messages.hpp"

#include <kalends/format.hpp>
#include <kalends/names.hpp>
#include <kalends/text.hpp>

#include <charconv>
#include <cstring>

namespace kalends {
namespace {

char* write_text(char* out, std::string_view text) noexcept {
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
}

// The widest a name is written: the tables' names, "Month 2147483647", or the first 64 bytes of a longer one.
constexpr std::size_t max_name_size = 64;

// The bytes a field can take at most; 0 for no field.
constexpr std::size_t field_size(char field) noexcept {
    switch (field) {
        case 'Y':
        case 'm':
        case 'd':
        case 'j': return 11;
        case 'u':
        case '%': return 1;
        case 'A':
        case 'a':
        case 'B':
        case 'b': return max_name_size;
        case 'F': return max_ymd_size;
        default: return 0;
    }
}

error_info bad_pattern(std::string_view pattern, const char* wording, std::string_view part = {}) noexcept {
    return error_info(errc::invalid_format, error_field::format, wording)
        .with_text(error_text(pattern))
        .with_part(error_text(part))
        .with_choices(date_format::fields);
}

}  // namespace

result<date_format> date_format::compile(std::string_view text) {
    date_format f;
    f.pattern_ = std::string(text);
    std::size_t literal_start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') continue;
        if (i > literal_start) f.pieces_.push_back({0, literal_start, i - literal_start});
        if (i + 1 == text.size()) return bad_pattern(text, detail::msg::format_lone_percent);
        const char field = text[i + 1];
        const std::size_t size = field_size(field);
        if (size == 0) return bad_pattern(text, detail::msg::format_unknown_field, text.substr(i, 2));
        if (field == 'j') f.needs_day_of_year_ = true;
        f.pieces_.push_back({field, 0, 0});
        f.max_size_ += size;
        ++i;
        literal_start = i + 1;
    }
    if (literal_start < text.size()) f.pieces_.push_back({0, literal_start, text.size() - literal_start});
    for (const piece& p : f.pieces_) f.max_size_ += p.length;
    return f;
}

date_format::date_format(std::string_view pattern) : date_format(compile(pattern).value()) {}

result<date_format> date_format::try_compile(std::string_view pattern) { return compile(pattern); }

char* date_format::write(char* out, const calendar& cal, const date_parts& parts, std::int64_t jdn) const {
    for (const piece& p : pieces_) {
        switch (p.field) {
            case 0: out = write_text(out, std::string_view(pattern_).substr(p.start, p.length)); break;
            case 'Y': out = write_year(out, parts.year); break;
            case 'm': out = write_two_digits(out, parts.month); break;
            case 'd': out = write_two_digits(out, parts.day); break;
            case 'j': {
                // Three digits at least, as strftime's %j; the days of the year that exist.
                const int day = cal.try_day_of_year(parts).value_or(0);
                if (day < 100) *out++ = '0';
                if (day < 10) *out++ = '0';
                out = std::to_chars(out, out + 10, day).ptr;
                break;
            }
            case 'u': {
                const int weekday = cal.try_day_of_week(jdn).value_or(0);
                *out++ = weekday >= 1 && weekday <= 7 ? static_cast<char>('0' + weekday) : '?';
                break;
            }
            case 'A':
            case 'a': {
                const auto width = p.field == 'A' ? name_width::wide : name_width::abbreviated;
                const auto weekday = cal.try_day_of_week(jdn);
                const auto name = weekday ? try_weekday_name(*weekday, width) : result<std::string_view>("?");
                out = write_text(out, name.value_or("?").substr(0, max_name_size));
                break;
            }
            case 'B':
            case 'b': {
                const auto width = p.field == 'B' ? name_width::wide : name_width::abbreviated;
                const auto name = try_month_name(cal, parts.year, parts.month, width);
                const std::string_view shown = name ? std::string_view(*name) : std::string_view("?");
                out = write_text(out, shown.substr(0, max_name_size));
                break;
            }
            case 'F': out = write_ymd(out, parts); break;
            default: *out++ = '%'; break;
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
