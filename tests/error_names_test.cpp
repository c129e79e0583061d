// to_string(errc) and to_string(error_field) give each enumerator's own
// name, as include/kalends/error.hpp spells it: the header is read as text
// and every enumerator of both enums is checked, in order, so a new one
// without a name (or a name out of step) fails here.
#include <kalends/error.hpp>

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// The enumerator names of `enum class <name> ... { ... };` in the header text.
std::vector<std::string> enumerators(const std::string& header, const std::string& name) {
    const auto start = header.find("enum class " + name);
    const auto open = header.find('{', start);
    const auto close = header.find("};", open);
    std::vector<std::string> names;
    std::istringstream body(header.substr(open + 1, close - open - 1));
    // A line "    name," or "    name = 1,", with or without a comment after it.
    for (std::string line; std::getline(body, line);) {
        const auto first = line.find_first_not_of(' ');
        if (first == std::string::npos || line.compare(first, 2, "//") == 0) continue;
        const auto last = line.find_first_not_of("abcdefghijklmnopqrstuvwxyz_", first);
        if (last == first || last == std::string::npos) continue;
        const auto next = line.find_first_not_of(' ', last);
        if (next != std::string::npos && (line[next] == ',' || line[next] == '=')) names.push_back(line.substr(first, last - first));
    }
    return names;
}

std::string header_text() {
    std::ifstream in(KALENDS_ERROR_HEADER);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(error_names, every_errc_has_its_enumerator_name) {
    const auto names = enumerators(header_text(), "errc");
    ASSERT_EQ(names.size(), 21u);
    for (std::size_t i = 0; i < names.size(); ++i) {
        EXPECT_EQ(kalends::to_string(static_cast<kalends::errc>(i + 1)), names[i]);
    }
    EXPECT_EQ(kalends::to_string(static_cast<kalends::errc>(0)), "unknown");
    EXPECT_EQ(kalends::to_string(static_cast<kalends::errc>(names.size() + 1)), "unknown");
}

TEST(error_names, every_error_field_has_its_enumerator_name) {
    const auto names = enumerators(header_text(), "error_field");
    ASSERT_EQ(names.size(), 23u);
    for (std::size_t i = 0; i < names.size(); ++i) {
        EXPECT_EQ(kalends::to_string(static_cast<kalends::error_field>(i)), names[i]);
    }
    EXPECT_EQ(kalends::to_string(static_cast<kalends::error_field>(names.size())), "unknown");
}

}  // namespace
