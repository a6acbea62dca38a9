/* Applying .pooltrack.json: excluded paths, rule levels, named routines. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cache.h"
#include "config.h"
#include "pool_api.h"
#include "rule_info.h"
#include "safe_io.h"
#include "util.h"

/* Pattern tokens: a character, '?', '*' (within a segment), '**' (anything). */
enum { G_CHAR, G_ONE, G_STAR, G_ANY };
struct gtok {
    unsigned char kind, ch;
};

/* "**" takes the slash after it with it ("**" + "/" is optional: "**\/x"
 * matches "x" too); "***" is "**" then "*". */
static size_t tokenize(const char *p, struct gtok *t)
{
    size_t n = 0;
    while (*p) {
        if (p[0] == '*' && p[1] == '*') {
            p += 2 + (p[2] == '/');
            t[n++] = (struct gtok){G_ANY, 0};
        } else if (*p == '*') {
            p++;
            t[n++] = (struct gtok){G_STAR, 0};
        } else {
            t[n++] = (struct gtok){*p == '?' ? G_ONE : G_CHAR, (unsigned char)*p};
            p++;
        }
    }
    return n;
}

/* A star may match nothing: who is at a star is past it too. */
static void close_stars(const struct gtok *t, size_t n, unsigned char *at)
{
    for (size_t j = 0; j < n; j++)
        if (at[j] && (t[j].kind == G_STAR || t[j].kind == G_ANY)) at[j + 1] = 1;
}

/* Every token position the path reaches at once (a set, not backtracking):
 * O(pattern x path) whatever the pattern; the old recursive matcher was
 * exponential in the stars ("*a*a*a*a*a*a*a*a*b"). */
int pt_glob_match(const char *pattern, const char *path)
{
    size_t plen = strlen(pattern);
    struct gtok *t = pt_xmalloc((plen + 1) * sizeof *t);
    size_t n = tokenize(pattern, t);
    unsigned char *at = pt_xcalloc(n + 1, 1), *next = pt_xcalloc(n + 1, 1);
    at[0] = 1;
    close_stars(t, n, at);
    int alive = 1;
    for (const unsigned char *s = (const unsigned char *)path; *s && alive; s++) {
        memset(next, 0, n + 1);
        alive = 0;
        for (size_t j = 0; j < n; j++) {
            if (!at[j]) continue;
            const struct gtok *k = &t[j];
            if (k->kind == G_ANY || (k->kind == G_STAR && *s != '/')) next[j] = 1;   /* stays */
            else if ((k->kind == G_ONE && *s != '/') || (k->kind == G_CHAR && k->ch == *s)) next[j + 1] = 1;
        }
        close_stars(t, n, next);
        for (size_t j = 0; j <= n; j++) alive |= next[j];
        unsigned char *swap = at;
        at = next;
        next = swap;
    }
    int m = alive && at[n];
    free(t);
    free(at);
    free(next);
    return m;
}

/* Whether one of the patterns (relative to the configuration's folder, or
 * absolute) names file; a folder pattern names what is inside it. */
static int names_file(const struct pt_config *c, char **pats, size_t npats, const char *file)
{
    size_t n = strlen(c->dir);
    const char *rel = NULL;
    if (strcmp(c->dir, "/") == 0) rel = file + 1;
    else if (strncmp(file, c->dir, n) == 0 && file[n] == '/') rel = file + n + 1;
    for (size_t i = 0; i < npats; i++) {
        const char *pat = pats[i];
        if (pat[0] == '/' ? pt_glob_match(pat, file) : rel && pt_glob_match(pat, rel)) return 1;
        char *below = pt_asprintf("%s/**", pat);
        int m = pat[0] == '/' ? pt_glob_match(below, file) : rel && pt_glob_match(below, rel);
        free(below);
        if (m) return 1;
    }
    return 0;
}

int pt_config_excluded(const struct pt_config *c, const char *file)
{
    if (!c || !c->nexclude || !file) return 0;
    return names_file(c, c->exclude, c->nexclude, file);
}

