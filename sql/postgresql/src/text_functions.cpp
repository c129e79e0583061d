// Dates as localized text: kalends_format and kalends_parse (LDML patterns,
// CLDR names), and their kalends_try_ forms.
#include "cache.hpp"
#include "failure.hpp"

#include <kalends/date.hpp>
#include <kalends/format.hpp>

#include <cstdint>
#include <string_view>

#include "values.hpp"

extern "C" {
PG_FUNCTION_INFO_V1(kalends_format);
PG_FUNCTION_INFO_V1(kalends_try_format);
PG_FUNCTION_INFO_V1(kalends_parse);
PG_FUNCTION_INFO_V1(kalends_try_parse);
}

namespace kalends::sql {
namespace {

template <on_error Mode>
Datum format(FunctionCallInfo fcinfo) {
    const DateADT day = PG_GETARG_DATEADT(0);
    const std::string_view name = text_arg(fcinfo, 1);
    const std::string_view locale_tag = text_arg(fcinfo, 2);
    const std::string_view pattern = text_arg(fcinfo, 3);
    const auto got = run([&] {
        const calendar& cal = calendar_named(fcinfo, name);
        const date_format& written = format_of(fcinfo, locale_tag, pattern);
        const std::int64_t jdn = jdn_of(day);
        const date_parts fields = cal.parts_from_date(jdn);
        return text_written(written.max_size(), [&](char* out) { return written.write(out, cal, fields, jdn); });
    });
    if (!settle(got, Mode)) PG_RETURN_NULL();
    PG_RETURN_TEXT_P(got.value);
}

template <on_error Mode>
Datum parse(FunctionCallInfo fcinfo) {
    const std::string_view text = text_arg(fcinfo, 0);
    const std::string_view name = text_arg(fcinfo, 1);
    const std::string_view locale_tag = text_arg(fcinfo, 2);
    const std::string_view pattern = text_arg(fcinfo, 3);
    const auto got = run([&] {
        const calendar& cal = calendar_named(fcinfo, name);
        const date_format& read = format_of(fcinfo, locale_tag, pattern);
        return date_of(cal.date_from_parts(read.parse(text, cal, parse_mode::strict)));
    });
    if (!settle(got, Mode)) PG_RETURN_NULL();
    PG_RETURN_DATEADT(got.value);
}

}  // namespace
}  // namespace kalends::sql

using kalends::sql::on_error;
namespace sql = kalends::sql;

extern "C" {
Datum kalends_format(PG_FUNCTION_ARGS) { return sql::format<on_error::raise>(fcinfo); }
Datum kalends_try_format(PG_FUNCTION_ARGS) { return sql::format<on_error::null>(fcinfo); }
Datum kalends_parse(PG_FUNCTION_ARGS) { return sql::parse<on_error::raise>(fcinfo); }
Datum kalends_try_parse(PG_FUNCTION_ARGS) { return sql::parse<on_error::null>(fcinfo); }
}
