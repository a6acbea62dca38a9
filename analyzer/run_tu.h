/* The per-TU step as it runs in a worker process: parse and lower one TU and
 * write its unit. */
#ifndef PT_RUN_TU_H
#define PT_RUN_TU_H
#include "compdb.h"

struct pt_config;

/* The unit could not be written to unit_path (a full or read-only cache) and
 * was written to the fallback instead. */
#define PT_TU_FALLBACK 5

/* Exit code for the worker: 0 written (also when the TU could not be parsed:
 * the unit says why), PT_TU_FALLBACK written to fallback (may be NULL), 4 the
 * unit could not be written. pch_key: a shared precompiled header in pch_dir
 * to load (pch.h), or NULL. config: the run's configuration (NULL none), handed
 * in by the parent: what it adds to the families table counts pool calls. */
int pt_run_tu(const struct pt_tu *tu, const char *key, const char *unit_path, const char *fallback,
              const char *pch_dir, const char *pch_key, const struct pt_config *config);

#endif
