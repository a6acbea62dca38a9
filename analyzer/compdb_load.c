/* Reading compile_commands.json into translation units. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cjson/cJSON.h>
#include "compdb.h"
#include "compdb_args.h"
#include "compdb_driver.h"
#include "input_read.h"
#include "path_map.h"
#include "util.h"

__attribute__((format(printf, 2, 0)))
static void warn(struct pt_compdb *db, const char *fmt, const char *a, size_t idx, const char *b)
{
    char line[1024];   /* fitted: a long database path does not cut off the cause */
    pt_fit_linef(line, sizeof line, fmt, a, idx, b);
    PT_GROW(db->warnings, db->nwarnings, db->cap_warnings);
    db->warnings[db->nwarnings++] = pt_strdup(line);
}

static int entry_to_tu(struct pt_compdb *db, const char *dbpath, size_t idx, const cJSON *e,
                       struct pt_tu *tu, char *err, size_t errlen)
{
    const cJSON *dir = cJSON_GetObjectItemCaseSensitive(e, "directory");
    const cJSON *file = cJSON_GetObjectItemCaseSensitive(e, "file");
    const cJSON *args = cJSON_GetObjectItemCaseSensitive(e, "arguments");
    const cJSON *cmd = cJSON_GetObjectItemCaseSensitive(e, "command");
    if (!cJSON_IsObject(e)) { warn(db, "%s: entry %zu: %s", dbpath, idx, "not an object"); return -1; }
    if (!cJSON_IsString(dir)) {
        warn(db, "%s: entry %zu: %s", dbpath, idx, "\"directory\" is not a string");
        return -1;
    }
    if (!cJSON_IsString(file)) { warn(db, "%s: entry %zu: %s", dbpath, idx, "\"file\" is not a string"); return -1; }
    struct pt_strv argv = {0};
    if (cJSON_IsArray(args)) {
        const cJSON *a;
        cJSON_ArrayForEach(a, args) {
            if (!cJSON_IsString(a)) {
                warn(db, "%s: entry %zu: %s", dbpath, idx, "\"arguments\" holds a non-string");
                pt_strv_free(&argv);
                return -1;
            }
            pt_strv_push(&argv, a->valuestring);
        }
    } else if (cJSON_IsString(cmd)) {
        int windows = strchr(cmd->valuestring, '\\') != NULL || strstr(cmd->valuestring, "cl.exe") != NULL;
        if (pt_split_command(cmd->valuestring, windows, &argv) != 0) {
            warn(db, "%s: entry %zu: %s", dbpath, idx, "\"command\" has an unterminated quote");
            pt_strv_free(&argv);
            return -1;
        }
    } else {
        warn(db, "%s: entry %zu: %s", dbpath, idx, "neither \"arguments\" nor \"command\"");
        return -1;
    }
    /* --path-map: a database written on Windows names Windows paths */
    char *mdir = pt_path_map_apply(dir->valuestring), *mfile = pt_path_map_apply(file->valuestring);
    for (size_t i = 1; i < argv.n; i++) {
        char *m = pt_path_map_apply(argv.v[i]);
        if (m) { free(argv.v[i]); argv.v[i] = m; }
    }
    int rc = pt_compdb_translate(mdir ? mdir : dir->valuestring, mfile ? mfile : file->valuestring, argv.v,
                                 argv.n, tu, err, errlen);
    if (rc == 0) {   /* two targets of one build folder are two drivers */
        const cJSON *out = cJSON_GetObjectItemCaseSensitive(e, "output");
        const cJSON *vcx = cJSON_GetObjectItemCaseSensitive(e, "vcxproj");
        char *mvcx = cJSON_IsString(vcx) ? pt_path_map_apply(vcx->valuestring) : NULL;
        tu->driver = pt_driver_of_entry(tu->directory, cJSON_IsString(out) ? out->valuestring : NULL,
                                        mvcx ? mvcx : cJSON_IsString(vcx) ? vcx->valuestring : NULL);
        free(mvcx);
        /* pooltrack-compdb's record of the vcxproj's WppTraceFunction: the
         * .tmh stand-in defines them (wpp_config.c); bounded like a header */
        const cJSON *wpp = cJSON_GetObjectItemCaseSensitive(e, "wpp_functions");
        if (cJSON_IsString(wpp) && *wpp->valuestring && strlen(wpp->valuestring) < PT_LIMIT_WPP_HEADER)
            tu->wpp_functions = pt_strdup(wpp->valuestring);
    }
    free(mdir);
    free(mfile);
    pt_strv_free(&argv);
    if (rc != 0) warn(db, "%s: entry %zu: %s", dbpath, idx, err);
    return rc;
}

