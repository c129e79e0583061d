// Locales and compiled formats are immutable: many threads share one and
// format and parse with it, while other threads build new ones of the same
// locales (the first digit read builds a lazy index). Each thread checks
// every text and date against answers computed before any thread started,
// one thread at a time, so nothing is compared while another thread runs.
// A process of its own under ThreadSanitizer, repeated in CI (label "thread").
#include <kalends/format.hpp>
#include <kalends/locale.hpp>

#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using kalends::calendar;
using kalends::date_format;
using kalends::date_parts;
using kalends::locale;

constexpr int thread_count = 8;
constexpr std::int64_t first_day = 2415021;  // 1900-01-01
constexpr std::int64_t day_step = 193;
constexpr int day_count = 380;               // to 2100

struct shared_case {
    std::string_view tag;
    std::string_view calendar_name;
    std::string_view pattern;
};
constexpr std::array<shared_case, 5> cases{{{"fa", "persian", "EEEE d MMMM y G"},
                                            {"he", "hebrew", "d MMMM y"},
                                            {"ar-EG", "islamic-umalqura", "EEEE d MMMM y"},
                                            {"ja", "japanese", "Gy年M月d日"},
                                            {"hi", "indian", "d MMMM y"}}};

std::string write(const date_format& f, const calendar& cal, std::int64_t jdn) {
    std::string out(f.max_size(), '\0');
    out.resize(static_cast<std::size_t>(f.write(out.data(), cal, cal.parts_from_date(jdn), jdn) - out.data()));
    return out;
}

TEST(threading, shared_formats_write_and_read_the_same_in_every_thread) {
    std::vector<calendar> calendars;
    std::vector<date_format> formats;
    std::vector<std::vector<std::string>> texts;
    for (const shared_case& c : cases) {
        const calendar& cal = calendars.emplace_back(c.calendar_name);
        const date_format& f = formats.emplace_back(date_format::from_ldml(c.pattern, locale(c.tag)));
        std::vector<std::string>& list = texts.emplace_back();
        for (int i = 0; i < day_count; ++i) list.push_back(write(f, cal, first_day + i * day_step));
    }

    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < thread_count; ++t) {
        threads.emplace_back([&, t] {
            for (std::size_t k = 0; k < cases.size(); ++k) {
                const std::size_t c = (k + static_cast<std::size_t>(t)) % cases.size();
                const calendar& cal = calendars[c];
                // Odd threads share the format built above; even ones build their own from the tag.
                const date_format own = date_format::from_ldml(cases[c].pattern, locale(cases[c].tag));
                const date_format& f = t % 2 == 1 ? formats[c] : own;
                for (int i = 0; i < day_count; ++i) {
                    const std::int64_t jdn = first_day + i * day_step;
                    const std::string& expected = texts[c][static_cast<std::size_t>(i)];
                    if (write(f, cal, jdn) != expected) ++mismatches;
                    const auto back = f.try_parse(expected, cal);
                    if (!back || *back != cal.parts_from_date(jdn)) ++mismatches;
                }
            }
        });
    }
    for (std::thread& t : threads) t.join();
    EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
