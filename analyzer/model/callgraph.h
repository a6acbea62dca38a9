/* The run's call graph, for the whole-driver rules (PT006 unload paths, PT007
 * DPC reachability). Built from CALLEDGE events; never reports. Functions are
 * keyed per project (the compile directory): two drivers of one run may both
 * have a DriverUnload. Static functions are keyed by their file. */
#ifndef PT_CALLGRAPH_H
#define PT_CALLGRAPH_H
#include <stddef.h>
#include "events.h"
#include "strmap.h"

struct pt_cg_edge {
    char *from, *to;        /* function keys */
    char *file, *callee;    /* the call site; callee as shown ("F (through the function pointer X)") */
    unsigned line, col;
};

/* Key of a function across the run: its name, or file::name when static. */
char *pt_function_key(const char *file, const char *name, int is_static);
/* The key of a function of the event's project: name, or file::name when static. */
char *pt_cg_key(const struct pt_event *ev, const char *file, const char *name, int is_static);
/* The file static names are scoped by: the TU's (a project header's static
 * function has a copy per TU). */
const char *pt_cg_scope(const struct pt_event *ev);
/* The key of the function the event is in. */
char *pt_cg_self(const struct pt_event *ev);

void pt_cg_on_event(const struct pt_event *ev);
/* 1 when the function with this key has a body in the run (a FUNC event). */
int pt_cg_has_body(const char *key);

/* Functions reachable from roots (breadth-first; roots first). via[i] is the
 * edge that reached keys[i], -1 for a root; root[i] the root it came from. */
struct pt_cg_reach {
    const char **keys;
    long *via;
    size_t *root;
    size_t n, cap;
    struct pt_strmap idx;   /* key -> index */
};
void pt_cg_reach(const char *const *roots, size_t nroots, struct pt_cg_reach *out);
/* Index in out->keys of key, or -1. */
long pt_cg_find(const struct pt_cg_reach *r, const char *key);
const struct pt_cg_edge *pt_cg_edge_at(long i);
/* The chain of edges from a root to keys[i], root first; returns its length (<= max). */
size_t pt_cg_chain(const struct pt_cg_reach *r, size_t i, long *chain, size_t max);
void pt_cg_reach_free(struct pt_cg_reach *r);
/* Into out (key -> 1): every function called from a function outside r. */
void pt_cg_called_outside(const struct pt_cg_reach *r, struct pt_strmap *out);
/* Forget the run's graph (after every rule has finished). */
void pt_cg_reset(void);

#endif
