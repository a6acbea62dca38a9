/* Function summaries: what a function of the run does, learned as an entry of
 * the families table for its callers (the link applies them across files). */
#ifndef PT_SUMMARY_H
#define PT_SUMMARY_H
#include "engine_internal.h"
void pt_summary_learn(const struct pt_fctx *c, const struct pt_summary_acc *sum);
#endif
