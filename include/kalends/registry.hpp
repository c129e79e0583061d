// The calendar registry: finds calendars by name, alias, ID or enum, and
// accepts calendars registered at run time. Thread-safe; finding a built-in
// calendar takes no lock.
//
// Rules:
//  - Built-in calendars are registered before any user calendar, can't be
//    unregistered, and always win a name.
//  - Registration is all-or-nothing: it succeeds completely, or it changes
//    nothing and the error says which name clashes with which calendar, or why
//    a name or the backend is unacceptable.
//  - Names are matched ASCII case-insensitively. A name offered for
//    registration must be 1 to max_calendar_name_length bytes of printable
//    ASCII (space to '~') and must not start or end with a space.
//  - IDs are never reused. A backend object can be registered once in its
//    lifetime; after it is unregistered, handles that hold it keep working.
//  - The registry shares ownership of each registered backend. Unregistering
//    drops the registry's reference: the backend is destroyed when the last
//    handle to it (or the caller's own shared_ptr) goes, and never while the
//    registry's lock is held, so its destructor may use the registry.
//  - The registry and the built-in calendars live until the process ends, and
//    so does every backend still registered then; handles stay usable during
//    static destruction.
#pragma once

#include <kalends/calendar.hpp>
#include <kalends/calendar_backend.hpp>
#include <kalends/error.hpp>

#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kalends {

inline constexpr std::size_t max_calendar_name_length = 128;

// Registers `backend` under `names` (the first is its primary name) and
// returns its new ID. Throws kalends::error on any rule broken above; the
// registry is then unchanged.
calendar_id register_calendar(std::shared_ptr<calendar_backend> backend, std::span<const std::string_view> names);
calendar_id register_calendar(std::shared_ptr<calendar_backend> backend, std::initializer_list<std::string_view> names);
[[nodiscard]] result<calendar_id> try_register_calendar(std::shared_ptr<calendar_backend> backend,
                                                        std::span<const std::string_view> names);

// Removes a user calendar: its names and ID stop resolving. Throws
// errc::builtin_calendar for a built-in, errc::unknown_calendar_id for an ID
// that is not (or no longer) registered.
void unregister_calendar(calendar_id id);
[[nodiscard]] result<void> try_unregister_calendar(calendar_id id);

// The primary names of every registered calendar: built-ins in enum order, then user calendars by ID.
[[nodiscard]] std::vector<std::string> available_calendars();

// Every registered calendar, in the same order.
[[nodiscard]] std::vector<calendar> all_calendars();

// Every name and alias with the calendar it resolves to.
struct calendar_name {
    std::string name;
    calendar_id id;
};
[[nodiscard]] std::vector<calendar_name> calendar_names();

// Success if `name` is well formed (it may still be taken), or why it could
// not be registered (errc::invalid_calendar_name).
[[nodiscard]] result<void> check_calendar_name(std::string_view name) noexcept;

}  // namespace kalends
