/* The run: units from the cache or from workers, then the link step over them (the interface: run.h). */
#include "run.h"
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "cache.h"
#include "cache_auth.h"
#include "config.h"
#include "engine.h"
#include "ir_dump.h"
#include "link.h"
#include "run_pch.h"
#include "run_tu.h"
#include "safe_io.h"
#include "strmap.h"
#include "unit.h"
#include "util.h"
#include "workers.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Progress waits this long (PT_PROGRESS_DELAY_MS; tests set 0): a second on
 * a terminal, ten in a log, which needs signs of life only from long runs. */
static double progress_delay(int mode)
{
    const char *e = getenv("PT_PROGRESS_DELAY_MS");
    return e && *e ? atof(e) / 1000.0 : mode == PT_PROGRESS_LOG ? 10.0 : 1.0;
}

/* One TU of the run, in the order every mode uses (file, then key). */
struct item {
    const struct pt_tu *tu;
    char *key, *path;         /* the unit's file */
    int temporary;            /* path is ours to remove (no cache, not --summaries-only) */
    char *fallback;           /* where the worker writes the unit when the cache cannot take it */
    struct pt_unit unit;
    int loaded;
    char *why;                /* not loaded: what happened (one line) */
    size_t when;              /* when the link needs its IR next (see hold_budget) */
    struct pt_link_unit *facts;   /* what the link needs of it without its IR */
    struct pt_stats st;       /* --stats: its counts */
    int context;              /* only for the link: another TU of a selected driver (add_context) */
};

struct run {
    const struct pt_run_opts *o;
    struct item *items;
    size_t nitems;
    size_t *todo;             /* items to parse */
    size_t ntodo, done;
    struct pt_results *r;
    struct pt_stats *st;
    double start;
    int drew;
    size_t logged;            /* PT_PROGRESS_LOG: the last tenth printed */
    unsigned failed;
    size_t *all, total;       /* the items to parse (todo: those of this step) */
    const size_t *pidx;       /* per job of this step: its position in all */
    struct pt_pch_run pch;    /* per position in all: the shared PCH its parse loads */
    size_t *retry, nretry;    /* positions whose worker failed with a PCH: parsed again without */
    size_t held, budget;      /* bytes of unit files whose IR is in memory; the most to hold */
    struct item **linked;     /* the units the link asks for, by its index */
    char *tmp;                /* this run's private folder: worker logs, units the cache could not take */
    size_t uncached;          /* units the cache could not take */
    char *uncached_why;       /* the first worker's reason */
};

/* The IR of all units of a large run does not fit in memory at once: past
 * PT_LINK_HOLD_MB (default 32) MB of unit files, the IR needed last is let go
 * and read again from its unit file when the link asks for it (link.h). The
 * output does not depend on it; tests set 0 to read every unit again, and
 * PT_LINK_DEBUG=1 prints a line for each unit read again. */
static size_t hold_budget(void)
{
    const char *e = getenv("PT_LINK_HOLD_MB");
    return e && *e ? (size_t)atol(e) << 20 : (size_t)32 << 20;
}

static void drop_ir(struct run *run, struct item *it)
{
    if (!it->unit.has_ir) return;
    run->held -= it->unit.bytes;
    pt_unit_drop_ir(&it->unit);
}

/* Within the budget again: let go of the IR needed latest (the one to keep
 * is the one the link needs soonest). */
static void fit_budget(struct run *run)
{
    while (run->held > run->budget) {
        struct item *last = NULL;
        for (size_t i = 0; i < run->nitems; i++) {
            struct item *it = &run->items[i];
            if (it->loaded && it->unit.has_ir && (!last || it->when >= last->when)) last = it;
        }
        if (!last) break;
        drop_ir(run, last);
    }
}

/* A unit just read: what the link needs of it without its IR is taken now;
 * its IR counts against the budget. */
static void hold(struct run *run, struct item *it, size_t when)
{
    it->when = when;
    if (!it->unit.has_ir) return;
    run->held += it->unit.bytes;
    if (run->o->units_out) { drop_ir(run, it); return; }   /* --summaries-only: no link here */
    /* the driver as this run groups them: a cached unit may predate a "drivers" change */
    if (it->tu) it->unit.ir.project = pt_arena_strdup(&it->unit.arena, pt_tu_project(it->tu));
    pt_config_mark_routines(run->o->config, &it->unit.ir);   /* .pooltrack.json dpc_routines/unload_routines */
    it->facts = pt_link_unit_facts(&it->unit.ir);
    pt_stats_add_tu(&it->st, &it->unit.ir, run->o->config ? &run->o->config->extras : NULL);
    fit_budget(run);
}

