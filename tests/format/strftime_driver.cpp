// The kalends side of strftime_vs_glibc.py: the Gregorian date of each Julian
// Day Number read from stdin, written in each % pattern of the arguments,
// one line per day, the patterns' outputs separated by '|' (newline and tab
// written as \n and \t). "--range" prints
// the calendar's first and last year instead.
#include <kalends/kalends.hpp>

#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const kalends::calendar cal(kalends::calendar_system::gregorian);
    if (argc == 2 && std::string(argv[1]) == "--range") {
        std::cout << cal.minimum_year() << ' ' << cal.maximum_year() << '\n';
        return 0;
    }
    std::vector<kalends::date_format> formats;
    for (int i = 1; i < argc; ++i) formats.emplace_back(argv[i]);
    std::string line;
    std::int64_t jdn = 0;
    while (std::cin >> jdn) {
        const kalends::date_parts parts = cal.parts_from_date(jdn);
        line.clear();
        for (std::size_t i = 0; i < formats.size(); ++i) {
            std::string out(formats[i].max_size(), '\0');
            out.resize(static_cast<std::size_t>(formats[i].write(out.data(), cal, parts, jdn) - out.data()));
            if (i > 0) line += '|';
            for (const char c : out) {
                // One line a day: %n and %t escaped, as the script escapes glibc's.
                if (c == '\n') {
                    line += "\\n";
                } else if (c == '\t') {
                    line += "\\t";
                } else {
                    line += c;
                }
            }
        }
        line += '\n';
        std::cout << line;
    }
    return 0;
}
