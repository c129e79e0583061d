// The umbrella header: everything in the public API.
#pragma once

#include <kalends/bulk.hpp>
#include <kalends/calendar.hpp>
#include <kalends/calendar_backend.hpp>
#include <kalends/calendar_system.hpp>
#include <kalends/date_parts.hpp>
#include <kalends/error.hpp>
#include <kalends/registry.hpp>
#include <kalends/version.hpp>
