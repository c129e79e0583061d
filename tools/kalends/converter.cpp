#include "converter.hpp"

#include "date_parse.hpp"
#include "text.hpp"

#include <kalends/names.hpp>

#include <cstring>

namespace kalends::cli {
namespace {

char* write_text(char* out, std::string_view text) noexcept {
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
}

// The reason the library gives for an invalid date (its checked call throws
// a message naming the field and the allowed range).
std::string why_invalid(const kalends::calendar& cal, const ymd_result& ymd) {
    try {
        (void)cal.date_from_parts(ymd.year, ymd.month, ymd.day);
    } catch (const kalends::error& e) {
        return e.what();
    }
    return "the date is not valid in calendar '" + std::string(cal.name()) + "'";
}

// Built without an exception or a temporary string: a batch may hold many
// days outside a calendar.
void why_out_of_range(std::string& reason, const kalends::calendar& cal, std::int64_t jdn) {
    char number[24];
    const auto append_number = [&](std::int64_t value) {
        reason.append(number, static_cast<std::size_t>(write_int64(number, value) - number));
    };
    reason.assign("Julian Day Number ");
    append_number(jdn);
    reason.append(" is out of range of calendar '");
    reason.append(cal.name());
    reason.append("' (allowed ");
    append_number(cal.first_jdn());
    reason.append("..");
    append_number(cal.last_jdn());
    reason.append(")");
}

}  // namespace

converter::converter(convert_options options)
    : options_(std::move(options)), parts_(options_.to.size()), counts_(options_.to.size()) {
    // Bound the bytes of one line so that it is written in place without a
    // flush in the middle (a failed line is then simply not committed).
    std::size_t bound = 256 + 6 * options_.from.name.size();
    for (const endpoint& target : options_.to) {
        bound += 32 + max_ymd_size;
        if (options_.format) bound += options_.format->max_size();
        // JSON: keys and numbers, the escaped names (month names are cut to 64 bytes).
        if (options_.json) bound += 1024 + 6 * target.name.size() + (options_.format ? 6 * options_.format->max_size() : 0);
    }
    line_bound_ = bound;
}

bool converter::to_jdn(std::string_view text, std::int64_t& jdn, std::string& reason) const {
    const endpoint& from = options_.from;
    if (from.is_calendar()) {
        const ymd_result ymd = parse_ymd(text);
        if (ymd.status != parse_status::ok) {
            reason = describe_ymd_failure(ymd);
            return false;
        }
        const auto found = from.cal->try_date_from_parts(ymd.year, ymd.month, ymd.day);
        if (!found) {
            reason = why_invalid(*from.cal, ymd);
            return false;
        }
        jdn = *found;
        return true;
    }
    const int64_result count = parse_int64(text);
    if (count.status != parse_status::ok) {
        reason = describe_int64_failure(count);
        return false;
    }
    if (__builtin_add_overflow(count.value, day_count_offset(from.count), &jdn)) {
        reason = "the day count is too large to be converted to a Julian Day Number";
        return false;
    }
    return true;
}

bool converter::convert(std::string_view text, output_buffer& out, std::string& reason) {
    try {
        std::int64_t jdn = 0;
        if (!to_jdn(text, jdn, reason)) {
            out.put('\n');
            return false;
        }
        char* const start = out.reserve(line_bound_ + (options_.json ? 6 * text.size() : 0));
        char* p = start;
        for (std::size_t i = 0; i < options_.to.size(); ++i) {
            const endpoint& target = options_.to[i];
            if (!target.is_calendar()) {
                if (__builtin_sub_overflow(jdn, day_count_offset(target.count), &counts_[i])) {
                    reason = "JDN " + std::to_string(jdn) + " does not fit a " + target.name + " day count";
                    out.put('\n');
                    return false;
                }
                continue;
            }
            const auto parts = target.cal->try_parts_from_date(jdn);
            if (!parts) {
                why_out_of_range(reason, *target.cal, jdn);
                out.put('\n');
                return false;
            }
            parts_[i] = *parts;
        }
        if (options_.json) {
            p = write_json(p, text, jdn, parts_);
        } else {
            for (std::size_t i = 0; i < options_.to.size(); ++i) {
                const endpoint& target = options_.to[i];
                if (i != 0) *p++ = '\t';
                if (!target.is_calendar()) {
                    p = write_int64(p, counts_[i]);
                } else if (options_.format) {
                    const int day = options_.format->needs_day_of_year() ? day_of_year(*target.cal, parts_[i], jdn) : 0;
                    p = options_.format->write(p, *target.cal, parts_[i], jdn, day);
                } else {
                    p = write_ymd(p, parts_[i]);
                }
            }
        }
        *p++ = '\n';
        out.commit(p);
        return true;
    } catch (const io_error&) {
        throw;
    } catch (const std::exception& e) {
        // A user calendar's backend may throw; report it for this line only.
        reason = std::string("conversion failed: ") + e.what();
        out.put('\n');
        return false;
    }
}

char* converter::write_json(char* p, std::string_view text, std::int64_t jdn,
                            const std::vector<date_parts>& parts) {
    p = write_text(p, "{\"input\":");
    p = write_json_string(p, text);
    p = write_text(p, ",\"from\":");
    p = write_json_string(p, options_.from.name);
    p = write_text(p, ",\"jdn\":");
    p = write_int64(p, jdn);
    p = write_text(p, ",\"results\":[");
    for (std::size_t i = 0; i < options_.to.size(); ++i) {
        const endpoint& target = options_.to[i];
        if (i != 0) *p++ = ',';
        if (!target.is_calendar()) {
            p = write_text(p, "{\"day_count\":");
            p = write_json_string(p, target.name);
            p = write_text(p, ",\"value\":");
            p = write_int64(p, counts_[i]);
            *p++ = '}';
            continue;
        }
        const kalends::calendar& cal = *target.cal;
        const date_parts& d = parts[i];
        const int weekday = cal.day_of_week(jdn);
        p = write_text(p, "{\"calendar\":");
        p = write_json_string(p, target.name);
        p = write_text(p, ",\"date\":\"");
        p = write_ymd(p, d);
        p = write_text(p, "\",\"year\":");
        p = write_int64(p, d.year);
        p = write_text(p, ",\"month\":");
        p = write_int64(p, d.month);
        p = write_text(p, ",\"day\":");
        p = write_int64(p, d.day);
        p = write_text(p, ",\"day_of_year\":");
        p = write_int64(p, day_of_year(cal, d, jdn));
        p = write_text(p, ",\"weekday\":");
        p = write_int64(p, weekday);
        if (const auto name = try_weekday_name(weekday)) {
            p = write_text(p, ",\"weekday_name\":");
            p = write_json_string(p, *name);
        }
        if (const auto name = try_month_name(cal, d.year, d.month)) {
            p = write_text(p, ",\"month_name\":");
            p = write_json_string(p, std::string_view(*name).substr(0, 64));
        }
        if (options_.format) {
            scratch_.resize(options_.format->max_size());
            const int day = options_.format->needs_day_of_year() ? day_of_year(cal, d, jdn) : 0;
            const char* end = options_.format->write(scratch_.data(), cal, d, jdn, day);
            p = write_text(p, ",\"formatted\":");
            p = write_json_string(p, std::string_view(scratch_.data(), static_cast<std::size_t>(end - scratch_.data())));
        }
        *p++ = '}';
    }
    return write_text(p, "]}");
}

}  // namespace kalends::cli
