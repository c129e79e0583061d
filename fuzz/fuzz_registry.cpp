// Fuzz target 2: sequences of register / lookup / convert /
// unregister with arbitrary names, decoded from one input, checked after
// every step against a simple model: a std::map from case-folded name to ID.
//
// The registry is process-wide and IDs are never reused, so each run
// unregisters everything it registered before it returns (and checks that it
// starts from the built-ins only), and registers at most max_registrations
// calendars. Names then never collide across runs.
//
// Properties:
//  - a registration succeeds exactly when every rule of registry.hpp holds,
//    and a refused one reports one of the rules it breaks and changes nothing;
//  - an exception thrown by the backend's virtuals during registration
//    propagates unchanged and changes nothing;
//  - lookups by name (any case) and by ID, calendar_names() and
//    available_calendars() always agree with the model;
//  - unregistration succeeds exactly for registered user IDs; handles taken
//    before it keep converting.
#include "common.hpp"

#include <kalends/calendar.hpp>
#include <kalends/registry.hpp>

#include <fuzzer/FuzzedDataProvider.h>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

using kalends::calendar;
using kalends::calendar_id;
using kalends::errc;

constexpr int max_operations = 64;
constexpr int max_registrations = 16;
constexpr std::int64_t epoch = 2'000'000;

// The thirty-day calendar of calendar_backend.hpp, optionally throwing from
// one of the virtuals that registration calls, or declaring no valid year.
struct fuzz_backend final : kalends::calendar_backend {
    enum class flaw { none, throws_in_minimum_year, throws_in_date_to_jdn, throws_in_days_in_month, empty_range };
    explicit fuzz_backend(flaw f) : flaw_(f) {}

    int minimum_year() const override {
        if (flaw_ == flaw::throws_in_minimum_year) throw std::runtime_error("fuzz: minimum_year");
        return 1;
    }
    int maximum_year() const override { return flaw_ == flaw::empty_range ? 0 : 1'000'000; }
    int months_in_year(int) const override { return 12; }
    int days_in_month(int, int) const override {
        if (flaw_ == flaw::throws_in_days_in_month) throw std::runtime_error("fuzz: days_in_month");
        return 30;
    }
    int max_days_in_month_of(int) const override { return 30; }
    bool is_leap_year(int) const override { return false; }
    kalends::calendar_kind kind() const override { return kalends::calendar_kind::solar; }
    std::int64_t date_to_jdn(int y, int m, int d) const override {
        if (flaw_ == flaw::throws_in_date_to_jdn) throw std::runtime_error("fuzz: date_to_jdn");
        return epoch + (y - 1) * std::int64_t{360} + (m - 1) * 30 + (d - 1);
    }
    kalends::date_parts jdn_to_date(std::int64_t jdn) const override {
        const std::int64_t n = jdn - epoch;
        return {static_cast<int>(n / 360 + 1), static_cast<int>(n % 360 / 30 + 1), static_cast<int>(n % 30 + 1)};
    }

    flaw flaw_;
};

std::string fold(std::string_view name) {
    std::string folded(name);
    for (char& c : folded) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return folded;
}

// The naming rule of registry.hpp, written independently of the library.
bool well_formed(std::string_view name) {
    if (name.empty() || name.size() > kalends::max_calendar_name_length) return false;
    for (const char c : name) {
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E) return false;
    }
    return name.front() != ' ' && name.back() != ' ';
}

struct model {
    std::map<std::string, std::uint32_t> builtin_names;  // folded name -> ID
    std::map<std::string, std::uint32_t> user_names;     // folded name -> ID
    std::map<std::uint32_t, std::vector<std::string>> user_ids;  // ID -> names as given
    std::vector<std::uint32_t> gone;                     // IDs this run unregistered
    std::vector<std::shared_ptr<fuzz_backend>> backends;  // every backend offered this run
    std::set<const fuzz_backend*> ever_registered;        // those registered once (never again)
    std::vector<std::pair<calendar, std::uint32_t>> handles;  // handles taken, with their IDs
    std::vector<std::string> names_seen;
    int registrations = 0;

    std::optional<std::uint32_t> lookup(std::string_view name) const {
        const std::string key = fold(name);
        if (auto found = builtin_names.find(key); found != builtin_names.end()) return found->second;
        if (auto found = user_names.find(key); found != user_names.end()) return found->second;
        return std::nullopt;
    }
};

