// Fuzz target 4: the ISO 8601 / Temporal duration parser
// (kalends/duration.hpp).
//
// Properties: try_parse and parse agree (a value, or kalends::error with the
// same code); a parsed duration prints as text that parses back to it, has
// fields of one sign within their bounds; try_make accepts exactly the
// fields of one sign within the bounds.
#include "common.hpp"

#include <kalends/duration.hpp>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <string>

namespace {

using kalends::duration;

bool within_bounds(std::int64_t y, std::int64_t m, std::int64_t w, std::int64_t d) {
    const auto in = [](std::int64_t v, std::int64_t bound) { return v >= -bound && v <= bound; };
    const bool nonneg = y >= 0 && m >= 0 && w >= 0 && d >= 0;
    const bool nonpos = y <= 0 && m <= 0 && w <= 0 && d <= 0;
    return (nonneg || nonpos) && in(y, duration::max_years) && in(m, duration::max_months) &&
           in(w, duration::max_weeks) && in(d, duration::max_days);
}

void check_duration(const duration& value) {
    KALENDS_CHECK(within_bounds(value.years(), value.months(), value.weeks(), value.days()));
    const std::string text = value.to_string();
    const auto again = duration::try_parse(text);
    KALENDS_CHECK(again.has_value());
    KALENDS_CHECK(*again == value);
    KALENDS_CHECK(value.negated().negated() == value);
    KALENDS_CHECK(value.abs().sign() >= 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    FuzzedDataProvider data(bytes, size);
    if (data.ConsumeIntegralInRange<int>(0, 3) == 0) {
        const auto pick = [&data]() -> std::int64_t {
            switch (data.ConsumeIntegralInRange<int>(0, 2)) {
            case 0: return data.ConsumeIntegral<std::int64_t>();
            case 1: return data.ConsumeIntegralInRange<std::int64_t>(-5, 5);
            default: return duration::max_days + data.ConsumeIntegralInRange<std::int64_t>(-2, 2);
            }
        };
        const std::int64_t y = pick(), m = pick(), w = pick(), d = pick();
        const auto made = duration::try_make(y, m, w, d);
        KALENDS_CHECK(made.has_value() == within_bounds(y, m, w, d));
        if (made) {
            check_duration(*made);
        } else {
            KALENDS_EXPECT_ERROR(duration(y, m, w, d), made.error().code);
        }
        return 0;
    }
    const std::string text = data.ConsumeRemainingBytesAsString();
    const auto parsed = duration::try_parse(text);
    if (parsed) {
        KALENDS_CHECK(duration::parse(text) == *parsed);
        check_duration(*parsed);
    } else {
        KALENDS_CHECK(!parsed.error().message().empty());
        KALENDS_EXPECT_ERROR(duration::parse(text), parsed.error().code);
    }
    return 0;
}
