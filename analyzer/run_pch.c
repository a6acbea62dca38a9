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

/* A PCH the run wants: its key, its include lines, the TU whose arguments
 * build it. */
struct want { char *key; const char *prefix; const struct pt_tu *tu; };

struct jobs { struct want *w; size_t *todo; const char *dir; struct pt_pch_run *pr; };

static int pch_job(size_t j, void *ctx)
{
    struct jobs *js = ctx;
    const struct want *w = &js->w[js->todo[j]];
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
    const char *base = getenv("TMPDIR");
    char *tmpl = pt_asprintf("%s/pooltrack-pch-XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(tmpl)) { free(tmpl); return NULL; }
    *temporary = 1;
    return tmpl;
}

void pt_pch_prepare(struct pt_pch_run *pr, const struct pt_pch_groups *groups, const struct pt_tu *const *parse,
                    size_t n, const char *pch_dir, const char *cache_dir, const struct pt_workers_opts *wo)
{
    memset(pr, 0, sizeof *pr);
    pr->keys = pt_xcalloc(n + 1, sizeof *pr->keys);
    struct pt_strmap wanted = {0};
    struct want *w = NULL;
    size_t nw = 0, capw = 0;
    long *which = pt_xcalloc(n + 1, sizeof *which);
    for (size_t i = 0; i < n; i++) {
        /* a PCH folder of its own outlives the run: worth it for one TU too */
        const char *prefix = pt_pch_groups_prefix(groups, parse[i], pch_dir ? 1 : 2);
        which[i] = -1;
        if (!prefix) continue;
        char *key = pt_pch_key(parse[i], prefix);
        if ((which[i] = pt_strmap_get(&wanted, key)) < 0) {
            which[i] = (long)nw;
            pt_strmap_put(&wanted, key, (long)nw);
            PT_GROW(w, nw, capw);
            w[nw++] = (struct want){key, prefix, parse[i]};
        } else free(key);
    }
    if (nw && (pr->dir = make_dir(pch_dir, cache_dir, &pr->temporary))) {
        struct jobs js = {w, pt_xcalloc(nw, sizeof(size_t)), pr->dir, pr};
        for (size_t k = 0; k < nw; k++)
            if (pt_pch_state(pr->dir, w[k].key) == PT_PCH_MISSING) js.todo[pr->jobs++] = k;
        struct pt_job_result *res = pt_xcalloc(pr->jobs + 1, sizeof *res);
        pt_workers_run(pr->jobs, wo, pch_job, pch_done, &js, res);
        free(res);
        free(js.todo);
        unsigned char *ready = pt_xcalloc(nw, 1);
        for (size_t k = 0; k < nw; k++) ready[k] = pt_pch_state(pr->dir, w[k].key) == PT_PCH_READY;
        for (size_t i = 0; i < n; i++)
            if (which[i] >= 0 && ready[which[i]]) {
                pr->keys[i] = pt_strdup(w[which[i]].key);
                pr->tus++;
            }
        free(ready);
    }
    for (size_t k = 0; k < nw; k++) free(w[k].key);
    free(w);
    free(which);
    pt_strmap_free(&wanted);
}

void pt_pch_finish(struct pt_pch_run *pr, size_t n)
{
    for (size_t i = 0; i < n; i++) free(pr->keys[i]);
    free(pr->keys);
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
