// The built-in calendars: every family's descriptors, in calendar_system
// order, and the backends built from them. Adding a calendar adds its
// descriptor here; the order is checked when this file compiles.
#include "builtin_calendars.hpp"

#include "calendars/changeover.hpp"
#include "calendars/chinese.hpp"
#include "calendars/coptic.hpp"
#include "calendars/gregorian_based.hpp"
#include "calendars/hebrew.hpp"
#include "calendars/indian.hpp"
#include "calendars/islamic.hpp"
#include "calendars/julian.hpp"
#include "calendars/persian.hpp"
#include "registry.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace kalends::detail {
namespace {

namespace c = calendars;

constexpr std::array<const calendar_descriptor*, builtin_calendar_count> descriptors{
    &c::gregorian,
    &c::julian,
    &c::milankovic,
    &c::persian,
    &c::persian_2820,
    &c::islamic_civil,
    &c::hebrew,
    &c::coptic,
    &c::ethiopic,
    &c::ethiopic_amete_alem,
    &c::indian,
    &c::buddhist,
    &c::roc,
    &c::japanese,
    &c::iso8601,
    &c::islamic_tbla,
    &c::islamic_umalqura,
    &c::islamic_umalqura_extended,
    &c::persian_33,
    &c::islamic_kuwaiti_thursday,
    &c::islamic_kuwaiti_friday,
    &c::islamic_bohra_thursday,
    &c::islamic_bohra_friday,
    &c::islamic_habash_thursday,
    &c::islamic_habash_friday,
    &c::gregorian_julian,
    &c::chinese,
    &c::dangi,
    &c::japanese_extended,
    &c::chinese_extended,
    &c::dangi_extended,
};

constexpr bool in_system_order() {
    for (std::size_t i = 0; i < descriptors.size(); ++i) {
        if (descriptors[i]->system != static_cast<calendar_system>(i)) return false;
        if (descriptors[i]->names.empty()) return false;
        if (descriptors[i]->first_weekday < 1 || descriptors[i]->first_weekday > 7) return false;
    }
    return true;
}
static_assert(in_system_order(), "entry i of the built-in table must be calendar_system i, with a name and a weekday");

using table = std::array<const calendar_entry*, builtin_calendar_count>;

table make_table() {
    table entries{};
    for (std::size_t i = 0; i < descriptors.size(); ++i) {
        const calendar_descriptor& d = *descriptors[i];
        // Never deleted: built-ins outlive every handle, including those in static objects.
        const calendar_backend* backend = d.make(d);
        // Measured and checked as a registered calendar is (its month counts
        // are swept by tests/properties/continuity_test.cpp, not sampled here); a built-in
        // that fails is a bug of this library, caught by every test run.
        const backend_range range = registry::measure(*backend).value();
        entries[i] = new calendar_entry(*backend, nullptr, calendar_id{static_cast<std::uint32_t>(d.system)}, d.system,
                                        std::vector<std::string>(d.names.begin(), d.names.end()), range);
    }
    return entries;
}

}  // namespace

std::span<const calendar_entry* const> builtin_entries() noexcept {
    // Initialized once, thread-safely; afterwards reading it takes no lock.
    // A built-in that fails its checks ends the process here, on purpose.
    // cppcheck-suppress throwInNoexceptFunction
    static const table entries = make_table();
    return entries;
}

const calendar_descriptor* builtin_descriptor(calendar_system system) noexcept {
    const auto index = static_cast<std::size_t>(system);
    return index < descriptors.size() ? descriptors[index] : nullptr;
}

const calendar_descriptor* descriptor_of(const calendar_entry& entry) {
    if (entry.system() != calendar_system::user) return builtin_descriptor(entry.system());
    return builtin_descriptor(entry.rules().conventions_of());
}

}  // namespace kalends::detail
