/* A unit (a TU's IR, notes and files read) written and read as JSON (the interface: unit.h). */
#include "unit.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cjson/cJSON.h>
#include "cache_auth.h"
#include "frontend.h"
#include "content_hash.h"
#include "ir_json.h"
#include "safe_io.h"
#include "util.h"

void pt_unit_stat_deps(struct pt_unit *u, char **paths, size_t n)
{
    u->deps = pt_xcalloc(n + 1, sizeof *u->deps);
    u->ndeps = 0;
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        struct pt_digest h;
        if (stat(paths[i], &st) != 0 || pt_digest_file(paths[i], &h) != 0) continue;
        struct pt_dep *d = &u->deps[u->ndeps++];
        d->path = pt_strdup(paths[i]);
        d->size = st.st_size;
        d->mtime_ns = pt_mtime_ns(&st);
        d->hash = h;
    }
}

int pt_unit_deps_current(const struct pt_unit *u)
{
    for (size_t i = 0; i < u->ndeps; i++) {
        const struct pt_dep *d = &u->deps[i];
        struct stat st;
        struct pt_digest h;
        /* only regular files: a dep on /dev/zero or a FIFO is not current */
        if (stat(d->path, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size != d->size) return 0;
        if (pt_mtime_ns(&st) == d->mtime_ns) continue;   /* touched files are hashed again */
        if (pt_digest_file(d->path, &h) != 0 || !pt_digest_eq(h, d->hash)) return 0;
    }
    return 1;
}

int pt_unit_lists_dep(const struct pt_unit *u, const char *file)
{
    char *want = pt_canonical_path(file);
    int found = 0;
    for (size_t i = 0; i < u->ndeps && !found; i++) {
        if (strcmp(u->deps[i].path, file) == 0) { found = 1; break; }
        char *d = pt_canonical_path(u->deps[i].path);
        found = strcmp(d, want) == 0;
        free(d);
    }
    free(want);
    return found;
}

static cJSON *hex_digest(struct pt_digest d)
{
    char buf[PT_DIGEST_HEX];
    pt_digest_hex(d, buf);
    return cJSON_CreateString(buf);
}

static cJSON *unit_json(const struct pt_unit *u)
{
    cJSON *j = cJSON_CreateObject();
    cJSON_AddNumberToObject(j, "pooltrack_unit", PT_UNIT_FORMAT);
    cJSON_AddStringToObject(j, "file", u->file);
    cJSON_AddStringToObject(j, "directory", u->directory ? u->directory : "");
    if (u->driver) cJSON_AddStringToObject(j, "driver", u->driver);
    cJSON_AddStringToObject(j, "key", u->key ? u->key : "");
    if (u->error) cJSON_AddStringToObject(j, "error", u->error);
    if (u->parsed_with_pch) cJSON_AddTrueToObject(j, "pch");
    if (u->header_errors) cJSON_AddNumberToObject(j, "header_errors", u->header_errors);
    cJSON *deps = cJSON_AddArrayToObject(j, "deps");
    for (size_t i = 0; i < u->ndeps; i++) {
        cJSON *a = cJSON_CreateArray();
        cJSON_AddItemToArray(a, cJSON_CreateString(u->deps[i].path));
        cJSON_AddItemToArray(a, cJSON_CreateNumber((double)u->deps[i].size));
        char buf[24];
        snprintf(buf, sizeof buf, "%lld", (long long)u->deps[i].mtime_ns);
        cJSON_AddItemToArray(a, cJSON_CreateString(buf));
        cJSON_AddItemToArray(a, hex_digest(u->deps[i].hash));
        cJSON_AddItemToArray(deps, a);
    }
    cJSON *notes = cJSON_AddArrayToObject(j, "notes");
    for (size_t i = 0; i < u->notes.nnotes; i++) {
        const struct pt_notification *n = &u->notes.notes[i];
        cJSON *a = cJSON_CreateArray();
        cJSON_AddItemToArray(a, cJSON_CreateNumber(n->level));
        cJSON_AddItemToArray(a, n->file ? cJSON_CreateString(n->file) : cJSON_CreateNull());
        cJSON_AddItemToArray(a, cJSON_CreateNumber(n->line));
        cJSON_AddItemToArray(a, cJSON_CreateString(n->message));
        cJSON_AddItemToArray(notes, a);
    }
    if (!u->error) cJSON_AddItemToObject(j, "ir", pt_ir_to_json(&u->ir));
    return j;
}

/* Every unit begins {"mac":"<64 hex>", and the MAC (cache_auth.h) is of the
 * text after that prefix: still one JSON object, checked before it is parsed. */
#define MAC_HEAD "{\"mac\":\""
#define MAC_PREFIX_LEN (sizeof MAC_HEAD - 1 + 64 + 2)

int pt_unit_write(const char *path, const struct pt_unit *u)
{
    cJSON *j = unit_json(u);
    char *text = cJSON_PrintUnformatted(j);
    cJSON_Delete(j);
    if (!text) { errno = ENOMEM; return -1; }
    const char *rest = text + 1;   /* after the object's "{" */
    size_t len = strlen(rest);
    char mac[65], err[256];
    pt_cache_mac(rest, len, mac);
    struct pt_atomic a;
    int rc = -1;
    if (pt_atomic_open(&a, path, 0666, err, sizeof err) == 0) {
        fprintf(a.f, MAC_HEAD "%s\",", mac);
        fwrite(rest, 1, len, a.f);
        rc = pt_atomic_commit(&a, err, sizeof err);
    }
    if (rc != 0) fprintf(stderr, "%s\n", err);   /* the worker's log: the parent quotes it */
    free(text);
    return rc;
}

/* 1 when text begins with a MAC that verifies for the rest. */
static int mac_verifies(const char *text, size_t len)
{
    if (len <= MAC_PREFIX_LEN || memcmp(text, MAC_HEAD, sizeof MAC_HEAD - 1) != 0 ||
        memcmp(text + MAC_PREFIX_LEN - 2, "\",", 2) != 0)
        return 0;
    char mac[65];
    memcpy(mac, text + sizeof MAC_HEAD - 1, 64);
    mac[64] = 0;
    return pt_cache_mac_ok(text + MAC_PREFIX_LEN, len - MAC_PREFIX_LEN, mac);
}

/* cJSON's tree of one unit lives in an arena and goes with one free: the
 * tree of a large unit has a million values, and malloc/free of each was the
 * biggest cost of reading units. */
static struct pt_arena *json_arena;
static void *json_alloc(size_t n) { return pt_arena_alloc(json_arena, n); }
static void json_free(void *p) { (void)p; }

static cJSON *parse_in(struct pt_arena *a, const char *text, size_t len)
{
    cJSON_Hooks hooks = {json_alloc, json_free};
    json_arena = a;
    cJSON_InitHooks(&hooks);
    cJSON *j = cJSON_ParseWithLength(text, len);
    cJSON_InitHooks(NULL);   /* malloc and free again for every other use of cJSON */
    json_arena = NULL;
    return j;
}

static const char *jstr(const cJSON *o, const char *k)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(x) ? x->valuestring : NULL;
}

