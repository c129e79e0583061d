// kalends::duration: a calendar duration of years, months, weeks and days,
// as ECMAScript Temporal's Duration without its time part.
//
// All four fields have the same sign (or are zero). Their magnitudes are
// bounded so that every step of date arithmetic is exact in 64-bit integers:
// years, months and weeks up to max_years / max_months / max_weeks
// (2^32 - 1, Temporal's own limit), days up to max_days (2^42 - 1, more than
// the span of any calendar whose years fit in int32). Values outside those
// bounds are rejected when the duration is made, never wrapped.
//
// Text form (ISO 8601 / Temporal): an optional sign, "P", then at least one
// of nY, nM, nW, nD in that order, each at most once ("P1Y2M10D", "-P3W",
// "P0D"; designators may be lowercase). A time part ("PT5H", "P1DT2H") and
// fractions ("P1.5D") are refused with a message that says so.
#pragma once

#include <kalends/error.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kalends {

class duration {
public:
    static constexpr std::int64_t max_years = 4'294'967'295;   // 2^32 - 1
    static constexpr std::int64_t max_months = 4'294'967'295;  // 2^32 - 1
    static constexpr std::int64_t max_weeks = 4'294'967'295;   // 2^32 - 1
    static constexpr std::int64_t max_days = 4'398'046'511'103;  // 2^42 - 1

    // The zero duration ("P0D").
    constexpr duration() noexcept = default;
    // Throws kalends::error (errc::invalid_duration) if the fields have mixed
    // signs or one exceeds its bound; the message names the field.
    duration(std::int64_t years, std::int64_t months, std::int64_t weeks, std::int64_t days);
    [[nodiscard]] static result<duration> try_make(std::int64_t years, std::int64_t months, std::int64_t weeks,
                                                   std::int64_t days);

    static duration of_years(std::int64_t n) { return duration(n, 0, 0, 0); }
    static duration of_months(std::int64_t n) { return duration(0, n, 0, 0); }
    static duration of_weeks(std::int64_t n) { return duration(0, 0, n, 0); }
    static duration of_days(std::int64_t n) { return duration(0, 0, 0, n); }

    // Parses the text form above. Throws kalends::error (errc::invalid_duration,
    // for bad syntax and for a field beyond its bound alike) whose message
    // quotes the text and says what is wrong and what is allowed.
    [[nodiscard]] static duration parse(std::string_view text);
    [[nodiscard]] static result<duration> try_parse(std::string_view text);

    [[nodiscard]] constexpr std::int64_t years() const noexcept { return years_; }
    [[nodiscard]] constexpr std::int64_t months() const noexcept { return months_; }
    [[nodiscard]] constexpr std::int64_t weeks() const noexcept { return weeks_; }
    [[nodiscard]] constexpr std::int64_t days() const noexcept { return days_; }
    // -1, 0 or 1.
    [[nodiscard]] constexpr int sign() const noexcept {
        const std::int64_t any = years_ != 0 ? years_ : months_ != 0 ? months_ : weeks_ != 0 ? weeks_ : days_;
        return any > 0 ? 1 : any < 0 ? -1 : 0;
    }
    [[nodiscard]] constexpr bool is_zero() const noexcept { return sign() == 0; }
    // Never fails: the bounds are symmetric.
    [[nodiscard]] constexpr duration negated() const noexcept { return duration(-years_, -months_, -weeks_, -days_, 0); }
    [[nodiscard]] constexpr duration abs() const noexcept { return sign() < 0 ? negated() : *this; }

    // "P1Y2M10D", "-P3W", "P0D".
    [[nodiscard]] std::string to_string() const;
    // The same written at `out`, at most max_text_size bytes; returns the end.
    static constexpr std::size_t max_text_size = 2 + 3 * 11 + 14;  // "-P", three 10-digit fields, 13 digits of days
    char* write(char* out) const noexcept;

    friend constexpr bool operator==(const duration&, const duration&) = default;

private:
    constexpr duration(std::int64_t y, std::int64_t m, std::int64_t w, std::int64_t d, int /*unchecked*/) noexcept
        : years_(y), months_(m), weeks_(w), days_(d) {}

    std::int64_t years_ = 0;
    std::int64_t months_ = 0;
    std::int64_t weeks_ = 0;
    std::int64_t days_ = 0;
};

}  // namespace kalends
