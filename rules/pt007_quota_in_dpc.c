/* PT007 quota-in-dpc: a quota-charging allocation in a function reachable from
 * a DPC routine. The run's call graph (by function name; static functions per
 * file) is searched from every DPC routine: those registered with
 * KeInitializeDpc & co and those declared with a DPC role type. */
#include <stdlib.h>
#include <string.h>
#include "rule.h"
#include "util.h"

struct node_fact { char *key, *file; unsigned line; char *what; };        /* DPC roots */
struct edge_fact { char *from, *to, *file, *callee; unsigned line, col; };
struct quota_fact { char *fn, *file, *fname, *api; unsigned line, col; };

static struct node_fact *roots;
static struct edge_fact *edges;
static struct quota_fact *quotas;
static size_t nroots, cap_roots, nedges, cap_edges, nquotas, cap_quotas;

static int charges_quota(const struct pt_event *ev)
{
    const struct pt_api *api = ev->api;
    if (api->kind != PT_API_ALLOC && api->kind != PT_API_ALLOC_OUT) return 0;
    if (api->flags & PT_API_QUOTA) return 1;
    if ((api->flags & PT_API_FLAGS_POOL) && api->pool >= 0 && (unsigned)api->pool < ev->call->nkids) {
        const struct pt_expr *f = ev->call->kids[api->pool];
        return f->kind == PT_EX_INT && (f->ival & 0x1);   /* POOL_FLAG_USE_QUOTA */
    }
    return 0;
}

static void add_root(const char *key, const char *file, unsigned line, const char *what)
{
    for (size_t i = 0; i < nroots; i++)
        if (strcmp(roots[i].key, key) == 0) return;
    PT_GROW(roots, nroots, cap_roots);
    roots[nroots].key = pt_strdup(key);
    roots[nroots].file = pt_strdup(file ? file : "");
    roots[nroots].line = line;
    roots[nroots].what = pt_strdup(what);
    nroots++;
}

void pt007_on_event(const struct pt_event *ev)
{
    const char *tu_file = ev->fn->loc.file;
    if (ev->kind == PT_EV_FUNC && ev->fn->role && pt_api_dpc_role(ev->fn->role)) {
        char *key = pt_function_key(tu_file, ev->fn->name, ev->fn->is_static);
        char *what = pt_asprintf("%s is declared as a %s", ev->fn->name, ev->fn->role);
        add_root(key, ev->fn->loc.file, ev->fn->loc.line, what);
        free(key);
        free(what);
    } else if (ev->kind == PT_EV_REGISTER) {
        char *key = pt_function_key(tu_file, ev->routine->name, ev->routine->callee_static);
        char *what = pt_asprintf("%s runs as a DPC: registered by %s", ev->routine->name, ev->call->name);
        add_root(key, ev->call->loc.file, ev->call->loc.line, what);
        free(key);
        free(what);
    } else if (ev->kind == PT_EV_CALLEDGE) {
        PT_GROW(edges, nedges, cap_edges);
        struct edge_fact *e = &edges[nedges++];
        e->from = pt_function_key(tu_file, ev->fn->name, ev->fn->is_static);
        e->to = pt_function_key(ev->callee_file ? ev->callee_file : tu_file, ev->call->name,
                                ev->call->callee_static);
        e->file = pt_strdup(ev->call->loc.file);
        e->callee = ev->via_field ? pt_asprintf("%s (through the function pointer %s)", ev->call->name, ev->via_field)
                                  : pt_strdup(ev->call->name);
        e->line = ev->call->loc.line;
        e->col = ev->call->loc.col;
    } else if (ev->kind == PT_EV_CALL && charges_quota(ev)) {
        PT_GROW(quotas, nquotas, cap_quotas);
        struct quota_fact *q = &quotas[nquotas++];
        q->fn = pt_function_key(tu_file, ev->fn->name, ev->fn->is_static);
        q->fname = pt_strdup(ev->fn->name);
        q->file = pt_strdup(ev->call->loc.file);
        q->api = pt_strdup(ev->call->name);
        q->line = ev->call->loc.line;
        q->col = ev->call->loc.col;
    }
}

