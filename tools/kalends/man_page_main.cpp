// kalends_man_page OUTPUT: writes kalends(1) to OUTPUT; run by the build.
#include "man_page.hpp"

#include <cstdio>
#include <fstream>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        (void)std::fputs("usage: kalends_man_page OUTPUT\n", stderr);
        return 2;
    }
    const std::string page = kalends::cli::man_page();
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    out.write(page.data(), static_cast<std::streamsize>(page.size()));
    out.close();
    if (!out) {
        (void)std::fprintf(stderr, "kalends_man_page: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
