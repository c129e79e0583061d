#include "memory.hpp"

#include <cstring>

#include "postgres.hpp"

namespace kalends::sql {

void* allocate_in_postgres(std::size_t size) noexcept {
    // Above MaxAllocSize palloc raises an ERROR even with MCXT_ALLOC_NO_OOM.
    if (size == 0 || size > MaxAllocSize) return nullptr;
    return palloc_extended(size, MCXT_ALLOC_NO_OOM);
}

char* copy_to_postgres(std::string_view text) noexcept {
    auto* copy = static_cast<char*>(allocate_in_postgres(text.size() + 1));
    if (copy == nullptr) return nullptr;
    std::memcpy(copy, text.data(), text.size());
    copy[text.size()] = '\0';
    return copy;
}

}  // namespace kalends::sql
