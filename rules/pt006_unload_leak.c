/* PT006 unload-leak: an allocation kept in a driver place (a global, a field
 * of a device extension or context, by struct type) or inserted into a list
 * whose head is one, that no unload path frees or drains.
 *
 * Unload paths are the routines the driver registers to run when it or a
 * device goes away (analyzer/model/data/pool_api.def: DriverUnload,
 * EvtDriverUnload, cleanup/destroy callbacks, Halt, IRP_MN_REMOVE_DEVICE
 * handling) and all they call (analyzer/model/callgraph.c). To keep false
 * alarms rare, a place also counts as released when code outside the start
 * paths (DriverEntry, AddDevice and what they call) frees it or hands it to
 * code the run cannot see: memory that an IOCTL, a completion routine or a
 * work item frees has a lifetime we cannot judge. A project with no unload
 * routine at all is not judged either, nor one whose unload routine has no
 * body in the run (its file was not analysed: a pre-commit run of one file,
 * a TU that failed); and an unload path that calls a function of the project
 * with no body in the run may free any global. */
#include <stdlib.h>
#include <string.h>
#include "rule.h"
#include "strmap.h"
#include "util.h"

struct keep_fact {             /* an allocation kept in a place */
    char *project, *place, *fkey, *function, *file, *desc;
    char *ptype;               /* the struct the place points to, or NULL */
    const char *family;        /* of the allocation (static), or NULL */
    unsigned line, col;
    int listed;                /* inserted into the list at place */
};
struct use_fact {              /* a place freed, drained or handed on */
    char *project, *place, *fkey, *function;
    enum pt_ev_kind kind;      /* FREE_PLACE or PLACE_USE */
    enum pt_place_use use;
};
struct entry_fact {
    char *project, *key, *name, *file, *reason;
    unsigned line, col;
    int kind;                  /* PT_ENTRY_UNLOAD / PT_ENTRY_INIT */
};

static struct keep_fact *keeps;
static struct use_fact *uses;
static struct entry_fact *entries;
static size_t nkeeps, cap_keeps, nuses, cap_uses, nentries, cap_entries;
static struct pt_strmap seen;   /* dedup of facts raised once per path */

static const char *project_of(const struct pt_event *ev)
{
    return ev->ctx && ev->ctx->project ? ev->ctx->project : "";
}

static int first_time(char *id)
{
    int fresh = pt_strmap_get(&seen, id) < 0;
    if (fresh) pt_strmap_put(&seen, id, 1);
    free(id);
    return fresh;
}

static void keep(const struct pt_event *ev, int listed)
{
    const struct pt_expr *call = ev->call;   /* the allocating call */
    if (!call || !ev->api || ev->api->family == PT_FAM_NONE) return;
    if (ev->kind == PT_EV_STORE && ev->in_own_block) return;   /* owned by a block of its own */
    if (!ev->kept) return;   /* the function that put it there freed it on every exit */
    if (!first_time(pt_asprintf("K|%s|%s|%s|%u|%u", project_of(ev), ev->place, call->loc.file, call->loc.line,
                                call->loc.col)))
        return;
    PT_GROW(keeps, nkeeps, cap_keeps);
    struct keep_fact *k = &keeps[nkeeps++];
    k->project = pt_strdup(project_of(ev));
    k->place = pt_strdup(ev->place);
    k->ptype = ev->place_type ? pt_strdup(ev->place_type) : NULL;
    k->family = pt_block_family(ev);
    k->fkey = pt_cg_self(ev);
    k->function = pt_strdup(ev->fn->name);
    k->file = pt_strdup(call->loc.file);
    k->desc = pt_strdup(pt_describe_alloc(ev->ctx, call, ev->api));
    k->line = call->loc.line;
    k->col = call->loc.col;
    k->listed = listed;
}

/* place: the event's, or "block struct _FDO" for a freed parameter of that type */
static void use(const struct pt_event *ev, const char *place)
{
    char *fkey = pt_cg_self(ev);
    if (!first_time(pt_asprintf("U|%s|%d|%d|%s|%s", project_of(ev), (int)ev->kind, (int)ev->use, place, fkey))) {
        free(fkey);
        return;
    }
    PT_GROW(uses, nuses, cap_uses);
    struct use_fact *u = &uses[nuses++];
    u->project = pt_strdup(project_of(ev));
    u->place = pt_strdup(place);
    u->fkey = fkey;
    u->function = pt_strdup(ev->fn->name);
    u->kind = ev->kind;
    u->use = ev->use;
}