static int read_deps(const cJSON *deps, struct pt_unit *u)
{
    if (!cJSON_IsArray(deps)) return -1;
    size_t n = (size_t)cJSON_GetArraySize(deps);
    u->deps = pt_xcalloc(n + 1, sizeof *u->deps);
    for (const cJSON *a = deps->child; a; a = a->next) {
        const cJSON *p = cJSON_GetArrayItem(a, 0), *s = cJSON_GetArrayItem(a, 1);
        const cJSON *t = cJSON_GetArrayItem(a, 2), *h = cJSON_GetArrayItem(a, 3);
        struct pt_digest hash;
        if (!cJSON_IsString(p) || !cJSON_IsNumber(s) || !cJSON_IsString(t) || !cJSON_IsString(h) ||
            !(s->valuedouble >= 0 && s->valuedouble < 9.2e18) ||   /* the cast below must be defined */
            pt_digest_parse(h->valuestring, &hash) != 0)
            return -1;
        struct pt_dep *d = &u->deps[u->ndeps++];
        d->path = pt_strdup(p->valuestring);
        d->size = (int64_t)s->valuedouble;
        d->mtime_ns = strtoll(t->valuestring, NULL, 10);
        d->hash = hash;
    }
    return 0;
}

static int read_notes(const cJSON *notes, struct pt_unit *u)
{
    if (!cJSON_IsArray(notes)) return -1;
    for (const cJSON *a = notes->child; a; a = a->next) {
        const cJSON *l = cJSON_GetArrayItem(a, 0), *f = cJSON_GetArrayItem(a, 1);
        const cJSON *ln = cJSON_GetArrayItem(a, 2), *m = cJSON_GetArrayItem(a, 3);
        if (!cJSON_IsNumber(l) || l->valuedouble < PT_NOTE || l->valuedouble > PT_ERROR ||
            !(cJSON_IsString(f) || cJSON_IsNull(f)) || !cJSON_IsNumber(ln) || ln->valuedouble < 0 ||
            !cJSON_IsString(m))
            return -1;
        pt_results_add_note(&u->notes, (enum pt_level)l->valuedouble,
                            cJSON_IsString(f) ? f->valuestring : NULL, (unsigned)ln->valuedouble, "%s",
                            m->valuestring);
    }
    return 0;
}

