// What a function call keeps from one row to the next: the calendar it last
// looked up by name and the format it last compiled, so that a query over
// many rows with a constant calendar (or pattern) looks it up once. Kept in
// the function's fn_extra, in its fn_mcxt memory context, and destroyed
// (a reset callback) when that context goes.
#pragma once

#include <kalends/calendar.hpp>
#include <kalends/format.hpp>

#include <string_view>

// PostgreSQL's function-call data, declared here without its headers.
struct FunctionCallInfoBaseData;

namespace kalends::sql {

// The calendar with this name or alias (throws kalends::error, or std::bad_alloc).
[[nodiscard]] const calendar& calendar_named(FunctionCallInfoBaseData* fcinfo, std::string_view name);

// The LDML pattern compiled for a locale (throws kalends::error, or std::bad_alloc).
[[nodiscard]] const date_format& format_of(FunctionCallInfoBaseData* fcinfo, std::string_view locale_tag,
                                           std::string_view pattern);

// Where a function returning a row keeps its blessed row type (a TupleDesc
// in fn_mcxt, nullptr until the caller sets it; throws std::bad_alloc).
[[nodiscard]] void*& row_type_slot(FunctionCallInfoBaseData* fcinfo);

}  // namespace kalends::sql
