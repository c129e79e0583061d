// Dates into a calendar's fields and back: kalends_to_date, kalends_parts,
// kalends_year, kalends_month, kalends_day, kalends_month_code, and their
// kalends_try_ forms.
#include "cache.hpp"
#include "failure.hpp"

#include <kalends/date.hpp>
#include <kalends/error.hpp>
#include <kalends/text.hpp>

#include <array>
#include <cstdint>
#include <string_view>

#include "values.hpp"

extern "C" {
PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(kalends_to_date_ymd);
PG_FUNCTION_INFO_V1(kalends_try_to_date_ymd);
PG_FUNCTION_INFO_V1(kalends_to_date_fields);
PG_FUNCTION_INFO_V1(kalends_try_to_date_fields);
PG_FUNCTION_INFO_V1(kalends_to_date_month_code);
PG_FUNCTION_INFO_V1(kalends_try_to_date_month_code);
PG_FUNCTION_INFO_V1(kalends_parts);
PG_FUNCTION_INFO_V1(kalends_try_parts);
PG_FUNCTION_INFO_V1(kalends_year);
PG_FUNCTION_INFO_V1(kalends_try_year);
PG_FUNCTION_INFO_V1(kalends_month);
PG_FUNCTION_INFO_V1(kalends_try_month);
PG_FUNCTION_INFO_V1(kalends_day);
PG_FUNCTION_INFO_V1(kalends_try_day);
PG_FUNCTION_INFO_V1(kalends_month_code);
PG_FUNCTION_INFO_V1(kalends_try_month_code);
}

namespace kalends::sql {
namespace {

// --- Fields to a date ---

DateADT date_of_ymd(FunctionCallInfo fcinfo, std::string_view calendar_name, std::string_view ymd) {
    const calendar& cal = calendar_named(fcinfo, calendar_name);
    const ymd_text fields = parse_ymd(ymd);
    if (fields.status == text_status::syntax) throw kalends::error(errc::invalid_date_text, describe_ymd_failure(fields));
    if (fields.status == text_status::out_of_range) {
        const errc code = fields.bad_field == 'y' ? errc::invalid_year
                          : fields.bad_field == 'm' ? errc::invalid_month
                                                    : errc::invalid_day;
        throw kalends::error(code, describe_ymd_failure(fields));
    }
    return date_of(cal.date_from_parts(fields.parts()));
}

template <on_error Mode>
Datum to_date_ymd(FunctionCallInfo fcinfo) {
    const std::string_view name = text_arg(fcinfo, 0);
    const std::string_view ymd = text_arg(fcinfo, 1);
    const auto got = run([&] { return date_of_ymd(fcinfo, name, ymd); });
    if (!settle(got, Mode)) PG_RETURN_NULL();
    PG_RETURN_DATEADT(got.value);
}

template <on_error Mode>
Datum to_date_fields(FunctionCallInfo fcinfo) {
    const std::string_view name = text_arg(fcinfo, 0);
    const int year = PG_GETARG_INT32(1);
    const int month = PG_GETARG_INT32(2);
    const int day = PG_GETARG_INT32(3);
    const auto got = run([&] { return date_of(calendar_named(fcinfo, name).date_from_parts(year, month, day)); });
    if (!settle(got, Mode)) PG_RETURN_NULL();
    PG_RETURN_DATEADT(got.value);
}

template <on_error Mode>
Datum to_date_month_code(FunctionCallInfo fcinfo) {
    const std::string_view name = text_arg(fcinfo, 0);
    const int year = PG_GETARG_INT32(1);
    const std::string_view code = text_arg(fcinfo, 2);
    const int day = PG_GETARG_INT32(3);
    const auto got = run([&] {
        date_fields fields;
        fields.year = year;
        fields.month_code = try_month_code_named(code).value();
        fields.day = day;
        return date_of(date::from_fields(calendar_named(fcinfo, name), fields, overflow::reject).jdn());
    });
    if (!settle(got, Mode)) PG_RETURN_NULL();
    PG_RETURN_DATEADT(got.value);
}

// --- A date to fields ---

// A day's fields in a calendar, as the functions give them.
struct day_fields {
    date_parts parts;
    std::array<char, 5> month_code{};  // "M05L" and a NUL
    std::string_view era;               // static storage (the calendar's era codes); empty without eras
    std::int64_t era_year = 0;
};

day_fields fields_of(FunctionCallInfo fcinfo, DateADT day, std::string_view calendar_name) {
    const calendar& cal = calendar_named(fcinfo, calendar_name);
    day_fields out;
    out.parts = cal.parts_from_date(jdn_of(day));
    const std::string_view code = cal.month_code_of(out.parts.month, out.parts.year).view();
    code.copy(out.month_code.data(), out.month_code.size() - 1);
    const era_year era = cal.era_of(out.parts);
    out.era = era.era;
    out.era_year = era.year;
    return out;
}

// One field: the year, month or day.
template <on_error Mode, int date_parts::*Field>
Datum field(FunctionCallInfo fcinfo) {
    const DateADT day = PG_GETARG_DATEADT(0);
    const std::string_view name = text_arg(fcinfo, 1);
    const auto got = run([&] { return calendar_named(fcinfo, name).parts_from_date(jdn_of(day)).*Field; });
    if (!settle(got, Mode)) PG_RETURN_NULL();
    PG_RETURN_INT32(got.value);
}

template <on_error Mode>
Datum month_code_field(FunctionCallInfo fcinfo) {
    const DateADT day = PG_GETARG_DATEADT(0);
    const std::string_view name = text_arg(fcinfo, 1);
    const auto got = run([&] {
        const calendar& cal = calendar_named(fcinfo, name);
        const date_parts parts = cal.parts_from_date(jdn_of(day));
        return text_of(cal.month_code_of(parts.month, parts.year).view());
    });
    if (!settle(got, Mode)) PG_RETURN_NULL();
    PG_RETURN_TEXT_P(got.value);
}

template <on_error Mode>
Datum parts(FunctionCallInfo fcinfo) {
    const DateADT day = PG_GETARG_DATEADT(0);
    const std::string_view name = text_arg(fcinfo, 1);
    const auto got = run([&] { return fields_of(fcinfo, day, name); });
    if (!settle(got, Mode)) PG_RETURN_NULL();

    // The row type, looked up in the catalog once per call site (every call
    // without FmgrInfo, which has no call site to keep it in).
    const auto slot = run([&] { return &row_type_slot(fcinfo); });
    (void)settle(slot, on_error::raise);
    auto row = static_cast<TupleDesc>(fcinfo->flinfo != nullptr ? *slot.value : nullptr);
    if (row == nullptr) {
        TupleDesc looked_up;
        if (get_call_result_type(fcinfo, nullptr, &looked_up) != TYPEFUNC_COMPOSITE) {
            ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR), errmsg("kalends_parts must return a row")));
        }
        if (fcinfo->flinfo == nullptr) {
            row = BlessTupleDesc(looked_up);
        } else {
            const MemoryContext caller = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
            row = BlessTupleDesc(CreateTupleDescCopy(looked_up));
            MemoryContextSwitchTo(caller);
            *slot.value = row;
        }
    }
    const day_fields& f = got.value;
    // Calendars without eras have neither an era nor a year of one: NULL.
    const bool no_era = f.era.empty();
    Datum values[6] = {Int32GetDatum(f.parts.year),
                       Int32GetDatum(f.parts.month),
                       Int32GetDatum(f.parts.day),
                       CStringGetTextDatum(f.month_code.data()),
                       no_era ? Datum{0} : PointerGetDatum(cstring_to_text_with_len(f.era.data(), static_cast<int>(f.era.size()))),
                       Int64GetDatum(f.era_year)};
    bool nulls[6] = {false, false, false, false, no_era, no_era};
    PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(row, values, nulls)));
}

}  // namespace
}  // namespace kalends::sql

