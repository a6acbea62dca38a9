/* Reading .pooltrack.json (cJSON). Every mistake is one line naming the key,
 * because a config that is silently half-applied hides bugs. */
#include "config.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <cjson/cJSON.h>
#include "input_read.h"
#include "pool_api.h"
#include "safe_io.h"
#include "rule_info.h"
#include "util.h"

/* A folder anyone may write (/tmp) belongs to no project: the search for the
 * repository root stops below it. */
static int writable_by_others(const char *dir)
{
    struct stat st;
    return stat(dir, &st) != 0 || (st.st_mode & S_IWOTH);
}

/* 1: dir holds the repository (".git", a folder or a worktree's file) of
 * whoever owns start; -1: a ".git" of someone else, planted in a parent folder
 * (git refuses such repositories too, safe.directory); 0: none. */
static int holds_repository(const char *dir, uid_t owner)
{
    char *git = pt_asprintf("%s/.git", strcmp(dir, "/") == 0 ? "" : dir);
    struct stat st;
    int there = lstat(git, &st) == 0;
    free(git);
    if (!there) return 0;
    return (S_ISDIR(st.st_mode) || S_ISREG(st.st_mode)) && (st.st_uid == owner || st.st_uid == geteuid())
               ? 1 : -1;
}

/* dir's parent, in place; 0 at "/". */
static int go_up(char *dir)
{
    char *slash = strrchr(dir, '/');
    if (!slash || strcmp(dir, "/") == 0) return 0;
    if (slash == dir) slash[1] = 0;
    else *slash = 0;
    return 1;
}

char *pt_config_repo_root(const char *start)
{
    struct stat st;
    if (stat(start, &st) != 0) return NULL;
    char *d = pt_strdup(start);
    int first = 1;   /* the folder the user named is theirs, whoever else may write it */
    do {
        if (!first && writable_by_others(d)) break;
        int repo = holds_repository(d, st.st_uid);
        if (repo > 0) return d;
        if (repo < 0) break;
        first = 0;
    } while (go_up(d));
    free(d);
    return NULL;
}

char *pt_config_find(const char *dir)
{
    char *start = realpath(dir && *dir ? dir : ".", NULL);
    if (!start) return NULL;
    char *root = pt_config_repo_root(start), *d = pt_strdup(start);
    char *found = NULL;
    for (;;) {   /* from start up to the repository root, never above it */
        char *p = pt_asprintf("%s/%s", strcmp(d, "/") == 0 ? "" : d, PT_CONFIG_NAME);
        struct stat st;
        if (lstat(p, &st) == 0) { found = p; break; }   /* a symlink too: refused when read */
        free(p);
        if (!root || strcmp(d, root) == 0 || !go_up(d)) break;
    }
    free(d);
    free(root);
    free(start);
    return found;
}

int pt_tag_parse(const char *text, int64_t *out)
{
    size_t n = strlen(text);
    if (n > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        char *end;
        errno = 0;
        unsigned long long v = strtoull(text + 2, &end, 16);
        if (errno || *end || v > 0xffffffffULL) return -1;
        *out = (int64_t)v;
        return 0;
    }
    if (n == 0 || n > 4) return -1;
    int64_t v = 0;
    for (size_t i = 0; i < 4; i++) {   /* first character shown = lowest byte */
        unsigned char ch = i < n ? (unsigned char)text[i] : ' ';
        if (ch < 0x20 || ch >= 0x7f) return -1;
        v |= (int64_t)ch << (8 * i);
    }
    *out = v;
    return 0;
}

struct reader {
    char *err;
    size_t errlen;
    const char *file;   /* as shown in messages */
};

/* "FILE: "KEY": why", fitted: a long path or value does not cut off the why. */
static int bad(struct reader *rd, const char *key, const char *fmt, const char *arg)
{
    char *why = pt_asprintf(fmt, arg);
    pt_fit_linef(rd->err, rd->errlen, "%s: \"%s\": %s", rd->file, key, why);
    free(why);
    return -1;
}

