// The error a command raises for a bad command line: exit status 2.
#pragma once

#include <stdexcept>
#include <string>

namespace kalends::cli {

// A usage error: an unknown command, option or calendar, a missing or
// malformed argument. main() prints it with a pointer to --help and exits 2.
class usage_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Exit statuses of every command.
inline constexpr int exit_ok = 0;
inline constexpr int exit_failure = 1;  // an invalid date or year, an I/O error
inline constexpr int exit_usage = 2;    // a bad command line

}  // namespace kalends::cli