static void unload_item(struct run *run, struct item *it)
{
    drop_ir(run, it);
    pt_unit_free(&it->unit);
    pt_link_unit_free(it->facts);
    it->facts = NULL;
    pt_stats_free(&it->st);
}

static void progress(struct run *run, const char *file)
{
    double el = now() - run->start;
    if (!run->o->progress || el < progress_delay(run->o->progress)) return;
    size_t total = run->total, d = run->done;
    if (run->o->progress == PT_PROGRESS_LOG) {   /* a CI log: a plain line per tenth, no ETA */
        size_t tenth = total && d < total ? d * 10 / total : 10;   /* a retried file counts twice */
        if (tenth > run->logged) {
            fprintf(stderr, "pooltrack: %zu%% (%zu/%zu files)\n", tenth * 10, d < total ? d : total, total);
            run->logged = tenth;
        }
        return;
    }
    const char *base = strrchr(file, '/');
    double eta = d ? el / (double)d * (double)(total - d) : 0;
    fprintf(stderr, "\r\033[K[%zu/%zu] %s  ETA %.0fs", d, total, base ? base + 1 : file, eta);
    fflush(stderr);
    run->drew = 1;
}

static int cmp_item(const void *a, const void *b)
{
    const struct item *x = a, *y = b;
    int c = strcmp(x->tu->file, y->tu->file);
    return c ? c : strcmp(x->key, y->key);
}

/* PT_WORKER_FAULT=crash:NAME or hang:NAME (pchcrash:NAME: only when it loads a
 * shared PCH) makes the worker of the file whose
 * path ends in NAME crash or hang: how the tests prove that one bad TU costs
 * only itself (a libclang crash is otherwise hard to provoke on purpose). */
static void injected_fault(const char *file, int with_pch)
{
    const char *f = getenv("PT_WORKER_FAULT");
    if (!f) return;
    const char *name = strchr(f, ':');
    if (!name) return;
    size_t n = strlen(++name), len = strlen(file);
    if (!n || len < n || strcmp(file + len - n, name) != 0) return;
    if (strncmp(f, "crash:", 6) == 0 || (with_pch && strncmp(f, "pchcrash:", 9) == 0)) {
        signal(SIGSEGV, SIG_DFL);   /* a sanitizer's handler would turn it into exit(1) */
        raise(SIGSEGV);
    }
    if (strncmp(f, "hang:", 5) == 0)
        for (;;) pause();
    if (strncmp(f, "mem:", 4) == 0)   /* until the budget stops it (pt_xmalloc exits 3) */
        for (;;) memset(pt_xmalloc(1 << 20), 1, 1 << 20);
}

/* What a worker prints (libclang's "LLVM ERROR: out of memory" and crash
 * dump) goes to a log in the run's private folder (never the cache, which a
 * repository may have filled with symlinks); the parent quotes its first line. */
static char *log_path(const struct run *run, const struct item *it)
{
    return pt_asprintf("%s/%s.log", run->tmp, it->key);
}

/* A worker's log, read and removed: its first line (or the first that
 * begins with want, when want is given), quoted as "; it said: ...". */
static char *log_line(const struct run *run, const struct item *it, int dump, const char *want)
{
    char *p = log_path(run, it), line[512] = "", buf[4096];
    FILE *f = fopen(p, "r");
    if (f) {
        if (!fgets(line, sizeof line, f)) line[0] = 0;
        while (want && line[0] && strncmp(line, want, strlen(want)) != 0)
            if (!fgets(line, sizeof line, f)) line[0] = 0;
        /* an exit we did not make (a sanitizer's report): the whole log */
        if (dump && line[0]) fputs(line, stderr);
        for (size_t n; dump && (n = fread(buf, 1, sizeof buf, f)) > 0;) fwrite(buf, 1, n, stderr);
        fclose(f);
    }
    unlink(p);
    free(p);
    line[strcspn(line, "\r\n")] = 0;
    return line[0] ? pt_asprintf("; it said: %s", line) : pt_strdup("");
}

