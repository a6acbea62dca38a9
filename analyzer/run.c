#include "run.h"
#include <stdlib.h>
#include <time.h>
#include <string.h>
#include "engine.h"
#include "frontend.h"
#include "ir_dump.h"
#include "pool_api.h"
#include "util.h"

static void count_api(struct pt_stats *st, const char *name)
{
    for (size_t i = 0; i < st->napis; i++)
        if (strcmp(st->api_names[i], name) == 0) { st->api_counts[i]++; return; }
    if (st->napis >= st->cap_apis) {
        st->cap_apis = st->cap_apis ? st->cap_apis * 2 : 16;
        st->api_names = pt_xrealloc(st->api_names, st->cap_apis * sizeof *st->api_names);
        st->api_counts = pt_xrealloc(st->api_counts, st->cap_apis * sizeof *st->api_counts);
    }
    st->api_names[st->napis] = pt_strdup(name);
    st->api_counts[st->napis++] = 1;
}

static void count_calls(struct pt_stats *st, const struct pt_expr *e)
{
    if (!e) return;
    if (e->kind == PT_EX_CALL && e->name) {
        const struct pt_api *api = pt_api_find(e->name);
        if (api && api->kind != PT_API_TAKES && api->kind != PT_API_STORE) count_api(st, e->name);
    }
    for (unsigned i = 0; i < e->nkids; i++) count_calls(st, e->kids[i]);
}

static void tu_stats(struct pt_stats *st, const struct pt_tu_ir *ir)
{
    st->functions += ir->nfuncs;
    st->parse_errors += ir->parse_errors ? 1 : 0;
    for (unsigned f = 0; f < ir->nfuncs; f++) {
        st->calls_token_only += ir->funcs[f]->token_only_calls;
        st->functions_skipped += ir->funcs[f]->parse_errors ? 1 : 0;
    }
    for (unsigned f = 0; f < ir->nfuncs; f++)
        for (unsigned b = 0; b < ir->funcs[f]->nblocks; b++) {
            const struct pt_block *bl = &ir->funcs[f]->blocks[b];
            for (unsigned s = 0; s < bl->nstmts; s++) count_calls(st, bl->stmts[s].e);
            count_calls(st, bl->cond);
        }
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* "[12/40] src/dpc.c  ETA 9s", redrawn in place; only after the first second. */
/* The progress line waits this long (PT_PROGRESS_DELAY_MS, default 1000; tests set 0). */
static double progress_delay(void)
{
    const char *e = getenv("PT_PROGRESS_DELAY_MS");
    return e && *e ? atof(e) / 1000.0 : 1.0;
}

static void progress(const struct pt_run_opts *o, double start, size_t done, size_t total, const char *file)
{
    double el = now() - start;
    if (!o->progress || el < progress_delay()) return;
    const char *base = strrchr(file, '/');
    double eta = done ? el / (double)done * (double)(total - done) : 0;
    fprintf(stderr, "\r\033[K[%zu/%zu] %s  ETA %.0fs", done, total, base ? base + 1 : file, eta);
    fflush(stderr);
}

unsigned pt_run(struct pt_compdb *db, const struct pt_run_opts *o, struct pt_results *r,
                struct pt_stats *st)
{
    double start = now();
    int drew = 0;
    struct pt_frontend *fe = pt_frontend_new();
    struct pt_engine_opts eo = {o->max_visits};
    unsigned failed = 0;
    for (size_t i = 0; i < db->ntus; i++) {
        const struct pt_tu *tu = &db->tus[i];
        struct pt_arena arena = {0};
        struct pt_tu_ir ir;
        memset(&ir, 0, sizeof ir);
        char err[1024];
        st->tus++;
        if (pt_frontend_parse(fe, tu, &arena, &ir, r, err, sizeof err) != 0) {
            pt_results_add_note(r, PT_ERROR, tu->file, 0, "%s", err);
            failed++;
            st->tus_failed++;
        } else {
            if (o->dump_ir)
                for (unsigned f = 0; f < ir.nfuncs; f++) pt_ir_dump_func(stderr, ir.funcs[f]);
            tu_stats(st, &ir);
            pt_engine_run(&ir, &eo, r);
        }
        pt_tu_ir_free(&ir);
        pt_arena_free(&arena);
        progress(o, start, i + 1, db->ntus, tu->file);
        drew |= o->progress && now() - start >= progress_delay();
    }
    if (drew) fputs("\r\033[K", stderr);
    pt_frontend_free(fe);
    pt_engine_finish(r);
    return failed;
}

void pt_stats_free(struct pt_stats *st)
{
    for (size_t i = 0; i < st->napis; i++) free(st->api_names[i]);
    free(st->api_names);
    free(st->api_counts);
    memset(st, 0, sizeof *st);
}
