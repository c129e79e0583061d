// Bulk conversions: size checks, then one dispatch per span.
#include "messages.hpp"

#include <kalends/bulk.hpp>

namespace kalends {

namespace {

void require_room(std::size_t input, std::size_t output, const char* what) {
    if (output < input) {
        throw error(error_info(errc::output_too_small, error_field::buffer, detail::msg::output_too_small).with_value(static_cast<std::int64_t>(output)).with_min(static_cast<std::int64_t>(input)).with_text(error_text(what)));
    }
}

}  // namespace

std::size_t parts_from_dates(const calendar& cal, std::span<const std::int64_t> jdns, std::span<date_parts> out) {
    require_room(jdns.size(), out.size(), "output span");
    return cal.backend().jdns_to_dates(jdns, out);
}

std::size_t dates_from_parts(const calendar& cal, std::span<const date_parts> parts, std::span<std::int64_t> out) {
    require_room(parts.size(), out.size(), "output span");
    return cal.backend().dates_to_jdns(parts, out);
}

std::size_t convert_dates(const calendar& from, std::span<const date_parts> parts, const calendar& to,
                          std::span<date_parts> out, std::span<std::int64_t> scratch) {
    require_room(parts.size(), out.size(), "output span");
    require_room(parts.size(), scratch.size(), "scratch span");
    const auto jdns = scratch.first(parts.size());
    (void)from.backend().dates_to_jdns(parts, jdns);
    // invalid_jdn is outside every range, so invalid inputs stay invalid.
    return to.backend().jdns_to_dates(jdns, out);
}

}  // namespace kalends
