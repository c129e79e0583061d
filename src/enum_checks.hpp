// The public enums other than calendar_system, checked in every build: a
// value that names no enumerator is an error, never a default in disguise.
#pragma once

#include "messages.hpp"

#include <kalends/date.hpp>
#include <kalends/error.hpp>
#include <kalends/format.hpp>
#include <kalends/locale.hpp>
#include <kalends/names.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace kalends::detail {

// The enumerators' names in value order (values are 0, 1, 2, ...).
template <class Enum>
struct enumerators;

template <>
struct enumerators<overflow> {
    static constexpr std::string_view type = "overflow";
    static constexpr std::array<std::string_view, 2> names{"constrain", "reject"};
};

template <>
struct enumerators<date_unit> {
    static constexpr std::string_view type = "date_unit";
    static constexpr std::array<std::string_view, 4> names{"years", "months", "weeks", "days"};
};

template <>
struct enumerators<name_width> {
    static constexpr std::string_view type = "name_width";
    static constexpr std::array<std::string_view, 4> names{"wide", "abbreviated", "short_form", "narrow"};
};

template <>
struct enumerators<name_context> {
    static constexpr std::string_view type = "name_context";
    static constexpr std::array<std::string_view, 2> names{"format", "stand_alone"};
};

template <>
struct enumerators<date_style> {
    static constexpr std::string_view type = "date_style";
    static constexpr std::array<std::string_view, 4> names{"full", "long_form", "medium", "short_form"};
};

template <class Enum>
constexpr bool is_enumerator(Enum value) noexcept {
    const auto index = static_cast<std::underlying_type_t<Enum>>(value);
    if constexpr (std::is_signed_v<std::underlying_type_t<Enum>>) {
        if (index < 0) return false;
    }
    return static_cast<std::size_t>(index) < enumerators<Enum>::names.size();
}

// The enumerator's name. Precondition: is_enumerator(value).
template <class Enum>
constexpr std::string_view enumerator_name(Enum value) noexcept {
    return enumerators<Enum>::names[static_cast<std::size_t>(value)];
}

// "name_width 99 is out of range (allowed 0 wide, 1 abbreviated, 2 short_form, 3 narrow)", or nullopt if valid.
template <class Enum>
std::optional<error_info> check_enum(Enum value) noexcept {
    if (is_enumerator(value)) return std::nullopt;
    return error_info(errc::invalid_enum_value, error_field::enum_value, msg::enum_out_of_range).with_value(static_cast<std::underlying_type_t<Enum>>(value)).with_min(0).with_max(static_cast<std::int64_t>(enumerators<Enum>::names.size()) - 1).with_text(error_text(enumerators<Enum>::type)).with_choices(enumerators<Enum>::names);
}

}  // namespace kalends::detail
