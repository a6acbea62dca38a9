/* The link step: every function of every unit in one call graph, analysed
 * callees first, so that a wrapper or freeing helper in one file is applied
 * at its call sites in every other file of the same project.
 *
 * The link does not need every unit's IR at once. What links the units
 * (function keys, calls by name, the function-pointer stores, SAL
 * declarations) is taken from each unit's IR once, when the unit is read, in
 * any order (pt_link_unit_facts). The link then analyses the functions
 * callees first and needs one unit's IR at a time: the caller provides it on
 * demand and may let a unit's IR go between two requests (run.c reads it again
 * from its unit file when it holds more than its budget). */
#ifndef PT_LINK_H
#define PT_LINK_H
#include <stddef.h>
#include "engine.h"

#define PT_LINK_NEVER ((size_t)-1)

struct pt_link_unit;   /* what the link needs of a unit when its IR is not in memory */
struct pt_link_unit *pt_link_unit_facts(const struct pt_tu_ir *ir);
void pt_link_unit_free(struct pt_link_unit *f);

struct pt_link_units {
    size_t n;
    struct pt_link_unit *const *facts;   /* of each unit, in the run's order */
    void *ctx;
    /* The IR of unit u (0 <= u < n); it stays valid until the next call of next() for u. */
    struct pt_tu_ir *(*get)(void *ctx, size_t u);
    /* The link will ask for unit u's IR again at step `when` (the position
     * of the function in the analysis order; steps only grow), or never
     * (PT_LINK_NEVER). The IR may be let go; the soonest needed is the one to
     * keep. Called for every unit before the first get, then after each use. */
    void (*next)(void *ctx, size_t u, size_t when);
    /* NULL, or per unit: 1 for a unit that is only context (a file selection:
     * another TU of the driver, from the cache). Its functions are analysed
     * for what they tell the rest, but their own findings are not kept. */
    const unsigned char *context;
};

void pt_link_units_run(const struct pt_link_units *units, const struct pt_engine_opts *opts,
                       struct pt_results *results);
/* The same over IR held in memory (tests, fuzz targets). */
void pt_link_run(struct pt_tu_ir *const *irs, size_t nirs, const struct pt_engine_opts *opts,
                 struct pt_results *results);

#endif
