#include "cache.hpp"

#include <kalends/locale.hpp>

#include <memory>
#include <new>
#include <optional>
#include <string>

#include "postgres.hpp"

namespace kalends::sql {
namespace {

struct call_cache {
    std::string calendar_name;
    std::optional<calendar> cal;
    std::string locale_tag;
    std::string pattern;
    std::optional<date_format> format;
    void* row_type = nullptr;
};

// Lives in fn_mcxt right after the cache, so that one allocation holds both.
struct cache_block {
    call_cache cache;
    MemoryContextCallback on_reset;
};

void destroy(void* block) { static_cast<cache_block*>(block)->~cache_block(); }

// A process-wide cache for a call without FmgrInfo (DirectFunctionCall).
call_cache& fallback_cache() {
    static call_cache cache;
    return cache;
}

call_cache& cache_of(FunctionCallInfoBaseData* fcinfo) {
    FmgrInfo* info = fcinfo->flinfo;
    if (info == nullptr) return fallback_cache();
    if (info->fn_extra == nullptr) {
        void* memory = MemoryContextAllocExtended(info->fn_mcxt, sizeof(cache_block), MCXT_ALLOC_NO_OOM);
        if (memory == nullptr) throw std::bad_alloc();
        cache_block* const block = std::construct_at(static_cast<cache_block*>(memory));
        block->on_reset.func = destroy;
        block->on_reset.arg = block;
        MemoryContextRegisterResetCallback(info->fn_mcxt, &block->on_reset);
        info->fn_extra = block;
    }
    return static_cast<cache_block*>(info->fn_extra)->cache;
}

}  // namespace

void*& row_type_slot(FunctionCallInfoBaseData* fcinfo) { return cache_of(fcinfo).row_type; }

const calendar& calendar_named(FunctionCallInfoBaseData* fcinfo, std::string_view name) {
    call_cache& cache = cache_of(fcinfo);
    if (!cache.cal || cache.calendar_name != name) {
        cache.cal.reset();
        cache.calendar_name.assign(name);
        cache.cal.emplace(name);
    }
    return *cache.cal;
}

const date_format& format_of(FunctionCallInfoBaseData* fcinfo, std::string_view locale_tag, std::string_view pattern) {
    call_cache& cache = cache_of(fcinfo);
    if (!cache.format || cache.locale_tag != locale_tag || cache.pattern != pattern) {
        cache.format.reset();
        cache.locale_tag.assign(locale_tag);
        cache.pattern.assign(pattern);
        cache.format.emplace(date_format::from_ldml(pattern, kalends::locale(locale_tag)));
    }
    return *cache.format;
}

}  // namespace kalends::sql
