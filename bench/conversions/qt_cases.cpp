// Peer: Qt 6 QCalendar, its five built-in calendars. partsFromDate(QDate::
// fromJulianDay(jdn)) and dateFromParts(y, m, d).toJulianDay(). Qt numbers
// years as kalends does (no year 0). Qt 6.4 keeps Julian years and
// Milankovic parts in 16 bits and Islamic civil arithmetic in 32 bits, so
// only the ranges up to +-30000 years are tried (and verified).
#include "harness.hpp"

#include <QCalendar>
#include <QDate>

namespace kalends_bench {
namespace {

struct qt_adapter {
    QCalendar cal;
    date_parts to_parts(std::int64_t jdn) const {
        const QCalendar::YearMonthDay ymd = cal.partsFromDate(QDate::fromJulianDay(jdn));
        return {ymd.year, ymd.month, ymd.day};
    }
    std::int64_t to_jdn(const date_parts& p) const {
        return static_cast<std::int64_t>(cal.dateFromParts(p.year, p.month, p.day).toJulianDay());
    }
};

std::vector<case_spec> make_qt_cases() {
    struct system_name {
        QCalendar::System system;
        std::string_view calendar;
        std::string_view note;
    };
    static constexpr system_name systems[] = {
        {QCalendar::System::Gregorian, "gregorian", "QCalendar Gregorian"},
        {QCalendar::System::Julian, "julian", "QCalendar Julian"},
        {QCalendar::System::Milankovic, "milankovic", "QCalendar Milankovic"},
        {QCalendar::System::Jalali, "persian_2820", "QCalendar Jalali (2820-year cycle)"},
        {QCalendar::System::IslamicCivil, "islamic_civil", "QCalendar IslamicCivil"},
    };
    std::vector<case_spec> out;
    for (const auto& s : systems) {
        if (find_calendar(s.calendar) == nullptr) continue;
        case_spec c = make_case(std::string(s.calendar), "qt", years::kalends,
                                std::make_shared<qt_adapter>(qt_adapter{QCalendar(s.system)}));
        c.allowed_ranges = {"modern", "pm30k"};
        c.note = std::string(s.note);
        out.push_back(std::move(c));
    }
    return out;
}

const bool registered = register_module({"qt", 30, &make_qt_cases});

}  // namespace
}  // namespace kalends_bench
