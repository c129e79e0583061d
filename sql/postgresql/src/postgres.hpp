// PostgreSQL's server headers, with C linkage. Include this last: port.h
// renames printf and friends with macros that the C++ headers must not see.
#pragma once

extern "C" {
#include <postgres.h>
// The server headers above first: the rest rely on what postgres.h defines.
#include <access/htup_details.h>
#include <catalog/pg_type.h>
#include <fmgr.h>
#include <funcapi.h>
#include <utils/array.h>
#include <utils/builtins.h>
#include <utils/date.h>
#include <utils/memutils.h>
#include <utils/tuplestore.h>
}