static char *first_log_line(const struct run *run, const struct item *it, int dump)
{
    return log_line(run, it, dump, NULL);
}

/* The worker's stderr: a new file of the private folder, never an existing one. */
static int log_to(const char *log)
{
    int fd = pt_create_new(log, 0600);
    if (fd < 0) return -1;
    int rc = dup2(fd, STDERR_FILENO) < 0 ? -1 : 0;
    close(fd);
    return rc;
}

static int job(size_t j, void *ctx)
{
    struct run *run = ctx;
    struct item *it = &run->items[run->todo[j]];
    char *log = log_path(run, it);
    if (!getenv("PT_SHOW_PARSE_ERRORS") && log_to(log) != 0) return 4;
    free(log);
    /* a crash in libclang should end this process at once (the parent says
     * which signal), not be caught inside a process it may have corrupted */
    setenv("LIBCLANG_DISABLE_CRASH_RECOVERY", "1", 0);
    const char *pch = run->pch.keys ? run->pch.keys[run->pidx[j]] : NULL;
    injected_fault(it->tu->file, pch != NULL);
    return pt_run_tu(it->tu, it->key, it->path, it->fallback, pch ? run->pch.dir : NULL, pch, run->o->config);
}

static const char *signal_name(int sig)
{
    switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGABRT: return "SIGABRT (or out of its memory budget)";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGILL: return "SIGILL";
    case SIGKILL: return "SIGKILL (out of memory?)";
    default: return "a signal";
    }
}

/* A worker's end: load its unit, or say plainly what happened to the TU. */
static void job_done(size_t j, const struct pt_job_result *res, void *ctx)
{
    struct run *run = ctx;
    struct item *it = &run->items[run->todo[j]];
    char err[1024];
    const char *f = it->tu->file;
    /* a worker that loaded a shared PCH and did not finish (a damaged PCH can
     * crash libclang) gets a second try without it */
    if (res->status != PT_JOB_OK && run->pch.keys && run->pch.keys[run->pidx[j]]) {
        free(first_log_line(run, it, 0));
        run->retry[run->nretry++] = run->pidx[j];
        return;
    }
    if (res->status == PT_JOB_FAILED && res->code == PT_TU_FALLBACK) {   /* the cache refused the unit */
        char *why = log_line(run, it, 0, "cannot write ");
        if (!run->uncached_why) run->uncached_why = why;
        else free(why);
        run->uncached++;
        free(it->path);
        it->path = it->fallback;
        it->fallback = NULL;
        it->temporary = 1;
        struct pt_job_result ok = *res;
        ok.status = PT_JOB_OK;
        job_done(j, &ok, ctx);
        return;
    }
    char *said = first_log_line(run, it, res->status == PT_JOB_FAILED && res->code != 3 && res->code != 4);
    run->done++;
    pt_stats_add_time(run->st, f, res->cpu_seconds, res->seconds);
    switch (res->status) {
    case PT_JOB_OK:
        if (pt_unit_read(it->path, &it->unit, err, sizeof err) == 0) {
            it->loaded = 1;
            run->st->tus_pch += it->unit.parsed_with_pch;
            hold(run, it, (size_t)(it - run->items));
            if (it->unit.error && said[0]) {   /* libclang crashed or ran out of memory: say which */
                char *e = pt_asprintf("%s%s", it->unit.error, said);
                free(it->unit.error);
                it->unit.error = e;
            }
        }
        else it->why = pt_asprintf("%s: not analysed: its unit could not be read back: %s", f, err);
        break;
    case PT_JOB_TIMEOUT:
        it->why = pt_asprintf("%s: not analysed: parsing took longer than the time budget (%.0f s, "
                              "--tu-timeout)", f, run->o->tu_timeout);
        break;
    case PT_JOB_CRASHED:
        it->why = pt_asprintf("%s: not analysed: the worker parsing it crashed (signal %d, %s)%s; the "
                              "other files are not affected", f, res->code, signal_name(res->code), said);
        break;
    case PT_JOB_FAILED:
        if (res->code == 3)   /* pt_xmalloc failed: the budget (RLIMIT_AS) was reached */
            it->why = pt_asprintf("%s: not analysed: the worker parsing it ran out of memory (memory "
                                  "budget %zu MB, --tu-memory)", f, run->o->tu_memory_mb);
        else
            it->why = pt_asprintf("%s: not analysed: the worker could not write its unit to %s (exit %d)%s",
                                  f, it->path, res->code, said);
        break;
    case PT_JOB_NOSTART:
        it->why = pt_asprintf("%s: not analysed: cannot start a worker: %s", f, strerror(res->code));
        break;
    }
    free(said);
    progress(run, f);
}