static int read_unit(const char *path, int authenticated, struct pt_unit *u, char *err, size_t errlen)
{
    memset(u, 0, sizeof *u);
    size_t len = 0;
    /* never through a symlink (a planted one to a huge or endless file) */
    char *text = pt_read_file("unit", path, PT_UNIT_MAX_BYTES, PT_READ_NOFOLLOW, &len, err, errlen);
    if (!text) return -1;
    u->bytes = len;
    u->text_hash = pt_digest_bytes(text, len);
    if (authenticated && !mac_verifies(text, len)) {
        snprintf(err, errlen, "%s: not written by this user's pooltrack (its MAC does not verify)", path);
        free(text);
        return -1;
    }
    struct pt_arena tree = {0};
    cJSON *j = parse_in(&tree, text, len);
    free(text);
    const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(j, "pooltrack_unit");
    int rc = -1;
    if (!j) snprintf(err, errlen, "%s: not a pooltrack unit (invalid JSON)", path);
    else if (!cJSON_IsNumber(fmt) || fmt->valuedouble != PT_UNIT_FORMAT)
        snprintf(err, errlen, "%s: not a pooltrack unit of format %d", path, PT_UNIT_FORMAT);
    else if (!jstr(j, "file") || !jstr(j, "directory") || !jstr(j, "key"))
        snprintf(err, errlen, "%s: unit without file, directory or key", path);
    else if (read_deps(cJSON_GetObjectItemCaseSensitive(j, "deps"), u) != 0 ||
             read_notes(cJSON_GetObjectItemCaseSensitive(j, "notes"), u) != 0)
        snprintf(err, errlen, "%s: damaged unit (deps or notes)", path);
    else {
        u->file = pt_strdup(jstr(j, "file"));
        u->directory = pt_strdup(jstr(j, "directory"));
        u->key = pt_strdup(jstr(j, "key"));
        u->error = jstr(j, "error") ? pt_strdup(jstr(j, "error")) : NULL;
        u->parsed_with_pch = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "pch"));
        const cJSON *he = cJSON_GetObjectItemCaseSensitive(j, "header_errors");
        int sane = cJSON_IsNumber(he) && he->valuedouble > 0 && he->valuedouble < 1e9;
        u->header_errors = sane ? (unsigned)he->valuedouble : 0;
        u->ir.file = pt_arena_strdup(&u->arena, u->file);
        u->driver = jstr(j, "driver") ? pt_strdup(jstr(j, "driver")) : NULL;
        u->ir.project = pt_arena_strdup(&u->arena, u->driver ? u->driver : u->directory);
        char why[256];
        if (u->error) rc = 0;
        else if (pt_ir_from_json(cJSON_GetObjectItemCaseSensitive(j, "ir"), &u->arena, &u->ir, why,
                                 sizeof why) != 0)
            snprintf(err, errlen, "%s: damaged unit (%s)", path, why);
        else rc = 0;
        u->has_ir = !u->error;
    }
    pt_arena_free(&tree);   /* j and all its values */
    if (rc != 0) pt_unit_free(u);
    return rc;
}

int pt_unit_read(const char *path, struct pt_unit *u, char *err, size_t errlen)
{
    return read_unit(path, 0, u, err, errlen);
}

int pt_unit_read_cached(const char *path, struct pt_unit *u, char *err, size_t errlen)
{
    return read_unit(path, 1, u, err, errlen);
}

void pt_unit_free(struct pt_unit *u)
{
    free(u->file);
    free(u->directory);
    free(u->driver);
    free(u->key);
    free(u->error);
    for (size_t i = 0; i < u->ndeps; i++) free(u->deps[i].path);
    free(u->deps);
    pt_results_free(&u->notes);
    pt_tu_ir_free(&u->ir);
    pt_arena_free(&u->arena);
    memset(u, 0, sizeof *u);
}

void pt_unit_drop_ir(struct pt_unit *u)
{
    pt_tu_ir_free(&u->ir);
    pt_arena_free(&u->arena);
    u->has_ir = 0;
}

int pt_unit_reload_ir(const char *path, struct pt_unit *u, char *err, size_t errlen)
{
    struct pt_unit t;
    if (pt_unit_read(path, &t, err, errlen) != 0) return -1;
    if (t.error || !pt_digest_eq(t.text_hash, u->text_hash) || t.bytes != u->bytes || strcmp(t.key, u->key) != 0) {
        snprintf(err, errlen, "%s: the unit changed while the link was reading it", path);
        pt_unit_free(&t);
        return -1;
    }
    pt_unit_drop_ir(u);
    u->ir = t.ir;
    u->arena = t.arena;
    u->has_ir = 1;
    memset(&t.ir, 0, sizeof t.ir);
    memset(&t.arena, 0, sizeof t.arena);
    pt_unit_free(&t);
    return 0;
}

int pt_unit_file_name(const char *name)
{
    size_t len = strlen(name), suf = strlen(".unit.json");
    return len > suf && strcmp(name + len - suf, ".unit.json") == 0;
}
