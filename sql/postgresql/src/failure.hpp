// The wall between C++ and PostgreSQL's errors. A function's work runs in
// run(), which catches every C++ exception and calls nothing of PostgreSQL's
// that can raise an ERROR; settle() then raises the error, or gives SQL NULL
// for a kalends_try_ function, only after those C++ frames are gone, so that
// neither an exception nor PostgreSQL's longjmp ever crosses the other's frames.
#pragma once

#include <type_traits>
#include <utility>

namespace kalends::sql {

// What a function does when its work fails for a reason in the value itself
// (a date that does not exist, a text that does not match its pattern): the
// kalends_ functions raise an ERROR, the kalends_try_ ones give NULL. A bad
// calendar name, locale, pattern or option word raises in both.
enum class on_error { raise, null };

// An error on its way to PostgreSQL: its SQLSTATE and its message, in memory
// PostgreSQL owns (or a static string).
struct failure {
    int sqlstate = 0;
    const char* message = nullptr;
    bool about_value = false;  // a kalends_try_ function gives NULL for it
    const char* hint = nullptr;  // static; nullptr for none
};

template <class T>
struct outcome {
    T value{};
    failure error{};
};

// The failure of the exception being handled (call only inside a catch).
[[nodiscard]] failure failure_of_current_exception() noexcept;

template <class Body>
[[nodiscard]] auto run(Body&& body) noexcept -> outcome<std::invoke_result_t<Body&>> {
    using value_type = std::invoke_result_t<Body&>;
    // The value outlives the C++ frames: it must need no destructor.
    static_assert(std::is_trivially_destructible_v<value_type>);
    try {
        return {body(), {}};
    } catch (...) {
        return {value_type{}, failure_of_current_exception()};
    }
}

// True if the work succeeded; false if the function should return NULL
// (a value error under on_error::null). Raises the ERROR otherwise.
[[nodiscard]] bool settle(const failure& error, on_error mode);

template <class T>
[[nodiscard]] bool settle(const outcome<T>& result, on_error mode) {
    return settle(result.error, mode);
}

}  // namespace kalends::sql
