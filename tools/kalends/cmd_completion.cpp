// `kalends completion SHELL`: a completion script for bash, zsh or fish.
#include "commands.hpp"
#include "completion_scripts.hpp"
#include "io_buffers.hpp"
#include "option_tables.hpp"
#include "text.hpp"
#include "usage_error.hpp"

#include <string>

namespace kalends::cli {

int run_completion(arguments args) {
    const parsed_args parsed = parse_args(args, option_specs_of("completion"), "kalends completion");
    const std::string allowed = join(completion_shells(), ", ");
    if (parsed.operands.size() != 1) {
        throw usage_error("'kalends completion' takes one SHELL (allowed: " + allowed + "), got " +
                          std::to_string(parsed.operands.size()) + " operand(s)");
    }
    const std::string_view shell = parsed.operands.front();
    const completion_model model = make_completion_model();
    std::string script;
    if (shell == "bash") {
        script = bash_completion_script(model);
    } else if (shell == "zsh") {
        script = zsh_completion_script(model);
    } else if (shell == "fish") {
        script = fish_completion_script(model);
    } else {
        throw usage_error("no completion for shell " + quoted(shell) + " (allowed: " + allowed + ")");
    }
    output_buffer out(1);
    out.append(script);
    out.flush();
    return exit_ok;
}

}  // namespace kalends::cli
