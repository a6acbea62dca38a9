/* What the core needs from its environment. Two implementations:
 * pt_shim_km.c (spin lock, nonpaged pool, DbgPrintEx) and
 * um/pt_shim_um.c (pthread mutex, malloc, stderr or a file). */
#ifndef PT_SHIM_BACKEND_H
#define PT_SHIM_BACKEND_H
#include <stddef.h>
#include <stdint.h>

/* The core's one lock; returns what unlock needs (the old IRQL in kernel). */
uintptr_t pt_backend_lock(void);
void pt_backend_unlock(uintptr_t state);
/* Serialises the reports (at PASSIVE_LEVEL; may wait). */
void pt_backend_report_lock(void);
void pt_backend_report_unlock(void);
/* Current IRQL, and whether a DPC routine is running on this CPU/thread. */
int pt_backend_irql(void);
int pt_backend_in_dpc(void);
/* Where reports go unless pt_shim_set_sink chose otherwise. */
void pt_backend_default_sink(void *ctx, const char *line);
/* An environment variable, or NULL (kernel mode has none). */
const char *pt_backend_getenv(const char *name);

/* Up to max return addresses of the current stack, starting with the frame
 * after the one returning to `after` (the wrapper's call into the core), so
 * out[0] lies in the driver function that called the wrapper. Returns the
 * count; 0 if `after` is not on the stack. */
unsigned pt_backend_capture_stack(void **out, unsigned max, const void *after);
/* "module!function+0x1c" or "module+0x1c40" for pc into buf; 0 if the
 * backend cannot name it (the report then prints the bare address). */
int pt_backend_frame_name(const void *pc, char *buf, size_t cap);
/* At PASSIVE_LEVEL, before a report: the kernel backend takes a snapshot of
 * the loaded modules for pt_backend_frame_name; user mode needs none. */
void pt_backend_modules_refresh(void);

#endif
