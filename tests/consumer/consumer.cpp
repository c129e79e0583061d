// Converts Nowruz 1404 through the public API, as a user program would, and
// fails unless the answer is 2025-03-21 (the Iranian calendar's published date).
#include <kalends/kalends.hpp>

#include <cstdio>

int main() {
    const kalends::calendar persian("persian");
    const kalends::calendar gregorian;
    const kalends::date_parts p = gregorian.parts_from_date(persian.date_from_parts(1404, 1, 1));
    std::printf("1404-01-01 persian = %d-%02d-%02d gregorian\n", p.year, p.month, p.day);
    return p == kalends::date_parts{2025, 3, 21} ? 0 : 1;
}