/* Family names come from the catalogue (model/data/families.def). */
static int family(struct reader *rd, const char *key, const cJSON *v, enum pt_family *out)
{
    int configurable;
    if (!cJSON_IsString(v)) return bad(rd, key, "%s", "must be a family name (pool, ndis, mdl, ...)");
    *out = pt_family_by_key(v->valuestring, &configurable);
    if (configurable) return 0;
    char names[512] = "";
    for (int f = 0; f < PT_FAM_COUNT; f++) {
        int ok;
        const char *name = pt_family_key((enum pt_family)f);
        pt_family_by_key(name, &ok);
        if (ok && strlen(names) + strlen(name) + 3 < sizeof names) {
            if (names[0]) strcat(names, ", ");
            strcat(names, name);
        }
    }
    char *why = pt_asprintf("unknown family '%s' (%s)", v->valuestring, names);
    int r = bad(rd, key, "%s", why);
    free(why);
    return r;
}

static int arg_index(struct reader *rd, const char *key, const cJSON *v, int *out)
{
    /* Range first: converting an out-of-range double to int is undefined. */
    if (!cJSON_IsNumber(v) || !(v->valuedouble >= 0 && v->valuedouble <= 31) ||
        v->valuedouble != (double)(int)v->valuedouble)
        return bad(rd, key, "%s", "must be an argument index from 0 to 31");
    *out = v->valueint;
    return 0;
}

static int boolean(struct reader *rd, const char *key, const cJSON *v, int *out)
{
    if (!cJSON_IsBool(v)) return bad(rd, key, "%s", "must be true or false");
    *out = cJSON_IsTrue(v);
    return 0;
}

/* The cache key grows by "name|" per routine; appended in place, as a copy
 * of the whole key per routine is quadratic in a big configuration. */
static void salt_append(struct pt_config *c, const char *name)
{
    size_t n = strlen(name);
    while (c->salt_len + n + 2 > c->salt_cap) {
        c->salt_cap = c->salt_cap ? c->salt_cap * 2 : 256;
        c->cache_salt = pt_xrealloc(c->cache_salt, c->salt_cap);
    }
    memcpy(c->cache_salt + c->salt_len, name, n);
    c->salt_len += n;
    c->cache_salt[c->salt_len++] = '|';
    c->cache_salt[c->salt_len] = 0;
}

