// Fault injection: every allocation of register, unregister,
// lookup by name and ID, and listing is made to fail in turn (the n-th, for
// every n until the call succeeds), and each failed call must leave the
// registry's visible state exactly as it was (strong guarantee) and hold no
// reference to the backend it was offered. LeakSanitizer (the ASan build in
// CI) checks that nothing leaks. Then an exception thrown from each virtual
// of a user backend, during registration and during conversion, must reach
// the caller unchanged and corrupt nothing.
#include "counting_allocator.hpp"
#include "test_backends.hpp"

#include <kalends/bulk.hpp>
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <atomic>
#include <functional>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using kalends::calendar;
using kalends::calendar_id;

// Everything a user can see of the registry.
struct registry_state {
    std::vector<std::pair<std::string, std::uint32_t>> names;  // every name and alias -> ID
    std::vector<std::string> available;

    friend bool operator==(const registry_state&, const registry_state&) = default;
};

registry_state snapshot() {
    registry_state state;
    for (const auto& entry : kalends::calendar_names()) state.names.emplace_back(entry.name, kalends::to_underlying(entry.id));
    state.available = kalends::available_calendars();
    return state;
}

// Runs `op` with its 1st, 2nd, ... allocation failing until it completes.
// After each failure, `check_unchanged` runs (allocations allowed again).
// Returns the number of failure points tried.
int for_each_allocation_failure(const std::function<void()>& op, const std::function<void()>& check_unchanged) {
    for (int n = 1; n < 10'000; ++n) {
        bool failed = false;
        kalends_test::alloc::fail_after(n);
        try {
            op();
        } catch (const std::bad_alloc&) {
            failed = true;
        }
        kalends_test::alloc::disarm();
        const bool injected = kalends_test::alloc::failure_happened();
        EXPECT_EQ(failed, injected) << "allocation " << n << ": bad_alloc thrown without an injected failure, or swallowed";
        if (!injected) return n - 1;
        check_unchanged();
    }
    ADD_FAILURE() << "the operation never completed";
    return 0;
}

int total_failure_points = 0;

void report(const char* what, int points) {
    std::printf("allocation-failure points tried in %s: %d\n", what, points);
    total_failure_points += points;
}

class FaultInjection : public ::testing::Test {
protected:
    void SetUp() override {
        // Registered before any injection: a calendar that the operations below find, list and unregister.
        resident_ = std::make_shared<kalends_test::thirty_day_calendar>();
        resident_id_ = kalends::register_calendar(resident_, {"fi-resident", "FI-Resident-Alias"});
    }
    void TearDown() override { (void)kalends::try_unregister_calendar(resident_id_); }

    std::shared_ptr<kalends_test::thirty_day_calendar> resident_;
    calendar_id resident_id_{};
};

