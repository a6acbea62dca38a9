/* Applying .pooltrack.json: excluded paths, rule levels, named routines. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cache.h"
#include "config.h"
#include "pool_api.h"
#include "rule_info.h"
#include "util.h"

int pt_glob_match(const char *p, const char *s)
{
    for (; *p; p++, s++) {
        if (p[0] == '*' && p[1] == '*') {   /* any run of characters, '/' included */
            p += 2;
            if (*p == '/') p++;   /* the slash after it is optional: "x" matches too */
            for (;; s++) {
                if (pt_glob_match(p, s)) return 1;
                if (!*s) return 0;
            }
        }
        if (*p == '*') {
            for (p++;; s++) {
                if (pt_glob_match(p, s)) return 1;
                if (!*s || *s == '/') return 0;
            }
        }
        if (!*s || (*p == '?' ? *s == '/' : *p != *s)) return 0;
    }
    return *s == 0;
}

int pt_config_excluded(const struct pt_config *c, const char *file)
{
    if (!c || !c->nexclude || !file) return 0;
    size_t n = strlen(c->dir);
    const char *rel = NULL;
    if (strcmp(c->dir, "/") == 0) rel = file + 1;
    else if (strncmp(file, c->dir, n) == 0 && file[n] == '/') rel = file + n + 1;
    for (size_t i = 0; i < c->nexclude; i++) {
        const char *pat = c->exclude[i];
        if (pat[0] == '/' ? pt_glob_match(pat, file) : rel && pt_glob_match(pat, rel)) return 1;
        /* a folder pattern ("third_party") excludes what is inside it */
        char *below = pt_asprintf("%s/**", pat);
        int m = pat[0] == '/' ? pt_glob_match(below, file) : rel && pt_glob_match(below, rel);
        free(below);
        if (m) return 1;
    }
    return 0;
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

void pt_config_mark_routines(struct pt_tu_ir *ir)
{
    for (unsigned i = 0; i < ir->nfuncs; i++) {
        struct pt_func *fn = ir->funcs[i];
        if (!fn->name) continue;
        if (pt_api_extra_dpc(fn->name)) fn->role = PT_CONFIG_DPC_ROLE;
        else if (pt_api_extra_unload(fn->name)) fn->role = PT_CONFIG_UNLOAD_ROLE;
    }
}

int pt_config_setup(const char *explicit_path, const char *db, struct pt_config *c, char *err,
                    size_t errlen)
{
    memset(c, 0, sizeof *c);
    char *path = explicit_path ? pt_strdup(explicit_path) : NULL;
    if (!path) {   /* from the compile database's folder, else from here */
        char *dir = NULL;
        struct stat st;
        if (db && stat(db, &st) == 0 && !S_ISDIR(st.st_mode)) {
            const char *slash = strrchr(db, '/');
            dir = slash ? pt_strndup(db, (size_t)(slash - db) + (slash == db)) : pt_strdup(".");
        } else dir = pt_strdup(db ? db : ".");
        path = pt_config_find(dir);
        free(dir);
        if (!path) {
            for (int i = 0; i < PT_CONFIG_MAX_RULES; i++) c->rule_level[i] = PT_RULE_DEFAULT;
            return 0;
        }
    }
    int rc = pt_config_load(path, c, err, errlen);
    free(path);
    if (rc == 0) pt_cache_set_salt(c->cache_salt);
    return rc;
}
