/* A real WDK (docs/wdk.md): finding one, choosing its version, and the one the
 * run parses with. Without one the run uses MinGW-w64 and our supplement. */
#ifndef PT_WDK_REAL_H
#define PT_WDK_REAL_H
#include <stddef.h>
#include "compdb.h"

struct pt_wdk_found {
    char *include;   /* the canonical Include/<version> folder (holds km/, shared/) */
    char *version;   /* its name: "10.0.16299.0" */
    char *kmdf;      /* Include/wdf/kmdf/<newest>, or NULL */
};

/* dir: a `Windows Kits/10` root (Include/<version>/...), the folder above it,
 * its Include folder, or one Include/<version> folder. want: a version, or NULL for the newest.
 * Returns 0, or -1 with a one-line reason in err. */
int pt_wdk_locate(const char *dir, const char *want, struct pt_wdk_found *out, char *err, size_t errlen);
void pt_wdk_found_free(struct pt_wdk_found *f);
/* The run parses with f (taken over); source says where it came from
 * ("--wdk", "WDKContentRoot", "compile database"), for --stats and SARIF. */
void pt_wdk_use(struct pt_wdk_found *f, const char *source);
/* The WDK in use, or NULL (the supplement). */
const struct pt_wdk_found *pt_wdk_real(void);
const char *pt_wdk_real_source(void);
/* One line naming the headers used: "supplement" or "WDK <version> (<path>)". Caller frees. */
char *pt_wdk_describe(void);
struct cJSON;
/* The same as a JSON object ("kind": "supplement" or "wdk", with "version",
 * "path", "kmdf", "source"), for --stats-json and SARIF. */
struct cJSON *pt_wdk_json(void);
/* The Include/<version> folder of a WDK that path (an include folder) lies in,
 * or NULL. Caller frees. */
char *pt_wdk_version_dir_of(const char *path);
/* A WDK named by the include folders of db's TUs that exists here (version
 * want of that kit, if not NULL): 0 and *out filled, or -1. */
int pt_wdk_from_compdb(const struct pt_compdb *db, const char *want, struct pt_wdk_found *out);
#endif
