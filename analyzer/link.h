/* The link step: every function of every unit in one call graph, analysed
 * callees first, so that a wrapper or freeing helper in one file is applied
 * at its call sites in every other file of the same project. */
#ifndef PT_LINK_H
#define PT_LINK_H
#include <stddef.h>
#include "engine.h"

void pt_link_run(struct pt_tu_ir *const *irs, size_t nirs, const struct pt_engine_opts *opts,
                 struct pt_results *results);

#endif
