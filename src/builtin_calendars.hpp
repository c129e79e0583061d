// The built-in calendars' descriptors (see calendars/descriptor.hpp).
#pragma once

#include "calendars/descriptor.hpp"

#include <kalends/calendar_backend.hpp>
#include <kalends/detail/calendar_entry.hpp>
#include <kalends/calendar_system.hpp>

namespace kalends::detail {

// The descriptor of a built-in calendar; nullptr for a value that names none.
const calendar_descriptor* builtin_descriptor(calendar_system system) noexcept;

// The descriptor whose names and conventions a calendar uses: its own for a
// built-in, the one its backend's conventions_of() names for a user calendar,
// or nullptr.
const calendar_descriptor* descriptor_of(const calendar_entry& entry);

}  // namespace kalends::detail