static void entry(const struct pt_event *ev)
{
    char *key = pt_cg_key(ev, pt_cg_scope(ev), ev->routine->name, ev->routine->callee_static);
    if (!first_time(pt_asprintf("E|%s|%d", key, ev->entry))) {
        free(key);
        return;
    }
    PT_GROW(entries, nentries, cap_entries);
    struct entry_fact *e = &entries[nentries++];
    e->project = pt_strdup(project_of(ev));
    e->key = key;
    e->name = pt_strdup(ev->routine->name);
    e->file = pt_strdup(ev->where.file ? ev->where.file : "");
    e->line = ev->where.line;
    e->col = ev->where.col;
    e->reason = pt_strdup(ev->reason ? ev->reason : "");
    e->kind = ev->entry;
}

void pt006_on_event(const struct pt_event *ev)
{
    switch (ev->kind) {
    case PT_EV_STORE: keep(ev, 0); break;
    case PT_EV_LISTED: keep(ev, 1); break;
    case PT_EV_FREE_PLACE: case PT_EV_PLACE_USE: use(ev, ev->place); break;
    case PT_EV_FREE:   /* FdoDestroy(Fdo) frees what a `struct _FDO *` field held */
        if (ev->place_type) {
            char *block = pt_asprintf("block %s", ev->place_type);
            use(ev, block);
            free(block);
        }
        break;
    case PT_EV_ENTRY: if (ev->routine && ev->routine->name) entry(ev); break;
    default: break;
    }
}

/* What the run's unload and start paths do with the places. */
struct verdict {
    struct pt_strmap released;   /* project|place (or project|struct X) freed, drained or handed on */
    struct pt_strmap start_free; /* project|place -> use index: freed only on start paths */
    struct pt_strmap has_unload; /* project -> first unload entry index */
    struct pt_strmap opaque;     /* project -> entry index of an unload routine with no body here */
    struct pt_strmap any_global; /* project: an unload path calls code with no body here */
    struct pt_cg_reach unload;
    size_t *unload_entry;        /* per root of unload: its index in entries */
};

/* entry_of (when not NULL) gets, per root, its index in entries. */
static void reach_of(int kind, struct pt_cg_reach *out, size_t **entry_of)
{
    const char **keys = pt_xcalloc(nentries + 1, sizeof *keys);
    size_t n = 0, *of = pt_xcalloc(nentries + 1, sizeof *of);
    for (size_t i = 0; i < nentries; i++)
        if (entries[i].kind == kind) { of[n] = i; keys[n++] = entries[i].key; }
    pt_cg_reach(keys, n, out);
    free(keys);
    if (entry_of) *entry_of = of;
    else free(of);
}

/* Unload paths into code the run cannot see: a routine with no body makes
 * its project unjudgeable; a callee with none may free any global. */
static void unseen_unload_code(struct verdict *v)
{
    for (size_t i = 0; i < v->unload.n; i++) {
        if (pt_cg_has_body(v->unload.keys[i])) continue;
        size_t e = v->unload_entry[v->unload.root[i]];
        if (v->unload.via[i] < 0) {
            if (pt_strmap_get(&v->opaque, entries[e].project) < 0)
                pt_strmap_put(&v->opaque, entries[e].project, (long)e);
        } else {
            pt_strmap_put(&v->any_global, entries[e].project, 1);
        }
    }
}

static void put_pair(struct pt_strmap *m, const char *a, const char *b, long v)
{
    char *k = pt_asprintf("%s|%s", a, b);
    if (pt_strmap_get(m, k) < 0) pt_strmap_put(m, k, v);
    free(k);
}

static long get_pair(const struct pt_strmap *m, const char *a, const char *b)
{
    char *k = pt_asprintf("%s|%s", a, b);
    long v = pt_strmap_get(m, k);
    free(k);
    return v;
}

/* A routine handling minor code 2 is an unload path when it is (or is called
 * from) the IRP_MJ_PNP dispatch routine: then 2 is IRP_MN_REMOVE_DEVICE. */
static void promote_remove_cases(void)
{
    struct pt_cg_reach pnp;
    reach_of(PT_ENTRY_PNP, &pnp, NULL);
    for (size_t i = 0; i < nentries; i++)
        if (entries[i].kind == PT_ENTRY_REMOVE_CASE && pt_cg_find(&pnp, entries[i].key) >= 0)
            entries[i].kind = PT_ENTRY_UNLOAD;
    pt_cg_reach_free(&pnp);
}

