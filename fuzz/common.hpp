// Shared by the fuzz targets: a property check that stops the run with a
// message (libFuzzer then saves the input as a crash), and the expectation
// that a throwing call throws kalends::error with a given code.
#pragma once

#include <kalends/error.hpp>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <initializer_list>

namespace kalends_fuzz {

[[noreturn]] inline void fail(const char* what, const char* file, int line) {
    std::fprintf(stderr, "property violated at %s:%d: %s\n", file, line, what);
    std::abort();
}

// Calls f(); it must throw kalends::error whose code is one of `codes`.
template <class F>
void expect_error(F&& f, std::initializer_list<kalends::errc> codes, const char* what, const char* file, int line) {
    try {
        f();
    } catch (const kalends::error& e) {
        for (const kalends::errc code : codes) {
            if (e.code() == code) return;
        }
        std::fprintf(stderr, "unexpected error code %d: %s\n", static_cast<int>(e.code()), e.what());
        fail(what, file, line);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "unexpected exception: %s\n", e.what());
        fail(what, file, line);
    }
    fail(what, file, line);
}

}  // namespace kalends_fuzz

#define KALENDS_CHECK(cond) \
    do { \
        if (!(cond)) ::kalends_fuzz::fail(#cond, __FILE__, __LINE__); \
    } while (false)

#define KALENDS_EXPECT_ERROR(expr, ...) \
    ::kalends_fuzz::expect_error([&] { (void)(expr); }, {__VA_ARGS__}, #expr, __FILE__, __LINE__)
