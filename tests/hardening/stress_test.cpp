// Many threads over every public entry point at once, for a bounded number
// of operations each: conversions in every calendar (built-in and user), the
// bulk API, dates, names and weeks, lookups by enum, name (any case), alias
// and ID, registering and unregistering calendars with aliases, listing, and
// handles passed between threads and dropped there, used after their
// calendar was unregistered by another thread. Run under ThreadSanitizer and
// repeated in CI (ctest label "thread").
//
// Every result is checked, so a data race that corrupts a value fails the
// test even without TSan. A check never compares two snapshots of the
// registry taken while other threads change it: each compares values from
// one call, or states what holds at every moment. The counts of operations
// are printed.
#include "test_backends.hpp"

#include <kalends/date.hpp>
#include <kalends/duration.hpp>
#include <kalends/kalends.hpp>
#include <kalends/names.hpp>
#include <kalends/week.hpp>

#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

using kalends::calendar;
using kalends::calendar_id;
using kalends::date_parts;

constexpr int thread_count = 16;
constexpr int operations_per_thread = 8000;

enum op : int { convert, bulk, date_api, names_api, lookup, reg, unreg, listing, share, op_count };

struct counters {
    std::array<std::atomic<std::int64_t>, op_count> done{};
    std::atomic<std::int64_t> failures{0};
};

// Handles passed between threads; the last holder drops each.
class mailbox {
public:
    void put(const calendar& cal) {
        const std::lock_guard lock(mutex_);
        slots_[next_++ % slots_.size()] = cal;
    }
    std::optional<calendar> take(std::size_t index) {
        const std::lock_guard lock(mutex_);
        return slots_[index % slots_.size()];
    }
    std::vector<calendar> held() {
        const std::lock_guard lock(mutex_);
        std::vector<calendar> out;
        for (const auto& slot : slots_) {
            if (slot) out.push_back(*slot);
        }
        return out;
    }

private:
    std::mutex mutex_;
    std::array<std::optional<calendar>, 32> slots_;
    std::size_t next_ = 0;
};

// Calendars registered by a worker and not yet unregistered.
struct owned {
    calendar_id id;
    std::string name;
};