static void judge(struct verdict *v)
{
    memset(v, 0, sizeof *v);
    struct pt_cg_reach start;
    promote_remove_cases();
    reach_of(PT_ENTRY_UNLOAD, &v->unload, &v->unload_entry);
    reach_of(PT_ENTRY_INIT, &start, NULL);
    unseen_unload_code(v);
    for (size_t i = 0; i < nentries; i++)
        if (entries[i].kind == PT_ENTRY_UNLOAD && pt_strmap_get(&v->has_unload, entries[i].project) < 0)
            pt_strmap_put(&v->has_unload, entries[i].project, (long)i);
    /* A release helper that an error path of DriverEntry calls may also be
     * called from elsewhere (a destructor, a halt routine the call graph
     * reaches through code it cannot follow): then it is not start-only. */
    struct pt_strmap elsewhere = {0};
    pt_cg_called_outside(&start, &elsewhere);
    for (size_t i = 0; i < nuses; i++) {
        const struct use_fact *u = &uses[i];
        if (pt_cg_find(&v->unload, u->fkey) < 0 && pt_cg_find(&start, u->fkey) >= 0 &&
            pt_strmap_get(&elsewhere, u->fkey) < 0) {
            if (u->kind == PT_EV_FREE_PLACE) put_pair(&v->start_free, u->project, u->place, (long)i);
            continue;   /* an error path of DriverEntry/AddDevice: not a release at unload */
        }
        put_pair(&v->released, u->project, u->place, (long)i);
    }
    pt_strmap_free(&elsewhere);
    pt_cg_reach_free(&start);
}

static int released(const struct verdict *v, const struct keep_fact *k)
{
    if (get_pair(&v->released, k->project, k->place) >= 0) return 1;
    if (k->ptype) {   /* an unload path frees a parameter of the type the place points to */
        char *block = pt_asprintf("block %s", k->ptype);
        long r = get_pair(&v->released, k->project, block);
        free(block);
        if (r >= 0) return 1;
    }
    if (strncmp(k->place, "global ", 7) == 0 && pt_strmap_get(&v->any_global, k->project) >= 0) return 1;
    const char *sep = strstr(k->place, "::");   /* a pointer to the whole struct went unseen */
    if (!sep) return 0;
    char *rec = pt_strdup(k->place);
    rec[sep - k->place] = 0;
    long r = get_pair(&v->released, k->project, rec);
    free(rec);
    return r >= 0;
}

/* "the global g_Buffer", "the field _DEVICE_EXTENSION::Buffer" */
static char *place_text(const char *place)
{
    if (strncmp(place, "global ", 7) == 0) return pt_asprintf("the global %s", place + 7);
    return pt_asprintf("the field %s", strncmp(place, "struct ", 7) == 0 ? place + 7 : place);
}

/* "DriverUnload, EvtCleanup and RemoveDevice": the project's unload routines */
static char *unload_names(const char *project)
{
    char *s = pt_strdup("");
    size_t n = 0;
    for (size_t i = 0; i < nentries && n < 4; i++) {
        if (entries[i].kind != PT_ENTRY_UNLOAD || strcmp(entries[i].project, project) != 0) continue;
        char *t = pt_asprintf("%s%s%s", s, n ? ", " : "", entries[i].name);
        free(s);
        s = t;
        n++;
    }
    return s;
}

