#include "failure.hpp"

#include "memory.hpp"

#include <kalends/error.hpp>

#include <exception>
#include <new>
#include <string_view>

#include "postgres.hpp"

namespace kalends::sql {
namespace {

constexpr const char* out_of_memory_message = "out of memory in kalends";

// The SQLSTATE of a library error: the classes PostgreSQL's own date
// functions use, so that callers can tell a bad date from a bad argument.
int sqlstate_of(errc code) noexcept {
    switch (code) {
    case errc::invalid_year:
    case errc::invalid_month:
    case errc::invalid_day:
    case errc::invalid_weekday:
    case errc::jdn_out_of_range:
    case errc::no_matching_date:
        return ERRCODE_DATETIME_FIELD_OVERFLOW;
    case errc::invalid_date_text:
    case errc::invalid_duration:
    case errc::invalid_format:
        return ERRCODE_INVALID_DATETIME_FORMAT;
    case errc::invalid_calendar_system:
    case errc::unknown_calendar_name:
    case errc::unknown_calendar_id:
    case errc::invalid_region:
    case errc::invalid_enum_value:
    case errc::invalid_locale:
        return ERRCODE_INVALID_PARAMETER_VALUE;
    default:
        return ERRCODE_INTERNAL_ERROR;
    }
}

// Errors about the value a row holds, rather than about how the function was asked.
bool is_about_value(errc code) noexcept {
    switch (code) {
    case errc::invalid_year:
    case errc::invalid_month:
    case errc::invalid_day:
    case errc::jdn_out_of_range:
    case errc::no_matching_date:
    case errc::invalid_date_text:
    case errc::invalid_duration:
        return true;
    default:
        return false;
    }
}

// Where to look, for the errors whose message cannot say it in SQL's terms.
const char* hint_of(errc code) noexcept {
    if (code == errc::unknown_calendar_name) return "SELECT name, aliases FROM kalends_calendars() lists the calendars.";
    return nullptr;
}

failure out_of_memory() noexcept { return {ERRCODE_OUT_OF_MEMORY, out_of_memory_message, false, nullptr}; }

// The message in PostgreSQL's memory; a static one if there is none left.
failure with_message(int sqlstate, std::string_view message, bool about_value, const char* hint = nullptr) noexcept {
    char* copy = copy_to_postgres(message);
    if (copy == nullptr) return out_of_memory();
    return {sqlstate, copy, about_value, hint};
}

}  // namespace

failure failure_of_current_exception() noexcept {
    try {
        throw;
    } catch (const kalends::error& e) {
        return with_message(sqlstate_of(e.code()), e.what(), is_about_value(e.code()), hint_of(e.code()));
    } catch (const std::bad_alloc&) {
        return out_of_memory();
    } catch (const std::exception& e) {
        return with_message(ERRCODE_INTERNAL_ERROR, e.what(), false);
    } catch (...) {
        return {ERRCODE_INTERNAL_ERROR, "kalends: an unknown C++ exception", false, nullptr};
    }
}

bool settle(const failure& error, on_error mode) {
    if (error.sqlstate == 0) return true;
    if (mode == on_error::null && error.about_value) return false;
    if (error.hint != nullptr) {
        ereport(ERROR, (errcode(error.sqlstate), errmsg("%s", error.message), errhint("%s", error.hint)));
    }
    ereport(ERROR, (errcode(error.sqlstate), errmsg("%s", error.message)));
    return false;  // not reached: ereport(ERROR) does not return
}

}  // namespace kalends::sql