/* Runs the workers over the items in idx (positions in the first todo list). */
static void parse_some(struct run *run, const size_t *idx, size_t n, const struct pt_workers_opts *wo)
{
    size_t *items = pt_xcalloc(n + 1, sizeof *items);
    for (size_t j = 0; j < n; j++) items[j] = run->all[idx[j]];
    run->todo = items;
    run->pidx = idx;
    run->ntodo = n;
    struct pt_job_result *res = pt_xcalloc(n + 1, sizeof *res);
    pt_workers_run(n, wo, job, job_done, run, res);
    free(res);
    free(items);
}

/* A probe (pt_pch_plan) that read its headers with errors: its group's PCH
 * would not be shared, so none is built (and the cache remembers why). */
static void check_probe(struct run *run, size_t p)
{
    if (pt_pch_probe_of(&run->pch, p) < 0) return;
    struct item *it = &run->items[run->all[p]];
    if (!it->loaded || it->unit.error) { pt_pch_probe_failed(&run->pch, p, NULL, NULL, 0); return; }
    if (!it->unit.header_errors) return;
    char **deps = pt_xcalloc(it->unit.ndeps + 1, sizeof *deps);
    for (size_t d = 0; d < it->unit.ndeps; d++) deps[d] = it->unit.deps[d].path;
    char *why = pt_asprintf("the headers have errors (%u in %s)", it->unit.header_errors, it->tu->file);
    pt_pch_probe_failed(&run->pch, p, why, deps, it->unit.ndeps);
    free(why);
    free(deps);
}

/* The per-TU step: with shared PCHs, first the TUs that need none built
 * (one probe per missing PCH among them), then the PCH jobs, then the rest;
 * a TU whose worker failed with a PCH once more without it. */
static void parse_all(struct run *run, struct pt_compdb *db, const char *cache)
{
    const struct pt_run_opts *o = run->o;
    struct pt_workers_opts wo = {.jobs = o->jobs ? o->jobs : 1, .timeout_s = o->tu_timeout,
                                 .memory_mb = o->tu_memory_mb};
    size_t n = run->ntodo, n1 = 0, n2 = 0;
    run->all = run->todo;
    run->total = n;
    if (!o->no_pch && n) {
        /* grouped over the whole database: a shard or a selection wants the
         * PCHs a whole run makes */
        struct pt_pch_groups *own = o->pch_groups ? NULL : pt_pch_groups_new(db->tus, db->ntus);
        const struct pt_tu **tus = pt_xcalloc(n + 1, sizeof *tus);
        for (size_t i = 0; i < n; i++) tus[i] = run->items[run->all[i]].tu;
        pt_pch_plan(&run->pch, o->pch_groups ? o->pch_groups : own, tus, n, o->pch_dir, cache);
        free(tus);
        pt_pch_groups_free(own);
    }
    size_t *first = pt_xcalloc(n + 1, sizeof *first), *later = pt_xcalloc(n + 1, sizeof *later);
    for (size_t p = 0; p < n; p++) {
        if (!run->pch.which || pt_pch_first(&run->pch, p)) first[n1++] = p;
        else later[n2++] = p;
    }
    run->retry = pt_xcalloc(n + 1, sizeof *run->retry);
    parse_some(run, first, n1, &wo);
    if (run->pch.nw) {
        for (size_t j = 0; j < n1; j++) check_probe(run, first[j]);
        pt_pch_build(&run->pch, &wo);
    }
    parse_some(run, later, n2, &wo);
    run->st->pch_jobs = run->pch.jobs;
    run->st->pch_failed = run->pch.failed;
    run->st->pch_cpu_s = run->pch.cpu_s;
    if (run->pch.keys) pt_pch_finish(&run->pch);
    if (run->nretry) {   /* run->retry holds positions; keys are gone: no PCH */
        size_t nr = run->nretry;
        run->nretry = 0;
        parse_some(run, run->retry, nr, &wo);
    }
    free(run->retry);
    free(first);
    free(later);
    run->todo = run->all;
    run->ntodo = n;
}

