// The registry's internals, shared by the handle and the public registry functions.
#pragma once

#include "ascii.hpp"

#include <kalends/calendar.hpp>
#include <kalends/calendar_backend.hpp>
#include <kalends/detail/calendar_entry.hpp>
#include <kalends/error.hpp>

#include <map>
#include <memory>
#include <shared_mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kalends::detail {

class registry {
public:
    // The process-wide registry; created on first use and never destroyed, so
    // it can be used from static destructors.
    static registry& instance();

    // The built-in calendar for an enum value, or nullptr for a value that names none. Lock-free.
    static const calendar_entry* builtin(calendar_system system) noexcept;
    // The built-in whose name or alias this is, or nullptr. Lock-free.
    static const calendar_entry* builtin_named(std::string_view name) noexcept;

    static calendar handle_of_builtin(const calendar_entry& entry) noexcept;
    static calendar handle_of(std::shared_ptr<const calendar_entry> entry) noexcept;

    // The backend's range, checked. Throws what the backend's virtuals throw.
    static result<backend_range> measure(const calendar_backend& backend);
    // Why a user backend's months_before_year() disagrees with its
    // months_in_year() over samples of its range, or nullopt. Built-ins are
    // not sampled at start-up: tests/properties/continuity_test.cpp sweeps them.
    static std::optional<error_info> check_month_counts(const calendar_backend& backend, const backend_range& range);

    std::optional<calendar> find(std::string_view name) const;
    std::optional<calendar> find(calendar_id id) const;
    // The calendar registered with this backend object, if it still is.
    std::optional<calendar> find(const calendar_backend& backend) const;

    result<calendar_id> add(std::shared_ptr<calendar_backend> backend, std::span<const std::string_view> names);
    result<void> remove(calendar_id id);

    std::vector<calendar> all() const;

private:
    registry() = default;

    using entry_ptr = std::shared_ptr<const calendar_entry>;
    mutable std::shared_mutex mutex_;
    std::map<std::string, entry_ptr, ascii_iless> user_by_name_;
    std::map<std::uint32_t, entry_ptr> user_by_id_;
    // Every backend object ever registered and still alive: one can be
    // registered once in its lifetime. Expired ones are dropped as it grows.
    std::vector<std::weak_ptr<const calendar_backend>> ever_registered_;
    std::uint32_t next_id_ = first_user_calendar_id;
};

// The built-in calendars, indexed by calendar_system value.
std::span<const calendar_entry* const> builtin_entries() noexcept;

}  // namespace kalends::detail
