// PostgreSQL memory for what C++ code hands to the server, allocated
// without PostgreSQL's out-of-memory ERROR (whose longjmp must never cross
// C++ frames): nullptr, or std::bad_alloc, instead.
#pragma once

#include <cstddef>
#include <string_view>

namespace kalends::sql {

// Bytes in the current memory context; nullptr when there are none.
[[nodiscard]] void* allocate_in_postgres(std::size_t size) noexcept;
// A NUL-terminated copy; nullptr when out of memory.
[[nodiscard]] char* copy_to_postgres(std::string_view text) noexcept;

}  // namespace kalends::sql
