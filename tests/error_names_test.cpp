// to_string(errc) and to_string(error_field) give each enumerator's own
// name, as include/kalends/error.hpp spells it: the header is read as text
// and every enumerator of both enums is checked, in order, so a new one
// without a name (or a name out of step) fails here.
#include <kalends/error.hpp>

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
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
    const std::regex enumerator(R"(^\s*([a-z_]+)\s*(=\s*\d+\s*)?,)");
    for (std::string line; std::getline(body, line);) {
        if (std::smatch m; std::regex_search(line, m, enumerator)) names.push_back(m[1]);
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