void pt_config_assign_drivers(const struct pt_config *c, struct pt_tu *tus, size_t n)
{
    if (!c || !c->ndrivers || !c->dir) return;
    for (size_t t = 0; t < n; t++)
        for (size_t d = 0; d < c->ndrivers; d++) {
            if (!names_file(c, c->drivers[d].files, c->drivers[d].nfiles, tus[t].file)) continue;
            free(tus[t].driver);   /* named apart from what builds it: "drivers" in the file */
            tus[t].driver = pt_asprintf("%s (%s)", c->drivers[d].name, c->path ? c->path : PT_CONFIG_NAME);
            break;
        }
}

size_t pt_config_filter_tus(const struct pt_config *c, struct pt_compdb *db)
{
    size_t kept = 0, dropped = 0;
    for (size_t i = 0; i < db->ntus; i++) {
        if (pt_config_excluded(c, db->tus[i].file)) {
            pt_tu_free(&db->tus[i]);
            dropped++;
            continue;
        }
        db->tus[kept++] = db->tus[i];
    }
    db->ntus = kept;
    return dropped;
}

void pt_config_apply_results(const struct pt_config *c, struct pt_results *r)
{
    size_t n, out = 0;
    const struct pt_rule_info *infos = pt_rule_infos(&n);
    for (size_t i = 0; i < r->nfindings; i++) {
        struct pt_finding *f = &r->findings[i];
        const struct pt_rule_info *ri = pt_rule_info_find(f->rule_id);
        size_t k = ri ? (size_t)(ri - infos) : PT_CONFIG_MAX_RULES;
        int lvl = k < PT_CONFIG_MAX_RULES ? c->rule_level[k] : PT_RULE_DEFAULT;
        if (lvl == PT_RULE_OFF || pt_config_excluded(c, f->loc.file)) {
            pt_finding_free(f);
            continue;
        }
        if (lvl >= 0) f->level = (enum pt_level)lvl;
        r->findings[out++] = *f;
    }
    r->nfindings = out;
}

void pt_config_mark_routines(const struct pt_config *c, struct pt_tu_ir *ir)
{
    const struct pt_strmap *dpc = &c->extras.dpc_names, *unload = &c->extras.unload_names;
    for (unsigned i = 0; i < ir->nfuncs; i++) {
        struct pt_func *fn = ir->funcs[i];
        if (!fn->name) continue;
        if (dpc->n && pt_strmap_get(dpc, fn->name) >= 0) fn->role = PT_CONFIG_DPC_ROLE;
        else if (unload->n && pt_strmap_get(unload, fn->name) >= 0) fn->role = PT_CONFIG_UNLOAD_ROLE;
    }
}

static int finish_setup(int rc, const struct pt_config *c)
{
    if (rc == 0) {
        pt_cache_set_salt(c->cache_salt);
        pt_config_set_used(c);
    }
    return rc;
}

int pt_config_setup(const char *explicit_path, const char *db, struct pt_config *c, char *err,
                    size_t errlen)
{
    memset(c, 0, sizeof *c);
    if (explicit_path) return finish_setup(pt_config_read("--config", explicit_path, 0, c, err, errlen), c);
    char *dir = NULL;   /* the compile database's folder, else here */
    struct stat st;
    if (db && stat(db, &st) == 0 && !S_ISDIR(st.st_mode)) {
        const char *slash = strrchr(db, '/');
        dir = slash ? pt_strndup(db, (size_t)(slash - db) + (slash == db)) : pt_strdup(".");
    } else dir = pt_strdup(db ? db : ".");
    char *path = pt_config_find(dir);
    free(dir);
    if (!path) {
        for (int i = 0; i < PT_CONFIG_MAX_RULES; i++) c->rule_level[i] = PT_RULE_DEFAULT;
        return 0;
    }
    /* the repository's own file: not read through a symlink it may point anywhere */
    int rc = pt_config_read("configuration", path, PT_READ_NOFOLLOW, c, err, errlen);
    free(path);
    return finish_setup(rc, c);
}
