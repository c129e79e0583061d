// Errors: one structured, trivially copyable value (error_info) that every
// fallible call reports, the result type the non-throwing forms return, and
// the one exception type the throwing forms throw.
//
// An error_info allocates nothing: it holds what was wrong (code, field,
// value, allowed range, the calendar concerned) and the wording of its
// message, which message() formats only when someone reads it.
#pragma once

#include <kalends/calendar_system.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
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
    output_too_small,             // a bulk call's output span is shorter than its input
    invalid_format,               // a format pattern with a lone '%' or an unknown field
    invalid_locale,               // a locale tag that is malformed, or names a language, key or value kalends lacks
    invalid_date_text,            // a date text that does not match its pattern
};

// Which input an error is about.
enum class error_field : std::uint8_t {
    none,
    calendar_system,
    calendar_name,
    calendar_id,
    backend,
    year,
    extended_year,
    era,
    month,
    month_code,
    day,
    weekday,
    julian_day,
    sys_days,
    chrono_date,
    duration,
    region,
    locale,
    enum_value,
    week_rule,
    buffer,
    format,
    date_text,
};

// The enumerator's name ("invalid_month", "month"): what bindings and
// machine-readable output report as the error's code and field. "unknown"
// for a value that names no enumerator.
[[nodiscard]] std::string_view to_string(errc code) noexcept;
[[nodiscard]] std::string_view to_string(error_field field) noexcept;

// A text an error names (a calendar name, an era, a region), kept as a
// message shows it: its first quote_limit bytes and its length.
class error_text {
public:
    static constexpr std::size_t capacity = 64;

    constexpr error_text() noexcept = default;
    constexpr explicit error_text(std::string_view text) noexcept { append(text); }

    // Adds to the end: the text is counted whole, its head kept.
    constexpr error_text& append(std::string_view more) noexcept {
        for (const char c : more) {
            if (size_ < capacity) head_[size_] = c;
            ++size_;
        }
        return *this;
    }

    // The bytes kept: all of a short text, the first `capacity` of a long one.
    [[nodiscard]] constexpr std::string_view head() const noexcept {
        return {head_.data(), size_ < capacity ? size_ : capacity};
    }
    // The length of the whole text.
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] bool empty() const noexcept { return size_ == 0; }

private:
    std::array<char, capacity> head_{};
    std::size_t size_ = 0;
};

// The calendar an error is about: its ID and its primary name, kept so that
// the message can name it even after the calendar is unregistered.
struct error_calendar {
    calendar_id id = no_calendar_id;
    error_text name;

    [[nodiscard]] bool empty() const noexcept { return id == no_calendar_id && name.empty(); }
};

// Why a call failed. Trivially copyable; building one allocates nothing:
//     return error_info(errc::invalid_month, error_field::month, wording).with_value(13).with_max(12);
struct error_info {
    errc code{};
    error_field field = error_field::none;
    // The value refused, and the range allowed (when the field has one).
    std::int64_t value = 0;
    std::int64_t min = 0;
    std::int64_t max = 0;
    error_calendar calendar;
    // Further numbers the message names, such as the year and month a day was checked in.
    std::array<std::int64_t, 4> context{};
    // The text refused (a name, an era, a region, a duration), and the part
    // of it (or a second text) the message points at.
    error_text text;
    error_text part;
    // The values allowed, when the message lists them (static storage).
    std::span<const std::string_view> choices;
    // The message with {placeholders}: a literal from the library's one list
    // of messages, or "" for the error of a kalends::error made from a
    // message of one's own.
    const char* wording = "";

    constexpr error_info() noexcept = default;
    constexpr error_info(errc code_, error_field field_, const char* wording_) noexcept
        : code(code_), field(field_), wording(wording_) {}

