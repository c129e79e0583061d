// The registry: all-or-nothing registration, case-insensitive names, IDs never
// reused, unregistration that leaves held handles working.
#include "test_backends.hpp"

#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

using kalends::calendar;
using kalends::errc;
using kalends_test::thirty_day_calendar;

std::vector<std::string> all_names() {
    std::vector<std::string> names;
    for (const auto& entry : kalends::calendar_names()) names.push_back(entry.name + "=" + std::to_string(kalends::to_underlying(entry.id)));
    return names;
}

// Registers and expects failure with `code`, a message containing `fragment`, and an unchanged registry.
void expect_refused(std::shared_ptr<kalends::calendar_backend> backend, std::vector<std::string_view> names, errc code,
                    const std::string& fragment) {
    const auto before = all_names();
    const auto outcome = kalends::try_register_calendar(backend, names);
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().code, code) << outcome.error().message();
    EXPECT_NE(outcome.error().message().find(fragment), std::string::npos) << outcome.error().message();
    EXPECT_EQ(all_names(), before);
    if (backend && code != errc::backend_already_registered) {
        EXPECT_FALSE(kalends::calendar::find(*backend));
    }
    try {
        (void)kalends::register_calendar(backend, std::span<const std::string_view>(names));
        ADD_FAILURE() << "no exception";
    } catch (const kalends::error& e) {
        EXPECT_EQ(e.code(), code);
    }
    EXPECT_EQ(all_names(), before);
}

// 'islamic' means Islamic Civil here, as in Qt; ICU's 'islamic' is astronomical: the note says so, and
// only that calendar has one.
TEST(registry, names_other_libraries_read_differently_carry_a_note) {
    const kalends::calendar islamic("islamic");
    EXPECT_EQ(islamic.system(), kalends::calendar_system::islamic_civil);
    EXPECT_NE(islamic.name_note().find("Qt"), std::string_view::npos);
    EXPECT_NE(islamic.name_note().find("ICU"), std::string_view::npos);
    for (const kalends::calendar& cal : kalends::all_calendars()) {
        if (cal.system() != kalends::calendar_system::islamic_civil) {
            EXPECT_TRUE(cal.name_note().empty()) << cal.name();
        }
    }
}

TEST(registry, registers_and_finds_a_user_calendar) {
    const auto id = kalends::register_calendar(std::make_shared<thirty_day_calendar>(), {"Thirty", "thirty-days"});
    EXPECT_GE(kalends::to_underlying(id), kalends::first_user_calendar_id);
    for (const std::string_view name : {"Thirty", "thirty", "THIRTY-DAYS"}) {
        const auto found = calendar::find(name);
        ASSERT_TRUE(found) << name;
        EXPECT_EQ(found->id(), id);
    }
    const calendar cal(id);
    EXPECT_EQ(cal.name(), "Thirty");
    EXPECT_EQ(cal.system(), kalends::calendar_system::user);
    EXPECT_EQ(cal.date_from_parts(1, 1, 1), 2'000'000);
    EXPECT_EQ(cal.parts_from_date(2'000'000 + 360 + 31), (kalends::date_parts{2, 2, 2}));
    EXPECT_EQ(cal.first_jdn(), 2'000'000);
    EXPECT_EQ(cal.last_jdn(), 2'000'000 + 360LL * 1'000'000 - 1);
    EXPECT_EQ(cal.days_in_year(7), 360);
    EXPECT_FALSE(cal.try_date_from_parts(0, 1, 1));
    EXPECT_FALSE(cal.try_date_from_parts(1'000'001, 1, 1));
    EXPECT_FALSE(cal.try_date_from_parts(5, 1, 31));
    EXPECT_FALSE(cal.try_parts_from_date(1'999'999));
    EXPECT_EQ(cal.day_of_week(2'451'545), 6);
    try {
        (void)cal.date_from_parts(1'000'001, 1, 1);
        ADD_FAILURE();
    } catch (const kalends::error& e) {
        EXPECT_EQ(e.code(), errc::invalid_year);
        EXPECT_NE(std::string(e.what()).find("1..1000000"), std::string::npos) << e.what();
    }
    const auto listed = kalends::available_calendars();
    EXPECT_EQ(listed.front(), "gregorian");
    EXPECT_NE(std::find(listed.begin(), listed.end(), "Thirty"), listed.end());
}

