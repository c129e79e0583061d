// The library version.
#pragma once

#define KALENDS_VERSION_MAJOR 0
#define KALENDS_VERSION_MINOR 1
#define KALENDS_VERSION_PATCH 0

namespace kalends {
inline constexpr const char* version_string = "0.1.0";
}