/* Breadth-first from one root: parent edge of each reached function. */
static void report_from(struct pt_results *r, const struct node_fact *root)
{
    size_t cap = 16, n = 0;
    char **seen = pt_xmalloc(cap * sizeof *seen);
    long *via = pt_xmalloc(cap * sizeof *via);   /* edge index that reached seen[i], -1 root */
    seen[n] = root->key;
    via[n++] = -1;
    for (size_t head = 0; head < n && n < 4096; head++)
        for (size_t e = 0; e < nedges; e++) {
            if (strcmp(edges[e].from, seen[head]) != 0) continue;
            int known = 0;
            for (size_t k = 0; k < n && !known; k++) known = strcmp(seen[k], edges[e].to) == 0;
            if (known) continue;
            if (n >= cap) {
                cap *= 2;
                seen = pt_xrealloc(seen, cap * sizeof *seen);
                via = pt_xrealloc(via, cap * sizeof *via);
            }
            seen[n] = edges[e].to;
            via[n++] = (long)e;
        }
    for (size_t q = 0; q < nquotas; q++)
        for (size_t k = 0; k < n; k++) {
            if (strcmp(seen[k], quotas[q].fn) != 0) continue;
            int dup = 0;   /* reached from several DPCs: the first one found tells it */
            for (size_t i = 0; i < r->nfindings && !dup; i++)
                dup = r->findings[i].loc.line == quotas[q].line && r->findings[i].loc.col == quotas[q].col &&
                      strcmp(r->findings[i].rule_id, "PT007") == 0 &&
                      strcmp(r->findings[i].loc.file, quotas[q].file) == 0;
            if (dup) break;
            struct pt_finding f;
            memset(&f, 0, sizeof f);
            const struct pt_rule_info *info = pt_rule_info_find("PT007");
            f.rule_id = info->id;
            f.level = info->level;
            f.loc.file = pt_strdup(quotas[q].file);
            f.loc.line = quotas[q].line;
            f.loc.col = quotas[q].col;
            f.function = pt_strdup(quotas[q].fname);
            /* the chain, root first */
            size_t depth = 0, cur = k, chain[64];
            while (via[cur] >= 0 && depth < 64) {
                chain[depth++] = (size_t)via[cur];
                const char *from = edges[via[cur]].from;
                for (size_t j = 0; j < n; j++) if (seen[j] == from || strcmp(seen[j], from) == 0) { cur = j; break; }
            }
            f.steps = pt_xcalloc(depth + 2, sizeof *f.steps);
            f.steps[f.nsteps].loc.file = pt_strdup(root->file);
            f.steps[f.nsteps].loc.line = root->line;
            f.steps[f.nsteps++].message = pt_strdup(root->what);
            for (size_t d = depth; d-- > 0;) {
                const struct edge_fact *e = &edges[chain[d]];
                f.steps[f.nsteps].loc.file = pt_strdup(e->file);
                f.steps[f.nsteps].loc.line = e->line;
                f.steps[f.nsteps].loc.col = e->col;
                f.steps[f.nsteps++].message = pt_asprintf("calls %s", e->callee);
            }
            f.steps[f.nsteps].loc = f.loc;
            f.steps[f.nsteps].loc.file = pt_strdup(quotas[q].file);
            f.steps[f.nsteps++].message = pt_asprintf("%s charges quota here", quotas[q].api);
            f.message = pt_asprintf("%s charges pool quota to the current process, but %s can run "
                                    "here at DISPATCH_LEVEL (%s; %zu call%s away): quota "
                                    "allocations need IRQL <= APC_LEVEL", quotas[q].api,
                                    quotas[q].fname, root->what, depth, depth == 1 ? "" : "s");
            f.fingerprint_key = pt_asprintf("PT007|%s|%s", quotas[q].fname, quotas[q].api);
            pt_results_add_finding(r, &f);
            break;
        }
    free(seen);
    free(via);
}

void pt007_on_finish(struct pt_results *r)
{
    for (size_t i = 0; i < nroots; i++) report_from(r, &roots[i]);
    for (size_t i = 0; i < nroots; i++) { free(roots[i].key); free(roots[i].file); free(roots[i].what); }
    for (size_t i = 0; i < nedges; i++) {
        free(edges[i].from); free(edges[i].to); free(edges[i].file); free(edges[i].callee);
    }
    for (size_t i = 0; i < nquotas; i++) {
        free(quotas[i].fn); free(quotas[i].file); free(quotas[i].fname); free(quotas[i].api);
    }
    free(roots); free(edges); free(quotas);
    roots = NULL; edges = NULL; quotas = NULL;
    nroots = cap_roots = nedges = cap_edges = nquotas = cap_quotas = 0;
}