TEST(registry, bad_names_change_nothing) {
    const auto make = [] { return std::make_shared<thirty_day_calendar>(); };
    expect_refused(make(), {}, errc::invalid_calendar_name, "at least one name");
    expect_refused(make(), {"fine-1", ""}, errc::invalid_calendar_name, "empty");
    expect_refused(make(), {"fine-1", "   "}, errc::invalid_calendar_name, "only spaces");
    expect_refused(make(), {"fine-1", " lead"}, errc::invalid_calendar_name, "starts or ends with a space");
    expect_refused(make(), {"fine-1", "trail "}, errc::invalid_calendar_name, "starts or ends with a space");
    expect_refused(make(), {"fine-1", "tab\there"}, errc::invalid_calendar_name, "0x09 at offset 3");
    expect_refused(make(), {"caf\xC3\xA9"}, errc::invalid_calendar_name, "0xC3");
    expect_refused(make(), {std::string_view("nul\0x", 5)}, errc::invalid_calendar_name, "0x00");
    const std::string long_name(kalends::max_calendar_name_length + 1, 'x');
    expect_refused(make(), {long_name}, errc::invalid_calendar_name, "too long");
    EXPECT_FALSE(calendar::find("fine-1"));
    // Exactly the longest allowed name works.
    const std::string longest(kalends::max_calendar_name_length, 'y');
    EXPECT_TRUE(kalends::try_register_calendar(make(), std::vector<std::string_view>{longest}));
}

TEST(registry, taken_names_change_nothing_and_name_the_holder) {
    const auto make = [] { return std::make_shared<thirty_day_calendar>(); };
    expect_refused(make(), {"new-a", "GREGORY"}, errc::name_taken, "taken by built-in calendar 'gregorian' (ID 0)");
    expect_refused(make(), {"new-a", "islamic civil"}, errc::name_taken, "'islamic-civil' (ID 5)");
    expect_refused(make(), {"new-a", "other", "NEW-A"}, errc::name_taken, "appears twice");
    const auto holder = kalends::register_calendar(make(), {"holder", "holder-alias"});
    expect_refused(make(), {"new-a", "Holder-Alias"}, errc::name_taken,
                   "taken by calendar 'holder' (ID " + std::to_string(kalends::to_underlying(holder)) + ")");
    EXPECT_FALSE(calendar::find("new-a"));
}

TEST(registry, bad_backends_change_nothing) {
    expect_refused(nullptr, {"null-backend"}, errc::invalid_backend, "null");
    expect_refused(std::make_shared<kalends_test::empty_range_calendar>(), {"empty-range"}, errc::invalid_backend,
                   "no valid year");
    expect_refused(std::make_shared<kalends_test::too_many_months_calendar>(), {"many-months"},
                   errc::invalid_backend, "allowed 1..99");
    const auto before = all_names();
    EXPECT_THROW((void)kalends::register_calendar(std::make_shared<kalends_test::throwing_calendar>(), {"throws"}),
                 std::runtime_error);
    EXPECT_EQ(all_names(), before);
}

TEST(registry, a_backend_object_registers_once) {
    auto backend = std::make_shared<thirty_day_calendar>();
    const auto id = kalends::register_calendar(backend, {"once"});
    expect_refused(backend, {"twice"}, errc::backend_already_registered, "already registered, as calendar 'once'");
    kalends::unregister_calendar(id);
    const auto outcome = kalends::try_register_calendar(backend, std::vector<std::string_view>{"thrice"});
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().code, errc::backend_already_registered);
    EXPECT_NE(outcome.error().message().find("registered before (and unregistered since)"), std::string::npos);
    // Its identity was the registry's: the backend no longer names a calendar.
    EXPECT_FALSE(kalends::calendar::find(*backend));
}