/* --summaries-only: a TU whose worker failed still leaves a unit that says so,
 * so that the link reports it like a local run would. */
static void write_error_unit(struct item *it)
{
    struct pt_unit u;
    memset(&u, 0, sizeof u);
    u.file = it->tu->file;
    u.directory = it->tu->directory ? it->tu->directory : "";
    u.driver = it->tu->driver;
    u.key = it->key;
    u.error = it->why;
    pt_unit_write(it->path, &u);
}

/* A cached unit is used when it reads back and every file it read is unchanged. */
static int try_cache(struct run *run, struct item *it)
{
    char err[1024];
    if (access(it->path, R_OK) != 0) return 0;
    /* only what this user's pooltrack wrote (a repository can commit files
     * into an in-tree cache), listing its own source among what it read */
    if (pt_unit_read_cached(it->path, &it->unit, err, sizeof err) != 0) return 0;
    if (!it->unit.error && strcmp(it->unit.key, it->key) == 0 && pt_unit_lists_dep(&it->unit, it->tu->file) &&
        pt_unit_deps_current(&it->unit)) {
        it->loaded = 1;
        hold(run, it, (size_t)(it - run->items));
        return 1;
    }
    pt_unit_free(&it->unit);
    return 0;
}

/* link.h: the link asks for a unit's IR ... */
static struct pt_tu_ir *unit_get(void *ctx, size_t u)
{
    struct run *run = ctx;
    struct item *it = run->linked[u];
    if (!it->unit.has_ir) {
        char err[1024];
        if (pt_unit_reload_ir(it->path, &it->unit, err, sizeof err) != 0)
            pt_fatal(3, "pooltrack-analyze: internal error: %s", err);   /* its file went away mid-run */
        pt_config_mark_routines(run->o->config, &it->unit.ir);
        run->held += it->unit.bytes;
        if (getenv("PT_LINK_DEBUG")) fprintf(stderr, "reload %zu\n", u);
    }
    return &it->unit.ir;
}

/* ... and says when it needs it next. */
static void unit_next(void *ctx, size_t u, size_t when)
{
    struct run *run = ctx;
    struct item *it = run->linked[u];
    it->when = when;
    if (when == PT_LINK_NEVER) drop_ir(run, it);
    fit_budget(run);
}

/* The link step over loaded units, in item order. */
static void link_units(struct run *run)
{
    run->linked = pt_xcalloc(run->nitems + 1, sizeof *run->linked);
    struct pt_link_unit **facts = pt_xcalloc(run->nitems + 1, sizeof *facts);
    unsigned char *context = pt_xcalloc(run->nitems + 1, 1);
    size_t n = 0;
    for (size_t i = 0; i < run->nitems; i++) {
        struct item *it = &run->items[i];
        if (!it->loaded) continue;
        if (it->context) {   /* what it says of itself was said when it was analysed */
            it->when = n;
            context[n] = 1;
            facts[n] = it->facts;
            run->linked[n++] = it;
            continue;
        }
        for (size_t k = 0; k < it->unit.notes.nnotes; k++) {
            const struct pt_notification *nt = &it->unit.notes.notes[k];
            pt_results_add_note(run->r, nt->level, nt->file, nt->line, "%s", nt->message);
        }
        if (it->unit.error) {
            pt_results_add_note(run->r, PT_ERROR, it->unit.file, 0, "%s", it->unit.error);
            run->failed++;
            continue;
        }
        pt_stats_merge(run->st, &it->st);
        it->when = n;
        facts[n] = it->facts;
        run->linked[n++] = it;
    }
    for (size_t u = 0; run->o->dump_ir && u < n; u++) {
        const struct pt_tu_ir *ir = unit_get(run, u);
        for (unsigned f = 0; f < ir->nfuncs; f++) pt_ir_dump_func(stderr, ir->funcs[f]);
        unit_next(run, u, u);
    }
    struct pt_engine_opts eo = {.max_visits = run->o->max_visits,
                                .extras = run->o->config ? &run->o->config->extras : NULL};
    struct pt_link_units src = {.n = n, .facts = facts, .ctx = run, .get = unit_get, .next = unit_next,
                                .context = context};
    pt_link_units_run(&src, &eo, run->r);
    pt_engine_finish(run->r);
    free(context);
    free(facts);
    free(run->linked);
    run->linked = NULL;
}

