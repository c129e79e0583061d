// The built-in table is built once, whichever of many threads uses a
// built-in calendar first (a process of its own, so that the race is real).
// Run under ThreadSanitizer and repeated in CI (ctest label "thread"); every
// other entry point under contention is in tests/hardening/stress_test.cpp.
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace {

using kalends::calendar;

constexpr int thread_count = 8;

TEST(threading, first_use_of_the_builtins_races_safely) {
    // Whichever thread arrives first builds the built-in table; all see the same objects.
    std::vector<std::thread> threads;
    std::vector<const kalends::calendar_backend*> seen(thread_count);
    for (int t = 0; t < thread_count; ++t) {
        threads.emplace_back([&seen, t] { seen[static_cast<std::size_t>(t)] = &calendar("islamic").backend(); });
    }
    for (auto& t : threads) t.join();
    for (const auto* backend : seen) EXPECT_EQ(backend, seen.front());
}

}  // namespace
