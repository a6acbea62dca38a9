/* Output dispatch, atomic file writing, fingerprints and path helpers. */
#include "output.h"
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "hash.h"
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
    case PT_FMT_MSVC: return pt_output_msvc(out, r, o);
    case PT_FMT_HTML: break;   /* a folder of pages: pt_output_html_dir */
    }
    errno = EINVAL;
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

/* Length of the valid UTF-8 sequence at s, or 0. */
size_t pt_utf8_seq(const unsigned char *s)
{
    size_t n = s[0] >= 0xC2 && s[0] <= 0xDF ? 2 : s[0] >= 0xE0 && s[0] <= 0xEF ? 3
             : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : 0;
    for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0) ||
        (s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] >= 0x90))
        return 0;
    return n;
}

/* U+202A..U+202E and U+2066..U+2069: they reorder what follows on the line
 * ("Trojan Source"), so a file name could show as another. */
int pt_is_bidi_control(const unsigned char *s)
{
    return s[0] == 0xE2 && ((s[1] == 0x80 && s[2] >= 0xAA && s[2] <= 0xAE) ||
                            (s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9));
}

static char *put_octal(char *o, unsigned char c)
{
    *o++ = '\\';
    *o++ = (char)('0' + (c >> 6));
    *o++ = (char)('0' + ((c >> 3) & 7));
    *o++ = (char)('0' + (c & 7));
    return o;
}

char *pt_printable(const char *text)
{
    const unsigned char *s = (const unsigned char *)(text ? text : "");
    char *out = pt_xmalloc(4 * strlen((const char *)s) + 1), *o = out;   /* \ooo at most, per byte */
    while (*s) {
        size_t n = *s < 0x80 ? 1 : pt_utf8_seq(s);
        if (*s == '\t' || *s == '\n' || *s == '\r') {
            *o++ = '\\';
            *o++ = *s == '\t' ? 't' : *s == '\n' ? 'n' : 'r';
        } else if (*s < 0x20 || *s == 0x7F || (n == 0 && *s < 0xA0)) {
            o = put_octal(o, *s);   /* C0, DEL, a stray 0x80..0x9F: C1 to an 8-bit terminal */
        } else if ((n == 2 && s[0] == 0xC2 && s[1] < 0xA0) || (n == 3 && pt_is_bidi_control(s))) {
            for (size_t i = 0; i < n; i++)   /* C1 (CSI among them), bidi overrides */
                o = put_octal(o, s[i]);
        } else {
            n = n ? n : 1;   /* UTF-8, or a Latin-1 letter (a name in a Windows code page) */
            memcpy(o, s, n);
            o += n;
        }
        s += n ? n : 1;
    }
    *o = '\0';
    return out;
}

int pt_fputs_printable(FILE *out, const char *text)
{
    char *p = pt_printable(text);
    int rc = fputs(p, out);
    free(p);
    return rc;
}

void pt_fingerprint(const struct pt_finding *f, char out[33])
{
    const char *key = f->fingerprint_key ? f->fingerprint_key : f->rule_id;
    const char *file = f->loc.file ? strrchr(f->loc.file, '/') : NULL;
    file = file ? file + 1 : (f->loc.file ? f->loc.file : "");
    /* FNV-1a of key then file, and of file then key from another basis: the
     * format baselines and SARIF consumers have kept since the first version */
    uint64_t a = pt_hash_bytes(pt_hash_bytes(PT_HASH_INIT, key, strlen(key)), file, strlen(file));
    uint64_t b = pt_hash_bytes(pt_hash_bytes(0x84222325cbf29ce4ULL, file, strlen(file)), key, strlen(key));
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

int pt_output_path_check(const char *path, char *why, size_t whylen)
{
    struct stat st;
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            snprintf(why, whylen, "%s", strerror(EISDIR));
            return -1;
        }
        if (!S_ISREG(st.st_mode)) return 0;   /* /dev/stdout, a FIFO: written in place */
    }
    const char *slash = strrchr(path, '/');
    char *dir = slash ? pt_asprintf("%.*s", (int)(slash == path ? 1 : slash - path), path) : pt_strdup(".");
    int rc = 0;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        snprintf(why, whylen, "%s (the folder %s does not exist)", strerror(ENOENT), dir);
        rc = -1;
    } else if (access(dir, W_OK) != 0) {   /* the file is written beside itself, then renamed */
        snprintf(why, whylen, "%s (cannot write in the folder %s)", strerror(EACCES), dir);
        rc = -1;
    }
    free(dir);
    return rc;
}
