// The Japanese era starts kalends uses, checked against CLDR's supplemental
// data as Debian's unicode-cldr-core ships it (CLDR 41). Taisho, Showa, Heisei
// and Reiwa must match it; Meiji deliberately differs (CLDR 41 says 1868-9-8,
// the lunisolar date; the Gregorian date is 1868-10-23, as later CLDR has it).
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#ifndef KALENDS_CLDR_SUPPLEMENTAL
#error "KALENDS_CLDR_SUPPLEMENTAL must name supplementalData.xml"
#endif

namespace {

// era number -> "Y-M-D" start, from <calendar type="japanese"> ... </calendar>.
std::map<int, std::string> cldr_japanese_eras() {
    std::ifstream file(KALENDS_CLDR_SUPPLEMENTAL);
    std::stringstream text;
    text << file.rdbuf();
    const std::string xml = text.str();
    const auto begin = xml.find("<calendar type=\"japanese\">");
    const auto end = xml.find("</calendar>", begin);
    std::map<int, std::string> eras;
    if (begin == std::string::npos || end == std::string::npos) return eras;
    const std::string block = xml.substr(begin, end - begin);
    // Each era is <era type="N" start="Y-M-D"/>; plain string search keeps
    // std::regex (and its GCC 12 sanitizer warnings) out of the test.
    const std::string type_key = "<era type=\"";
    const std::string start_key = "start=\"";
    for (auto at = block.find(type_key); at != std::string::npos; at = block.find(type_key, at + 1)) {
        const auto type_begin = at + type_key.size();
        const auto type_end = block.find('"', type_begin);
        const auto start_begin = block.find(start_key, type_end) + start_key.size();
        const auto start_end = block.find('"', start_begin);
        eras[std::stoi(block.substr(type_begin, type_end - type_begin))] =
            block.substr(start_begin, start_end - start_begin);
    }
    return eras;
}

std::string first_day_of(const kalends::calendar& japanese, const char* era) {
    // Walk back from the era's year 1 end to its first day by asking era_of.
    const int year = japanese.year_of_era(era, 1);
    for (int month = 1; month <= 12; ++month) {
        for (int day = 1; day <= japanese.days_in_month(month, year); ++day) {
            if (japanese.era_of({year, month, day}).era == era) {
                return std::to_string(year) + "-" + std::to_string(month) + "-" + std::to_string(day);
            }
        }
    }
    return "none";
}

TEST(cldr, japanese_modern_eras) {
    const auto eras = cldr_japanese_eras();
    ASSERT_EQ(eras.size(), 237u) << "CLDR 41 lists 237 Japanese eras";
    const kalends::calendar japanese("japanese");
    EXPECT_EQ(first_day_of(japanese, "taisho"), eras.at(233));
    EXPECT_EQ(first_day_of(japanese, "showa"), eras.at(234));
    EXPECT_EQ(first_day_of(japanese, "heisei"), eras.at(235));
    EXPECT_EQ(first_day_of(japanese, "reiwa"), eras.at(236));
    EXPECT_EQ(eras.at(232), "1868-9-8") << "CLDR's Meiji start changed: revisit the deliberate difference";
    EXPECT_EQ(first_day_of(japanese, "meiji"), "1868-10-23");
}

}  // namespace
