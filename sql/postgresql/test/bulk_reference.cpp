// Writes, for every built-in calendar and every day 1900-01-01..2100-12-31,
// what the library's bulk conversion (kalends::parts_from_dates) makes of
// it, as COPY text: calendar, JDN, year, month, day, month code (\N for a
// day outside the calendar). The bulk test compares the SQL functions with it.
#include <kalends/bulk.hpp>
#include <kalends/calendar.hpp>
#include <kalends/registry.hpp>

#include <cstdint>
#include <cstdio>
#include <vector>

int main() {
    const kalends::calendar gregorian;
    const std::int64_t first = gregorian.date_from_parts(1900, 1, 1);
    const std::int64_t last = gregorian.date_from_parts(2100, 12, 31);
    std::vector<std::int64_t> days;
    for (std::int64_t jdn = first; jdn <= last; ++jdn) days.push_back(jdn);
    std::vector<kalends::date_parts> parts(days.size());
    for (const kalends::calendar& cal : kalends::all_calendars()) {
        kalends::parts_from_dates(cal, days, parts);
        const auto name = cal.name();
        for (std::size_t i = 0; i < days.size(); ++i) {
            const kalends::date_parts& p = parts[i];
            if (p == kalends::invalid_parts) {
                std::printf("%.*s\t%lld\t\\N\t\\N\t\\N\t\\N\n", static_cast<int>(name.size()), name.data(),
                            static_cast<long long>(days[i]));
                continue;
            }
            const auto code = cal.month_code_of(p.month, p.year).view();
            std::printf("%.*s\t%lld\t%d\t%d\t%d\t%.*s\n", static_cast<int>(name.size()), name.data(),
                        static_cast<long long>(days[i]), p.year, p.month, p.day, static_cast<int>(code.size()),
                        code.data());
        }
    }
    return std::ferror(stdout) == 0 ? 0 : 1;
}
