#include "converter.hpp"

#include "date_parse.hpp"
#include "text.hpp"
#include "today.hpp"

#include <kalends/bulk.hpp>
#include <kalends/names.hpp>

#include <cstring>

namespace kalends::cli {
namespace {

char* write_text(char* out, std::string_view text) noexcept {
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
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
        if (options_.json) bound += 1536 + 6 * target.name.size() + (options_.format ? 6 * options_.format->max_size() : 0);
    }
    line_bound_ = bound;
}

void converter::add(std::string_view text, std::uint64_t number, std::string_view failure) {
    entries_.push_back({texts_.size(), text.size(), number, !failure.empty()});
    texts_.append(text);
    if (reasons_.size() < entries_.size()) reasons_.resize(entries_.size());
    reasons_[entries_.size() - 1].assign(failure);
}

void converter::fail(std::size_t i, std::string_view reason) {
    entries_[i].failed = true;
    reasons_[i].assign(reason);
}

// Inputs to day numbers: parsed here, then (for a calendar) converted by one
// bulk call. A failed input gets invalid_jdn, which every later bulk call
// passes through as invalid.
void converter::parse_range(std::size_t first, std::size_t last) {
    const endpoint& from = options_.from;
    for (std::size_t i = first; i < last; ++i) {
        input_parts_[i] = kalends::invalid_parts;
        jdns_[i] = kalends::invalid_jdn;
        if (entries_[i].failed) continue;
        const std::string_view text = text_of(i);
        if (const day_word word = read_day_word(text); word.matched) {  // today, @SECONDS ...: a day, whatever --from
            if (!word.jdn) {
                fail(i, word.problem);
                continue;
            }
            jdns_[i] = *word.jdn;
            if (!from.is_calendar()) continue;
            const auto parts = from.cal->try_parts_from_date(*word.jdn);
            if (!parts) {
                fail(i, parts.error().message());
                continue;
            }
            input_parts_[i] = *parts;
            continue;
        }
        if (from.is_calendar() && !options_.input_formats.empty()) {
            if (const auto parsed = read_with_formats(text, *from.cal)) {
                input_parts_[i] = *parsed;
            } else {
                fail(i, scratch_);
            }
            continue;
        }
        if (from.is_calendar()) {
            const ymd_text ymd = parse_ymd(text);
            if (ymd.status != text_status::ok) {
                fail(i, describe_ymd_failure(ymd));
                continue;
            }
            input_parts_[i] = {ymd.year, ymd.month, ymd.day};
            continue;
        }
        const int64_result count = parse_int64(text);
        if (count.status != text_status::ok) {
            fail(i, describe_int64_failure(count));
        } else if (const auto jdn = jdn_of_count(from.count, count.value)) {
            jdns_[i] = *jdn;
            if (from.count == day_count::unix_days) warn_if_seconds(count.value);
        } else {
            fail(i, "the day count is too large to be converted to a Julian Day Number");
        }
    }
    if (!from.is_calendar()) return;
    const std::size_t n = last - first;
    (void)kalends::dates_from_parts(*from.cal, std::span(input_parts_).subspan(first, n),
                                    std::span(jdns_).subspan(first, n));
    for (std::size_t i = first; i < last; ++i) {
        if (jdns_[i] != kalends::invalid_jdn || entries_[i].failed) continue;
        const date_parts& p = input_parts_[i];
        const auto converted = from.cal->try_date_from_parts(p);
        fail(i, converted ? std::string("the date is not valid") : converted.error().message());
    }
}

void converter::convert_range(std::size_t first, std::size_t last) {
    parse_range(first, last);
    const std::size_t n = last - first;
    for (std::size_t t = 0; t < options_.to.size(); ++t) {
        const endpoint& target = options_.to[t];
        if (target.is_calendar()) {
            (void)kalends::parts_from_dates(*target.cal, std::span(jdns_).subspan(first, n),
                                            std::span(parts_[t]).subspan(first, n));
            if (options_.every_calendar) continue;  // out of this calendar's range: an empty field
            for (std::size_t i = first; i < last; ++i) {
                if (!entries_[i].failed && parts_[t][i].month == 0) {
                    // Without an exception or a temporary string: a batch may hold many days outside a calendar.
                    scratch_.clear();
                    target.cal->try_parts_from_date(jdns_[i]).error().append_message(scratch_);
                    fail(i, scratch_);
                }
            }
            continue;
        }
        for (std::size_t i = first; i < last; ++i) {
            if (entries_[i].failed) continue;
            if (const auto count = count_of_jdn(target.count, jdns_[i])) {
                counts_[t][i] = *count;
            } else {
                fail(i, "JDN " + std::to_string(jdns_[i]) + " does not fit a " + target.name + " day count");
            }
        }
    }
}

std::size_t converter::write(output_buffer& out, const report_fn& report) {
    const std::size_t n = entries_.size();
    input_parts_.resize(n);
    jdns_.resize(n);
    for (auto& p : parts_) p.resize(n);
    for (auto& c : counts_) c.resize(n);
    try {
        convert_range(0, n);
    } catch (const io_error&) {
        throw;
    } catch (const std::exception&) {
        // A user calendar's backend threw: find the inputs it threw for, one at
        // a time, and report it for those only.
        for (std::size_t i = 0; i < n; ++i) {
            try {
                convert_range(i, i + 1);
            } catch (const io_error&) {
                throw;
            } catch (const std::exception& e) {
                fail(i, std::string("conversion failed: ") + e.what());
            }
        }
    }
    std::size_t failures = 0;
    for (std::size_t i = 0; i < n; ++i) {
        write_line(i, out);
        if (entries_[i].failed) {
            ++failures;
            report(entries_[i].number, text_of(i), reasons_[i]);
        }
    }
    entries_.clear();
    texts_.clear();
    return failures;
}

bool converter::convert(std::string_view text, output_buffer& out, std::string& reason) {
    add(text, 1);
    bool ok = true;
    write(out, [&](std::uint64_t, std::string_view, std::string_view why) {
        reason.assign(why);
        ok = false;
    });
    return ok;
}

std::optional<date_parts> converter::read_with_formats(std::string_view text, const kalends::calendar& cal) {
    std::optional<error_info> first_error;
    for (const kalends::date_format& format : options_.input_formats) {
        const auto parsed = format.try_parse(text, cal, options_.input_mode);
        if (parsed) return *parsed;
        if (!first_error) first_error = parsed.error();
    }
    scratch_.clear();
    if (options_.input_formats.size() > 1) {
        // The input formats tried, then why the first one failed.
        scratch_ += "matches none of the input formats";
        for (const kalends::date_format& format : options_.input_formats) {
            scratch_ += ' ';
            scratch_ += quoted(format.pattern());
        }
        scratch_ += "; with the first: ";
    }
    first_error->append_message(scratch_);
    return std::nullopt;
}

void converter::warn_if_seconds(std::int64_t unix_days) {
    // Day 9 872 000 after 1970 is in year 28 968: a count beyond it is almost surely seconds.
    constexpr std::int64_t implausible_days = 9'872'000;
    if (warned_seconds_ || !options_.warn || (unix_days < implausible_days && unix_days > -implausible_days)) return;
    warned_seconds_ = true;
    options_.warn("--from unix reads days since 1970-01-01; " + std::to_string(unix_days) +
                  " reads like seconds: for seconds use --from unix-seconds (or @" + std::to_string(unix_days) + ")");
}

void converter::write_failure(std::size_t i, output_buffer& out) {
    if (!options_.json) {
        out.put('\n');
        return;
    }
    // JSON Lines stay one object per input: the input and why it failed.
    const std::string_view text = text_of(i);
    char* p = out.reserve(32 + 6 * (text.size() + reasons_[i].size()));
    p = write_text(p, "{\"input\":");
    p = write_json_string(p, text);
    p = write_text(p, ",\"error\":");
    p = write_json_string(p, reasons_[i]);
    p = write_text(p, "}\n");
    out.commit(p);
}

void converter::write_line(std::size_t i, output_buffer& out) {
    if (entries_[i].failed) {
        write_failure(i, out);
        return;
    }
    try {
        const std::int64_t jdn = jdns_[i];
        char* p = out.reserve(line_bound_ + (options_.json ? 6 * entries_[i].size : 0));
        if (options_.json) {
            p = write_json(p, i);
        } else {
            for (std::size_t t = 0; t < options_.to.size(); ++t) {
                const endpoint& target = options_.to[t];
                if (t != 0) *p++ = '\t';
                if (!target.is_calendar()) {
                    p = write_int64(p, counts_[t][i]);
                } else if (!holds(t, i)) {
                    // Empty: the calendar's range does not hold the date.
                } else if (options_.format) {
                    const date_parts& d = parts_[t][i];
                    p = options_.format->write(p, *target.cal, d, jdn);
                } else {
                    p = write_ymd(p, parts_[t][i]);
                }
            }
        }
        *p++ = '\n';
        out.commit(p);
    } catch (const io_error&) {
        throw;
    } catch (const std::exception& e) {
        // Nothing of the line was committed.
        fail(i, std::string("conversion failed: ") + e.what());
        write_failure(i, out);
    }
}

char* converter::write_json(char* p, std::size_t i) {
    const std::string_view text = text_of(i);
    const std::int64_t jdn = jdns_[i];
    p = write_text(p, "{\"input\":");
    p = write_json_string(p, text);
    p = write_text(p, ",\"from\":");
    p = write_json_string(p, options_.from.name);
    p = write_text(p, ",\"jdn\":");
    p = write_int64(p, jdn);
    p = write_text(p, ",\"results\":[");
    for (std::size_t t = 0; t < options_.to.size(); ++t) {
        const endpoint& target = options_.to[t];
        if (t != 0) *p++ = ',';
        if (!target.is_calendar()) {
            p = write_text(p, "{\"day_count\":");
            p = write_json_string(p, target.name);
            p = write_text(p, ",\"value\":");
            p = write_int64(p, counts_[t][i]);
            *p++ = '}';
            continue;
        }
        const kalends::calendar& cal = *target.cal;
        const date_parts& d = parts_[t][i];
        p = write_text(p, "{\"calendar\":");
        p = write_json_string(p, target.name);
        if (!holds(t, i)) {
            p = write_text(p, ",\"date\":null}");
            continue;
        }
        const int weekday = cal.day_of_week(jdn);
        p = write_text(p, ",\"date\":\"");
        p = write_ymd(p, d);
        p = write_text(p, "\",\"year\":");
        p = write_int64(p, d.year);
        p = write_text(p, ",\"month\":");
        p = write_int64(p, d.month);
        p = write_text(p, ",\"day\":");
        p = write_int64(p, d.day);
        p = write_text(p, ",\"month_code\":");
        p = write_json_string(p, cal.month_code_of(d.month, d.year).view());
        if (const auto era = cal.try_era_of(d); era && !era->era.empty()) {
            p = write_text(p, ",\"era\":");
            p = write_json_string(p, era->era.substr(0, 64));
            p = write_text(p, ",\"era_year\":");
            p = write_int64(p, era->year);
        }
        if (const auto cycle = cal.try_cycle_year(d.year)) {
            p = write_text(p, ",\"cyclic_year\":");
            p = write_int64(p, *cycle);
        }
        p = write_text(p, ",\"day_of_year\":");
        p = write_int64(p, cal.day_of_year(d));
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
            const char* end = options_.format->write(scratch_.data(), cal, d, jdn);
            p = write_text(p, ",\"formatted\":");
            p = write_json_string(p, std::string_view(scratch_.data(), static_cast<std::size_t>(end - scratch_.data())));
        }
        *p++ = '}';
    }
    return write_text(p, "]}");
}

}  // namespace kalends::cli
