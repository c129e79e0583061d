// std::chrono::sys_days to Julian Day Numbers, checked: a day count so far
// out that its JDN does not fit 64 bits has none (and no calendar holds it).
#pragma once

#include <kalends/calendar.hpp>

#include <chrono>
#include <cstdint>
#include <optional>

namespace kalends::detail {

constexpr std::optional<std::int64_t> jdn_of_sys_days(std::chrono::sys_days day) noexcept {
    std::int64_t jdn = 0;
    if (__builtin_add_overflow(day.time_since_epoch().count(), jdn_of_unix_epoch, &jdn)) return std::nullopt;
    return jdn;
}

}  // namespace kalends::detail
