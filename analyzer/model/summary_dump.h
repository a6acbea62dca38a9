/* --summaries FILE: what the link learned about every function, as plain,
 * deterministic JSON (sorted by function key): the wrapper or helper it is
 * (fresh memory returned, handed out through *param on success, a parameter
 * freed, nothing kept), which functions it calls, which places it stores
 * allocations into or frees, and the routines it registers (DPCs). */
#ifndef PT_SUMMARY_DUMP_H
#define PT_SUMMARY_DUMP_H
#include "events.h"

void pt_summary_dump_enable(void);
void pt_summary_dump_on_event(const struct pt_event *ev);
/* After the engine analysed fn (its learned API, if any, is in apis's scope now). */
struct pt_api_table;
void pt_summary_dump_function(const struct pt_api_table *apis, const struct pt_tu_ir *ir, const struct pt_func *fn);
/* Writes the JSON (atomically) and forgets; 0 or -1 with a one-line reason. */
int pt_summary_dump_write(const char *path, char *err, size_t errlen);

#endif