const std::map<std::string, std::uint32_t>& builtin_name_map() {
    static const std::map<std::string, std::uint32_t> names = [] {
        std::map<std::string, std::uint32_t> result;
        for (const auto& entry : kalends::calendar_names()) {
            KALENDS_CHECK(kalends::to_underlying(entry.id) < kalends::first_user_calendar_id);
            result.emplace(fold(entry.name), kalends::to_underlying(entry.id));
        }
        return result;
    }();
    return names;
}

// The visible state equals the model: every name, every ID, the listing.
void check_state(const model& m) {
    std::map<std::string, std::uint32_t> user_names;
    for (const auto& entry : kalends::calendar_names()) {
        const std::uint32_t id = kalends::to_underlying(entry.id);
        if (id < kalends::first_user_calendar_id) continue;
        KALENDS_CHECK(user_names.emplace(fold(entry.name), id).second);
        // Names are kept as given, not folded.
        const auto& given = m.user_ids.at(id);
        bool found = false;
        for (const std::string& name : given) found = found || name == entry.name;
        KALENDS_CHECK(found);
    }
    KALENDS_CHECK(user_names == m.user_names);
    const std::vector<std::string> listed = kalends::available_calendars();
    KALENDS_CHECK(listed.size() == static_cast<std::size_t>(kalends::builtin_calendar_count) + m.user_ids.size());
    std::size_t i = static_cast<std::size_t>(kalends::builtin_calendar_count);
    for (const auto& [id, names] : m.user_ids) {
        KALENDS_CHECK(listed[i] == names.front());
        ++i;
    }
}

