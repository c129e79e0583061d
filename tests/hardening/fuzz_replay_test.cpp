// Fuzz regressions: every input under crashes/<target>/ (each one
// once made a fuzz target fail) and every seed of fuzz/corpus/<target>/ is
// run through the target's entry point, compiled into this program with the
// compiler of the build, so the ASan+UBSan and Release runs of CI replay
// them. A property violation aborts the program. Explicit tests of each
// fixed defect follow.
#include <kalends/calendar.hpp>

#include <gtest/gtest.h>

#include <climits>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

// The fuzz targets' entry points, renamed at compile time (see CMakeLists.txt).
extern "C" int kalends_replay_conversion(const std::uint8_t* data, std::size_t size);
extern "C" int kalends_replay_registry(const std::uint8_t* data, std::size_t size);
#ifdef KALENDS_REPLAY_CLI
extern "C" int kalends_replay_cli(const std::uint8_t* data, std::size_t size);
#endif
#ifdef KALENDS_REPLAY_DURATION
extern "C" int kalends_replay_duration(const std::uint8_t* data, std::size_t size);
#endif

namespace {

namespace fs = std::filesystem;
using entry_point = int (*)(const std::uint8_t*, std::size_t);

int replay(const std::string& target, entry_point run) {
    int replayed = 0;
    for (const fs::path& dir : {fs::path(KALENDS_SOURCE_DIR) / "tests/hardening/crashes" / target,
                               fs::path(KALENDS_SOURCE_DIR) / "fuzz/corpus" / target}) {
        if (!fs::is_directory(dir)) continue;
        for (const auto& file : fs::directory_iterator(dir)) {
            std::ifstream in(file.path(), std::ios::binary);
            const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            SCOPED_TRACE(file.path().string());
            EXPECT_EQ(run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()), 0);
            ++replayed;
        }
    }
    return replayed;
}

TEST(FuzzReplay, Conversion) { EXPECT_GT(replay("fuzz_conversion", kalends_replay_conversion), 0); }
TEST(FuzzReplay, Registry) { EXPECT_GT(replay("fuzz_registry", kalends_replay_registry), 0); }
#ifdef KALENDS_REPLAY_CLI
TEST(FuzzReplay, Cli) { EXPECT_GT(replay("fuzz_cli", kalends_replay_cli), 0); }
#endif
#ifdef KALENDS_REPLAY_DURATION
TEST(FuzzReplay, Duration) { EXPECT_GT(replay("fuzz_duration", kalends_replay_duration), 0); }
#endif

// fuzz_conversion found it: the Japanese calendar (astronomical years) put
// year INT_MIN in era year 2^31 + 1 of "bce", which year_of_era refused.
TEST(FuzzRegressions, JapaneseBceEraOfTheFirstYearRoundTrips) {
    const kalends::calendar japanese("japanese");
    for (const int year : {INT_MIN, INT_MIN + 1, -1, 0}) {
        const kalends::date_parts parts{year, 1, 1};
        ASSERT_TRUE(japanese.is_date_valid(parts));
        const auto era = japanese.era_of(parts);
        EXPECT_EQ(era.era, "bce");
        EXPECT_EQ(era.year, 1 - std::int64_t{year});
        EXPECT_EQ(japanese.year_of_era(era.era, era.year), year);
    }
    EXPECT_FALSE(japanese.try_year_of_era("bce", std::int64_t{INT_MAX} + 3));
}

}  // namespace