static void report(struct pt_results *r, const struct verdict *v, const struct keep_fact *k)
{
    const struct entry_fact *root = &entries[pt_strmap_get(&v->has_unload, k->project)];
    char *where = place_text(k->place), *names = unload_names(k->project);
    long sf = get_pair(&v->start_free, k->project, k->place);
    char *also = sf >= 0 ? pt_asprintf(" (only %s frees it, on a start path)", uses[sf].function) : pt_strdup("");
    struct pt_finding f;
    pt_finding_at(&f, PT_RULE_ID(PT006), k->file, k->line, k->col, k->function);
    f.steps = pt_xcalloc(3, sizeof *f.steps);
    f.steps[0].loc = f.loc;
    f.steps[0].loc.file = pt_strdup(k->file);
    f.steps[0].message = k->listed ? pt_asprintf("allocated by %s and inserted into the list at %s", k->desc, where)
                                   : pt_asprintf("allocated by %s and kept in %s", k->desc, where);
    f.steps[1].loc.file = pt_strdup(root->file);
    f.steps[1].loc.line = root->line;
    f.steps[1].loc.col = root->col;
    f.steps[1].message = pt_asprintf("%s runs at unload (%s); neither it nor what it calls %s %s", root->name,
                                     root->reason, k->listed ? "takes entries off" : "frees", where);
    f.nsteps = 2;
    f.message = k->listed
        ? pt_asprintf("memory allocated by %s is inserted into the list at %s in %s, but no unload path "
                      "(%s) takes entries off that list%s: at unload Driver Verifier bug-checks with 0xC4 "
                      "(0x62, pool allocations still outstanding)", k->desc, where, k->function, names, also)
        : pt_asprintf("memory allocated by %s is kept in %s by %s, but no unload path (%s) frees it%s: at "
                      "unload Driver Verifier bug-checks with 0xC4 (0x62, pool allocations still "
                      "outstanding)", k->desc, where, k->function, names, also);
    f.fingerprint_key = pt_asprintf("PT006|%s|%s|%s", k->place, k->function, k->desc);
    f.family = k->family;
    char *m = pt_asprintf("%s runs at unload and does not free %s", root->name, where);
    pt_finding_relate(&f, root->file, root->line, root->col, m);
    free(m);
    pt_results_add_finding(r, &f);
    free(where);
    free(names);
    free(also);
}

static void forget(void)
{
    for (size_t i = 0; i < nkeeps; i++) {
        free(keeps[i].project); free(keeps[i].place); free(keeps[i].fkey);
        free(keeps[i].function); free(keeps[i].file); free(keeps[i].desc); free(keeps[i].ptype);
    }
    for (size_t i = 0; i < nuses; i++) {
        free(uses[i].project); free(uses[i].place); free(uses[i].fkey); free(uses[i].function);
    }
    for (size_t i = 0; i < nentries; i++) {
        free(entries[i].project); free(entries[i].key); free(entries[i].name);
        free(entries[i].file); free(entries[i].reason);
    }
    free(keeps); free(uses); free(entries);
    keeps = NULL; uses = NULL; entries = NULL;
    nkeeps = cap_keeps = nuses = cap_uses = nentries = cap_entries = 0;
    pt_strmap_free(&seen);
}

/* Marks the allocation site of k; 1 when it was not marked before. */
static int site_done_put(struct pt_strmap *m, const struct keep_fact *k)
{
    char *key = pt_asprintf("%s|%s|%u|%u", k->project, k->file, k->line, k->col);
    int fresh = pt_strmap_get(m, key) < 0;
    if (fresh) pt_strmap_put(m, key, 1);
    free(key);
    return fresh;
}

void pt006_on_finish(struct pt_results *r)
{
    struct verdict v;
    judge(&v);
    /* One block kept in several places (FullPath.Buffer and ParentPath.Buffer
     * alias one buffer): released through any of them, reported once. */
    struct pt_strmap site_done = {0}, said = {0};
    for (size_t i = 0; i < nkeeps; i++)
        if (released(&v, &keeps[i])) site_done_put(&site_done, &keeps[i]);
    for (size_t i = 0; i < nkeeps; i++) {
        const struct keep_fact *k = &keeps[i];
        if (pt_strmap_get(&v.has_unload, k->project) < 0) continue;   /* cannot unload, or not seen */
        if (!pt_engine_project_complete(k->project)) continue;        /* run.c said why */
        long op = pt_strmap_get(&v.opaque, k->project);
        if (op >= 0) {   /* say once per driver what was not judged, and why */
            if (pt_strmap_get(&said, k->project) < 0) {
                pt_strmap_put(&said, k->project, 1);
                pt_results_add_note(r, PT_NOTE, entries[op].file, entries[op].line,
                                    "%s runs at unload (%s) but its body is not in this run: leaks at "
                                    "unload (PT006) are not judged for this driver", entries[op].name,
                                    entries[op].reason);
            }
            continue;
        }
        if (pt_cg_find(&v.unload, k->fkey) >= 0) continue;            /* kept while unloading */
        if (site_done_put(&site_done, k)) report(r, &v, k);
    }
    pt_strmap_free(&site_done);
    pt_strmap_free(&said);
    pt_strmap_free(&v.opaque);
    pt_strmap_free(&v.any_global);
    free(v.unload_entry);
    pt_cg_reach_free(&v.unload);
    pt_strmap_free(&v.released);
    pt_strmap_free(&v.start_free);
    pt_strmap_free(&v.has_unload);
    forget();
}