std::string make_name(FuzzedDataProvider& data, const model& m) {
    switch (data.ConsumeIntegralInRange<int>(0, 5)) {
    case 0:  // a case variant of a name used before
        if (!m.names_seen.empty()) {
            std::string name = m.names_seen[data.ConsumeIntegralInRange<std::size_t>(0, m.names_seen.size() - 1)];
            for (char& c : name) {
                if (data.ConsumeBool()) c = static_cast<char>((c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c);
            }
            return name;
        }
        [[fallthrough]];
    case 1: {  // a built-in's name, in some case
        const auto& builtins = builtin_name_map();
        auto it = builtins.begin();
        std::advance(it, data.ConsumeIntegralInRange<std::size_t>(0, builtins.size() - 1));
        std::string name = it->first;
        if (data.ConsumeBool()) {
            for (char& c : name) c = static_cast<char>((c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c);
        }
        return name;
    }
    case 2: {  // long: around the length limit, or far beyond it
        const std::size_t length = data.ConsumeBool()
                                       ? kalends::max_calendar_name_length + data.ConsumeIntegralInRange<std::size_t>(0, 2) - 1
                                       : data.ConsumeIntegralInRange<std::size_t>(129, 4096);
        return std::string(length, static_cast<char>(data.ConsumeIntegralInRange<int>('a', 'z')));
    }
    default:  // arbitrary bytes: empty, spaces, controls, non-ASCII, NUL
        return data.ConsumeRandomLengthString(48);
    }
}

void do_register(FuzzedDataProvider& data, model& m) {
    if (m.registrations >= max_registrations) return;
    std::vector<std::string> names(data.ConsumeIntegralInRange<std::size_t>(0, 3));
    for (std::string& name : names) name = make_name(data, m);
    for (const std::string& name : names) m.names_seen.push_back(name);

    // The backend: a new one (sometimes flawed), or one offered before.
    std::shared_ptr<fuzz_backend> backend;
    if (!m.backends.empty() && data.ConsumeIntegralInRange<int>(0, 7) == 0) {
        backend = m.backends[data.ConsumeIntegralInRange<std::size_t>(0, m.backends.size() - 1)];
    } else {
        auto flaw = fuzz_backend::flaw::none;
        if (data.ConsumeIntegralInRange<int>(0, 7) == 0) {
            flaw = static_cast<fuzz_backend::flaw>(data.ConsumeIntegralInRange<int>(1, 4));
        }
        backend = std::make_shared<fuzz_backend>(flaw);
        m.backends.push_back(backend);
    }
    const bool null_backend = data.ConsumeIntegralInRange<int>(0, 15) == 0;

    // What the rules allow; every applicable reason is acceptable.
    std::set<errc> reasons;
    if (null_backend) reasons.insert(errc::invalid_backend);
    if (names.empty()) reasons.insert(errc::invalid_calendar_name);
    std::set<std::string> folded;
    for (const std::string& name : names) {
        if (!well_formed(name)) reasons.insert(errc::invalid_calendar_name);
        if (!folded.insert(fold(name)).second) reasons.insert(errc::name_taken);
        if (m.lookup(name)) reasons.insert(errc::name_taken);
    }
    const bool throws = !null_backend && (backend->flaw_ == fuzz_backend::flaw::throws_in_minimum_year ||
                                          backend->flaw_ == fuzz_backend::flaw::throws_in_date_to_jdn ||
                                          backend->flaw_ == fuzz_backend::flaw::throws_in_days_in_month);
    if (!null_backend && backend->flaw_ == fuzz_backend::flaw::empty_range) reasons.insert(errc::invalid_backend);
    if (!null_backend && m.ever_registered.contains(backend.get())) {
        reasons.insert(errc::backend_already_registered);
    }

    std::vector<std::string_view> views(names.begin(), names.end());
    const bool use_try = data.ConsumeBool();
    std::optional<calendar_id> id;
    std::optional<errc> code;
    bool threw_foreign = false;
    ++m.registrations;
    try {
        std::shared_ptr<kalends::calendar_backend> offered;
        if (!null_backend) offered = backend;
        if (use_try) {
            const auto result = kalends::try_register_calendar(offered, views);
            if (result) {
                id = *result;
            } else {
                code = result.error().code;
                KALENDS_CHECK(!result.error().message().empty());
            }
        } else {
            id = kalends::register_calendar(offered, views);
        }
    } catch (const kalends::error& e) {
        KALENDS_CHECK(!use_try);
        code = e.code();
    } catch (const std::runtime_error& e) {
        KALENDS_CHECK(std::string_view(e.what()).starts_with("fuzz: "));
        threw_foreign = true;
    }

    if (threw_foreign) {
        // Only a flawed backend throws, and only if no name rule stopped it first (names are checked first).
        KALENDS_CHECK(throws);
    } else if (id) {
        KALENDS_CHECK(reasons.empty() && !throws);
        const std::uint32_t value = kalends::to_underlying(*id);
        KALENDS_CHECK(value >= kalends::first_user_calendar_id && !m.user_ids.contains(value));
        KALENDS_CHECK(kalends::calendar::find(*backend).has_value() && kalends::calendar::find(*backend)->id() == *id);
        m.ever_registered.insert(backend.get());
        for (const std::string& name : names) m.user_names.emplace(fold(name), value);
        m.user_ids.emplace(value, names);
        const calendar handle(*id);
        KALENDS_CHECK(handle.name() == names.front());
        m.handles.emplace_back(handle, value);
    } else {
        KALENDS_CHECK(code.has_value());
        KALENDS_CHECK(reasons.contains(*code) || (throws && reasons.empty()));
        KALENDS_CHECK(!reasons.empty());
    }
    check_state(m);
}

void do_unregister(FuzzedDataProvider& data, model& m) {
    std::uint32_t id = 0;
    switch (data.ConsumeIntegralInRange<int>(0, 3)) {
    case 0:
        if (!m.user_ids.empty()) {
            auto it = m.user_ids.begin();
            std::advance(it, data.ConsumeIntegralInRange<std::size_t>(0, m.user_ids.size() - 1));
            id = it->first;
            break;
        }
        [[fallthrough]];
    case 1:
        if (!m.gone.empty()) {
            id = m.gone[data.ConsumeIntegralInRange<std::size_t>(0, m.gone.size() - 1)];
            break;
        }
        [[fallthrough]];
    case 2: id = data.ConsumeIntegralInRange<std::uint32_t>(0, kalends::builtin_calendar_count + 2); break;
    default: id = data.ConsumeIntegral<std::uint32_t>(); break;
    }
    const bool registered = m.user_ids.contains(id);
    if (data.ConsumeBool()) {
        KALENDS_CHECK(kalends::try_unregister_calendar(calendar_id{id}).has_value() == registered);
    } else if (registered) {
        kalends::unregister_calendar(calendar_id{id});
    } else if (id < static_cast<std::uint32_t>(kalends::builtin_calendar_count)) {
        KALENDS_EXPECT_ERROR(kalends::unregister_calendar(calendar_id{id}), errc::builtin_calendar);
    } else {
        KALENDS_EXPECT_ERROR(kalends::unregister_calendar(calendar_id{id}), errc::unknown_calendar_id);
    }
    if (registered) {
        for (const std::string& name : m.user_ids.at(id)) m.user_names.erase(fold(name));
        m.user_ids.erase(id);
        m.gone.push_back(id);
        KALENDS_CHECK(!calendar::find(calendar_id{id}));
    }
    check_state(m);
}

void do_lookup(FuzzedDataProvider& data, const model& m) {
    if (data.ConsumeBool()) {
        const std::string name = make_name(data, m);
        const auto expected = m.lookup(name);
        const auto found = calendar::find(name);
        KALENDS_CHECK(found.has_value() == expected.has_value());
        if (found) {
            KALENDS_CHECK(kalends::to_underlying(found->id()) == *expected);
            KALENDS_CHECK(calendar(name) == *found);
        } else {
            KALENDS_EXPECT_ERROR(calendar(name), errc::unknown_calendar_name);
        }
        return;
    }
    std::uint32_t id = data.ConsumeBool() ? data.ConsumeIntegral<std::uint32_t>()
                                          : kalends::first_user_calendar_id + data.ConsumeIntegralInRange<std::uint32_t>(0, 4096);
    if (!m.gone.empty() && data.ConsumeBool()) id = m.gone.back();
    const bool expected = id < static_cast<std::uint32_t>(kalends::builtin_calendar_count) || m.user_ids.contains(id);
    const auto found = calendar::find(calendar_id{id});
    KALENDS_CHECK(found.has_value() == expected);
    if (found) {
        KALENDS_CHECK(kalends::to_underlying(found->id()) == id);
    } else {
        KALENDS_EXPECT_ERROR(calendar(calendar_id{id}), errc::unknown_calendar_id);
    }
}

void do_convert(FuzzedDataProvider& data, const model& m) {
    if (m.handles.empty()) return;
    // A handle taken earlier: it works whether or not its calendar is still registered.
    const auto& entry = m.handles[data.ConsumeIntegralInRange<std::size_t>(0, m.handles.size() - 1)];
    const calendar& handle = entry.first;
    const std::uint32_t id = entry.second;
    KALENDS_CHECK(kalends::to_underlying(handle.id()) == id);
    const int year = data.ConsumeIntegral<int>();
    const int month = data.ConsumeIntegral<int>();
    const int day = data.ConsumeIntegral<int>();
    const bool valid = year >= 1 && year <= 1'000'000 && month >= 1 && month <= 12 && day >= 1 && day <= 30;
    const auto jdn = handle.try_date_from_parts(year, month, day);
    KALENDS_CHECK(jdn.has_value() == valid);
    if (jdn) {
        KALENDS_CHECK(*jdn == epoch + (year - 1) * std::int64_t{360} + (month - 1) * 30 + (day - 1));
        KALENDS_CHECK(handle.parts_from_date(*jdn) == (kalends::date_parts{year, month, day}));
    } else {
        KALENDS_EXPECT_ERROR(handle.date_from_parts(year, month, day), errc::invalid_year, errc::invalid_month,
                             errc::invalid_day);
    }
    const std::int64_t any = data.ConsumeIntegral<std::int64_t>();
    const bool in_range = any >= epoch && any < epoch + std::int64_t{360} * 1'000'000;
    KALENDS_CHECK(handle.try_parts_from_date(any).has_value() == in_range);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    (void)builtin_name_map();
    FuzzedDataProvider data(bytes, size);
    model m;
    m.builtin_names = builtin_name_map();
    check_state(m);  // the previous run left only the built-ins
    for (int op = 0; op < max_operations && data.remaining_bytes() > 0; ++op) {
        switch (data.ConsumeIntegralInRange<int>(0, 4)) {
        case 0: do_register(data, m); break;
        case 1: do_unregister(data, m); break;
        case 2: do_lookup(data, m); break;
        case 3: do_convert(data, m); break;
        default: check_state(m); break;
        }
    }
    // Leave the registry as the run found it.
    for (const auto& [id, names] : m.user_ids) kalends::unregister_calendar(calendar_id{id});
    m.user_ids.clear();
    m.user_names.clear();
    check_state(m);
    return 0;
}
