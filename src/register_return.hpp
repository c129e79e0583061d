// Returning a date_parts from a function that is not inlined (a virtual
// conversion) without a stall.
//
// date_parts is returned in two registers: year and month in the first,
// day in the second. GCC 12 builds the first by storing year and month to
// the stack separately and loading them back as one 8-byte word, a load
// that no store can forward: about 12 cycles on every call, more than a
// whole conversion costs. Building that word with a shift avoids it.
#pragma once

#include <kalends/date_parts.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace kalends::detail {

inline date_parts register_return(const date_parts& p) noexcept {
    const std::uint64_t year_month =
        static_cast<std::uint32_t>(p.year) | (std::uint64_t{static_cast<std::uint32_t>(p.month)} << 32);
    static_assert(sizeof(date_parts) == 12 && offsetof(date_parts, month) == 4, "year and month fill the first word");
    date_parts out;
    std::memcpy(static_cast<void*>(&out), &year_month, sizeof year_month);
    out.day = p.day;
    return out;
}

}  // namespace kalends::detail
