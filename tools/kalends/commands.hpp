// The commands of the kalends tool. Each takes the arguments after its
// name, writes to standard output, and returns the exit status; usage errors
// are thrown as usage_error.
#pragma once

#include <span>
#include <string_view>

namespace kalends::cli {

using arguments = std::span<const std::string_view>;

int run_today(arguments args);
int run_show(arguments args);
int run_list(arguments args);
int run_info(arguments args);
int run_convert(arguments args);
int run_cal(arguments args);
int run_add(arguments args);
int run_diff(arguments args);
int run_seq(arguments args);
int run_easter(arguments args);
int run_completion(arguments args);

// The help of the tool (command empty) or of one command; empty if unknown.
[[nodiscard]] std::string_view help_text(std::string_view command) noexcept;
// The commands that have a help text, "help" last: what the man page
// documents and the completion scripts complete.
[[nodiscard]] std::span<const std::string_view> documented_commands() noexcept;

// Writes a diagnostic line "kalends: MESSAGE" to standard error.
void report(std::string_view message);

}  // namespace kalends::cli
