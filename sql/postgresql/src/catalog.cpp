// What the extension offers: kalends_calendars(), kalends_version() and
// kalends_data_version().
#include "failure.hpp"
#include "memory.hpp"

#include <kalends/calendar.hpp>
#include <kalends/locale.hpp>
#include <kalends/registry.hpp>
#include <kalends/version.hpp>

#include <cstddef>
#include <cstdint>
#include <new>
#include <string>
#include <string_view>

#include "values.hpp"

extern "C" {
PG_FUNCTION_INFO_V1(kalends_calendars);
PG_FUNCTION_INFO_V1(kalends_version);
PG_FUNCTION_INFO_V1(kalends_data_version);
}

namespace kalends::sql {
namespace {

std::string_view kind_name(calendar_kind kind) noexcept {
    switch (kind) {
    case calendar_kind::solar: return "solar";
    case calendar_kind::lunar: return "lunar";
    case calendar_kind::luni_solar: return "lunisolar";
    }
    return "unknown";
}

// One row of kalends_calendars(), in PostgreSQL's memory.
struct calendar_row {
    text* name = nullptr;
    Datum* aliases = nullptr;  // text values
    int alias_count = 0;
    std::int32_t id = 0;
    text* kind = nullptr;
    std::int64_t first_jdn = 0;
    std::int64_t last_jdn = 0;
    text* note = nullptr;  // nullptr: no note
};

struct calendar_rows {
    calendar_row* rows = nullptr;
    std::size_t count = 0;
};

template <class T>
T* allocate_array(std::size_t count) {
    auto* memory = static_cast<T*>(allocate_in_postgres(count * sizeof(T)));
    if (memory == nullptr) throw std::bad_alloc();
    return memory;
}

calendar_rows list_calendars() {
    const auto calendars = all_calendars();
    calendar_rows out;
    out.rows = allocate_array<calendar_row>(calendars.size());
    for (const calendar& cal : calendars) {
        calendar_row& row = out.rows[out.count];
        row = calendar_row{};
        const auto names = cal.names();
        row.name = text_of(names.front());
        row.alias_count = static_cast<int>(names.size() - 1);
        row.aliases = allocate_array<Datum>(names.size());
        for (std::size_t i = 1; i < names.size(); ++i) row.aliases[i - 1] = PointerGetDatum(text_of(names[i]));
        row.id = static_cast<std::int32_t>(cal.id());
        row.kind = text_of(kind_name(cal.kind()));
        row.first_jdn = cal.first_jdn();
        row.last_jdn = cal.last_jdn();
        if (!cal.name_note().empty()) row.note = text_of(cal.name_note());
        ++out.count;
    }
    return out;
}

// A calendar's first or last day as a date: NULL beyond PostgreSQL's dates.
Datum date_or_null(std::int64_t jdn, bool& is_null) {
    const auto got = run([&] { return date_of(jdn); });
    is_null = got.error.sqlstate != 0;
    return is_null ? Datum{0} : DateADTGetDatum(got.value);
}

}  // namespace
}  // namespace kalends::sql

namespace sql = kalends::sql;

extern "C" {

Datum kalends_calendars(PG_FUNCTION_ARGS) {
    const auto got = sql::run([] { return sql::list_calendars(); });
    (void)sql::settle(got, sql::on_error::raise);
    InitMaterializedSRF(fcinfo, 0);
    auto* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
    for (std::size_t i = 0; i < got.value.count; ++i) {
        const sql::calendar_row& row = got.value.rows[i];
        Datum values[7];
        bool nulls[7] = {false, false, false, false, false, false, row.note == nullptr};
        values[0] = PointerGetDatum(row.name);
        values[1] = PointerGetDatum(construct_array(row.aliases, row.alias_count, TEXTOID, -1, false, TYPALIGN_INT));
        values[2] = Int32GetDatum(row.id);
        values[3] = PointerGetDatum(row.kind);
        values[4] = sql::date_or_null(row.first_jdn, nulls[4]);
        values[5] = sql::date_or_null(row.last_jdn, nulls[5]);
        values[6] = row.note == nullptr ? Datum{0} : PointerGetDatum(row.note);
        tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
    }
    return Datum{0};
}

Datum kalends_version(PG_FUNCTION_ARGS) {
    (void)fcinfo;
    PG_RETURN_TEXT_P(cstring_to_text(kalends::version_string));
}

// What the results of the functions depend on besides their arguments: the
// library (its calendar rules and tables) and the CLDR data its names come
// from. An expression index over kalends_ functions needs REINDEX when it changes.
Datum kalends_data_version(PG_FUNCTION_ARGS) {
    (void)fcinfo;
    const auto got = sql::run([] {
        const std::string version = std::string("kalends ") + kalends::version_string + "; CLDR " +
                                    std::string(kalends::locale_data_version());
        return sql::text_of(version);
    });
    (void)sql::settle(got, sql::on_error::raise);
    PG_RETURN_TEXT_P(got.value);
}
}
