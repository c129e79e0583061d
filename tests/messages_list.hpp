// The text of src/messages.hpp, for tests that check every wording in it.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace kalends_test {

inline std::string messages_source() {
    std::ifstream in(KALENDS_MESSAGES_FILE);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace kalends_test
