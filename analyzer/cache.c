/* The per-TU cache: keys, unit paths, and when a cached unit is still current (the interface: cache.h). */
#include "cache.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "content_hash.h"
#include "safe_io.h"
#include "unit.h"
#include "util.h"
#include "wdk_flags.h"

/* The analyzer binary itself: a rebuilt pooltrack never reuses old units. */
static struct pt_digest tool_identity(void)
{
    static struct pt_digest id;
    static int known;
    if (!known) {
        if (pt_digest_file("/proc/self/exe", &id) != 0) id = pt_digest_bytes(PT_VERSION, sizeof PT_VERSION);
        known = 1;
    }
    return id;
}

static char *salt;

void pt_cache_set_salt(const char *s)
{
    free(salt);
    salt = s && *s ? pt_strdup(s) : NULL;
}

char *pt_cache_key(const struct pt_tu *tu)
{
    struct pt_keyhash *k = pt_keyhash_new();
    struct pt_digest id = tool_identity();
    int format = PT_UNIT_FORMAT;
    pt_keyhash_bytes(k, &id, sizeof id);
    pt_keyhash_bytes(k, &format, sizeof format);
    pt_keyhash_str(k, salt);   /* none is "" */
    size_t n;
    const char *const *args = pt_wdk_argv(tu->is_cxx, &n);
    for (size_t i = 0; i < n; i++) pt_keyhash_str(k, args[i]);
    pt_keyhash_str(k, tu->file);
    pt_keyhash_str(k, tu->directory);
    for (size_t i = 0; i < tu->nargs; i++) pt_keyhash_str(k, tu->args[i]);
    if (tu->wpp_functions) pt_keyhash_str(k, tu->wpp_functions);   /* they shape the .tmh stand-ins */
    return pt_keyhash_finish(k);
}

/* A folder that cannot take a new file (read-only, full) is no cache: the
 * run goes on without one rather than losing the files whose units fail. */
static int probe_write(const char *dir, char *err, size_t errlen)
{
    char *p = pt_asprintf("%s/.probe.%ld", dir, (long)getpid());
    int fd = pt_create_new(p, 0600), rc = 0;
    if (fd < 0 || write(fd, "ok\n", 3) != 3) {
        snprintf(err, errlen, "cannot write to the cache folder %s: %s", dir, strerror(errno));
        rc = -1;
    }
    if (fd >= 0) close(fd);
    unlink(p);
    free(p);
    return rc;
}

char *pt_cache_path(const char *dir, const char *key)
{
    return pt_asprintf("%s/%s.unit.json", dir, key);
}

/* The cache folder itself must be a folder, not a symlink a repository
 * committed (which would send the units anywhere the user can write); its
 * parents are the user's own choice. Made private (0700) when created. */
int pt_cache_prepare(const char *dir, char *err, size_t errlen)
{
    char failed[4096];
    int rc = pt_make_folders(dir, 0777, 0700, failed, sizeof failed);
    if (rc) snprintf(err, errlen, "cannot create the cache folder %s: %s", failed, strerror(errno));
    struct stat st;
    if (!rc && lstat(dir, &st) != 0) {
        snprintf(err, errlen, "the cache folder %s: %s", dir, strerror(errno));
        rc = -1;
    } else if (!rc && S_ISLNK(st.st_mode)) {
        snprintf(err, errlen, "the cache folder %s is a symbolic link (not followed)", dir);
        rc = -1;
    } else if (!rc && !S_ISDIR(st.st_mode)) {
        snprintf(err, errlen, "the cache folder %s is not a folder", dir);
        rc = -1;
    }
    if (!rc) rc = probe_write(dir, err, errlen);
    return rc;
}
