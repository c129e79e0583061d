// The registry's internals, shared by the handle and the public registry functions.
#pragma once

#include "ascii.hpp"

#include <kalends/calendar.hpp>
#include <kalends/calendar_backend.hpp>
#include <kalends/error.hpp>

#include <map>
#include <memory>
#include <shared_mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kalends::detail {

// The range a backend declares, checked and reduced to valid years.
struct backend_range {
    int min_year;
    int max_year;
    bool has_year_zero;
    std::int64_t first_jdn;
    std::int64_t last_jdn;
};

class registry {
public:
    // The process-wide registry; created on first use and never destroyed, so
    // it can be used from static destructors.
    static registry& instance();

    // The built-in backend for an enum value, or nullptr for a value that names none. Lock-free.
    static const calendar_backend* builtin(calendar_system system) noexcept;
    // The built-in whose name or alias this is, or nullptr. Lock-free.
    static const calendar_backend* builtin_named(std::string_view name) noexcept;

    static calendar handle_of_builtin(const calendar_backend& backend) noexcept;
    static calendar handle_of(std::shared_ptr<const calendar_backend> backend) noexcept;

    // Gives a backend its identity and range. Used for built-ins at start-up
    // and by add() for user calendars. Throws what the backend's virtuals throw.
    static void adopt(calendar_backend& backend, calendar_system system, calendar_id id, std::vector<std::string> names,
                      const backend_range& range) noexcept;
    static result<backend_range> measure(const calendar_backend& backend);
    // Why a user backend's months_before_year() disagrees with its
    // months_in_year() over samples of its range, or nullopt. Built-ins are
    // not sampled at start-up: tests/calendar_test.cpp sweeps them.
    static std::optional<error_info> check_month_counts(const calendar_backend& backend, const backend_range& range);

    std::optional<calendar> find(std::string_view name) const;
    std::optional<calendar> find(calendar_id id) const;

    result<calendar_id> add(std::shared_ptr<calendar_backend> backend, std::span<const std::string_view> names);
    result<void> remove(calendar_id id);

    std::vector<calendar> all() const;

private:
    registry() = default;

    mutable std::shared_mutex mutex_;
    std::map<std::string, std::shared_ptr<const calendar_backend>, ascii_iless> user_by_name_;
    std::map<std::uint32_t, std::shared_ptr<const calendar_backend>> user_by_id_;
    std::uint32_t next_id_ = first_user_calendar_id;
};

// The built-in backends, indexed by calendar_system value.
std::span<const calendar_backend* const> builtin_backends() noexcept;

}  // namespace kalends::detail
