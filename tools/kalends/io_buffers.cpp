#include "io_buffers.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace kalends::cli {

output_buffer::output_buffer(int fd, std::size_t capacity)
    : fd_(fd), data_(std::make_unique<char[]>(capacity)), capacity_(capacity) {}

output_buffer::output_buffer() : collect_(true), data_(std::make_unique<char[]>(4096)), capacity_(4096) {}

output_buffer::~output_buffer() {
    try {
        flush();
    } catch (...) {  // reported by an explicit flush(); a destructor must not throw
    }
}

void output_buffer::drain() {
    if (collect_) {
        collected_.append(data_.get(), size_);
        size_ = 0;
        return;
    }
    std::size_t done = 0;
    while (done < size_) {
        const ssize_t written = ::write(fd_, data_.get() + done, size_ - done);
        if (written < 0) {
            if (errno == EINTR) continue;
            const int saved = errno;
            size_ = 0;  // drop the rest: retrying would fail again
            throw io_error(std::string("cannot write the output: ") + std::strerror(saved));
        }
        done += static_cast<std::size_t>(written);
    }
    size_ = 0;
}

char* output_buffer::reserve(std::size_t n) {
    if (capacity_ - size_ < n) {
        drain();
        if (capacity_ < n) {
            data_ = std::make_unique<char[]>(n);
            capacity_ = n;
        }
    }
    return data_.get() + size_;
}

void output_buffer::append(std::string_view text) {
    char* out = reserve(text.size());
    if (!text.empty()) std::memcpy(out, text.data(), text.size());
    size_ += text.size();
}

void output_buffer::put(char c) {
    char* out = reserve(1);
    *out = c;
    ++size_;
}

void output_buffer::flush() {
    if (size_ != 0) drain();
}

const std::string& output_buffer::text() {
    flush();
    return collected_;
}

line_reader::line_reader(int fd, std::size_t block)
    : fd_(fd), data_(std::make_unique<char[]>(std::max(block, 2 * max_line))),
      capacity_(std::max(block, 2 * max_line)) {}

line_reader::line_reader(std::string_view text) : memory_(text), eof_(true) {
    begin_ = 0;
    end_ = text.size();
}

line_reader::~line_reader() = default;

bool line_reader::fill() {
    if (eof_) return false;
    // Keep the unread tail at the front, then read after it.
    if (begin_ != 0) {
        std::memmove(data_.get(), data_.get() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
    }
    while (true) {
        const ssize_t got = ::read(fd_, data_.get() + end_, capacity_ - end_);
        if (got < 0) {
            if (errno == EINTR) continue;
            throw io_error(std::string("cannot read the input: ") + std::strerror(errno));
        }
        if (got == 0) {
            eof_ = true;
            return false;
        }
        end_ += static_cast<std::size_t>(got);
        return true;
    }
}

bool line_reader::next(std::string_view& line, bool& too_long) {
    too_long = false;
    while (skipping_) {
        // The rest of a line that was too long: drop it up to its newline.
        const char* base = fd_ >= 0 ? data_.get() : memory_.data();
        const void* newline = std::memchr(base + begin_, '\n', end_ - begin_);
        if (newline != nullptr) {
            begin_ = static_cast<std::size_t>(static_cast<const char*>(newline) - base) + 1;
            skipping_ = false;
        } else {
            begin_ = end_;
            if (fd_ < 0 || !fill()) return false;
        }
    }
    while (true) {
        const char* base = fd_ >= 0 ? data_.get() : memory_.data();
        const std::size_t available = end_ - begin_;
        const std::size_t look = std::min(available, max_line + 1);
        const void* found = look == 0 ? nullptr : std::memchr(base + begin_, '\n', look);
        if (found != nullptr) {
            const auto length = static_cast<std::size_t>(static_cast<const char*>(found) - (base + begin_));
            line = std::string_view(base + begin_, length);
            begin_ += length + 1;
            return true;
        }
        if (available > max_line) {
            // Too long: report its start now and skip the rest on the next call
            // (the view stays valid until then).
            too_long = true;
            line = std::string_view(base + begin_, max_line);
            begin_ += max_line;
            skipping_ = true;
            return true;
        }
        if (fd_ < 0 || !fill()) {
            if (end_ == begin_) return false;
            line = std::string_view(base + begin_, end_ - begin_);  // a last line without '\n'
            begin_ = end_;
            return true;
        }
    }
}

}  // namespace kalends::cli
