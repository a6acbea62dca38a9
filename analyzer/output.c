/* Output dispatch, atomic file writing, fingerprints and path helpers. */
#include "output.h"
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "output_internal.h"
#include "safe_io.h"
#include "util.h"

int pt_output_write(FILE *out, const struct pt_results *r, const struct pt_output_opts *o)
{
    if (o->inventory) return pt_output_inventory(out, o);
    switch (o->format) {
    case PT_FMT_TEXT: return pt_output_text(out, r, o);
    case PT_FMT_JSON: return pt_output_json(out, r, o);
    case PT_FMT_SARIF: return pt_output_sarif(out, r, o);
    }
    return -1;
}

/* Through pt_atomic: the old report stays whole when the write fails (a
 * full disk, the file size limit), the new one gets 0666 & ~umask like any
 * compiler output, a device (-o /dev/stdout) is written in place. */
int pt_output_write_file(const char *path, const struct pt_results *r,
                         const struct pt_output_opts *o, char *err, size_t errlen)
{
    struct pt_atomic a;
    if (pt_atomic_open(&a, path, 0666, err, errlen) != 0) return -1;
    int rc = pt_output_write(a.f, r, o);
    int saved = errno;
    if (rc != 0 && !ferror(a.f)) {   /* not a write error: commit would not see it */
        pt_atomic_abort(&a);
        snprintf(err, errlen, "cannot write %s: %s", path, strerror(saved ? saved : EIO));
        return -1;
    }
    return pt_atomic_commit(&a, err, errlen);
}

static uint64_t fnv1a(const char *s, uint64_t h)
{
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 0x100000001b3ULL;
    }
    return h;
}

void pt_fingerprint(const struct pt_finding *f, char out[33])
{
    const char *key = f->fingerprint_key ? f->fingerprint_key : f->rule_id;
    const char *file = f->loc.file ? strrchr(f->loc.file, '/') : NULL;
    file = file ? file + 1 : (f->loc.file ? f->loc.file : "");
    uint64_t a = fnv1a(file, fnv1a(key, 0xcbf29ce484222325ULL));
    uint64_t b = fnv1a(key, fnv1a(file, 0x84222325cbf29ce4ULL));
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)a, (unsigned long long)b);
}

/* Path relative to srcroot when under it, else NULL. */
const char *pt_relative(const char *file, const char *srcroot)
{
    size_t n = srcroot ? strlen(srcroot) : 0;
    while (n > 1 && srcroot[n - 1] == '/') n--;
    if (file && n && strncmp(file, srcroot, n) == 0 && file[n] == '/') return file + n + 1;
    return NULL;
}

const char *pt_display_path(const char *file, const char *srcroot)
{
    const char *r = pt_relative(file, srcroot);
    return r ? r : (file ? file : "");
}
