/* Which TUs the files named on the command line mean (the interface: select.h). */
#include "select.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "cache.h"
#include "compdb_driver.h"
#include "strmap.h"
#include "unit.h"
#include "util.h"

static int is_source(const char *f)
{
    const char *dot = strrchr(f, '.');
    static const char *const exts[] = {".c", ".cc", ".cpp", ".cxx", ".c++", NULL};
    for (int i = 0; dot && exts[i]; i++)
        if (strcasecmp(dot, exts[i]) == 0) return 1;
    return 0;
}

/* 1: the TU read one of the headers last time, or the cache cannot tell. */
static int reads_any(const struct pt_tu *tu, char **headers, size_t nheaders, const char *cache_dir)
{
    if (!cache_dir) return 1;
    char *key = pt_cache_key(tu), *path = pt_cache_path(cache_dir, key), err[256];
    struct pt_unit u;
    int hit = 1;
    if (access(path, R_OK) == 0 && pt_unit_read_cached(path, &u, err, sizeof err) == 0) {
        hit = u.error != NULL;   /* a failed TU read nothing we know of */
        for (size_t d = 0; d < u.ndeps && !hit; d++) {
            char *dep = pt_canonical_path(u.deps[d].path);
            for (size_t h = 0; h < nheaders && !hit; h++) hit = strcmp(dep, headers[h]) == 0;
            free(dep);
        }
        pt_unit_free(&u);
    }
    free(key);
    free(path);
    return hit;
}

int pt_select_files(struct pt_compdb *db, char **files, size_t nfiles, const char *cache_dir,
                    char *err, size_t errlen)
{
    char **want = pt_xcalloc(nfiles + 1, sizeof *want), **headers = pt_xcalloc(nfiles + 1, sizeof *headers);
    int *found = pt_xcalloc(nfiles + 1, sizeof *found);
    size_t nheaders = 0, kept = 0;
    for (size_t i = 0; i < nfiles; i++) want[i] = pt_canonical_path(files[i]);
    char **tus = pt_xcalloc(db->ntus + 1, sizeof *tus);
    for (size_t t = 0; t < db->ntus; t++) {
        tus[t] = pt_canonical_path(db->tus[t].file);
        for (size_t i = 0; i < nfiles; i++)
            if (strcmp(tus[t], want[i]) == 0) found[i] = 1;
    }
    for (size_t i = 0; i < nfiles; i++)
        if (!found[i] && !is_source(want[i])) headers[nheaders++] = want[i];
    /* a new source not in the database yet: its nearest neighbour's flags */
    struct pt_tu *extra = pt_xcalloc(nfiles + 1, sizeof *extra);
    char **like = pt_xcalloc(nfiles + 1, sizeof *like);   /* the neighbour's path */
    size_t nextra = 0;
    for (size_t i = 0; i < nfiles; i++) {
        const struct pt_tu *n;
        if (found[i] || !is_source(want[i]) || access(want[i], R_OK) != 0 ||
            !(n = pt_compdb_nearest(db->tus, db->ntus, want[i])))
            continue;
        found[i] = 2;
        like[i] = pt_strdup(n->file);
        pt_compdb_like(n, want[i], &extra[nextra++]);
    }
    char *keep = pt_xcalloc(db->ntus + 1, 1);
    for (size_t t = 0; t < db->ntus; t++) {
        for (size_t i = 0; i < nfiles && !keep[t]; i++) keep[t] = found[i] && strcmp(tus[t], want[i]) == 0;
        if (!keep[t] && nheaders) keep[t] = (char)reads_any(&db->tus[t], headers, nheaders, cache_dir);
        free(tus[t]);
    }
    struct pt_strmap projects = {0};   /* the compile directories of the kept TUs */
    for (size_t t = 0; t < db->ntus; t++)
        if (keep[t]) pt_strmap_put(&projects, pt_tu_project(&db->tus[t]), 1);
    for (size_t i = 0; i < nextra; i++) pt_strmap_put(&projects, pt_tu_project(&extra[i]), 1);
    struct pt_tu *left = pt_xcalloc(db->ntus + 1, sizeof *left);
    size_t nleft = 0;
    for (size_t t = 0; t < db->ntus; t++) {
        if (keep[t]) db->tus[kept++] = db->tus[t];
        else if (pt_strmap_get(&projects, pt_tu_project(&db->tus[t])) >= 0)
            left[nleft++] = db->tus[t];
        else pt_tu_free(&db->tus[t]);
    }
    pt_strmap_free(&projects);
    free(keep);
    if (nextra) db->tus = pt_xrealloc(db->tus, (kept + nextra) * sizeof *db->tus);
    for (size_t i = 0; i < nextra; i++) db->tus[kept++] = extra[i];
    free(extra);
    db->ntus = kept;
    db->context = left;
    db->ncontext = nleft;
    int rc = 0;
    size_t off = 0;
    err[0] = 0;
    for (size_t i = 0; i < nfiles; i++) {   /* a note, unless a source is missing below */
        if (found[i] != 2 || off >= errlen) continue;
        off += (size_t)snprintf(err + off, errlen - off,
                                "%s%s is not in the compile database: analysed with the flags of %s, "
                                "its nearest neighbour there", off ? "; " : "", files[i], like[i]);
        rc = 1;
    }
    if (off >= errlen) off = errlen - 1;
    for (size_t i = 0; i < nfiles; i++) {
        if (found[i] || !is_source(want[i])) continue;
        if (rc > 0) off = 0, rc = 0;   /* the error line replaces the notes */
        if (!rc) off += (size_t)snprintf(err + off, errlen - off, "not in the compile database:");
        rc = -1;
        if (off < errlen) off += (size_t)snprintf(err + off, errlen - off, " %s", files[i]);
        if (off >= errlen) off = errlen - 1;
    }
    for (size_t i = 0; i < nfiles; i++) free(want[i]);
    free(want);
    free(headers);
    free(found);
    for (size_t i = 0; i < nfiles; i++) free(like[i]);
    free(like);
    free(tus);
    return rc;
}
