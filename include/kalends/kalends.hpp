// The umbrella header: everything in the public API (the kernels in
// <kalends/calendars/*.hpp> are included separately, where wanted).
#pragma once

#include <kalends/bulk.hpp>
#include <kalends/calendar.hpp>
#include <kalends/calendar_backend.hpp>
#include <kalends/calendar_system.hpp>
#include <kalends/changeover.hpp>
#include <kalends/date.hpp>
#include <kalends/date_parts.hpp>
#include <kalends/duration.hpp>
#include <kalends/easter.hpp>
#include <kalends/format.hpp>
#include <kalends/locale.hpp>
#include <kalends/error.hpp>
#include <kalends/month_code.hpp>
#include <kalends/names.hpp>
#include <kalends/registry.hpp>
#include <kalends/text.hpp>
#include <kalends/version.hpp>
#include <kalends/week.hpp>