/* One entry of "allocators" (is_free 0) or "frees" (1). */
static int routine(struct reader *rd, const char *list, int idx, const cJSON *o, int is_free,
                   struct pt_config *c)
{
    char key[160];
    struct pt_api api = {.kind = is_free ? PT_API_FREE : PT_API_ALLOC, .family = PT_FAM_NONE,
                         .ptr = -1, .size = -1, .tag = -1, .pool = -1, .cond = -1};
    int has_family = 0;
    snprintf(key, sizeof key, "%s[%d]", list, idx);
    if (!cJSON_IsObject(o)) return bad(rd, key, "%s", "must be an object {\"name\": ..., \"family\": ...}");
    for (const cJSON *m = o->child; m; m = m->next) {
        snprintf(key, sizeof key, "%s[%d].%s", list, idx, m->string);
        const char *k = m->string;
        int flag = 0, rc = 0;
        if (strcmp(k, "name") == 0) {
            if (!cJSON_IsString(m) || !*m->valuestring) return bad(rd, key, "%s", "must be a function name");
            api.name = m->valuestring;
        } else if (strcmp(k, "family") == 0) {
            rc = family(rd, key, m, &api.family);
            has_family = 1;
        } else if (strcmp(k, "tag_arg") == 0) rc = arg_index(rd, key, m, &api.tag);
        else if (is_free && strcmp(k, "ptr_arg") == 0) rc = arg_index(rd, key, m, &api.ptr);
        else if (!is_free && strcmp(k, "size_arg") == 0) rc = arg_index(rd, key, m, &api.size);
        else if (!is_free && strcmp(k, "pool_arg") == 0) rc = arg_index(rd, key, m, &api.pool);
        else if (!is_free && strcmp(k, "out_arg") == 0) {
            rc = arg_index(rd, key, m, &api.ptr);
            api.kind = PT_API_ALLOC_OUT;
        } else if (!is_free && strcmp(k, "tag") == 0) {
            if (!cJSON_IsString(m) || pt_tag_parse(m->valuestring, &api.tag_value) != 0)
                return bad(rd, key, "%s", "must be a tag as PoolMon shows it (\"MyBf\") or \"0x...\"");
            api.tag_fixed = 1;
        } else if (!is_free && strcmp(k, "quota") == 0) {
            rc = boolean(rd, key, m, &flag);
            if (flag) api.flags |= PT_API_QUOTA;
        } else if (!is_free && strcmp(k, "pool_flags") == 0) {
            rc = boolean(rd, key, m, &flag);
            if (flag) api.flags |= PT_API_FLAGS_POOL;
        } else return bad(rd, key, "%s", "unknown key (see docs/config.md)");
        if (rc) return rc;
    }
    snprintf(key, sizeof key, "%s[%d]", list, idx);
    if (!api.name) return bad(rd, key, "%s", "needs \"name\"");
    if (!has_family) return bad(rd, key, "%s", "needs \"family\"");
    if (is_free && api.ptr < 0) return bad(rd, key, "%s", "needs \"ptr_arg\" (the argument it frees)");
    if (api.tag_fixed && api.tag >= 0) return bad(rd, key, "%s", "has both \"tag\" and \"tag_arg\"");
    pt_api_extras_add(&c->extras, &api);
    salt_append(c, api.name);
    return 0;
}

static int rules(struct reader *rd, const cJSON *o, struct pt_config *c)
{
    size_t n;
    const struct pt_rule_info *infos = pt_rule_infos(&n);
    if (!cJSON_IsObject(o)) return bad(rd, "rules", "%s", "must be an object {\"PT002\": \"off\", ...}");
    for (const cJSON *m = o->child; m; m = m->next) {
        char key[96];
        snprintf(key, sizeof key, "rules.%s", m->string);
        const struct pt_rule_info *ri = pt_rule_info_find(m->string);
        if (!ri) return bad(rd, key, "%s", "no such rule");
        const char *v = cJSON_IsString(m) ? m->valuestring : "";
        int lvl = strcmp(v, "off") == 0 ? PT_RULE_OFF : strcmp(v, "on") == 0 ? PT_RULE_DEFAULT
                  : strcmp(v, "note") == 0 ? PT_NOTE : strcmp(v, "warning") == 0 ? PT_WARNING
                  : strcmp(v, "error") == 0 ? (int)PT_ERROR : -3;
        if (lvl == -3) return bad(rd, key, "%s", "must be \"off\", \"on\", \"note\", \"warning\" or \"error\"");
        if ((size_t)(ri - infos) < PT_CONFIG_MAX_RULES) c->rule_level[ri - infos] = lvl;
    }
    return 0;
}

