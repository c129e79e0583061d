// Temporal's date arithmetic in a calendar: kalends_add and kalends_until,
// and their kalends_try_ forms. Durations are ISO 8601 texts ('P1Y2M10D').
#include "cache.hpp"
#include "failure.hpp"

#include <kalends/date.hpp>
#include <kalends/duration.hpp>

#include <string>
#include <string_view>

#include "values.hpp"

extern "C" {
PG_FUNCTION_INFO_V1(kalends_add);
PG_FUNCTION_INFO_V1(kalends_try_add);
PG_FUNCTION_INFO_V1(kalends_until);
PG_FUNCTION_INFO_V1(kalends_try_until);
}

namespace kalends::sql {
namespace {

template <on_error Mode>
Datum add(FunctionCallInfo fcinfo) {
    const DateADT day = PG_GETARG_DATEADT(0);
    const std::string_view name = text_arg(fcinfo, 1);
    const std::string_view by = text_arg(fcinfo, 2);
    const std::string_view mode = text_arg(fcinfo, 3);
    const auto got = run([&] {
        const overflow rule = try_overflow_named(mode).value();
        const calendar& cal = calendar_named(fcinfo, name);
        return date_of(date::from_jdn(cal, jdn_of(day)).add(duration::parse(by), rule).jdn());
    });
    if (!settle(got, Mode)) PG_RETURN_NULL();
    PG_RETURN_DATEADT(got.value);
}

template <on_error Mode>
Datum until(FunctionCallInfo fcinfo) {
    const DateADT from = PG_GETARG_DATEADT(0);
    const DateADT to = PG_GETARG_DATEADT(1);
    const std::string_view name = text_arg(fcinfo, 2);
    const std::string_view largest = text_arg(fcinfo, 3);
    const auto got = run([&] {
        const date_unit unit = try_date_unit_named(largest).value();
        const calendar& cal = calendar_named(fcinfo, name);
        const duration between = date::from_jdn(cal, jdn_of(from)).until(date::from_jdn(cal, jdn_of(to)), unit);
        return text_of(between.to_string());
    });
    if (!settle(got, Mode)) PG_RETURN_NULL();
    PG_RETURN_TEXT_P(got.value);
}

}  // namespace
}  // namespace kalends::sql

using kalends::sql::on_error;
namespace sql = kalends::sql;

extern "C" {
Datum kalends_add(PG_FUNCTION_ARGS) { return sql::add<on_error::raise>(fcinfo); }
Datum kalends_try_add(PG_FUNCTION_ARGS) { return sql::add<on_error::null>(fcinfo); }
Datum kalends_until(PG_FUNCTION_ARGS) { return sql::until<on_error::raise>(fcinfo); }
Datum kalends_try_until(PG_FUNCTION_ARGS) { return sql::until<on_error::null>(fcinfo); }
}