    constexpr error_info& with_value(std::int64_t v) noexcept { value = v; return *this; }
    constexpr error_info& with_min(std::int64_t v) noexcept { min = v; return *this; }
    constexpr error_info& with_max(std::int64_t v) noexcept { max = v; return *this; }
    constexpr error_info& with_calendar(const error_calendar& v) noexcept { calendar = v; return *this; }
    constexpr error_info& with_context(const std::array<std::int64_t, 4>& v) noexcept { context = v; return *this; }
    constexpr error_info& with_text(const error_text& v) noexcept { text = v; return *this; }
    constexpr error_info& with_part(const error_text& v) noexcept { part = v; return *this; }
    constexpr error_info& with_choices(std::span<const std::string_view> v) noexcept { choices = v; return *this; }

    // What was wrong and what is allowed, e.g. "month 13 is out of range for
    // year 2024 of calendar 'gregorian' (allowed 1..12)". Allocates.
    [[nodiscard]] std::string message() const;
    // The same appended to `out`, with no temporary string (for a batch's many failures).
    void append_message(std::string& out) const;
};
static_assert(std::is_trivially_copyable_v<error_info>);

// Every error kalends throws: the error_info, with its message as what().
class error : public std::runtime_error {
public:
    explicit error(const error_info& info) : std::runtime_error(info.message()), info_(info) {}
    // An error with a message of one's own, such as a library message with
    // context in front; info() then has the code, and what() the message.
    error(errc code, const std::string& message) : std::runtime_error(message) { info_.code = code; }

    [[nodiscard]] errc code() const noexcept { return info_.code; }
    [[nodiscard]] const error_info& info() const noexcept { return info_; }

private:
    error_info info_;
};

// A value or the reason there is none, shaped like std::expected<T, error_info>:
// value() throws kalends::error; operator* and operator-> require has_value()
// (they throw std::bad_variant_access rather than read the wrong member).
template <class T>
class [[nodiscard]] result {
public:
    using value_type = T;
    using error_type = error_info;

    // Implicit on purpose: a function returning result<T> returns a T or an error_info.
    // cppcheck-suppress noExplicitConstructor
    result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT(google-explicit-constructor)
    // cppcheck-suppress noExplicitConstructor
    result(const error_info& failure) noexcept : state_(std::in_place_index<1>, failure) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    [[nodiscard]] const T& value() const& {
        if (!has_value()) throw kalends::error(std::get<1>(state_));
        return std::get<0>(state_);
    }
    [[nodiscard]] T&& value() && {
        if (!has_value()) throw kalends::error(std::get<1>(state_));
        return std::move(std::get<0>(state_));
    }
    [[nodiscard]] const T& operator*() const& { return std::get<0>(state_); }
    [[nodiscard]] T&& operator*() && { return std::move(std::get<0>(state_)); }
    [[nodiscard]] const T* operator->() const { return &std::get<0>(state_); }
    template <class U>
    [[nodiscard]] T value_or(U&& fallback) const& {
        return has_value() ? **this : static_cast<T>(std::forward<U>(fallback));
    }

    // Precondition: !has_value() (std::bad_variant_access otherwise).
    [[nodiscard]] const error_info& error() const& { return std::get<1>(state_); }

    // As std::expected: equal to a value if it holds an equal one.
    template <class U>
        requires(!std::is_same_v<std::remove_cvref_t<U>, result>)
    friend bool operator==(const result& r, const U& v) {
        return r.has_value() && *r == v;
    }

private:
    std::variant<T, error_info> state_;
};

// The value, or nullopt without the reason: for code that only asks whether there is one.
template <class T>
[[nodiscard]] std::optional<T> to_optional(const result<T>& r) {
    return r ? std::optional<T>(*r) : std::nullopt;
}

// Success without a value, or the reason for failure.
template <>
class [[nodiscard]] result<void> {
public:
    using value_type = void;
    using error_type = error_info;

    result() noexcept = default;
    // cppcheck-suppress noExplicitConstructor
    result(const error_info& failure) noexcept : failed_(true), failure_(failure) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool has_value() const noexcept { return !failed_; }
    explicit operator bool() const noexcept { return has_value(); }
    void value() const {
        if (failed_) throw kalends::error(failure_);
    }
    // Precondition: !has_value().
    [[nodiscard]] const error_info& error() const& noexcept { return failure_; }

private:
    bool failed_ = false;
    error_info failure_{};
};

}  // namespace kalends
