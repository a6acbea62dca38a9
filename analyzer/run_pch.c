/* The run's precompiled headers: who shares one, building the missing ones (the interface: run_pch.h). */
#include "run_pch.h"
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cache.h"
#include "fe_pch.h"
#include "pch.h"
#include "strmap.h"
#include "util.h"

struct jobs { struct pt_pch_want *w; size_t *todo; const char *dir; struct pt_pch_run *pr; };

static int pch_job(size_t j, void *ctx)
{
    struct jobs *js = ctx;
    const struct pt_pch_want *w = &js->w[js->todo[j]];
    /* a failed build costs only the speed-up: nothing to tell the user but
     * when asked (the same switch shows the TUs' parse errors) */
    int show = getenv("PT_SHOW_PARSE_ERRORS") != NULL, fd = show ? -1 : open("/dev/null", O_WRONLY);
    if (fd >= 0) { dup2(fd, 2); close(fd); }
    char err[1024];
    if (pt_fe_build_pch(w->tu, w->prefix, js->dir, w->key, err, sizeof err) == 0) return 0;
    if (show) fprintf(stderr, "pooltrack: no shared precompiled header for %s: %s\n", w->tu->file, err);
    return 1;
}

static void pch_done(size_t j, const struct pt_job_result *r, void *ctx)
{
    (void)j;
    struct pt_pch_run *pr = ((struct jobs *)ctx)->pr;
    pr->cpu_s += r->cpu_seconds;
    if (r->status != PT_JOB_OK) pr->failed++;
}

static char *make_dir(const char *pch_dir, const char *cache_dir, int *temporary)
{
    if (pch_dir || cache_dir) {
        char *d = pch_dir ? pt_strdup(pch_dir) : pt_asprintf("%s/pch", cache_dir), err[256];
        if (pt_cache_prepare(d, err, sizeof err) == 0) return d;
        free(d);
        return NULL;
    }
    char *tmp = pt_make_tmpdir("pch");
    *temporary = tmp != NULL;
    return tmp;
}

void pt_pch_plan(struct pt_pch_run *pr, const struct pt_pch_groups *groups, const struct pt_tu *const *parse,
                 size_t n, const char *pch_dir, const char *cache_dir)
{
    memset(pr, 0, sizeof *pr);
    pr->n = n;
    pr->keys = pt_xcalloc(n + 1, sizeof *pr->keys);
    pr->which = pt_xcalloc(n + 1, sizeof *pr->which);
    struct pt_strmap wanted = {0};
    size_t capw = 0;
    for (size_t i = 0; i < n; i++) {
        /* a PCH folder of its own outlives the run: worth it for one TU too */
        const char *prefix = pt_pch_groups_prefix(groups, parse[i], pch_dir ? 1 : 2);
        pr->which[i] = -1;
        if (!prefix) continue;
        char *key = pt_pch_key(parse[i], prefix);
        if ((pr->which[i] = pt_strmap_get(&wanted, key)) < 0) {
            pr->which[i] = (long)pr->nw;
            pt_strmap_put(&wanted, key, (long)pr->nw);
            PT_GROW(pr->w, pr->nw, capw);
            pr->w[pr->nw++] = (struct pt_pch_want){key, pt_strdup(prefix), parse[i], PT_PCH_MISSING, i};
        } else free(key);
    }
    pt_strmap_free(&wanted);
    if (pr->nw && !(pr->dir = make_dir(pch_dir, cache_dir, &pr->temporary))) {
        for (size_t i = 0; i < n; i++) pr->which[i] = -1;   /* no folder: no PCH */
        return;
    }
    for (size_t k = 0; k < pr->nw; k++) pr->w[k].state = pt_pch_state(pr->dir, pr->w[k].key);
    for (size_t i = 0; i < n; i++) {   /* a ready PCH is loaded from the start */
        long k = pr->which[i];
        if (k >= 0 && pr->w[k].state == PT_PCH_READY) {
            pr->keys[i] = pt_strdup(pr->w[k].key);
            pr->tus++;
        }
    }
}

int pt_pch_first(const struct pt_pch_run *pr, size_t i)
{
    long k = pr->which ? pr->which[i] : -1;
    return k < 0 || pr->w[k].state != PT_PCH_MISSING || pr->w[k].probe == i;
}

long pt_pch_probe_of(const struct pt_pch_run *pr, size_t i)
{
    long k = pr->which ? pr->which[i] : -1;
    return k >= 0 && pr->w[k].state == PT_PCH_MISSING && pr->w[k].probe == i ? k : -1;
}

void pt_pch_probe_failed(struct pt_pch_run *pr, size_t i, const char *why, char **deps, size_t ndeps)
{
    long k = pt_pch_probe_of(pr, i);
    if (k < 0) return;
    pr->w[k].state = PT_PCH_UNUSABLE;
    if (why) pt_pch_write_deps(pr->dir, pr->w[k].key, why, deps, ndeps);
}

void pt_pch_build(struct pt_pch_run *pr, const struct pt_workers_opts *wo)
{
    struct jobs js = {.w = pr->w, .todo = pt_xcalloc(pr->nw + 1, sizeof(size_t)), .dir = pr->dir, .pr = pr};
    unsigned char *needed = pt_xcalloc(pr->nw + 1, 1);
    for (size_t i = 0; i < pr->n; i++)
        if (pr->which[i] >= 0 && pr->w[pr->which[i]].probe != i) needed[pr->which[i]] = 1;
    /* a PCH only the probe wanted is still worth it in a folder that stays:
     * the next run (the next commit's files) loads it */
    for (size_t k = 0; k < pr->nw; k++)
        if (pr->w[k].state == PT_PCH_MISSING && (needed[k] || !pr->temporary)) js.todo[pr->jobs++] = k;
    free(needed);
    struct pt_job_result *res = pt_xcalloc(pr->jobs + 1, sizeof *res);
    pt_workers_run(pr->jobs, wo, pch_job, pch_done, &js, res);
    free(res);
    for (size_t j = 0; j < pr->jobs; j++) {
        struct pt_pch_want *w = &pr->w[js.todo[j]];
        w->state = pt_pch_state(pr->dir, w->key);
    }
    free(js.todo);
    for (size_t i = 0; i < pr->n; i++) {
        long k = pr->which[i];
        if (k >= 0 && !pr->keys[i] && pr->w[k].probe != i && pr->w[k].state == PT_PCH_READY) {
            pr->keys[i] = pt_strdup(pr->w[k].key);
            pr->tus++;
        }
    }
}

void pt_pch_finish(struct pt_pch_run *pr)
{
    for (size_t i = 0; i < pr->n; i++) free(pr->keys[i]);
    free(pr->keys);
    free(pr->which);
    for (size_t k = 0; k < pr->nw; k++) {
        free(pr->w[k].key);
        free(pr->w[k].prefix);
    }
    free(pr->w);
    DIR *d = pr->temporary && pr->dir ? opendir(pr->dir) : NULL;
    for (struct dirent *de; d && (de = readdir(d));) {   /* also a killed job's leftovers */
        if (de->d_name[0] == '.') continue;
        char *p = pt_asprintf("%s/%s", pr->dir, de->d_name);
        unlink(p);
        free(p);
    }
    if (d) closedir(d);
    if (pr->temporary && pr->dir) rmdir(pr->dir);
    free(pr->dir);
    memset(pr, 0, sizeof *pr);
}
