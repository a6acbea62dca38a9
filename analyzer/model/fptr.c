/* Functions stored into struct fields, by field name: what a call through the field may reach
 * (the interface: fptr.h). */
#include "fptr.h"
#include <stdlib.h>
#include <string.h>
#include "util.h"

static struct pt_fptr_target *targets;   /* sorted by field once collected */
static size_t ntargets, cap_targets;
static int sorted;

static void note(const char *field, const char *function, int is_static, const char *file)
{
    for (size_t i = 0; i < ntargets; i++)
        if (strcmp(targets[i].field, field) == 0 && strcmp(targets[i].function, function) == 0 &&
            targets[i].is_static == is_static && (!is_static || strcmp(targets[i].file, file) == 0))
            return;
    PT_GROW(targets, ntargets, cap_targets);
    struct pt_fptr_target *t = &targets[ntargets++];
    t->field = pt_strdup(field);
    t->function = pt_strdup(function);
    t->file = pt_strdup(file);
    t->is_static = is_static;
    sorted = 0;
}

static void walk(const struct pt_expr *e, const char *file, struct pt_fptr_list *out)
{
    if (!e) return;
    if (e->kind == PT_EX_ASSIGN && e->nkids == 2 && e->kids[0]->kind == PT_EX_MEMBER && e->kids[0]->name) {
        const struct pt_expr *v = e->kids[1];
        if (v->kind == PT_EX_ADDR && v->nkids == 1) v = v->kids[0];
        if (v->kind == PT_EX_FUNC && v->name) {
            PT_GROW(out->v, out->n, out->cap);
            struct pt_fptr_target *t = &out->v[out->n++];
            t->field = pt_strdup(e->kids[0]->name);
            t->function = pt_strdup(v->name);
            t->file = pt_strdup(file ? file : "");
            t->is_static = v->callee_static;
        }
    }
    for (unsigned i = 0; i < e->nkids; i++) walk(e->kids[i], file, out);
}

void pt_fptr_scan(const struct pt_tu_ir *ir, struct pt_fptr_list *out)
{
    for (unsigned f = 0; f < ir->nfuncs; f++) {
        const struct pt_func *fn = ir->funcs[f];
        for (unsigned b = 0; b < fn->nblocks; b++)
            for (unsigned s = 0; s < fn->blocks[b].nstmts; s++) walk(fn->blocks[b].stmts[s].e, ir->file, out);
    }
}

void pt_fptr_add(const struct pt_fptr_list *l)
{
    for (size_t i = 0; i < l->n; i++) note(l->v[i].field, l->v[i].function, l->v[i].is_static, l->v[i].file);
}

void pt_fptr_list_free(struct pt_fptr_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].field);
        free(l->v[i].function);
        free(l->v[i].file);
    }
    free(l->v);
    memset(l, 0, sizeof *l);
}

void pt_fptr_collect(const struct pt_tu_ir *ir)
{
    struct pt_fptr_list l = {0};
    pt_fptr_scan(ir, &l);
    pt_fptr_add(&l);
    pt_fptr_list_free(&l);
}

static int cmp_target(const void *a, const void *b)
{
    const struct pt_fptr_target *x = a, *y = b;
    int c = strcmp(x->field, y->field);
    if (!c) c = strcmp(x->function, y->function);
    return c ? c : strcmp(x->file, y->file);
}

const struct pt_fptr_target *pt_fptr_targets(const char *field, size_t *n)
{
    *n = 0;
    if (!field || !ntargets) return NULL;
    if (!sorted) {
        qsort(targets, ntargets, sizeof *targets, cmp_target);
        sorted = 1;
    }
    size_t lo = 0, hi = ntargets;
    while (lo < hi) {   /* first entry of field */
        size_t mid = (lo + hi) / 2;
        if (strcmp(targets[mid].field, field) < 0) lo = mid + 1; else hi = mid;
    }
    size_t end = lo;
    while (end < ntargets && strcmp(targets[end].field, field) == 0) end++;
    *n = end - lo;
    return *n ? &targets[lo] : NULL;
}

void pt_fptr_forget(void)
{
    for (size_t i = 0; i < ntargets; i++) {
        free(targets[i].field);
        free(targets[i].function);
        free(targets[i].file);
    }
    free(targets);
    targets = NULL;
    ntargets = cap_targets = 0;
}