/* "forbidden_tags", "dpc_routines", "unload_routines", "exclude": strings. */
static int strings(struct reader *rd, const char *key, const cJSON *a, struct pt_config *c)
{
    if (!cJSON_IsArray(a)) return bad(rd, key, "%s", "must be an array of strings");
    int i = 0;
    for (const cJSON *m = a->child; m; m = m->next, i++) {
        char k[96];
        snprintf(k, sizeof k, "%s[%d]", key, i);
        if (!cJSON_IsString(m) || !*m->valuestring) return bad(rd, k, "%s", "must be a non-empty string");
        const char *s = m->valuestring;
        if (strcmp(key, "forbidden_tags") == 0) {
            int64_t tag;
            if (pt_tag_parse(s, &tag) != 0)
                return bad(rd, k, "%s", "must be a tag as PoolMon shows it (\"MyBf\") or \"0x...\"");
            pt_api_extras_add_forbidden_tag(&c->extras, tag);
        } else if (strcmp(key, "dpc_routines") == 0) {   /* a function or a role type */
            pt_api_extras_add_dpc_name(&c->extras, s);
            pt_api_extras_add_dpc_name(&c->extras, PT_CONFIG_DPC_ROLE);
        } else if (strcmp(key, "unload_routines") == 0) {
            pt_api_extras_add_unload_name(&c->extras, s);
            pt_api_extras_add_unload_name(&c->extras, PT_CONFIG_UNLOAD_ROLE);
        } else {
            if (strlen(s) > PT_LIMIT_PATTERN)
                return bad(rd, k, "%s", "is longer than 4096 characters (no path is that long)");
            PT_GROW(c->exclude, c->nexclude, c->cap_exclude);
            c->exclude[c->nexclude++] = pt_strdup(s);
        }
    }
    return 0;
}

/* "drivers": [{"name": "...", "files": ["pattern", ...]}, ...] */
static int drivers(struct reader *rd, const cJSON *a, struct pt_config *c)
{
    if (!cJSON_IsArray(a)) return bad(rd, "drivers", "%s", "must be an array of objects {\"name\", \"files\"}");
    int i = 0;
    for (const cJSON *e = a->child; e; e = e->next, i++) {
        char k[64];
        snprintf(k, sizeof k, "drivers[%d]", i);
        const cJSON *name = cJSON_GetObjectItemCaseSensitive(e, "name");
        const cJSON *files = cJSON_GetObjectItemCaseSensitive(e, "files");
        if (!cJSON_IsObject(e) || !cJSON_IsString(name) || !*name->valuestring || !cJSON_IsArray(files))
            return bad(rd, k, "%s", "needs \"name\" (a string) and \"files\" (path patterns)");
        for (const cJSON *f = files->child; f; f = f->next)
            if (!cJSON_IsString(f) || !*f->valuestring || strlen(f->valuestring) > PT_LIMIT_PATTERN)
                return bad(rd, k, "%s", "\"files\" must hold non-empty path patterns");
        c->drivers = pt_xrealloc(c->drivers, (c->ndrivers + 1) * sizeof *c->drivers);
        struct pt_config_driver *d = &c->drivers[c->ndrivers++];
        d->name = pt_strdup(name->valuestring);
        d->nfiles = (size_t)cJSON_GetArraySize(files);
        d->files = pt_xcalloc(d->nfiles + 1, sizeof *d->files);
        size_t j = 0;
        for (const cJSON *f = files->child; f; f = f->next) d->files[j++] = pt_strdup(f->valuestring);
    }
    return 0;
}

static int read_doc(struct reader *rd, const cJSON *doc, struct pt_config *c)
{
    if (!cJSON_IsObject(doc)) return bad(rd, "", "%s", "the file must hold one JSON object");
    for (const cJSON *m = doc->child; m; m = m->next) {
        const char *k = m->string;
        int rc = 0;
        if (strcmp(k, "rules") == 0) rc = rules(rd, m, c);
        else if (strcmp(k, "driver_tag") == 0) {
            if (!cJSON_IsString(m) || pt_tag_parse(m->valuestring, &c->driver_tag) != 0 || c->driver_tag == 0)
                return bad(rd, k, "%s", "must be a tag as PoolMon shows it (\"MyBf\") or \"0x...\"");
            c->has_driver_tag = 1;
        }
        else if (strcmp(k, "allocators") == 0 || strcmp(k, "frees") == 0) {
            int is_free = k[0] == 'f', i = 0;
            if (!cJSON_IsArray(m)) return bad(rd, k, "%s", "must be an array of objects");
            for (const cJSON *e = m->child; e && !rc; e = e->next) rc = routine(rd, k, i++, e, is_free, c);
        } else if (strcmp(k, "forbidden_tags") == 0 || strcmp(k, "dpc_routines") == 0 ||
                   strcmp(k, "unload_routines") == 0 || strcmp(k, "exclude") == 0)
            rc = strings(rd, k, m, c);
        else if (strcmp(k, "drivers") == 0) rc = drivers(rd, m, c);
        else if (strcmp(k, "$schema") != 0 && strcmp(k, "comment") != 0)
            return bad(rd, k, "%s", "unknown key (rules, allocators, frees, forbidden_tags, "
                       "dpc_routines, unload_routines, exclude, drivers, driver_tag)");
        if (rc) return rc;
    }
    return 0;
}

