/* The model component (analyzer/model/): the path engine, the pool model it
 * runs, the families table, function summaries, function-pointer stores,
 * the call graph and the --summaries/--inventory collectors. This header is
 * its interface to the rules (rules/) and to the driver (analyzer/);
 * engine_internal.h stays inside the folder. docs/architecture.md. */
#ifndef PT_MODEL_H
#define PT_MODEL_H
#include "callgraph.h"     /* the run's call graph (PT006, PT007) */
#include "engine.h"        /* path states, pt_engine_function/finish */
#include "events.h"        /* what the model tells its listeners */
#include "fptr.h"          /* functions stored into struct fields */
#include "inventory.h"     /* --inventory */
#include "pool_api.h"      /* the families table (data/pool_api.def) */
#include "summary_dump.h"  /* --summaries */
#include "tags.h"          /* pool tags */
#endif
