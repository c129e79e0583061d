// Many threads over every public entry point at once: registering, finding,
// converting, listing, unregistering, and handles copied and dropped across
// threads. Run under ThreadSanitizer in CI.
#include "test_backends.hpp"

#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

using kalends::calendar;

constexpr int thread_count = 8;
constexpr int rounds = 300;

TEST(threading, registry_and_handles_under_contention) {
    std::atomic<int> failures{0};
    std::mutex mailbox_mutex;
    std::vector<calendar> mailbox;  // handles passed between threads

    const auto worker = [&](int thread) {
        const calendar persian("persian");
        for (int round = 0; round < rounds; ++round) {
            // Built with append: GCC 12 warns falsely (-Wrestrict) on a chain of operator+.
            std::string name = "t";
            name.append(std::to_string(thread)).append("-r").append(std::to_string(round));
            const auto id = kalends::register_calendar(std::make_shared<kalends_test::thirty_day_calendar>(),
                                                       {name, name + "-alias"});
            const auto by_name = calendar::find(name + "-ALIAS");
            const auto by_id = calendar::find(id);
            if (!by_name || !by_id || by_name->id() != id || by_id->date_from_parts(2, 1, 1) != 2'000'360) ++failures;
            {
                const std::lock_guard lock(mailbox_mutex);
                mailbox.push_back(*by_name);
                if (mailbox.size() > 16) mailbox.erase(mailbox.begin());
            }
            // Built-ins: lock-free lookups and conversions.
            const std::int64_t jdn = 2'451'545 + round * 97 + thread;
            if (persian.date_from_parts(persian.parts_from_date(jdn)) != jdn) ++failures;
            if (calendar(kalends::calendar_system::julian).parts_from_date(jdn).year < 1999) ++failures;
            if (round % 16 == 0) {
                if (kalends::available_calendars().size() < kalends::builtin_calendar_count) ++failures;
                if (kalends::calendar_names().empty()) ++failures;
            }
            // Use a handle another thread may already have unregistered.
            std::optional<calendar> borrowed;
            {
                const std::lock_guard lock(mailbox_mutex);
                if (!mailbox.empty()) borrowed = mailbox[static_cast<std::size_t>(round) % mailbox.size()];
            }
            if (borrowed && borrowed->parts_from_date(2'000'000).year != 1) ++failures;
            kalends::unregister_calendar(id);
            if (calendar::find(name)) ++failures;
        }
    };

    std::vector<std::thread> threads;
    for (int t = 0; t < thread_count; ++t) threads.emplace_back(worker, t);
    for (auto& t : threads) t.join();
    EXPECT_EQ(failures.load(), 0);
    // Handles outlive their registration.
    for (const calendar& cal : mailbox) EXPECT_EQ(cal.date_from_parts(1, 1, 1), 2'000'000);
}

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