using kalends::date_parts;
using kalends::sql::on_error;
namespace sql = kalends::sql;

extern "C" {
Datum kalends_to_date_ymd(PG_FUNCTION_ARGS) { return sql::to_date_ymd<on_error::raise>(fcinfo); }
Datum kalends_try_to_date_ymd(PG_FUNCTION_ARGS) { return sql::to_date_ymd<on_error::null>(fcinfo); }
Datum kalends_to_date_fields(PG_FUNCTION_ARGS) { return sql::to_date_fields<on_error::raise>(fcinfo); }
Datum kalends_try_to_date_fields(PG_FUNCTION_ARGS) { return sql::to_date_fields<on_error::null>(fcinfo); }
Datum kalends_to_date_month_code(PG_FUNCTION_ARGS) { return sql::to_date_month_code<on_error::raise>(fcinfo); }
Datum kalends_try_to_date_month_code(PG_FUNCTION_ARGS) { return sql::to_date_month_code<on_error::null>(fcinfo); }
Datum kalends_parts(PG_FUNCTION_ARGS) { return sql::parts<on_error::raise>(fcinfo); }
Datum kalends_try_parts(PG_FUNCTION_ARGS) { return sql::parts<on_error::null>(fcinfo); }
Datum kalends_year(PG_FUNCTION_ARGS) { return sql::field<on_error::raise, &date_parts::year>(fcinfo); }
Datum kalends_try_year(PG_FUNCTION_ARGS) { return sql::field<on_error::null, &date_parts::year>(fcinfo); }
Datum kalends_month(PG_FUNCTION_ARGS) { return sql::field<on_error::raise, &date_parts::month>(fcinfo); }
Datum kalends_try_month(PG_FUNCTION_ARGS) { return sql::field<on_error::null, &date_parts::month>(fcinfo); }
Datum kalends_day(PG_FUNCTION_ARGS) { return sql::field<on_error::raise, &date_parts::day>(fcinfo); }
Datum kalends_try_day(PG_FUNCTION_ARGS) { return sql::field<on_error::null, &date_parts::day>(fcinfo); }
Datum kalends_month_code(PG_FUNCTION_ARGS) { return sql::month_code_field<on_error::raise>(fcinfo); }
Datum kalends_try_month_code(PG_FUNCTION_ARGS) { return sql::month_code_field<on_error::null>(fcinfo); }
}
