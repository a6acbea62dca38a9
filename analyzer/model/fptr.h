/* Functions stored into struct fields (`ops->Handler = MyHandler;`), by field
 * name: a call through that field may reach any of them. The link fills it
 * before the engine runs, so the call graph of PT007 (and the summaries) can
 * follow calls through function pointers the driver assigns itself. */
#ifndef PT_FPTR_H
#define PT_FPTR_H
#include <stddef.h>
#include "ir.h"

struct pt_fptr_target {
    char *field, *function, *file;
    int is_static;
};

/* Notes every `x.F = G` / `x->F = &G` of ir's functions. */
void pt_fptr_collect(const struct pt_tu_ir *ir);
/* The same in two steps: the stores of one unit, kept without its IR
 * (pt_fptr_scan), noted later in the run's order (pt_fptr_add). */
struct pt_fptr_list {
    struct pt_fptr_target *v;
    size_t n, cap;
};
void pt_fptr_scan(const struct pt_tu_ir *ir, struct pt_fptr_list *out);
void pt_fptr_add(const struct pt_fptr_list *l);
void pt_fptr_list_free(struct pt_fptr_list *l);
/* The functions stored into fields named field; *n of them. */
const struct pt_fptr_target *pt_fptr_targets(const char *field, size_t *n);
void pt_fptr_forget(void);

#endif
