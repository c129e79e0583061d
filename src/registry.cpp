// The registry: lookups, all-or-nothing registration, unregistration, listing.
#include "registry.hpp"

#include "diagnostics.hpp"

#include <kalends/registry.hpp>

#include <limits>
#include <mutex>
#include <utility>

namespace kalends::detail {
namespace {

error_info name_taken(std::string_view name, const calendar_entry& holder, const char* wording) noexcept {
    return error_info(errc::name_taken, error_field::calendar_name, wording).with_calendar(calendar_of(holder)).with_text(error_text(name));
}

}  // namespace

registry& registry::instance() {
    // Deliberately leaked: handles in static objects may use it at exit.
    static registry* const the_registry = new registry();
    return *the_registry;
}

const calendar_entry* registry::builtin(calendar_system system) noexcept {
    const auto index = static_cast<int>(system);
    if (index < 0 || index >= builtin_calendar_count) return nullptr;
    return builtin_entries()[static_cast<std::size_t>(index)];
}

const calendar_entry* registry::builtin_named(std::string_view name) noexcept {
    for (const calendar_entry* entry : builtin_entries()) {
        for (const std::string& candidate : entry->names()) {
            if (ascii_iequals(candidate, name)) return entry;
        }
    }
    return nullptr;
}

calendar registry::handle_of_builtin(const calendar_entry& entry) noexcept {
    // An aliasing shared_ptr with no control block: copying it touches no
    // reference count, and built-ins are never destroyed.
    return calendar(std::shared_ptr<const calendar_entry>(std::shared_ptr<const void>(), &entry));
}

calendar registry::handle_of(std::shared_ptr<const calendar_entry> entry) noexcept { return calendar(std::move(entry)); }

result<backend_range> registry::measure(const calendar_backend& backend) {
    const int declared_min = backend.minimum_year();
    const int declared_max = backend.maximum_year();
    const bool year_zero = backend.has_year_zero();
    const int first = backend.first_valid_year();
    const int last = backend.last_valid_year();
    if (first > last) {
        return error_info(errc::invalid_backend, error_field::backend, msg::no_valid_year).with_min(declared_min).with_max(declared_max);
    }
    const auto kind = static_cast<int>(backend.kind());
    if (kind < 0 || kind > static_cast<int>(calendar_kind::luni_solar)) {
        return error_info(errc::invalid_backend, error_field::backend, msg::invalid_kind).with_value(kind);
    }
    const int max_months = backend.maximum_months_in_year();
    if (max_months < 1 || max_months > 99) {
        return error_info(errc::invalid_backend, error_field::backend, msg::invalid_month_count).with_value(max_months).with_min(1).with_max(99);
    }
    const int last_month = backend.months_in_year(last);
    if (backend.months_in_year(first) < 1 || last_month < 1) {
        return error_info(errc::invalid_backend, error_field::backend, msg::year_without_months);
    }
    const int last_day = backend.days_in_month(last_month, last);
    if (backend.days_in_month(1, first) < 1 || last_day < 1) {
        return error_info(errc::invalid_backend, error_field::backend, msg::month_without_days);
    }
    const std::int64_t first_jdn = backend.date_to_jdn(first, 1, 1);
    const std::int64_t last_jdn = backend.date_to_jdn(last, last_month, last_day);
    if (first_jdn > last_jdn) {
        return error_info(errc::invalid_backend, error_field::backend, msg::last_day_before_first).with_min(first_jdn).with_max(last_jdn);
    }
    if (first_jdn < min_backend_jdn || last_jdn > max_backend_jdn) {
        return error_info(errc::invalid_backend, error_field::backend, msg::days_beyond_limits).with_min(first_jdn).with_max(last_jdn).with_context({min_backend_jdn, max_backend_jdn});
    }
    return backend_range{first, last, year_zero, first_jdn, last_jdn, last_month, last_day};
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
        return error_info(errc::invalid_backend, error_field::backend, msg::months_before_year_disagrees).with_value(counted).with_max(months).with_context({year, next});
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
    if (const calendar_entry* entry = builtin_named(name)) return handle_of_builtin(*entry);
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

std::optional<calendar> registry::find(const calendar_backend& backend) const {
    for (const calendar_entry* entry : builtin_entries()) {
        if (&entry->rules() == &backend) return handle_of_builtin(*entry);
    }
    const std::shared_lock lock(mutex_);
    for (const auto& [id, entry] : user_by_id_) {
        if (&entry->rules() == &backend) return handle_of(entry);
    }
    return std::nullopt;
}

result<calendar_id> registry::add(std::shared_ptr<calendar_backend> backend, std::span<const std::string_view> names) {
    if (!backend) return error_info(errc::invalid_backend, error_field::backend, msg::null_backend);
    if (names.empty()) {
        return error_info(errc::invalid_calendar_name, error_field::calendar_name, msg::no_names);
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (auto well_formed = check_calendar_name(names[i]); !well_formed) return well_formed.error();
        for (std::size_t j = 0; j < i; ++j) {
            if (ascii_iequals(names[i], names[j])) {
                return error_info(errc::name_taken, error_field::calendar_name, msg::name_twice).with_text(error_text(names[i])).with_part(error_text(names[j]));
            }
        }
        if (const calendar_entry* holder = builtin_named(names[i])) return name_taken(names[i], *holder, msg::name_taken_by_builtin);
    }

    // Everything that can throw (the backend's virtuals, allocations) happens
    // before the registry or the backend is touched.
    result<backend_range> range = measure(*backend);
    if (!range) return range.error();
    if (auto failure = check_month_counts(*backend, *range)) return *failure;
    const std::weak_ptr<const calendar_backend> watcher = backend;
    std::map<std::string, entry_ptr, ascii_iless> new_names;
    std::map<std::uint32_t, entry_ptr> new_id;

    const std::unique_lock lock(mutex_);
    for (const auto& earlier : ever_registered_) {
        if (!earlier.owner_before(watcher) && !watcher.owner_before(earlier)) {
            const calendar_entry* registered = nullptr;
            for (const auto& [id, entry] : user_by_id_) {
                if (&entry->rules() == backend.get()) registered = entry.get();
            }
            return error_info(errc::backend_already_registered, error_field::backend,
                              registered != nullptr ? msg::registered_twice : msg::registered_before)
                .with_calendar(registered != nullptr ? calendar_of(*registered) : error_calendar{});
        }
    }
    for (const std::string_view name : names) {
        const auto taken = user_by_name_.find(name);
        if (taken != user_by_name_.end()) {
            return name_taken(name, *taken->second, msg::name_taken);
        }
    }
    if (next_id_ == std::numeric_limits<std::uint32_t>::max()) {
        return error_info(errc::invalid_backend, error_field::calendar_id, msg::no_ids_left);
    }
    const std::uint32_t id = next_id_;
    const calendar_backend& rules = *backend;
    const auto entry = std::make_shared<const calendar_entry>(rules, std::move(backend), calendar_id{id},
                                                              calendar_system::user,
                                                              std::vector<std::string>(names.begin(), names.end()), *range);
    for (const std::string& name : entry->names()) new_names.emplace(name, entry);
    new_id.emplace(id, entry);
    std::erase_if(ever_registered_, [](const auto& earlier) { return earlier.expired(); });
    ever_registered_.push_back(watcher);

    // Commit: nothing below allocates or throws.
    user_by_name_.merge(new_names);
    user_by_id_.merge(new_id);
    ++next_id_;
    return calendar_id{id};
}

result<void> registry::remove(calendar_id id) {
    const std::uint32_t value = to_underlying(id);
    if (value < static_cast<std::uint32_t>(builtin_calendar_count)) {
        return error_info(errc::builtin_calendar, error_field::calendar_id, msg::builtin_unregistered).with_value(value).with_calendar(calendar_of(*builtin(calendar_system(value))));
    }
    // Declared before the lock, so released after it: if this was the last
    // reference, the backend's destructor runs unlocked and may use the registry.
    entry_ptr last_reference;
    const std::unique_lock lock(mutex_);
    const auto found = user_by_id_.find(value);
    if (found == user_by_id_.end()) {
        return unknown_id(id);
    }
    last_reference = found->second;
    for (const std::string& name : last_reference->names()) user_by_name_.erase(name);
    user_by_id_.erase(found);
    return {};
}

std::vector<calendar> registry::all() const {
    std::vector<calendar> calendars;
    for (const calendar_entry* entry : builtin_entries()) calendars.push_back(handle_of_builtin(*entry));
    const std::shared_lock lock(mutex_);
    for (const auto& [id, entry] : user_by_id_) calendars.push_back(handle_of(entry));
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

void unregister_calendar(calendar_id id) { try_unregister_calendar(id).value(); }

result<void> try_unregister_calendar(calendar_id id) { return detail::registry::instance().remove(id); }

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

result<void> check_calendar_name(std::string_view name) noexcept {
    const auto bad = [&](const char* wording) {
        return error_info(errc::invalid_calendar_name, error_field::calendar_name, wording).with_value(static_cast<std::int64_t>(name.size())).with_max(max_calendar_name_length).with_text(error_text(name));
    };
    if (name.empty()) return bad(detail::msg::name_empty);
    if (name.size() > max_calendar_name_length) return bad(detail::msg::name_too_long);
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto byte = static_cast<unsigned char>(name[i]);
        if (byte < 0x20 || byte > 0x7E) {
            error_info failure = bad(detail::msg::name_byte);
            failure.value = static_cast<std::int64_t>(i);
            failure.context[0] = byte;
            return failure;
        }
    }
    if (name.find_first_not_of(' ') == std::string_view::npos) return bad(detail::msg::name_only_spaces);
    if (name.front() == ' ' || name.back() == ' ') return bad(detail::msg::name_edge_space);
    return {};
}

}  // namespace kalends