static void free_items(struct run *run)
{
    for (size_t i = 0; i < run->nitems; i++) {
        struct item *it = &run->items[i];
        if (it->loaded) unload_item(run, it);
        if (it->temporary) unlink(it->path);
        free(it->fallback);
        free(it->why);
        free(it->key);
        free(it->path);
    }
    if (run->tmp) pt_remove_tree(run->tmp);
    free(run->tmp);
    free(run->uncached_why);
    free(run->items);
    free(run->todo);
}

/* A file selection (select.h): the other TUs of the selected drivers join
 * the link from the cache, never parsed here, so the whole-driver rules see
 * the whole driver while only the selected files are analysed. A driver with
 * a TU the cache cannot give is not judged by those rules, and a note says so. */
static void add_context(struct run *run, const struct pt_compdb *db, const char *cache)
{
    struct pt_strmap missing = {0};   /* project -> TUs not in the cache */
    for (size_t i = 0; i < db->ncontext; i++) {
        struct item *it = &run->items[run->nitems];
        memset(it, 0, sizeof *it);
        it->tu = &db->context[i];
        it->key = pt_cache_key(it->tu);
        it->context = 1;
        if (cache) {
            it->path = pt_cache_path(cache, it->key);
            if (try_cache(run, it)) { run->nitems++; continue; }
        }
        free(it->key);
        free(it->path);
        long had = pt_strmap_get(&missing, pt_tu_project(it->tu));
        pt_strmap_put(&missing, pt_tu_project(it->tu), had < 0 ? 1 : had + 1);
    }
    for (size_t k = 0; k < missing.cap; k++) {
        if (!missing.keys[k]) continue;
        pt_engine_project_incomplete(missing.keys[k]);
        pt_results_add_note(run->r, PT_NOTE, NULL, 0,
                            "%ld other file(s) of the driver in %s have no current analysis in the cache: "
                            "whole-driver checks (PT006 leaks at unload, PT004 tags across functions) "
                            "skip that driver in this run, and memory passed to its functions there counts "
                            "as handed over (leaks may be missed); a run over the whole database fills the cache",
                            missing.vals[k], missing.keys[k]);
    }
    pt_strmap_free(&missing);
}

