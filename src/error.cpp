// error_info::message(): the one place where a message is put into words,
// from the wording the error carries (src/messages.hpp) and its fields.
#include "registry.hpp"

#include <kalends/calendar.hpp>
#include <kalends/error.hpp>
#include <kalends/text.hpp>

#include <charconv>
#include <string>
#include <string_view>

namespace kalends {
namespace {

// An error_text keeps every byte a quoted text shows.
static_assert(error_text::capacity >= quote_limit);

void append_number(std::string& out, std::int64_t value) {
    char digits[24];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
}

void append_quoted(std::string& out, const error_text& text) {
    char buffer[max_quoted_size];
    out.append(buffer, detail::write_quoted_head(buffer, text.head(), text.size()));
}

// A text as it is; one longer than what is kept ends in "...".
void append_raw(std::string& out, const error_text& text) {
    out += text.head();
    if (text.size() > text.head().size()) out += "...";
}

void append_calendar(std::string& out, const error_calendar& cal) {
    if (cal.name.empty()) {
        out += "(unnamed)";
    } else {
        append_quoted(out, cal.name);
    }
}

void append_eras(std::string& out, calendar_id id) {
    const auto found = detail::registry::instance().find(id);
    if (!found) {
        out += "unknown: the calendar is no longer registered";
        return;
    }
    const auto codes = found->era_codes();
    if (codes.empty()) out += "none";
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (i > 0) out += ", ";
        out += codes[i];
    }
}

void append_systems(std::string& out) {
    bool first = true;
    for (const detail::calendar_entry* entry : detail::builtin_entries()) {
        if (!first) out += ", ";
        first = false;
        append_number(out, static_cast<int>(entry->system()));
        out += ' ';
        out += entry->names().front();
    }
}

void append_byte(std::string& out, std::int64_t byte) {
    constexpr char digits[] = "0123456789ABCDEF";
    out += "0x";
    out += digits[(byte >> 4) & 0xF];
    out += digits[byte & 0xF];
}

// Fills in one {placeholder}; false if the name is none of them.
bool append_field(std::string& out, const error_info& e, std::string_view name) {
    if (name.size() == 1 && name[0] >= '0' && name[0] <= '3') {
        append_number(out, e.context[static_cast<std::size_t>(name[0] - '0')]);
    } else if (name == "value") {
        append_number(out, e.value);
    } else if (name == "min") {
        append_number(out, e.min);
    } else if (name == "max") {
        append_number(out, e.max);
    } else if (name == "ymd") {
        char buffer[max_ymd_size];
        const date_parts parts{static_cast<int>(e.context[0]), static_cast<int>(e.context[1]),
                               static_cast<int>(e.context[2])};
        out.append(buffer, write_ymd(buffer, parts));
    } else if (name == "span") {
        // The first and last dates of a range, if the error has them (see detail::jdn_out_of_range).
        if (e.context[1] == 0) return true;
        char buffer[max_ymd_size];
        const auto parts = [&](std::size_t at) {
            const auto month_day = static_cast<std::uint64_t>(e.context[at + 1]);
            return date_parts{static_cast<int>(e.context[at]), static_cast<int>(month_day >> 32U),
                              static_cast<int>(month_day & 0xFFFFFFFFU)};
        };
        out += ": its dates ";
        out.append(buffer, write_ymd(buffer, parts(0)));
        out += "..";
        out.append(buffer, write_ymd(buffer, parts(2)));
    } else if (name == "text") {
        append_quoted(out, e.text);
    } else if (name == "text!") {
        append_raw(out, e.text);
    } else if (name == "part") {
        append_quoted(out, e.part);
    } else if (name == "part!") {
        append_raw(out, e.part);
    } else if (name == "calendar") {
        append_calendar(out, e.calendar);
    } else if (name == "id") {
        append_number(out, to_underlying(e.calendar.id));
    } else if (name == "eras") {
        append_eras(out, e.calendar.id);
    } else if (name == "choices" || name == "choice_list") {
        const bool numbered = name == "choices";
        for (std::size_t i = 0; i < e.choices.size(); ++i) {
            if (i > 0) out += numbered ? ", " : " ";
            if (numbered) {
                append_number(out, static_cast<std::int64_t>(i));
                out += ' ';
            }
            out += e.choices[i];
        }
    } else if (name == "quoted_choices") {
        for (std::size_t i = 0; i < e.choices.size(); ++i) {
            if (i > 0) out += ", ";
            append_quoted(out, error_text(e.choices[i]));
        }
    } else if (name == "systems") {
        append_systems(out);
    } else if (name == "ids") {
        out += " (built-in calendars have IDs 0..";
        append_number(out, builtin_calendar_count - 1);
        out += "; calendars registered at run time, ";
        append_number(out, first_user_calendar_id);
        out += " and up)";
    } else if (name == "byte") {
        append_byte(out, e.context[0]);
    } else {
        return false;
    }
    return true;
}

}  // namespace

std::string error_info::message() const {
    std::string out;
    append_message(out);
    return out;
}

void error_info::append_message(std::string& out) const {
    const std::string_view pattern(wording == nullptr ? "" : wording);
    out.reserve(out.size() + pattern.size() + 64);
    std::size_t i = 0;
    while (i < pattern.size()) {
        const std::size_t open = pattern.find('{', i);
        const std::size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
        if (close == std::string_view::npos) {
            out += pattern.substr(i);
            break;
        }
        out += pattern.substr(i, open - i);
        if (!append_field(out, *this, pattern.substr(open + 1, close - open - 1))) {
            out += pattern.substr(open, close - open + 1);  // not a placeholder: kept as written
        }
        i = close + 1;
    }
}

}  // namespace kalends
