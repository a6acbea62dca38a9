/* The IR of a translation unit as plain JSON, so that the per-TU step (parse,
 * lower) can run in another process, on another machine or in an earlier run,
 * and the link step rebuilds exactly the same IR. Keys are short: units of a
 * large driver are read back on every warm run. */
#ifndef PT_IR_JSON_H
#define PT_IR_JSON_H
#include <cjson/cJSON.h>
#include "arena.h"
#include "ir.h"

/* Functions and their CFGs (file/project are the unit's business). */
cJSON *pt_ir_to_json(const struct pt_tu_ir *ir);
/* Rebuilds ir->funcs (heap, freed by pt_tu_ir_free; expressions and strings in
 * arena). Returns 0, or -1 with a one-line reason in err when the JSON is not
 * an IR this build wrote: every index is checked, so a damaged unit can never
 * make the engine read out of bounds. */
int pt_ir_from_json(const cJSON *j, struct pt_arena *arena, struct pt_tu_ir *ir, char *err,
                    size_t errlen);

#endif
