/* Function summaries within a translation unit (whole-driver linking builds on them). */
#ifndef PT_SUMMARY_H
#define PT_SUMMARY_H
#include "engine.h"
void pt_summary_learn(const struct pt_fctx *c, const struct pt_summary_acc *sum);
#endif