void worker(int thread, counters& count, mailbox& box, const std::vector<calendar>& builtins) {
    std::mt19937 random(static_cast<unsigned>(thread) * 7919u + 1u);
    std::vector<owned> mine;
    int serial = 0;
    std::size_t builtin_name_count = 0;
    for (const calendar& b : builtins) builtin_name_count += b.names().size();
    const auto fail = [&count](bool bad) {
        if (bad) ++count.failures;
    };
    for (int i = 0; i < operations_per_thread; ++i) {
        const auto which = static_cast<op>(random() % op_count);
        const calendar& cal = builtins[random() % builtins.size()];
        const std::int64_t jdn = 2'451'545 + static_cast<std::int64_t>(random() % 800'000) - 400'000;
        switch (which) {
        case convert: {
            if (!cal.is_jdn_in_range(jdn)) break;
            const date_parts parts = cal.parts_from_date(jdn);
            fail(cal.date_from_parts(parts) != jdn);
            fail(cal.day_of_week(jdn) < 1 || cal.day_of_week(jdn) > 7);
            fail(!cal.try_month_code_of(parts.month, parts.year));
            fail(cal.era_of(parts).year == 0 && cal.era_codes().empty() && parts.year != 0);
            fail(cal.days_in_month(parts.month, parts.year) < parts.day);
            break;
        }
        case bulk: {
            std::array<std::int64_t, 8> jdns{};
            for (std::size_t k = 0; k < jdns.size(); ++k) jdns[k] = jdn + static_cast<std::int64_t>(k) * 31;
            std::array<date_parts, 8> parts{};
            std::array<std::int64_t, 8> back{};
            const std::size_t bad = kalends::parts_from_dates(cal, jdns, parts);
            (void)kalends::dates_from_parts(cal, parts, back);
            if (bad == 0) fail(back != jdns);
            std::array<date_parts, 8> other{};
            (void)kalends::convert_dates(cal, parts, calendar(), other, back);
            break;
        }
        case date_api: {
            const auto made = kalends::date::try_from_jdn(cal, jdn);
            if (!made) break;
            const kalends::date d = made.value();
            fail(d.jdn() != jdn);
            const auto later = d.try_add(kalends::duration::of_days(10));
            if (later) fail(later.value().jdn() != jdn + 10);
            fail(d.with_calendar(calendar()).jdn() != jdn);
            break;
        }
        case names_api: {
            if (!cal.is_jdn_in_range(jdn)) break;
            const date_parts parts = cal.parts_from_date(jdn);
            (void)kalends::try_month_name(cal, parts.year, parts.month);
            fail(kalends::weekday_name(1 + static_cast<int>(random() % 7)).empty());
            fail(kalends::iso_week(jdn).week < 1);
            break;
        }
        case lookup: {
            std::string name(cal.name());
            for (char& c : name) {
                if (random() % 2 != 0 && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
            }
            const auto by_name = calendar::find(name);
            fail(!by_name || *by_name != cal);
            fail(calendar(cal.id()) != cal);
            fail(calendar(cal.system()) != cal);
            if (!mine.empty()) {
                const owned& o = mine[random() % mine.size()];
                const auto found = calendar::find(o.name + "-ALIAS");
                fail(!found || found->id() != o.id);
            }
            break;
        }
        case reg: {
            if (mine.size() >= 8) break;
            std::string name = "st";
            name.append(std::to_string(thread)).append("-").append(std::to_string(serial++));
            // Its destructor lists the registry, in whichever thread drops the last handle.
            auto backend = std::make_shared<kalends_test::listing_on_destruction_calendar>();
            const calendar_id id = kalends::register_calendar(backend, {name, name + "-alias"});
            const auto by_id = calendar::find(id);
            fail(!by_id || by_id->date_from_parts(2, 1, 1) != kalends_test::thirty_day_calendar::epoch + 360);
            // Racing for the same name: exactly one thread can have it.
            const auto again = kalends::try_register_calendar(std::make_shared<kalends_test::thirty_day_calendar>(),
                                                              std::array<std::string_view, 1>{name});
            fail(again.has_value());
            mine.push_back({id, name});
            box.put(calendar(id));
            break;
        }
        case unreg: {
            if (mine.empty()) break;
            const std::size_t k = random() % mine.size();
            kalends::unregister_calendar(mine[k].id);
            fail(calendar::find(mine[k].name).has_value());
            fail(kalends::try_unregister_calendar(mine[k].id).has_value());
            mine.erase(mine.begin() + static_cast<std::ptrdiff_t>(k));
            break;
        }
        case listing: {
            // Other threads register and unregister meanwhile: each call is
            // one snapshot, so every check is within one call's answer, or
            // is what holds at any moment (the built-ins and this thread's
            // own calendars are always there).
            const auto builtin = static_cast<std::size_t>(kalends::builtin_calendar_count);
            const auto names = kalends::available_calendars();
            fail(names.size() < builtin + mine.size());
            for (std::size_t k = 0; k < builtin && k < names.size(); ++k) fail(names[k] != builtins[k].name());
            const auto all = kalends::all_calendars();
            fail(all.size() < builtin + mine.size());
            for (std::size_t k = 1; k < all.size(); ++k) {
                fail(kalends::to_underlying(all[k - 1].id()) >= kalends::to_underlying(all[k].id()));
            }
            const auto aliases = kalends::calendar_names();
            fail(aliases.size() < builtin_name_count + 2 * mine.size());
            for (const owned& o : mine) {
                std::size_t seen = 0;
                for (const auto& entry : aliases) seen += entry.id == o.id ? 1u : 0u;
                fail(seen != 2);  // the name and its alias
            }
            break;
        }
        case share: {
            // A handle from another thread, maybe unregistered there already.
            if (const auto held = box.take(random())) {
                fail(held->date_from_parts(2, 1, 1) != kalends_test::thirty_day_calendar::epoch + 360);
                box.put(*held);
            }
            break;
        }
        case op_count: break;
        }
        ++count.done[static_cast<std::size_t>(which)];
    }
    for (const owned& o : mine) kalends::unregister_calendar(o.id);
}

TEST(Stress, EveryEntryPointFromManyThreads) {
    const std::vector<calendar> builtins = kalends::all_calendars();
    counters count;
    mailbox box;
    std::vector<std::thread> threads;
    threads.reserve(thread_count);
    for (int t = 0; t < thread_count; ++t) threads.emplace_back(worker, t, std::ref(count), std::ref(box), std::cref(builtins));
    for (auto& t : threads) t.join();
    EXPECT_EQ(count.failures.load(), 0);
    EXPECT_EQ(kalends::available_calendars().size(), builtins.size());
    // Every user calendar is unregistered now; handles passed around outlive that.
    for (const calendar& held : box.held()) {
        EXPECT_EQ(held.date_from_parts(1, 1, 1), kalends_test::thirty_day_calendar::epoch);
        EXPECT_FALSE(calendar::find(held.id()).has_value());
    }

    static constexpr std::array<const char*, op_count> labels{"convert", "bulk", "date", "names", "lookup",
                                                              "register", "unregister", "listing", "share"};
    std::int64_t total = 0;
    std::printf("stress: %d threads x %d operations:", thread_count, operations_per_thread);
    for (std::size_t k = 0; k < labels.size(); ++k) {
        std::printf(" %s %lld", labels[k], static_cast<long long>(count.done[k].load()));
        total += count.done[k].load();
    }
    std::printf("; total %lld\n", static_cast<long long>(total));
    EXPECT_EQ(total, std::int64_t{thread_count} * operations_per_thread);
}

}  // namespace
