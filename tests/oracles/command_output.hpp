// What a peer program prints: the oracles that run at test time (ncal,
// Python) are read through a pipe.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

namespace kalends_test {

// The standard output of `command` run by the shell, or nullopt if it could not be started.
inline std::optional<std::string> command_output(const std::string& command) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) return std::nullopt;
    std::string text;
    char buffer[65536];
    std::size_t n = 0;
    while ((n = fread(buffer, 1, sizeof buffer, pipe.get())) > 0) text.append(buffer, n);
    return text;
}

}  // namespace kalends_test
