// Errors: one exception type with a code, and the result type that the
// non-throwing forms return where the reason matters.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace kalends {

enum class errc {
    invalid_calendar_system = 1,  // an enum value that names no calendar
    unknown_calendar_name,        // no calendar has this name or alias
    unknown_calendar_id,          // no calendar has (or still has) this ID
    invalid_year,                 // year outside the calendar's range, or 0 where there is no year 0
    invalid_month,                // month outside 1..months in that year
    invalid_day,                  // day outside 1..days in that month
    invalid_weekday,              // weekday outside 1..7
    jdn_out_of_range,             // day number outside the calendar's range
    no_matching_date,             // a search (match_century_to_weekday) found nothing
    invalid_calendar_name,        // a name offered for registration is empty or malformed
    name_taken,                   // a name offered for registration already resolves
    backend_already_registered,   // the backend object was registered before
    invalid_backend,              // null, or its declared range is unusable
    builtin_calendar,             // built-in calendars cannot be unregistered
    invalid_duration,             // a duration that is malformed, has mixed signs or too large a field
    invalid_region,               // a region or locale code with no week data
    invalid_enum_value,           // an overflow, date_unit or name_width value that names no enumerator
};

// Every error kalends reports. what() says what was wrong and what is allowed.
class error : public std::runtime_error {
public:
    error(errc code, const std::string& message) : std::runtime_error(message), code_(code) {}
    [[nodiscard]] errc code() const noexcept { return code_; }

private:
    errc code_;
};

// The reason a non-throwing call failed.
struct error_info {
    errc code;
    std::string message;
};

// A value or the reason there is none; value() throws kalends::error.
template <class T>
class result {
public:
    // Implicit on purpose: a function returning result<T> returns a T or an error_info.
    // cppcheck-suppress noExplicitConstructor
    result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT(google-explicit-constructor)
    // cppcheck-suppress noExplicitConstructor
    result(error_info failure) : state_(std::in_place_index<1>, std::move(failure)) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    [[nodiscard]] const T& value() const& {
        if (!has_value()) throw kalends::error(std::get<1>(state_).code, std::get<1>(state_).message);
        return std::get<0>(state_);
    }
    [[nodiscard]] const T& operator*() const& { return value(); }

    // Precondition: !has_value().
    [[nodiscard]] const error_info& error() const& { return std::get<1>(state_); }

private:
    std::variant<T, error_info> state_;
};

}  // namespace kalends