/* The path as the user knows it: relative to the current folder when under it. */
static const char *shown(const char *path, const char *cwd)
{
    size_t n = cwd ? strlen(cwd) : 0;
    if (n && strncmp(path, cwd, n) == 0 && path[n] == '/') return path + n + 1;
    return path;
}

int pt_config_read(const char *what, const char *path, int flags, struct pt_config *c, char *err,
                   size_t errlen)
{
    memset(c, 0, sizeof *c);
    for (int i = 0; i < PT_CONFIG_MAX_RULES; i++) c->rule_level[i] = PT_RULE_DEFAULT;
    c->cache_salt = pt_strdup("");
    size_t len = 0;
    char *text = pt_input_read(what, path, PT_LIMIT_CONFIG, flags, &len, err, errlen);
    char *abs = text ? realpath(path, NULL) : NULL;
    if (!abs) {
        if (text) pt_fit_linef(err, errlen, "%s %s: %s", what, path, strerror(errno));
        free(text);
        return -1;
    }
    char *cwd = getcwd(NULL, 0);
    struct reader rd = {err, errlen, shown(abs, cwd)};
    const char *end = NULL;
    cJSON *doc = memchr(text, 0, len) ? NULL : cJSON_ParseWithOpts(text, &end, 0);
    int rc = 0;
    if (!doc) {
        unsigned line = 1;   /* a truncated file fails at its end: name the last line with text */
        if (!end) end = memchr(text, 0, len);   /* a NUL byte: cJSON would stop there */
        while (end && end > text && (end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\r' || end[-1] == '\t')) end--;
        for (const char *p = text; end && p < end; p++) line += *p == '\n';
        pt_fit_linef(err, errlen, "%s: not valid JSON (line %u)", rd.file, line);
        rc = -1;
    } else rc = read_doc(&rd, doc, c);
    cJSON_Delete(doc);
    free(text);
    if (rc == 0) {
        c->path = abs;
        char *slash = strrchr(abs, '/');
        c->dir = slash == abs ? pt_strdup("/") : pt_strndup(abs, (size_t)(slash - abs));
    } else {
        free(abs);
        /* keys and values may hold line breaks: the error stays one line (found by fuzz_config) */
        pt_one_line(err);
    }
    free(cwd);
    return rc;
}

int pt_config_load(const char *path, struct pt_config *c, char *err, size_t errlen)
{
    return pt_config_read("--config", path, 0, c, err, errlen);
}

static const char *used_path;   /* the run's configuration file, for reports */

void pt_config_set_used(const struct pt_config *c)
{
    used_path = c->path;
}

const char *pt_config_used(void)
{
    return used_path;
}

void pt_config_free(struct pt_config *c)
{
    if (c->path && used_path == c->path) used_path = NULL;
    free(c->path);
    free(c->dir);
    for (size_t i = 0; i < c->ndrivers; i++) {
        for (size_t j = 0; j < c->drivers[i].nfiles; j++) free(c->drivers[i].files[j]);
        free(c->drivers[i].files);
        free(c->drivers[i].name);
    }
    free(c->drivers);
    for (size_t i = 0; i < c->nexclude; i++) free(c->exclude[i]);
    free(c->exclude);
    free(c->cache_salt);
    pt_api_extras_free(&c->extras);
    memset(c, 0, sizeof *c);
}
