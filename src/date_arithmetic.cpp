// Temporal-style arithmetic on kalends::date: add, subtract, until, since.
//
// add follows Temporal's NonISODateAdd: the years are added to the extended
// year keeping the month code (constrained or rejected if that year lacks
// it), then the months are added counting ordinal months, then the day is
// regulated once, then weeks and days are added to the day number.
//
// until follows Temporal's NonISODateUntil, whose loops over candidate
// years, months and weeks are replaced by closed forms: the number of years
// (months) is the difference of the years (of the month counts) or one less,
// whichever does not "surpass" the end date in Temporal's field-by-field
// comparison; the rest is a difference of day numbers.
#include "date_internal.hpp"
#include "diagnostics.hpp"
#include "enum_checks.hpp"

#include <kalends/date.hpp>
#include <kalends/detail/integer_math.hpp>

#include <climits>
#include <string>

namespace kalends {
namespace detail {
namespace {

// An error about adding `d` to `from`: the duration, the date and its calendar.
error_info adding(const duration& d, const date& from, errc code, const char* wording) {
    error_info failure = error_info(code, error_field::duration, wording)
                               .with_min(from.get_calendar().minimum_year())
                               .with_max(from.get_calendar().maximum_year())
                               .with_calendar(calendar_of(entry_of(from.get_calendar())))
                               .with_context({from.year(), from.month(), from.day()});
    char text[duration::max_text_size];
    failure.text = error_text(std::string_view(text, d.write(text)));
    return failure;
}

}  // namespace

std::optional<int> calendar_year_of(const detail::calendar_entry& backend, std::int64_t extended_year) {
    // Range first: the step from an extended year to a year without 0 must not overflow.
    if (extended_year < INT_MIN || extended_year > INT_MAX) return std::nullopt;
    const std::int64_t year = (backend.has_year_zero() || extended_year >= 1) ? extended_year : extended_year - 1;
    if (year < INT_MIN) return std::nullopt;
    const int y = static_cast<int>(year);
    if (!backend.is_year_valid(y)) return std::nullopt;
    return y;
}

month_arithmetic::month_arithmetic(const detail::calendar_entry& backend)
    : backend_(backend),
      first_year_(calendar_backend::extended_year(backend.minimum_year(), backend.has_year_zero())),
      last_year_(calendar_backend::extended_year(backend.maximum_year(), backend.has_year_zero())) {}

std::int64_t month_arithmetic::months_before(std::int64_t extended_year) const {
    return backend_.months_before_year(*calendar_year_of(backend_, extended_year));
}

std::optional<extended_month> month_arithmetic::add(extended_month start, std::int64_t n) const {
    // The month count of the target, from the start of year 1. |count| < 2^40
    // for any backend that passed registration, and |n| < 2^33.
    const std::int64_t start_count = months_before(start.year);
    const std::int64_t target = start_count + (start.month - 1) + n;

    // First the year the start year's length predicts: right for every
    // calendar of fixed months and for short steps in the others, in two
    // virtual calls instead of a search.
    const int start_months = backend_.months_in_year(*calendar_year_of(backend_, start.year));
    const std::int64_t offset = start.month - 1 + n;
    const std::int64_t predicted =
        start.year + offset / start_months - (offset % start_months < 0 ? 1 : 0);
    if (predicted >= first_year_ && predicted <= last_year_) {
        const std::int64_t count = predicted == start.year ? start_count : months_before(predicted);
        if (count <= target) {
            const int year_months = predicted == start.year
                                        ? start_months
                                        : backend_.months_in_year(*calendar_year_of(backend_, predicted));
            if (target - count < year_months) return extended_month{predicted, static_cast<int>(target - count + 1)};
        }
    }

    const std::int64_t first = months_before(first_year_);
    const std::int64_t end = months_before(last_year_) + backend_.months_in_year(backend_.maximum_year());
    if (target < first || target >= end) return std::nullopt;

    // The year holding month `target`: the last year whose count is <= target.
    // Estimate it from the mean months per year over the range (exact for
    // fixed-month calendars, within a year or two for Hebrew), then gallop:
    // O(log of the estimate's error) virtual calls, bounded by the range.
    const auto span_years = static_cast<double>(last_year_ - first_year_ + 1);
    const double per_year = static_cast<double>(end - first) / span_years;
    auto guess = first_year_ + static_cast<std::int64_t>(static_cast<double>(target - first) / per_year);
    guess = guess < first_year_ ? first_year_ : guess > last_year_ ? last_year_ : guess;
    std::int64_t low = first_year_;   // months_before(low) <= target
    std::int64_t high = last_year_;   // the answer is <= high
    if (months_before(guess) <= target) {
        low = guess;
        for (std::int64_t step = 1; low < high; step *= 2) {
            const std::int64_t probe = high - low > step ? low + step : high;
            if (months_before(probe) > target) {
                high = probe - 1;
                break;
            }
            low = probe;
        }
    } else {
        high = guess - 1;
        for (std::int64_t step = 1; low < high; step *= 2) {
            const std::int64_t probe = high - low > step ? high - step : low;
            if (months_before(probe) <= target) {
                low = probe;
                break;
            }
            high = probe - 1;
        }
    }
    while (low < high) {  // binary search in [low, high]
        const std::int64_t middle = low + (high - low + 1) / 2;
        if (months_before(middle) <= target) {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    const std::int64_t month = target - months_before(low) + 1;
    // A backend whose count disagrees with its months fails here, not with a wrong date.
    if (month < 1 || month > backend_.months_in_year(*calendar_year_of(backend_, low))) return std::nullopt;
    return extended_month{low, static_cast<int>(month)};
}

std::int64_t month_arithmetic::between(extended_month a, extended_month b) const {
    return (months_before(b.year) + b.month) - (months_before(a.year) + a.month);
}

int first_day_of_month(const detail::calendar_entry& backend, int year, int month) {
    const int last = backend.days_in_month(month, year);
    for (int day = 1; day < last; ++day) {
        if (backend.checked_date_to_jdn(year, month, day)) return day;
    }
    return last;
}

int last_day_of_month(const detail::calendar_entry& backend, int year, int month) {
    const int last = backend.days_in_month(month, year);
    for (int day = last; day > 1; --day) {
        if (backend.checked_date_to_jdn(year, month, day)) return day;
    }
    return 1;
}

std::int64_t first_jdn_of_year(const detail::calendar_entry& backend, int year) {
    return *backend.checked_date_to_jdn(year, 1, first_day_of_month(backend, year, 1));
}

std::int64_t last_jdn_of_year(const detail::calendar_entry& backend, int year) {
    const int month = backend.months_in_year(year);
    return *backend.checked_date_to_jdn(year, month, last_day_of_month(backend, year, month));
}

result<std::int64_t> regulate_day(const detail::calendar_entry& backend, int year, int month, std::int64_t day,
                                  overflow mode, int* landed) {
    const int last = backend.days_in_month(month, year);
    if (day < 1 || (day > last && mode == overflow::reject)) {
        const int shown = day < 1 ? 0 : static_cast<int>(day > INT_MAX ? INT_MAX : day);
        if (auto failure = check_date(backend, year, month, shown)) {
            if (day >= 1 && failure->wording == msg::day_out_of_range) failure->wording = msg::day_out_of_range_reject;
            return *failure;
        }
    }
    int d = static_cast<int>(day > last ? last : day);
    const auto found = [&](std::int64_t jdn) {
        if (landed != nullptr) *landed = d;
        return jdn;
    };
    if (auto jdn = backend.checked_date_to_jdn(year, month, d)) return found(*jdn);
    if (mode == overflow::constrain) {
        for (++d; d <= last; ++d) {
            if (auto jdn = backend.checked_date_to_jdn(year, month, d)) return found(*jdn);
        }
    }
    return error_info(errc::invalid_day, error_field::day, mode == overflow::reject ? msg::day_skipped_reject : msg::day_skipped).with_value(day).with_calendar(calendar_of(backend)).with_context({year, month});
}

result<int> resolve_month_code(const detail::calendar_entry& backend, month_code code, int year, overflow mode) {
    if (auto month = backend.month_of_code(code, year)) return *month;
    const int months = backend.months_in_year(year);
    if (mode == overflow::constrain) {
        if (code.is_leap()) {
            if (auto month = backend.month_of_code(backend.month_code_for_missing_leap(code), year)) return *month;
        }
        return code.number() < months ? code.number() : months;
    }
    return error_info(errc::invalid_month, error_field::month_code, msg::month_code_missing).with_calendar(calendar_of(backend)).with_context({year}).with_text(error_text(code.view()));
}

}  // namespace detail

namespace {

using detail::extended_month;

// Temporal's CompareSurpasses on (year, month code or ordinal month, day):
// true if the first differing field lies beyond the target in the direction `sign`.
template <class Month>
bool surpasses(int sign, std::int64_t year, Month month, std::int64_t day, std::int64_t target_year,
               Month target_month, std::int64_t target_day) {
    if (year != target_year) return sign * (year < target_year ? -1 : 1) > 0;
    if (!(month == target_month)) return sign * (month < target_month ? -1 : 1) > 0;
    if (day != target_day) return sign * (day < target_day ? -1 : 1) > 0;
    return false;
}

struct code_order {
    month_code code;
    friend bool operator==(const code_order& a, const code_order& b) { return a.code == b.code; }
    friend bool operator<(const code_order& a, const code_order& b) {
        return a.code.number() != b.code.number() ? a.code.number() < b.code.number()
                                                  : (!a.code.is_leap() && b.code.is_leap());
    }
};

}  // namespace

result<date> date::try_add(const duration& d, overflow mode) const {
    if (auto failure = detail::check_enum(mode)) return *failure;
    const detail::calendar_entry& backend = detail::entry_of(calendar_);
    std::int64_t jdn = jdn_;
    std::optional<date_parts> landed;  // the date reached by years and months, if that is the end
    if (d.years() != 0 || d.months() != 0) {
        const std::int64_t year0 = extended_year() + d.years();
        const auto y0 = d.years() == 0 ? std::optional(year()) : detail::calendar_year_of(backend, year0);
        if (!y0) {
            error_info failure = detail::adding(d, *this, errc::invalid_year, detail::msg::adding_reaches_extended_year);
            failure.value = year0;
            return failure;
        }
        // In its own year a month's code names the month itself: no lookup.
        const result<int> m0 =
            d.years() == 0 ? result<int>(month()) : detail::resolve_month_code(backend, month_code(), *y0, mode);
        if (!m0) return m0.error();
        const detail::month_arithmetic months(backend);
        const auto ym = months.add(extended_month{year0, *m0}, d.months());
        if (!ym) return detail::adding(d, *this, errc::invalid_year, detail::msg::adding_reaches_year);
        const int year_reached = *detail::calendar_year_of(backend, ym->year);
        int day_reached = 0;
        const result<std::int64_t> regulated = detail::regulate_day(backend, year_reached, ym->month, day(), mode, &day_reached);
        if (!regulated) return regulated.error();
        jdn = *regulated;
        if (d.weeks() == 0 && d.days() == 0) landed = date_parts{year_reached, ym->month, day_reached};
    }
    // |jdn| < 2^41 and |7 weeks + days| < 2^43: exact.
    jdn += 7 * d.weeks() + d.days();
    if (jdn < backend.first_jdn() || jdn > backend.last_jdn()) {
        error_info failure = detail::adding(d, *this, errc::jdn_out_of_range, detail::msg::adding_reaches_jdn);
        failure.value = jdn;
        failure.min = backend.first_jdn();
        failure.max = backend.last_jdn();
        return failure;
    }
    return landed ? date_access::make(calendar_, jdn, *landed) : date_access::make(calendar_, jdn);
}

date date::add(const duration& d, overflow mode) const { return try_add(d, mode).value(); }
result<date> date::try_subtract(const duration& d, overflow mode) const { return try_add(d.negated(), mode); }
date date::subtract(const duration& d, overflow mode) const { return try_add(d.negated(), mode).value(); }

result<duration> date::try_until(const date& other_any, date_unit largest) const {
    if (auto failure = detail::check_enum(largest)) return *failure;
    const result<date> converted = other_any.try_with_calendar(calendar_);
    if (!converted) return converted.error();
    const date& other = *converted;
    const std::int64_t diff = other.jdn_ - jdn_;
    if (diff == 0) return duration();
    if (largest == date_unit::days) return duration::try_make(0, 0, 0, diff);
    if (largest == date_unit::weeks) return duration::try_make(0, 0, diff / 7, diff % 7);

    const detail::calendar_entry& backend = detail::entry_of(calendar_);
    const int sign = diff > 0 ? 1 : -1;
    const std::int64_t start_year = extended_year();
    const std::int64_t end_year = other.extended_year();
    const kalends::month_code start_code = month_code();
    const int start_day = day();

    std::int64_t years = 0;
    if (largest == date_unit::years) {
        years = end_year - start_year;
        if (years != 0) {
            // Does adding `years` surpass the end? First by month code, then by the constrained ordinal month.
            const int y0 = *detail::calendar_year_of(backend, end_year);
            bool beyond = surpasses(sign, end_year, code_order{start_code}, start_day, end_year,
                                    code_order{other.month_code()}, other.day());
            if (!beyond) {
                const int m0 = *detail::resolve_month_code(backend, start_code, y0, overflow::constrain);
                beyond = surpasses(sign, end_year, m0, start_day, end_year, other.month(), other.day());
            }
            if (beyond) years -= sign;
        }
    }
    const std::int64_t year0 = start_year + years;
    const int y0 = *detail::calendar_year_of(backend, year0);
    const int m0 = *detail::resolve_month_code(backend, start_code, y0, overflow::constrain);
    const detail::month_arithmetic counter(backend);
    std::int64_t months = counter.between(extended_month{year0, m0}, extended_month{end_year, other.month()});
    if (months != 0 && surpasses(sign, end_year, other.month(), start_day, end_year, other.month(), other.day())) {
        months -= sign;
    }
    const auto ym = counter.add(extended_month{year0, m0}, months);
    if (!ym) {  // only a backend whose months_before_year disagrees with its months gets here
        return error_info(errc::invalid_backend, error_field::backend, detail::msg::month_count_disagrees).with_calendar(detail::calendar_of(backend));
    }
    const result<std::int64_t> base =
        detail::regulate_day(backend, *detail::calendar_year_of(backend, ym->year), ym->month, start_day,
                             overflow::constrain);
    if (!base) return base.error();
    return duration::try_make(years, months, 0, other.jdn_ - *base);
}

duration date::until(const date& other, date_unit largest) const { return try_until(other, largest).value(); }

result<duration> date::try_since(const date& other, date_unit largest) const {
    result<duration> forward = try_until(other, largest);
    if (!forward) return forward;
    return forward.value().negated();
}

duration date::since(const date& other, date_unit largest) const { return try_since(other, largest).value(); }

}  // namespace kalends