TEST(registry, unregistering_keeps_held_handles_working) {
    std::weak_ptr<thirty_day_calendar> watch;
    std::optional<calendar> held;
    kalends::calendar_id id{};
    {
        auto backend = std::make_shared<thirty_day_calendar>();
        watch = backend;
        id = kalends::register_calendar(backend, {"temporary", "temp"});
        held = calendar("temp");
    }
    kalends::unregister_calendar(id);
    EXPECT_FALSE(calendar::find("temporary"));
    EXPECT_FALSE(calendar::find("temp"));
    EXPECT_FALSE(calendar::find(id));
    EXPECT_FALSE(watch.expired());  // the handle still owns it
    EXPECT_EQ(held->name(), "temporary");
    EXPECT_EQ(held->id(), id);
    EXPECT_EQ(held->date_from_parts(3, 4, 5), 2'000'000 + 720 + 90 + 4);
    const auto names = kalends::available_calendars();
    EXPECT_EQ(std::find(names.begin(), names.end(), "temporary"), names.end());
    held.reset();
    EXPECT_TRUE(watch.expired());  // the last handle released it
    // Unregistering again, or a built-in, is an error.
    try {
        kalends::unregister_calendar(id);
        ADD_FAILURE();
    } catch (const kalends::error& e) {
        EXPECT_EQ(e.code(), errc::unknown_calendar_id);
    }
    EXPECT_FALSE(kalends::try_unregister_calendar(id));
    try {
        kalends::unregister_calendar(kalends::calendar_id{0});
        ADD_FAILURE();
    } catch (const kalends::error& e) {
        EXPECT_EQ(e.code(), errc::builtin_calendar);
        EXPECT_NE(std::string(e.what()).find("'gregorian'"), std::string::npos);
    }
    EXPECT_TRUE(calendar::find("gregorian"));
    // The names are free again; the ID is not reused.
    const auto again = kalends::register_calendar(std::make_shared<thirty_day_calendar>(), {"temporary"});
    EXPECT_GT(kalends::to_underlying(again), kalends::to_underlying(id));
}

TEST(registry, ids_are_never_reused) {
    std::vector<std::uint32_t> ids;
    for (int i = 0; i < 50; ++i) {
        const std::string name = "serial-" + std::to_string(i);
        const auto id = kalends::register_calendar(std::make_shared<thirty_day_calendar>(), {name});
        ids.push_back(kalends::to_underlying(id));
        if (i % 2 == 0) kalends::unregister_calendar(id);
    }
    for (std::size_t i = 1; i < ids.size(); ++i) EXPECT_GT(ids[i], ids[i - 1]);
}

TEST(registry, listings_put_builtins_first_and_include_aliases) {
    const auto names = kalends::available_calendars();
    ASSERT_GE(names.size(), std::size_t{kalends::builtin_calendar_count});
    const std::vector<std::string> first_six(names.begin(), names.begin() + 6);
    EXPECT_EQ(first_six, (std::vector<std::string>{"gregorian", "julian", "milankovic", "persian", "persian-2820",
                                                   "islamic-civil"}));
    for (int i = 0; i < kalends::builtin_calendar_count; ++i) {
        EXPECT_EQ(names[static_cast<std::size_t>(i)], calendar(static_cast<kalends::calendar_system>(i)).name());
    }
    const auto entries = kalends::calendar_names();
    const auto has = [&](const std::string& name, std::uint32_t id) {
        return std::any_of(entries.begin(), entries.end(), [&](const auto& e) {
            return e.name == name && kalends::to_underlying(e.id) == id;
        });
    };
    EXPECT_TRUE(has("gregory", 0));
    EXPECT_TRUE(has("jalali", 3));
    EXPECT_TRUE(has("jalali-2820", 4));
    EXPECT_TRUE(has("Islamic Civil", 5));
    EXPECT_TRUE(has("revised-julian", 2));
}

TEST(registry, check_calendar_name_explains) {
    // Success (a result<void> with a value) means well formed.
    EXPECT_TRUE(kalends::check_calendar_name("Good Name-1"));
    EXPECT_FALSE(kalends::check_calendar_name(""));
    EXPECT_FALSE(kalends::check_calendar_name("\x7F"));
}

}  // namespace
