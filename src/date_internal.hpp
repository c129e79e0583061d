// Internals shared by date.cpp and date_arithmetic.cpp: years counted without
// gaps, month arithmetic, and the
// regulation of a day that a month lacks.
#pragma once

#include <kalends/calendar.hpp>
#include <kalends/date.hpp>
#include <kalends/error.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace kalends::detail {

// A month of an extended year (years counted without gaps, as Temporal's
// arithmetic year).
struct extended_month {
    std::int64_t year;  // extended
    int month;          // ordinal
};

// The calendar's own year for an extended year, or nullopt if it is outside the range.
std::optional<int> calendar_year_of(const calendar_entry& backend, std::int64_t extended_year);

// Month arithmetic on any calendar, through calendar_backend::months_before_year:
// O(1) virtual calls for a fixed number of months a year and O(log range) at
// worst, for built-in and user calendars alike.
class month_arithmetic {
public:
    explicit month_arithmetic(const calendar_entry& backend);

    // `start` plus `n` months (any sign); nullopt if a year reached is outside
    // the range. Precondition: start is a valid month of a valid year.
    [[nodiscard]] std::optional<extended_month> add(extended_month start, std::int64_t n) const;
    // The number of months from a to b (negative if b is earlier). Precondition: both valid.
    [[nodiscard]] std::int64_t between(extended_month a, extended_month b) const;

private:
    // Precondition: the extended year is in the range.
    [[nodiscard]] std::int64_t months_before(std::int64_t extended_year) const;

    const calendar_entry& backend_;
    std::int64_t first_year_;  // extended
    std::int64_t last_year_;
};

// The first day number of the month that exists (1 except where a calendar
// change skips the start of a month). Precondition: the month is valid.
int first_day_of_month(const calendar_entry& backend, int year, int month);
// The last day number of the month that exists.
int last_day_of_month(const calendar_entry& backend, int year, int month);
// The day numbers of the first and last days of a year that exist. Precondition: the year is valid.
std::int64_t first_jdn_of_year(const calendar_entry& backend, int year);
std::int64_t last_jdn_of_year(const calendar_entry& backend, int year);

// The JDN of `day` of the month, regulated: under constrain a day past the end
// becomes the last day and a skipped day the next one that exists; under
// reject those are errors. Day < 1 is always an error.
// `landed`, if given, gets the day the result is.
result<std::int64_t> regulate_day(const calendar_entry& backend, int year, int month, std::int64_t day,
                                  overflow mode, int* landed = nullptr);

// The ordinal month with `code` in `year`, or the month overflow::constrain
// puts in its place (Hebrew M05L -> M06, MnnL -> Mnn, a missing Mnn -> the
// last month); under reject an error if the year has no such month.
result<int> resolve_month_code(const calendar_entry& backend, month_code code, int year, overflow mode);

}  // namespace kalends::detail

namespace kalends {

// Makes dates for the library's own code. Precondition: jdn is in the calendar's range.
struct date_access {
    static date make(const calendar& cal, std::int64_t jdn) { return date(cal, jdn, cal.backend().jdn_to_date(jdn)); }
    // When the parts of `jdn` are known already.
    static date make(const calendar& cal, std::int64_t jdn, const date_parts& parts) noexcept {
        return date(cal, jdn, parts);
    }
};

}  // namespace kalends
