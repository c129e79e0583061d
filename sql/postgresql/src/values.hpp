// PostgreSQL's values as kalends sees them: a date as a Julian Day Number,
// a text as bytes. Include last (it includes the server headers).
#pragma once

#include "memory.hpp"

#include <cstddef>
#include <cstdint>
#include <new>
#include <string_view>

#include "postgres.hpp"

namespace kalends::sql {

// A text argument's bytes, without copying (not NUL-terminated). Call
// before run(): detoasting may allocate and raise.
[[nodiscard]] inline std::string_view text_arg(FunctionCallInfo fcinfo, int index) {
    const text* value = PG_GETARG_TEXT_PP(index);
    return {VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value)};
}

// The Julian Day Number of a date; throws kalends::error for infinity.
[[nodiscard]] std::int64_t jdn_of(DateADT day);
// The date of a Julian Day Number; throws kalends::error outside PostgreSQL's
// range (4714-11-24 BC .. 5874897-12-31).
[[nodiscard]] DateADT date_of(std::int64_t jdn);

// A text value of these bytes in PostgreSQL's memory; throws std::bad_alloc.
[[nodiscard]] text* text_of(std::string_view bytes);

// A text value written in place by `write(char* out) -> char* end`, which
// writes at most `max_size` bytes; throws std::bad_alloc.
template <class Writer>
[[nodiscard]] text* text_written(std::size_t max_size, Writer&& write) {
    auto* value = static_cast<text*>(allocate_in_postgres(max_size + VARHDRSZ));
    if (value == nullptr) throw std::bad_alloc();
    const char* end = write(VARDATA(value));
    SET_VARSIZE(value, static_cast<std::size_t>(end - VARDATA(value)) + VARHDRSZ);
    return value;
}

}  // namespace kalends::sql
