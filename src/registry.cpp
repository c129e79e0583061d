// The registry: lookups, all-or-nothing registration, unregistration, listing.
#include "registry.hpp"

#include "diagnostics.hpp"

#include <kalends/registry.hpp>

#include <limits>
#include <mutex>
#include <utility>

namespace kalends::detail {

registry& registry::instance() {
    // Deliberately leaked: handles in static objects may use it at exit.
    static registry* const the_registry = new registry();
    return *the_registry;
}

const calendar_backend* registry::builtin(calendar_system system) noexcept {
    const auto index = static_cast<int>(system);
    if (index < 0 || index >= builtin_calendar_count) return nullptr;
    return builtin_backends()[static_cast<std::size_t>(index)];
}

const calendar_backend* registry::builtin_named(std::string_view name) noexcept {
    for (const calendar_backend* backend : builtin_backends()) {
        for (const std::string& candidate : backend->names()) {
            if (ascii_iequals(candidate, name)) return backend;
        }
    }
    return nullptr;
}

calendar registry::handle_of_builtin(const calendar_backend& backend) noexcept {
    // An aliasing shared_ptr with no control block: copying it touches no
    // reference count, and built-ins are never destroyed.
    return calendar(std::shared_ptr<const calendar_backend>(std::shared_ptr<const void>(), &backend));
}

calendar registry::handle_of(std::shared_ptr<const calendar_backend> backend) noexcept {
    return calendar(std::move(backend));
}

void registry::adopt(calendar_backend& backend, calendar_system system, calendar_id id, std::vector<std::string> names,
                     const backend_range& range) noexcept {
    backend.system_ = system;
    backend.names_ = std::move(names);
    backend.min_year_ = range.min_year;
    backend.max_year_ = range.max_year;
    backend.has_year_zero_ = range.has_year_zero;
    backend.first_jdn_ = range.first_jdn;
    backend.last_jdn_ = range.last_jdn;
    backend.id_.store(to_underlying(id), std::memory_order_release);
}

result<backend_range> registry::measure(const calendar_backend& backend) {
    const int declared_min = backend.minimum_year();
    const int declared_max = backend.maximum_year();
    const bool year_zero = backend.has_year_zero();
    // A range that starts or ends at 0 without a year 0 starts or ends one year further in.
    const int first = (declared_min == 0 && !year_zero) ? 1 : declared_min;
    const int last = (declared_max == 0 && !year_zero) ? -1 : declared_max;
    if (first > last) {
        return error_info{errc::invalid_backend, "calendar backend declares no valid year (minimum_year() " +
                                                     std::to_string(declared_min) + ", maximum_year() " +
                                                     std::to_string(declared_max) + ")"};
    }
    const auto kind = static_cast<int>(backend.kind());
    if (kind < 0 || kind > static_cast<int>(calendar_kind::luni_solar)) {
        return error_info{errc::invalid_backend, "calendar backend's kind() is " + std::to_string(kind) +
                                                     " (allowed 0 solar, 1 lunar, 2 luni_solar)"};
    }
    const int max_months = backend.maximum_months_in_year();
    if (max_months < 1 || max_months > 99) {
        return error_info{errc::invalid_backend, "calendar backend's maximum_months_in_year() is " +
                                                     std::to_string(max_months) +
                                                     " (allowed 1..99, the range of month codes M01..M99)"};
    }
    const int last_month = backend.months_in_year(last);
    if (backend.months_in_year(first) < 1 || last_month < 1) {
        return error_info{errc::invalid_backend, "calendar backend reports a year with no months"};
    }
    const int last_day = backend.days_in_month(last_month, last);
    if (backend.days_in_month(1, first) < 1 || last_day < 1) {
        return error_info{errc::invalid_backend, "calendar backend reports a month with no days"};
    }
    const std::int64_t first_jdn = backend.date_to_jdn(first, 1, 1);
    const std::int64_t last_jdn = backend.date_to_jdn(last, last_month, last_day);
    if (first_jdn > last_jdn) {
        return error_info{errc::invalid_backend, "calendar backend's last day (JDN " + std::to_string(last_jdn) +
                                                     ") comes before its first (JDN " + std::to_string(first_jdn) +
                                                     ")"};
    }
    if (first_jdn < min_backend_jdn || last_jdn > max_backend_jdn) {
        return error_info{errc::invalid_backend,
                          "calendar backend's days (JDN " + std::to_string(first_jdn) + ".." +
                              std::to_string(last_jdn) + ") reach beyond the day numbers a calendar may use (JDN " +
                              std::to_string(min_backend_jdn) + ".." + std::to_string(max_backend_jdn) + ")"};
    }
    return backend_range{first, last, year_zero, first_jdn, last_jdn};
}

std::optional<error_info> registry::check_month_counts(const calendar_backend& backend, const backend_range& range) {
    const int first = range.min_year;
    const int last = range.max_year;
    const bool year_zero = range.has_year_zero;
    // Month arithmetic trusts months_before_year(); a sample of the range (64
    // years at each end and 64 points between) must agree with months_in_year().
    constexpr std::int64_t points = 64;
    const std::int64_t span = std::int64_t{last} - first;
    const auto check = [&](std::int64_t at) -> std::optional<error_info> {
        const int year = static_cast<int>(at);
        const int next = year == -1 && !year_zero ? 1 : year + 1;
        const std::int64_t counted = backend.months_before_year(next) - backend.months_before_year(year);
        const int months = backend.months_in_year(year);
        if (counted == months) return std::nullopt;
        return error_info{errc::invalid_backend,
                          "calendar backend's months_before_year(" + std::to_string(next) + ") - months_before_year(" +
                              std::to_string(year) + ") is " + std::to_string(counted) + ", but months_in_year(" +
                              std::to_string(year) + ") is " + std::to_string(months) +
                              " (a calendar whose years differ in their number of months must override "
                              "months_before_year)"};
    };
    for (std::int64_t k = 0; k < points; ++k) {
        for (const std::int64_t at : {first + k, last - 1 - k, first + span / points * k}) {
            if (at < first || at >= last || (at == 0 && !year_zero)) continue;
            if (auto failure = check(at)) return failure;
        }
    }
    return std::nullopt;
}

std::optional<calendar> registry::find(std::string_view name) const {
    if (const calendar_backend* backend = builtin_named(name)) return handle_of_builtin(*backend);
    const std::shared_lock lock(mutex_);
    const auto found = user_by_name_.find(name);
    if (found == user_by_name_.end()) return std::nullopt;
    return handle_of(found->second);
}

std::optional<calendar> registry::find(calendar_id id) const {
    const std::uint32_t value = to_underlying(id);
    if (value < static_cast<std::uint32_t>(builtin_calendar_count)) {
        return handle_of_builtin(*builtin(static_cast<calendar_system>(value)));
    }
    const std::shared_lock lock(mutex_);
    const auto found = user_by_id_.find(value);
    if (found == user_by_id_.end()) return std::nullopt;
    return handle_of(found->second);
}

result<calendar_id> registry::add(std::shared_ptr<calendar_backend> backend, std::span<const std::string_view> names) {
    if (!backend) return error_info{errc::invalid_backend, "cannot register a null calendar backend"};
    if (names.empty()) {
        return error_info{errc::invalid_calendar_name, "a calendar needs at least one name to be registered"};
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (auto why = check_calendar_name(names[i])) return error_info{errc::invalid_calendar_name, *why};
        for (std::size_t j = 0; j < i; ++j) {
            if (ascii_iequals(names[i], names[j])) {
                return error_info{errc::name_taken, "calendar name " + quoted(names[i]) +
                                                        " appears twice in the list (as " + quoted(names[j]) +
                                                        " and " + quoted(names[i]) + "; names ignore ASCII case)"};
            }
        }
        if (const calendar_backend* holder = builtin_named(names[i])) {
            return error_info{errc::name_taken, "calendar name " + quoted(names[i]) + " is taken by built-in " +
                                                    describe_calendar(*holder)};
        }
    }

    // Everything that can throw (the backend's virtuals, allocations) happens
    // before the registry or the backend is touched.
    result<backend_range> range = measure(*backend);
    if (!range) return range.error();
    if (auto failure = check_month_counts(*backend, *range)) return *failure;
    std::vector<std::string> owned_names(names.begin(), names.end());
    std::map<std::string, std::shared_ptr<const calendar_backend>, ascii_iless> new_names;
    for (const std::string& name : owned_names) new_names.emplace(name, backend);
    std::map<std::uint32_t, std::shared_ptr<const calendar_backend>> new_id;

    const std::unique_lock lock(mutex_);
    if (backend->id() != calendar_backend::unregistered_id) {
        return error_info{errc::backend_already_registered,
                          "this calendar backend object was already registered, as " + describe_calendar(*backend) +
                              "; a backend object can be registered once: register a new instance instead"};
    }
    for (const std::string& name : owned_names) {
        const auto taken = user_by_name_.find(name);
        if (taken != user_by_name_.end()) {
            return error_info{errc::name_taken,
                              "calendar name " + quoted(name) + " is taken by " + describe_calendar(*taken->second)};
        }
    }
    if (next_id_ == std::numeric_limits<std::uint32_t>::max()) {
        return error_info{errc::invalid_backend, "no calendar IDs are left in this process"};
    }
    const std::uint32_t id = next_id_;
    new_id.emplace(id, backend);

    // Commit: nothing below allocates or throws.
    adopt(*backend, calendar_system::user, calendar_id{id}, std::move(owned_names), *range);
    user_by_name_.merge(new_names);
    user_by_id_.merge(new_id);
    ++next_id_;
    return calendar_id{id};
}

std::optional<error_info> registry::remove(calendar_id id) {
    const std::uint32_t value = to_underlying(id);
    if (value < static_cast<std::uint32_t>(builtin_calendar_count)) {
        return error_info{errc::builtin_calendar, "built-in " + describe_calendar(*builtin(calendar_system(value))) +
                                                      " cannot be unregistered"};
    }
    // Declared before the lock, so released after it: if this was the last
    // reference, the backend's destructor runs unlocked and may use the registry.
    std::shared_ptr<const calendar_backend> last_reference;
    const std::unique_lock lock(mutex_);
    const auto found = user_by_id_.find(value);
    if (found == user_by_id_.end()) {
        return error_info{errc::unknown_calendar_id,
                          "no calendar is registered with ID " + std::to_string(value) + describe_id_ranges()};
    }
    last_reference = found->second;
    for (const std::string& name : last_reference->names()) user_by_name_.erase(name);
    user_by_id_.erase(found);
    return std::nullopt;
}

std::vector<calendar> registry::all() const {
    std::vector<calendar> calendars;
    for (const calendar_backend* backend : builtin_backends()) calendars.push_back(handle_of_builtin(*backend));
    const std::shared_lock lock(mutex_);
    for (const auto& [id, backend] : user_by_id_) calendars.push_back(handle_of(backend));
    return calendars;
}

}  // namespace kalends::detail

