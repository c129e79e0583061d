#include <kalends/error.hpp>

#include <cstring>
#include <new>
#include <string>

#include "memory.hpp"
#include "values.hpp"

namespace kalends::sql {
namespace {

// The days PostgreSQL's date holds, as Julian Day Numbers.
constexpr std::int64_t first_jdn = DATETIME_MIN_JULIAN;
constexpr std::int64_t last_jdn = std::int64_t{DATE_END_JULIAN} - 1;

}  // namespace

std::int64_t jdn_of(DateADT day) {
    if (DATE_NOT_FINITE(day)) {
        throw kalends::error(errc::jdn_out_of_range, std::string(DATE_IS_NOBEGIN(day) ? "-infinity" : "infinity") +
                                                         " is no day of any calendar (a finite date is needed)");
    }
    return std::int64_t{day} + POSTGRES_EPOCH_JDATE;
}

DateADT date_of(std::int64_t jdn) {
    if (jdn < first_jdn || jdn > last_jdn) {
        throw kalends::error(errc::jdn_out_of_range,
                             "the day with Julian Day Number " + std::to_string(jdn) +
                                 " is outside PostgreSQL's date range (4714-11-24 BC..5874897-12-31, JDN " +
                                 std::to_string(first_jdn) + ".." + std::to_string(last_jdn) + ")");
    }
    return static_cast<DateADT>(jdn - POSTGRES_EPOCH_JDATE);
}

text* text_of(std::string_view bytes) {
    auto* value = static_cast<text*>(allocate_in_postgres(bytes.size() + VARHDRSZ));
    if (value == nullptr) throw std::bad_alloc();
    SET_VARSIZE(value, bytes.size() + VARHDRSZ);
    std::memcpy(VARDATA(value), bytes.data(), bytes.size());
    return value;
}

}  // namespace kalends::sql
