#include <kalends/kalends.hpp>
#include <gtest/gtest.h>
TEST(Smoke, Gregorian) {
    kalends::calendar g;
    EXPECT_EQ(g.date_from_parts(2000, 1, 1), 2451545);
    EXPECT_EQ(g.name(), "gregorian");
}