TEST_F(FaultInjection, RegistrationIsAllOrNothing) {
    int attempt = 0;
    std::shared_ptr<kalends_test::thirty_day_calendar> backend;
    std::vector<std::string> names;
    std::optional<calendar_id> id;
    registry_state before = snapshot();
    const auto prepare = [&] {
        backend = std::make_shared<kalends_test::thirty_day_calendar>();
        ++attempt;
        names = {"fi-new-" + std::to_string(attempt), "fi-alias-" + std::to_string(attempt), std::string(128, 'x')};
    };
    prepare();
    const int points = for_each_allocation_failure(
        [&] {
            const std::vector<std::string_view> views(names.begin(), names.end());
            id = kalends::register_calendar(backend, views);
        },
        [&] {
            EXPECT_EQ(snapshot(), before);
            EXPECT_FALSE(kalends::calendar::find(*backend));
            EXPECT_EQ(backend.use_count(), 1) << "the registry kept a reference after a failed registration";
            EXPECT_FALSE(calendar::find(names[0]));
            // The same backend object can still be registered after a failed attempt; here a fresh one is used.
            prepare();
        });
    ASSERT_TRUE(id.has_value());
    EXPECT_GT(points, 0);
    report("register_calendar", points);
    EXPECT_EQ(calendar(names[1]).id(), *id);
    kalends::unregister_calendar(*id);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(FaultInjection, RefusedRegistrationsBuildTheirMessageOrChangeNothing) {
    // The error paths allocate their messages; a failure there must still leave everything as it was.
    const registry_state before = snapshot();
    struct refused {
        std::vector<std::string> names;
        bool reuse_resident;
    };
    const std::array<refused, 6> cases{{
        {{"fi-resident"}, false},           // taken by a user calendar
        {{"GREGORIAN"}, false},             // taken by a built-in
        {{"fi-x", "FI-X"}, false},          // twice in the list
        {{" lead"}, false},                 // malformed
        {{std::string(129, 'y')}, false},  // too long
        {{"fi-again"}, true},               // backend already registered
    }};
    int points = 0;
    for (const refused& r : cases) {
        const std::vector<std::string_view> views(r.names.begin(), r.names.end());
        auto backend = r.reuse_resident ? std::shared_ptr<kalends_test::thirty_day_calendar>(resident_)
                                        : std::make_shared<kalends_test::thirty_day_calendar>();
        const long uses = backend.use_count();
        points += for_each_allocation_failure(
            [&] {
                const auto result = kalends::try_register_calendar(backend, views);
                EXPECT_FALSE(result.has_value());
            },
            [&] {
                EXPECT_EQ(snapshot(), before);
                EXPECT_EQ(backend.use_count(), uses);
            });
        EXPECT_EQ(snapshot(), before);
    }
    report("refused registrations (6 reasons)", points);
}

TEST_F(FaultInjection, UnregistrationIsAllOrNothing) {
    auto backend = std::make_shared<kalends_test::thirty_day_calendar>();
    const calendar_id id = kalends::register_calendar(backend, {"fi-going", "fi-going-alias"});
    const calendar held(id);
    const registry_state before = snapshot();
    int points = for_each_allocation_failure([&] { kalends::unregister_calendar(id); },
                                                        [&] {
                                                            EXPECT_EQ(snapshot(), before);
                                                            EXPECT_EQ(calendar("fi-going-alias").id(), id);
                                                        });
    EXPECT_FALSE(calendar::find(id));
    EXPECT_FALSE(calendar::find("fi-going"));
    EXPECT_EQ(held.date_from_parts(1, 1, 1), kalends_test::thirty_day_calendar::epoch);
    // Unknown and built-in IDs: refused, the message may fail to allocate, nothing changes.
    const registry_state now = snapshot();
    for (const calendar_id bad : {id, calendar_id{0}, calendar_id{999'999}}) {
        points += for_each_allocation_failure([&] { EXPECT_FALSE(kalends::try_unregister_calendar(bad)); },
                                              [&] { EXPECT_EQ(snapshot(), now); });
    }
    report("unregister_calendar (registered, unknown, built-in)", points);
}

// f() must throw kalends::error; std::bad_alloc passes through to the caller.
template <class F>
void expect_refused(F f) {
    try {
        f();
        ADD_FAILURE() << "no error";
    } catch (const kalends::error&) {
    }
}

TEST_F(FaultInjection, LookupsAndListingsLeaveTheRegistryAlone) {
    const registry_state before = snapshot();
    const std::vector<std::function<void()>> operations{
        [] { EXPECT_EQ(calendar("fi-resident-ALIAS").name(), "fi-resident"); },
        [] { EXPECT_TRUE(calendar::find("Persian")); },
        [this] { EXPECT_EQ(calendar(resident_id_).name(), "fi-resident"); },
        [] { EXPECT_TRUE(calendar::find(calendar_id{3})); },
        // Refused lookups: kalends::error, or std::bad_alloc while its message is built.
        [] { expect_refused([] { (void)calendar("fi-nowhere"); }); },
        [] { expect_refused([] { (void)calendar(calendar_id{999'999}); }); },
        [] { expect_refused([] { (void)calendar(static_cast<kalends::calendar_system>(1000)); }); },
        [] { EXPECT_GE(kalends::available_calendars().size(), std::size_t{27}); },
        [] { EXPECT_FALSE(kalends::calendar_names().empty()); },
        [] { EXPECT_GE(kalends::all_calendars().size(), std::size_t{27}); },
        [] { EXPECT_FALSE(kalends::check_calendar_name("bad\x01name").has_value()); },
    };
    int points = 0;
    for (const auto& op : operations) points += for_each_allocation_failure(op, [&] { EXPECT_EQ(snapshot(), before); });
    report("lookups by name, ID and enum and listings", points);
    EXPECT_EQ(snapshot(), before);
}

// --- Exceptions from a user backend's virtuals ---

struct backend_failure : std::exception {
    explicit backend_failure(int virtual_number) : which(virtual_number) {}
    const char* what() const noexcept override { return "backend failure"; }
    int which;
};

// A thirty-day calendar whose virtual number `throw_in` throws backend_failure.
struct faulty_calendar final : kalends_test::thirty_day_calendar {
    enum which : int {
        minimum_year_, maximum_year_, has_year_zero_, months_in_year_, days_in_month_, max_days_in_month_of_,
        days_in_year_, is_leap_year_, date_to_jdn_, jdn_to_date_, date_to_jdn_or_invalid_, jdns_to_dates_,
        dates_to_jdns_, day_of_week_, month_code_of_, month_of_code_, era_of_, year_of_era_, era_codes_,
        kind_, maximum_months_in_year_, months_before_year_, month_code_for_missing_leap_, count_
    };
    mutable std::atomic<int> throw_in{-1};

    void maybe_throw(which w) const {
        if (throw_in.load() == w) throw backend_failure(w);
    }
    using base = kalends_test::thirty_day_calendar;
    int minimum_year() const override { return maybe_throw(minimum_year_), base::minimum_year(); }
    int maximum_year() const override { return maybe_throw(maximum_year_), base::maximum_year(); }
    bool has_year_zero() const override { return maybe_throw(has_year_zero_), false; }
    int months_in_year(int y) const override { return maybe_throw(months_in_year_), base::months_in_year(y); }
    int days_in_month(int m, int y) const override { return maybe_throw(days_in_month_), base::days_in_month(m, y); }
    int max_days_in_month_of(int m) const override {
        return maybe_throw(max_days_in_month_of_), base::max_days_in_month_of(m);
    }
    int days_in_year(int y) const override { return maybe_throw(days_in_year_), base::days_in_year(y); }
    bool is_leap_year(int y) const override { return maybe_throw(is_leap_year_), base::is_leap_year(y); }
    std::int64_t date_to_jdn(int y, int m, int d) const override {
        return maybe_throw(date_to_jdn_), base::date_to_jdn(y, m, d);
    }
    kalends::date_parts jdn_to_date(std::int64_t jdn) const override {
        return maybe_throw(jdn_to_date_), base::jdn_to_date(jdn);
    }
    std::int64_t date_to_jdn_or_invalid(int y, int m, int d) const override {
        return maybe_throw(date_to_jdn_or_invalid_), base::date_to_jdn_or_invalid(y, m, d);
    }
    std::size_t jdns_to_dates(std::span<const std::int64_t> in, std::span<kalends::date_parts> out) const override {
        return maybe_throw(jdns_to_dates_), base::jdns_to_dates(in, out);
    }
    std::size_t dates_to_jdns(std::span<const kalends::date_parts> in, std::span<std::int64_t> out) const override {
        return maybe_throw(dates_to_jdns_), base::dates_to_jdns(in, out);
    }
    int day_of_week(std::int64_t jdn) const override { return maybe_throw(day_of_week_), base::day_of_week(jdn); }
    kalends::month_code month_code_of(int m, int y) const override {
        return maybe_throw(month_code_of_), base::month_code_of(m, y);
    }
    std::optional<int> month_of_code(kalends::month_code c, int y) const override {
        return maybe_throw(month_of_code_), base::month_of_code(c, y);
    }
    kalends::era_year era_of(const kalends::date_parts& d) const override { return maybe_throw(era_of_), base::era_of(d); }
    std::optional<int> year_of_era(std::string_view e, std::int64_t y) const override {
        return maybe_throw(year_of_era_), base::year_of_era(e, y);
    }
    std::span<const std::string_view> era_codes() const override { return maybe_throw(era_codes_), base::era_codes(); }
    kalends::calendar_kind kind() const override { return maybe_throw(kind_), base::kind(); }
    std::int64_t months_before_year(int y) const override {
        return maybe_throw(months_before_year_), base::months_before_year(y);
    }
    kalends::month_code month_code_for_missing_leap(kalends::month_code c) const override {
        return maybe_throw(month_code_for_missing_leap_), base::month_code_for_missing_leap(c);
    }
    int maximum_months_in_year() const override {
        return maybe_throw(maximum_months_in_year_), base::maximum_months_in_year();
    }
};

TEST(BackendExceptions, DuringRegistrationPropagateAndChangeNothing) {
    const registry_state before = snapshot();
    int propagated = 0;
    for (int w = 0; w < faulty_calendar::count_; ++w) {
        auto backend = std::make_shared<faulty_calendar>();
        backend->throw_in = w;
        try {
            const calendar_id id = kalends::register_calendar(backend, {"be-reg", "be-reg-alias"});
            // This virtual is not called during registration: the calendar is fine.
            kalends::unregister_calendar(id);
            continue;
        } catch (const backend_failure& e) {
            EXPECT_EQ(e.which, w);
            ++propagated;
        }
        EXPECT_EQ(snapshot(), before) << "virtual " << w;
        EXPECT_FALSE(kalends::calendar::find(*backend));
        EXPECT_EQ(backend.use_count(), 1);
        // The same object registers once the virtual behaves.
        backend->throw_in = -1;
        const calendar_id id = kalends::register_calendar(backend, {"be-reg"});
        EXPECT_EQ(calendar("be-reg").date_from_parts(1, 1, 1), kalends_test::thirty_day_calendar::epoch);
        kalends::unregister_calendar(id);
    }
    // minimum_year, maximum_year, has_year_zero, months_in_year, days_in_month, date_to_jdn and maximum_months_in_year at least.
    EXPECT_GE(propagated, 7);
    EXPECT_EQ(snapshot(), before);
}

TEST(BackendExceptions, DuringConversionPropagateAndCorruptNothing) {
    auto backend = std::make_shared<faulty_calendar>();
    const calendar_id id = kalends::register_calendar(backend, {"be-conv"});
    const calendar cal(id);
    const registry_state before = snapshot();
    const std::vector<std::function<void()>> calls{
        [&] { (void)cal.date_from_parts(5, 6, 7); },
        [&] { (void)cal.try_date_from_parts(5, 6, 7); },
        [&] { (void)cal.parts_from_date(2'000'100); },
        [&] { (void)cal.try_parts_from_date(2'000'100); },
        [&] { (void)cal.days_in_month(2, 5); },
        [&] { (void)cal.days_in_month(2); },
        [&] { (void)cal.days_in_year(5); },
        [&] { (void)cal.months_in_year(5); },
        [&] { (void)cal.is_leap_year(5); },
        [&] { (void)cal.is_date_valid(5, 6, 7); },
        [&] { (void)cal.month_code_of(6, 5); },
        [&] { (void)cal.month_of_code(kalends::month_code(6), 5); },
        [&] { (void)cal.era_of({5, 6, 7}); },
        [&] { (void)cal.year_of_era("", 5); },
        [&] { (void)cal.era_codes(); },
        [&] { (void)cal.day_of_week(2'000'100); },
        [&] { (void)cal.kind(); },
        [&] { (void)cal.match_century_to_weekday({5, 6, 7}, 3); },
        [&] { (void)kalends::date::from_jdn(cal, 2'000'100).add(kalends::duration::of_months(14)); },
        [&] {
            const auto start = kalends::date::from_jdn(cal, 2'000'100);
            (void)start.until(kalends::date::from_jdn(cal, 2'010'000), kalends::date_unit::months);
        },
        [&] {
            kalends::date_fields f;
            f.year = 5;
            f.month_code = kalends::month_code(5, true);  // no leap months: constrained
            (void)kalends::date::from_fields(cal, f, kalends::overflow::constrain);
        },
        [&] { (void)kalends::week_of_year(cal, 2'000'100, kalends::iso_week_rule); },
        [&] {
            const std::array<std::int64_t, 3> jdns{2'000'000, 1, 2'000'400};
            std::array<kalends::date_parts, 3> out{};
            (void)kalends::parts_from_dates(cal, jdns, out);
        },
        [&] {
            const std::array<kalends::date_parts, 2> parts{{{1, 1, 1}, {0, 1, 1}}};
            std::array<std::int64_t, 2> out{};
            (void)kalends::dates_from_parts(cal, parts, out);
        },
        [&] {
            const std::array<kalends::date_parts, 2> parts{{{1, 1, 1}, {2, 2, 2}}};
            std::array<kalends::date_parts, 2> out{};
            std::array<std::int64_t, 2> scratch{};
            (void)kalends::convert_dates(cal, parts, calendar(), out, scratch);
        },
    };
    int propagated = 0;
    for (int w = 0; w < faulty_calendar::count_; ++w) {
        backend->throw_in = w;
        for (const auto& call : calls) {
            try {
                call();
            } catch (const backend_failure& e) {
                EXPECT_EQ(e.which, w);
                ++propagated;
            } catch (const kalends::error&) {
                ADD_FAILURE() << "a backend exception was turned into kalends::error (virtual " << w << ")";
            }
        }
        backend->throw_in = -1;
        EXPECT_EQ(snapshot(), before);
        // Everything still works once the backend behaves.
        EXPECT_EQ(cal.date_from_parts(5, 6, 7), kalends_test::thirty_day_calendar::epoch + 4 * 360 + 5 * 30 + 6);
        EXPECT_EQ(cal.parts_from_date(2'000'100), (kalends::date_parts{1, 4, 11}));
        EXPECT_EQ(calendar("be-conv"), cal);
    }
    EXPECT_GE(propagated, faulty_calendar::count_ - 4);
    std::printf("backend exceptions propagated during conversion: %d\n", propagated);
    kalends::unregister_calendar(id);
}

// Printed last (tests run in declaration order within this program).
TEST(FaultInjectionSummary, Report) {
    std::printf("allocation-failure points tried: %d\n", total_failure_points);
    EXPECT_GT(total_failure_points, 0);
}

}  // namespace
