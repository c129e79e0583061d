#include "date_format.hpp"

#include "text.hpp"
#include "usage_error.hpp"

#include <kalends/names.hpp>

#include <charconv>
#include <cstring>

namespace kalends::cli {
namespace {

char* write_text(char* out, std::string_view text) noexcept {
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
}

// The widest any month name can be: the tables' names, or "Month 2147483647".
constexpr std::size_t max_name_size = 64;

}  // namespace

char* write_int64(char* out, std::int64_t value) noexcept { return std::to_chars(out, out + 20, value).ptr; }

date_format::date_format(std::string_view pattern) : pattern_(pattern) {
    const std::string_view text(pattern_);
    std::size_t literal_start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') continue;
        if (i > literal_start) pieces_.push_back({0, literal_start, i - literal_start});
        if (i + 1 == text.size()) {
            throw usage_error("--format " + quoted(text) + " ends with a lone '%' (allowed fields: " +
                              std::string(fields_help) + "; write %% for a '%')");
        }
        const char field = text[i + 1];
        std::size_t size = 0;
        switch (field) {
            case 'Y':
            case 'm':
            case 'd':
            case 'j': size = 11; break;
            case 'u': size = 1; break;
            case 'A':
            case 'a':
            case 'B':
            case 'b': size = max_name_size; break;
            case 'F': size = max_ymd_size; break;
            case '%': size = 1; break;
            default:
                throw usage_error("--format " + quoted(text) + " has the unknown field " +
                                  quoted(text.substr(i, 2)) + " (allowed fields: " + std::string(fields_help) + ")");
        }
        if (field == 'j') needs_day_of_year_ = true;
        pieces_.push_back({field, 0, 0});
        max_size_ += size;
        ++i;
        literal_start = i + 1;
    }
    if (literal_start < text.size()) pieces_.push_back({0, literal_start, text.size() - literal_start});
    for (const piece& p : pieces_) max_size_ += p.length;
}

char* date_format::write(char* out, const kalends::calendar& cal, const date_parts& parts, std::int64_t jdn,
                         int day) const {
    for (const piece& p : pieces_) {
        switch (p.field) {
            case 0: out = write_text(out, std::string_view(pattern_).substr(p.start, p.length)); break;
            case 'Y': out = write_year(out, parts.year); break;
            case 'm': out = write_two_digits(out, parts.month); break;
            case 'd': out = write_two_digits(out, parts.day); break;
            case 'j': {
                // Three digits at least, as strftime's %j.
                const int shown = day < 0 ? 0 : day;
                if (shown < 100) *out++ = '0';
                if (shown < 10) *out++ = '0';
                out = std::to_chars(out, out + 10, shown).ptr;
                break;
            }
            case 'u': {
                const int weekday = cal.day_of_week(jdn);
                *out++ = weekday >= 1 && weekday <= 7 ? static_cast<char>('0' + weekday) : '?';
                break;
            }
            case 'A':
            case 'a': {
                const auto width = p.field == 'A' ? name_width::wide : name_width::abbreviated;
                out = write_text(out, weekday_name(cal.day_of_week(jdn), width));
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
            case '%': *out++ = '%'; break;
            default: break;
        }
    }
    return out;
}

}  // namespace kalends::cli
