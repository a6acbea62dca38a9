/* Human-readable dump of the IR (pooltrack-analyze --dump-ir), for debugging. */
#ifndef PT_IR_DUMP_H
#define PT_IR_DUMP_H
#include <stdio.h>
#include "ir.h"
void pt_ir_dump_expr(FILE *out, const struct pt_func *fn, const struct pt_expr *e);
void pt_ir_dump_func(FILE *out, const struct pt_func *fn);
#endif
