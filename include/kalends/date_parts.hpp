// The fields of a date in one calendar, as QCalendar::YearMonthDay holds them.
#pragma once

namespace kalends {

// Year in the calendar's own numbering (no year 0 unless the calendar has one),
// ordinal month 1..months_in_year, day 1..days_in_month.
struct date_parts {
    int year = 0;
    int month = 0;
    int day = 0;

    friend constexpr bool operator==(const date_parts&, const date_parts&) = default;
};

// A month of a year, in the calendar's own numbering.
struct year_month {
    int year = 0;
    int month = 0;

    friend constexpr bool operator==(const year_month&, const year_month&) = default;
};

// The years first..last of a calendar, both included.
struct year_bounds {
    int first = 0;
    int last = 0;

    friend constexpr bool operator==(const year_bounds&, const year_bounds&) = default;
    [[nodiscard]] constexpr bool contains(int year) const noexcept { return year >= first && year <= last; }
};

}  // namespace kalends