unsigned pt_run(struct pt_compdb *db, const struct pt_run_opts *o, struct pt_results *r,
                struct pt_stats *st)
{
    struct run run = {.o = o, .r = r, .st = st, .start = now(), .budget = hold_budget()};
    char err[1024];
    const char *cache = o->cache_dir;
    if (cache && pt_cache_prepare(cache, err, sizeof err) != 0) {
        pt_results_add_note(r, PT_WARNING, NULL, 0, "%s; running without a cache", err);
        cache = NULL;
    }
    if (cache && pt_cache_auth_init(err, sizeof err) != 0)
        pt_results_add_note(r, PT_WARNING, NULL, 0, "%s; cached results are reused within this run only", err);
    if (!(run.tmp = pt_make_tmpdir("run"))) {
        pt_results_add_note(r, PT_ERROR, NULL, 0, "cannot create a temporary folder: %s", strerror(errno));
        return (unsigned)db->ntus;
    }
    run.items = pt_xcalloc(db->ntus + db->ncontext + 1, sizeof *run.items);
    for (size_t i = 0; i < db->ntus; i++) {
        run.items[i].tu = &db->tus[i];
        run.items[i].key = pt_cache_key(&db->tus[i]);
    }
    qsort(run.items, db->ntus, sizeof *run.items, cmp_item);
    for (size_t i = 0; i < db->ntus; i++) {   /* the shard: every N-th TU of the sorted list */
        if (o->shard_n && i % o->shard_n != o->shard_k - 1) { free(run.items[i].key); continue; }
        run.items[run.nitems++] = run.items[i];
    }
    const char *dir = o->units_out ? o->units_out : cache ? cache : run.tmp;
    run.todo = pt_xcalloc(run.nitems + 1, sizeof *run.todo);
    for (size_t i = 0; i < run.nitems; i++) {
        struct item *it = &run.items[i];
        st->tus++;
        it->path = pt_cache_path(dir, it->key);
        it->temporary = dir == run.tmp;
        if (cache && !o->units_out) it->fallback = pt_cache_path(run.tmp, it->key);
        if (cache && try_cache(&run, it)) st->tus_cached++;
        else run.todo[run.ntodo++] = i;
    }
    if (!o->units_out && !o->shard_n) add_context(&run, db, cache);
    parse_all(&run, db, cache);
    if (run.drew) fputs("\r\033[K", stderr);
    if (run.uncached)
        pt_results_add_note(r, PT_WARNING, NULL, 0, "the cache folder %s could not take the results of %zu "
                            "file(s)%s; they were analysed without caching them", cache, run.uncached,
                            run.uncached_why ? run.uncached_why : "");
    for (size_t i = 0; i < run.nitems; i++)   /* a unit that says the TU failed is not kept */
        if (run.items[i].loaded && run.items[i].unit.error && !o->units_out) run.items[i].temporary = 1;
    for (size_t i = 0; i < run.nitems; i++) {
        struct item *it = &run.items[i];
        if (it->loaded) continue;
        pt_results_add_note(r, PT_ERROR, it->tu->file, 0, "%s", it->why);
        if (o->units_out) write_error_unit(it);
        run.failed++;
    }
    if (!o->units_out) link_units(&run);
    else {   /* --summaries-only: the link happens elsewhere; failures stay in the units */
        for (size_t i = 0; i < run.nitems; i++) {
            struct item *it = &run.items[i];
            if (it->loaded && it->unit.error) {
                pt_results_add_note(r, PT_ERROR, it->unit.file, 0, "%s", it->unit.error);
                run.failed++;
            }
        }
    }
    st->tus_failed = run.failed;
    free_items(&run);
    return run.failed;
}

static int cmp_loaded(const void *a, const void *b)
{
    const struct item *x = a, *y = b;
    int c = strcmp(x->unit.file, y->unit.file);
    return c ? c : strcmp(x->unit.key, y->unit.key);
}

long pt_run_link(char **dirs, size_t ndirs, const struct pt_run_opts *o, struct pt_results *r,
                 struct pt_stats *st, char *err, size_t errlen)
{
    struct run run = {.o = o, .r = r, .st = st, .start = now(), .budget = hold_budget()};
    size_t cap = 0;
    for (size_t d = 0; d < ndirs; d++) {
        DIR *dh = opendir(dirs[d]);
        if (!dh) {
            snprintf(err, errlen, "--link: cannot read the folder %s: %s", dirs[d], strerror(errno));
            free_items(&run);
            return -1;
        }
        for (struct dirent *de; (de = readdir(dh));) {
            if (!pt_unit_file_name(de->d_name)) continue;
            PT_GROW(run.items, run.nitems, cap);
            struct item *it = &run.items[run.nitems];
            memset(it, 0, sizeof *it);
            it->path = pt_asprintf("%s/%s", dirs[d], de->d_name);
            char why[1024];
            if (pt_unit_read(it->path, &it->unit, why, sizeof why) != 0) {
                pt_results_add_note(r, PT_ERROR, NULL, 0, "--link: %s", why);
                free(it->path);
                run.failed++;
                continue;
            }
            it->loaded = 1;
            run.nitems++;
            hold(&run, it, run.nitems - 1);
        }
        closedir(dh);
    }
    if (!run.nitems) {
        snprintf(err, errlen, "--link: no units (*.unit.json) in the folder%s given", ndirs > 1 ? "s" : "");
        free_items(&run);
        return -1;
    }
    qsort(run.items, run.nitems, sizeof *run.items, cmp_loaded);
    size_t out = 0;   /* one unit per key: shards may overlap */
    for (size_t i = 0; i < run.nitems; i++) {
        if (out && strcmp(run.items[out - 1].unit.key, run.items[i].unit.key) == 0) {
            unload_item(&run, &run.items[i]);
            free(run.items[i].path);
            continue;
        }
        run.items[out++] = run.items[i];
    }
    run.nitems = out;
    st->tus = (unsigned)run.nitems + run.failed;
    link_units(&run);
    st->tus_failed = run.failed;
    free_items(&run);
    return (long)run.failed;
}
