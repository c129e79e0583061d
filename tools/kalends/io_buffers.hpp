// Batch I/O: standard input read in large blocks and split into lines, and
// output gathered in a large buffer written in big chunks. No iostreams, no
// allocation per line.
#pragma once

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kalends::cli {

// Thrown when reading or writing fails (other than a closed pipe, which
// ends the process through SIGPIPE as for any Unix filter).
class io_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class output_buffer {
public:
    // Writes to file descriptor `fd`.
    explicit output_buffer(int fd, std::size_t capacity = std::size_t{1} << 20);
    // Collects everything into a string (see text()), for tests.
    output_buffer();
    output_buffer(const output_buffer&) = delete;
    output_buffer& operator=(const output_buffer&) = delete;
    ~output_buffer();  // flushes, ignoring errors: call flush() to see them

    // Room for at least n bytes at the returned pointer; commit(end) keeps
    // the bytes written up to end. Nothing is flushed between the two.
    [[nodiscard]] char* reserve(std::size_t n);
    void commit(const char* end) noexcept { size_ = static_cast<std::size_t>(end - data_.get()); }

    void append(std::string_view text);
    void put(char c);
    void flush();

    // What the collecting form gathered so far (flushes into it).
    [[nodiscard]] const std::string& text();

private:
    void drain();

    int fd_ = -1;
    bool collect_ = false;
    std::string collected_;
    std::unique_ptr<char[]> data_;
    std::size_t capacity_ = 0;
    std::size_t size_ = 0;
};

// Splits a file descriptor (or a string, for tests) into lines. A line longer
// than max_line bytes is reported as too long and skipped up to its newline,
// so memory stays bounded whatever the input.
class line_reader {
public:
    static constexpr std::size_t max_line = 1024;

    explicit line_reader(int fd, std::size_t block = std::size_t{1} << 20);
    explicit line_reader(std::string_view text);
    line_reader(const line_reader&) = delete;
    line_reader& operator=(const line_reader&) = delete;
    ~line_reader();

    // The next line, without its '\n'. Returns false at the end of input.
    // `too_long` is set if the line was longer than max_line; `line` then
    // holds its first max_line bytes.
    bool next(std::string_view& line, bool& too_long);

private:
    bool fill();  // reads more; false at end of input

    int fd_ = -1;
    std::string_view memory_;
    std::unique_ptr<char[]> data_;
    std::size_t capacity_ = 0;
    std::size_t begin_ = 0;
    std::size_t end_ = 0;
    bool eof_ = false;
    bool skipping_ = false;
};

}  // namespace kalends::cli
