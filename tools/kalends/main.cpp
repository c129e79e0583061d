// The kalends command-line tool: picks the command, runs it, and turns
// errors into messages and exit statuses. Calendar work is the library's.
#include "commands.hpp"
#include "io_buffers.hpp"
#include "suggest.hpp"
#include "text.hpp"
#include "today.hpp"
#include "usage_error.hpp"

#include <kalends/error.hpp>
#include <kalends/text.hpp>
#include <kalends/version.hpp>

#include <array>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

namespace kalends::cli {

void report(std::string_view message) {
    std::string line = "kalends: ";
    line += message;
    line += '\n';
    // A diagnostic that cannot be written has nowhere else to go.
    (void)std::fwrite(line.data(), 1, line.size(), stderr);
}

namespace {

struct command {
    std::string_view name;
    int (*run)(arguments);
};

constexpr std::array<command, 11> commands{{
    {"today", run_today},
    {"show", run_show},
    {"list", run_list},
    {"info", run_info},
    {"convert", run_convert},
    {"cal", run_cal},
    {"add", run_add},
    {"diff", run_diff},
    {"seq", run_seq},
    {"easter", run_easter},
    {"completion", run_completion},
}};

void print(std::string_view text) {
    output_buffer out(1);
    out.append(text);
    out.flush();
}

// True if `args` hold one of `flags` before any "--".
bool asks_for(arguments args, std::string_view long_flag, std::string_view short_flag) {
    for (const std::string_view arg : args) {
        if (arg == "--") return false;
        if (arg == long_flag || arg == short_flag) return true;
    }
    return false;
}

void print_version() { print(std::string("kalends ") + kalends::version_string + "\n"); }

std::vector<std::string> command_names() {
    std::vector<std::string> names;
    names.reserve(commands.size() + 1);
    for (const command& c : commands) names.emplace_back(c.name);
    names.emplace_back("help");
    return names;
}

int run(arguments args, std::string& context) {
    if (args.empty()) return run_today(args);
    const std::string_view first = args[0];
    if (first == "--help" || first == "-h") {
        print(help_text(""));
        return exit_ok;
    }
    if (first == "--version" || first == "-V") {
        print_version();
        return exit_ok;
    }
    if (first == "help") {
        if (args.size() == 1) {
            print(help_text(""));
            return exit_ok;
        }
        if (asks_for(args.subspan(1), "--help", "-h")) {
            print(help_text("help"));
            return exit_ok;
        }
        const std::string_view text = help_text(args[1]);
        if (text.empty()) throw usage_error("no help for " + quoted(args[1]) + did_you_mean(args[1], command_names()));
        if (args.size() > 2) {
            throw usage_error("unexpected argument " + quoted(args[2]) + " after 'help " + std::string(args[1]) +
                              "' ('kalends help' takes one command name)");
        }
        print(text);
        return exit_ok;
    }
    for (const command& c : commands) {
        if (first != c.name) continue;
        context = std::string(c.name);
        const arguments rest = args.subspan(1);
        if (asks_for(rest, "--help", "-h")) {
            print(help_text(c.name));
            return exit_ok;
        }
        if (asks_for(rest, "--version", "-V")) {
            print_version();
            return exit_ok;
        }
        return c.run(rest);
    }
    if (first.starts_with("-")) {
        throw usage_error("unknown option " + quoted(first) + did_you_mean(first, {"--help", "--version"}));
    }
    // `kalends 2025-03-21`, `kalends tomorrow`, `kalends @1700000000`: a date where a command would be is `kalends show` of it.
    if (kalends::parse_ymd(first).status != text_status::syntax || read_day_word(first).matched) {
        context = "show";
        return run_show(args);
    }
    throw usage_error("unknown command " + quoted(first) + did_you_mean(first, command_names()) +
                      " (commands: today, show, list, info, convert, cal, add, diff, seq, easter, completion; or a date: kalends 2025-03-21)");
}

}  // namespace
}  // namespace kalends::cli

int main(int argc, char** argv) {
    using namespace kalends::cli;
    std::vector<std::string_view> args;
    for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);
    std::string context;
    try {
        return run(args, context);
    } catch (const usage_error& e) {
        report(e.what());
        report("try 'kalends " + (context.empty() ? std::string() : context + " ") + "--help'");
        return exit_usage;
    } catch (const io_error& e) {
        report(e.what());
        return exit_failure;
    } catch (const kalends::error& e) {
        report(e.what());
        return exit_failure;
    } catch (const std::exception& e) {
        report(std::string("error: ") + e.what());
        return exit_failure;
    }
}