namespace kalends {

calendar_id register_calendar(std::shared_ptr<calendar_backend> backend, std::span<const std::string_view> names) {
    return try_register_calendar(std::move(backend), names).value();
}

calendar_id register_calendar(std::shared_ptr<calendar_backend> backend, std::initializer_list<std::string_view> names) {
    return register_calendar(std::move(backend), std::span<const std::string_view>(names.begin(), names.size()));
}

result<calendar_id> try_register_calendar(std::shared_ptr<calendar_backend> backend,
                                          std::span<const std::string_view> names) {
    return detail::registry::instance().add(std::move(backend), names);
}

void unregister_calendar(calendar_id id) {
    if (auto failure = detail::registry::instance().remove(id)) throw error(failure->code, failure->message);
}

bool try_unregister_calendar(calendar_id id) { return !detail::registry::instance().remove(id).has_value(); }

std::vector<calendar> all_calendars() { return detail::registry::instance().all(); }

std::vector<std::string> available_calendars() {
    std::vector<std::string> names;
    for (const calendar& cal : all_calendars()) names.emplace_back(cal.name());
    return names;
}

std::vector<calendar_name> calendar_names() {
    std::vector<calendar_name> names;
    for (const calendar& cal : all_calendars()) {
        for (const std::string& name : cal.names()) names.push_back({name, cal.id()});
    }
    return names;
}

std::optional<std::string> check_calendar_name(std::string_view name) {
    if (name.empty()) return "calendar name is empty";
    if (name.size() > max_calendar_name_length) {
        return "calendar name of " + std::to_string(name.size()) + " bytes is too long (at most " +
               std::to_string(max_calendar_name_length) + ")";
    }
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto byte = static_cast<unsigned char>(name[i]);
        if (byte < 0x20 || byte > 0x7E) {
            return "calendar name " + quoted(name) + " has byte " + detail::hex_byte(byte) + " at offset " +
                   std::to_string(i) + "; names are printable ASCII (space to '~')";
        }
    }
    if (name.find_first_not_of(' ') == std::string_view::npos) return "calendar name is only spaces";
    if (name.front() == ' ' || name.back() == ' ') {
        return "calendar name " + quoted(name) + " starts or ends with a space";
    }
    return std::nullopt;
}

}  // namespace kalends
