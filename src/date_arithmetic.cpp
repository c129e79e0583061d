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
#include "changeover_backend.hpp"
#include "date_internal.hpp"
#include "diagnostics.hpp"

#include <kalends/calendars/hebrew.hpp>
#include <kalends/date.hpp>
#include <kalends/detail/integer_math.hpp>

#include <climits>
#include <string>

namespace kalends {
namespace detail {
namespace {

std::string describe(const date& d) { return d.to_string() + " in calendar " + quoted(d.get_calendar().name()); }

}  // namespace

std::string calendar_label(const calendar_backend& backend) {
    return backend.names().empty() ? std::string("(unnamed)") : quoted(backend.names().front());
}

std::optional<int> calendar_year_of(const calendar_backend& backend, std::int64_t extended_year) noexcept {
    const std::int64_t year = (backend.has_year_zero() || extended_year >= 1) ? extended_year : extended_year - 1;
    if (year < INT_MIN || year > INT_MAX) return std::nullopt;
    const int y = static_cast<int>(year);
    if (!backend.is_year_valid(y)) return std::nullopt;
    return y;
}

month_arithmetic::month_arithmetic(const calendar_backend& backend) : backend_(backend), kind_(kind::walk) {
    if (backend.system() == calendar_system::hebrew) {
        kind_ = kind::hebrew;
    } else if (backend.system() != calendar_system::user || dynamic_cast<const changeover_backend*>(&backend)) {
        // Every other built-in has the same number of months in every year.
        kind_ = kind::fixed;
        months_per_year_ = backend.maximum_months_in_year();
    }
}

int month_arithmetic::months_in(std::int64_t extended_year) const {
    return backend_.months_in_year(*calendar_year_of(backend_, extended_year));
}

std::optional<year_month> month_arithmetic::add(year_month start, std::int64_t n) const {
    switch (kind_) {
        case kind::fixed: {
            // |year| < 2^33 and |n| < 2^33 after the checks upstream: no overflow.
            const std::int64_t m = months_per_year_;
            const std::int64_t total = start.year * m + (start.month - 1) + n;
            const year_month result{floor_div(total, m), static_cast<int>(floor_mod(total, m)) + 1};
            if (!calendar_year_of(backend_, result.year)) return std::nullopt;
            return result;
        }
        case kind::hebrew: {
            using kernels::hebrew;
            // Month count since Tishri AM 1; 235 months in 19 years.
            const std::int64_t g = hebrew::months_before(start.year) + (start.month - 1) + n;
            std::int64_t y = floor_div<std::int64_t>(19 * g, 235) + 1;
            while (hebrew::months_before(y) > g) --y;
            while (hebrew::months_before(y + 1) <= g) ++y;
            const year_month result{y, static_cast<int>(g - hebrew::months_before(y)) + 1};
            if (!calendar_year_of(backend_, result.year)) return std::nullopt;
            return result;
        }
        case kind::walk: break;
    }
    // A calendar registered at run time: walk the years crossed, O(years).
    year_month at = start;
    if (n >= 0) {
        while (true) {
            const std::int64_t left = months_in(at.year) - at.month;  // months after `at` in its year
            if (n <= left) return year_month{at.year, at.month + static_cast<int>(n)};
            n -= left + 1;
            ++at.year;
            if (!calendar_year_of(backend_, at.year)) return std::nullopt;
            at.month = 1;
        }
    }
    while (true) {
        if (at.month + n >= 1) return year_month{at.year, at.month + static_cast<int>(n)};
        n += at.month;
        --at.year;
        if (!calendar_year_of(backend_, at.year)) return std::nullopt;
        at.month = months_in(at.year);
    }
}

std::int64_t month_arithmetic::between(year_month a, year_month b) const {
    switch (kind_) {
        case kind::fixed: return (b.year - a.year) * months_per_year_ + (b.month - a.month);
        case kind::hebrew:
            return (kernels::hebrew::months_before(b.year) + b.month) - (kernels::hebrew::months_before(a.year) + a.month);
        case kind::walk: break;
    }
    if (a.year == b.year) return b.month - a.month;
    if (a.year > b.year) return -between(b, a);
    std::int64_t count = months_in(a.year) - a.month;
    for (std::int64_t y = a.year + 1; y < b.year; ++y) count += months_in(y);
    return count + b.month;
}

int first_day_of_month(const calendar_backend& backend, int year, int month) {
    const int last = backend.days_in_month(month, year);
    for (int day = 1; day < last; ++day) {
        if (backend.checked_date_to_jdn(year, month, day)) return day;
    }
    return last;
}

result<std::int64_t> regulate_day(const calendar_backend& backend, int year, int month, std::int64_t day,
                                  overflow mode) {
    const int last = backend.days_in_month(month, year);
    if (day < 1 || (day > last && mode == overflow::reject)) {
        const int shown = day < 1 ? 0 : static_cast<int>(day > INT_MAX ? INT_MAX : day);
        if (auto failure = check_date(backend, year, month, shown)) {
            failure->message += day < 1 ? "" : "; overflow 'reject' does not move it to the last day";
            return *failure;
        }
    }
    int d = static_cast<int>(day > last ? last : day);
    if (auto jdn = backend.checked_date_to_jdn(year, month, d)) return *jdn;
    if (mode == overflow::constrain) {
        for (++d; d <= last; ++d) {
            if (auto jdn = backend.checked_date_to_jdn(year, month, d)) return *jdn;
        }
    }
    return error_info{errc::invalid_day, "day " + std::to_string(day) + " of month " + std::to_string(month) +
                                             " of year " + std::to_string(year) + " does not exist in calendar " +
                                             calendar_label(backend) + " (the calendar skips it" +
                                             (mode == overflow::reject ? "; overflow 'reject' does not move it to "
                                                                         "the next day that exists)"
                                                                       : ")")};
}

result<int> resolve_month_code(const calendar_backend& backend, month_code code, int year, overflow mode) {
    if (auto month = backend.month_of_code(code, year)) return *month;
    const int months = backend.months_in_year(year);
    if (mode == overflow::constrain) {
        if (code.is_leap()) {
            // Temporal: Hebrew Adar I (M05L) becomes Adar (M06); a Chinese-style MnnL becomes Mnn.
            const month_code replacement =
                backend.system() == calendar_system::hebrew && code.number() == 5 ? month_code(6) : month_code(code.number());
            if (auto month = backend.month_of_code(replacement, year)) return *month;
        }
        return code.number() < months ? code.number() : months;
    }
    return error_info{errc::invalid_month, "month code " + std::string(code.view()) + " does not exist in year " +
                                               std::to_string(year) + " of calendar " + calendar_label(backend) +
                                               " (overflow 'reject' does not replace it by another month)"};
}

}  // namespace detail

namespace {

using detail::year_month;

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
    const calendar_backend& backend = calendar_.backend();
    std::int64_t jdn = jdn_;
    if (d.years() != 0 || d.months() != 0) {
        const std::int64_t year0 = extended_year() + d.years();
        const auto y0 = detail::calendar_year_of(backend, year0);
        if (!y0) {
            return error_info{errc::invalid_year, "adding " + d.to_string() + " to " + detail::describe(*this) +
                                                      " reaches extended year " + std::to_string(year0) +
                                                      ", outside the calendar's range (years " +
                                                      std::to_string(backend.minimum_year()) + ".." +
                                                      std::to_string(backend.maximum_year()) + ")"};
        }
        const result<int> m0 = detail::resolve_month_code(backend, month_code(), *y0, mode);
        if (!m0) return m0.error();
        const detail::month_arithmetic months(backend);
        const auto ym = months.add(year_month{year0, *m0}, d.months());
        if (!ym) {
            return error_info{errc::invalid_year, "adding " + d.to_string() + " to " + detail::describe(*this) +
                                                      " reaches a year outside the calendar's range (years " +
                                                      std::to_string(backend.minimum_year()) + ".." +
                                                      std::to_string(backend.maximum_year()) + ")"};
        }
        const result<std::int64_t> regulated =
            detail::regulate_day(backend, *detail::calendar_year_of(backend, ym->year), ym->month, day(), mode);
        if (!regulated) return regulated.error();
        jdn = *regulated;
    }
    // |jdn| < 2^41 and |7 weeks + days| < 2^43: exact.
    jdn += 7 * d.weeks() + d.days();
    if (jdn < backend.first_jdn() || jdn > backend.last_jdn()) {
        return error_info{errc::jdn_out_of_range, "adding " + d.to_string() + " to " + detail::describe(*this) +
                                                      " reaches Julian Day Number " + std::to_string(jdn) +
                                                      ", outside the calendar's range (" +
                                                      std::to_string(backend.first_jdn()) + ".." +
                                                      std::to_string(backend.last_jdn()) + ")"};
    }
    return date_access::make(calendar_, jdn);
}

date date::add(const duration& d, overflow mode) const { return *try_add(d, mode); }
result<date> date::try_subtract(const duration& d, overflow mode) const { return try_add(d.negated(), mode); }
date date::subtract(const duration& d, overflow mode) const { return *try_add(d.negated(), mode); }

result<duration> date::try_until(const date& other_any, date_unit largest) const {
    const result<date> converted = other_any.try_with_calendar(calendar_);
    if (!converted) return converted.error();
    const date& other = *converted;
    const std::int64_t diff = other.jdn_ - jdn_;
    if (diff == 0) return duration();
    if (largest == date_unit::days) return duration::try_make(0, 0, 0, diff);
    if (largest == date_unit::weeks) return duration::try_make(0, 0, diff / 7, diff % 7);

    const calendar_backend& backend = calendar_.backend();
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
    std::int64_t months = counter.between(year_month{year0, m0}, year_month{end_year, other.month()});
    if (months != 0 && surpasses(sign, end_year, other.month(), start_day, end_year, other.month(), other.day())) {
        months -= sign;
    }
    const auto ym = counter.add(year_month{year0, m0}, months);
    const result<std::int64_t> base =
        detail::regulate_day(backend, *detail::calendar_year_of(backend, ym->year), ym->month, start_day,
                             overflow::constrain);
    if (!base) return base.error();
    return duration::try_make(years, months, 0, other.jdn_ - *base);
}

duration date::until(const date& other, date_unit largest) const { return *try_until(other, largest); }

result<duration> date::try_since(const date& other, date_unit largest) const {
    result<duration> forward = try_until(other, largest);
    if (!forward) return forward;
    return forward.value().negated();
}

duration date::since(const date& other, date_unit largest) const { return *try_since(other, largest); }

}  // namespace kalends
