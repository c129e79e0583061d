// Internals shared by date.cpp and date_arithmetic.cpp: years counted without
// gaps, month arithmetic in O(1) where the calendar allows it, and the
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
struct year_month {
    std::int64_t year;  // extended
    int month;          // ordinal
};

// The calendar's own year for an extended year, or nullopt if it is outside the range.
std::optional<int> calendar_year_of(const calendar_backend& backend, std::int64_t extended_year) noexcept;

// How a calendar's months can be counted.
class month_arithmetic {
public:
    explicit month_arithmetic(const calendar_backend& backend);

    // `start` plus `n` months (any sign); nullopt if a year reached is outside
    // the range. Precondition: start is a valid month of a valid year.
    [[nodiscard]] std::optional<year_month> add(year_month start, std::int64_t n) const;
    // The number of months from a to b (negative if b is earlier). Precondition: both valid.
    [[nodiscard]] std::int64_t between(year_month a, year_month b) const;

private:
    enum class kind { fixed, hebrew, walk };
    [[nodiscard]] int months_in(std::int64_t extended_year) const;

    const calendar_backend& backend_;
    kind kind_;
    int months_per_year_ = 12;  // kind::fixed
};

// The first day number of the month that exists (1 except where a calendar
// change skips the start of a month). Precondition: the month is valid.
int first_day_of_month(const calendar_backend& backend, int year, int month);

// The JDN of `day` of the month, regulated: under constrain a day past the end
// becomes the last day and a skipped day the next one that exists; under
// reject those are errors. Day < 1 is always an error.
result<std::int64_t> regulate_day(const calendar_backend& backend, int year, int month, std::int64_t day,
                                  overflow mode);

// The ordinal month with `code` in `year`, or the month overflow::constrain
// puts in its place (Hebrew M05L -> M06, MnnL -> Mnn, a missing Mnn -> the
// last month); under reject an error if the year has no such month.
result<int> resolve_month_code(const calendar_backend& backend, month_code code, int year, overflow mode);

std::string calendar_label(const calendar_backend& backend);

}  // namespace kalends::detail

namespace kalends {

// Makes dates for the library's own code. Precondition: jdn is in the calendar's range.
struct date_access {
    static date make(const calendar& cal, std::int64_t jdn) { return date(cal, jdn, cal.backend().jdn_to_date(jdn)); }
};

}  // namespace kalends
