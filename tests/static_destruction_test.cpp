// Handles and the registry stay usable while static objects are destroyed
// after main() returns. Prints "static destruction ok" from the last
// destructor; ctest checks for that line.
#include "test_backends.hpp"

#include <kalends/kalends.hpp>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

namespace {

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "static destruction failed: %s\n", what);
    std::_Exit(1);
}

struct uses_kalends_at_exit {
    std::optional<kalends::calendar> held;
    ~uses_kalends_at_exit() {
        if (!held || held->date_from_parts(1, 1, 1) != 2'000'000) fail("held user handle");
        const auto found = kalends::calendar::find("at-exit");
        if (!found || found->id() != held->id()) fail("lookup by name");
        if (kalends::calendar("persian").date_from_parts(1404, 1, 1) != 2'460'756) fail("built-in");
        kalends::unregister_calendar(held->id());
        if (kalends::calendar::find("at-exit")) fail("unregister");
        if (held->parts_from_date(2'000'030) != kalends::date_parts{1, 2, 1}) fail("handle after unregister");
        std::puts("static destruction ok");
        std::fflush(stdout);
    }
};

// Constructed before main(), so destroyed after every later static.
uses_kalends_at_exit user;
// A namespace-scope handle, destroyed at exit like any static.
const kalends::calendar static_julian("julian");

}  // namespace

int main() {
    kalends::register_calendar(std::make_shared<kalends_test::thirty_day_calendar>(), {"at-exit"});
    user.held = kalends::calendar("at-exit");
    return static_julian.date_from_parts(1582, 10, 4) == 2'299'160 ? 0 : 1;
}
