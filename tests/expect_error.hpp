// Checks that a call throws kalends::error with a given code and a message
// that contains given words.
#pragma once

#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kalends_test {

// Runs `call`, which must throw kalends::error with `code` and a message containing every fragment.
template <class Call>
void expect_error(Call&& call, kalends::errc code, const std::vector<std::string>& fragments) {
    try {
        call();
        ADD_FAILURE() << "no exception";
    } catch (const kalends::error& e) {
        EXPECT_EQ(e.code(), code) << e.what();
        for (const std::string& fragment : fragments) {
            EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what() << " lacks " << fragment;
        }
    }
}

}  // namespace kalends_test