#define TU_ERR_MAX (64u << 10)

struct tu_key {
    const char *file;
    size_t i;
};

static int by_file(const void *a, const void *b)
{
    const struct tu_key *x = a, *y = b;
    int c = strcmp(x->file, y->file);
    return c ? c : (x->i > y->i) - (x->i < y->i);
}

/* The same file built twice (configurations): analysed once, as its first
 * entry. Sorted, not compared pairwise: quadratic in a big database. */
static void drop_duplicates(struct pt_compdb *db)
{
    struct tu_key *keys = pt_xcalloc(db->ntus + 1, sizeof *keys);
    unsigned char *dup = pt_xcalloc(db->ntus + 1, 1);
    for (size_t i = 0; i < db->ntus; i++) keys[i] = (struct tu_key){db->tus[i].file, i};
    qsort(keys, db->ntus, sizeof *keys, by_file);
    for (size_t i = 1; i < db->ntus; i++) dup[keys[i].i] = strcmp(keys[i].file, keys[i - 1].file) == 0;
    size_t kept = 0;
    for (size_t i = 0; i < db->ntus; i++) {
        if (dup[i]) pt_tu_free(&db->tus[i]);
        else db->tus[kept++] = db->tus[i];
    }
    db->ntus = kept;
    free(keys);
    free(dup);
}

int pt_compdb_load(const char *path, struct pt_compdb *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    struct stat st;
    char *dbpath = stat(path, &st) == 0 && S_ISDIR(st.st_mode)
                       ? pt_asprintf("%s/compile_commands.json", path) : pt_strdup(path);
    size_t len = 0;
    char *text = pt_input_read("cannot read", dbpath, PT_LIMIT_COMPDB, 0, &len, err, errlen);
    if (!text) { free(dbpath); return -1; }
    const char *nul = memchr(text, 0, len);   /* cJSON would skip it as white space */
    cJSON *root = nul ? NULL : cJSON_ParseWithLength(text, len);
    if (!root) {
        const char *at = nul ? nul : cJSON_GetErrorPtr();
        pt_fit_linef(err, errlen, "%s: invalid JSON near byte %ld", dbpath,
                 at && at >= text && at <= text + len ? (long)(at - text) : 0L);
        free(text);
        free(dbpath);
        return -1;
    }
    free(text);
    if (!cJSON_IsArray(root)) {
        pt_fit_linef(err, errlen, "%s: expected a JSON array of compile commands", dbpath);
        cJSON_Delete(root);
        free(dbpath);
        return -1;
    }
    size_t idx = 0, cap = 0;
    const cJSON *e;
    char *terr = pt_xmalloc(TU_ERR_MAX);   /* large: the cause comes after the entry's paths */
    cJSON_ArrayForEach(e, root) {
        struct pt_tu tu;
        if (entry_to_tu(out, dbpath, idx++, e, &tu, terr, TU_ERR_MAX) != 0) continue;
        PT_GROW(out->tus, out->ntus, cap);
        out->tus[out->ntus++] = tu;
    }
    free(terr);
    drop_duplicates(out);
    cJSON_Delete(root);
    free(dbpath);
    return 0;
}

int pt_compdb_single(const char *file, char **extra, size_t nextra, struct pt_tu *out, char *err,
                     size_t errlen)
{
    struct stat st;
    if (stat(file, &st) != 0) {
        snprintf(err, errlen, "%s: %s", file, strerror(errno));
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: not a regular file", file);
        return -1;
    }
    char *abs = pt_canonical_path(file);
    char *dir = pt_strdup(abs);
    *strrchr(dir, '/') = 0;
    struct pt_strv argv = {0};
    pt_strv_push(&argv, "clang");
    for (size_t i = 0; i < nextra; i++) pt_strv_push(&argv, extra[i]);
    pt_strv_push(&argv, "-I");
    pt_strv_push(&argv, dir);
    /* extra arguments were written on this command line: relative to cwd */
    char *cwd = getcwd(NULL, 0);
    int rc = pt_compdb_translate(cwd ? cwd : dir, abs, argv.v, argv.n, out, err, errlen);
    /* files named without a database are separate drivers unless the
     * configuration names them together (config "drivers") */
    if (rc == 0) out->driver = pt_strdup(out->file);
    free(cwd);
    pt_strv_free(&argv);
    free(abs);
    free(dir);
    return rc;
}
