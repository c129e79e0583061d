// Prints today's date in every registered calendar.
#include <kalends/kalends.hpp>

#include <chrono>
#include <cstdio>

int main() {
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    for (const kalends::calendar& cal : kalends::all_calendars()) {
        const kalends::date_parts parts = cal.from_sys_days(today);
        std::printf("%-16s %d-%02d-%02d\n", std::string(cal.name()).c_str(), parts.year, parts.month, parts.day);
    }
}
