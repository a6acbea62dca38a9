/* A compile command's arguments: splitting, response files, cl.exe and gcc flags to clang
 * (the interface: compdb_args.h). */
#include "compdb_args.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include "safe_io.h"
#include "util.h"

void pt_strv_push(struct pt_strv *sv, const char *s)
{
    PT_GROW(sv->v, sv->n, sv->cap);
    sv->v[sv->n++] = pt_strdup(s);
}

void pt_strv_free(struct pt_strv *sv)
{
    for (size_t i = 0; i < sv->n; i++) free(sv->v[i]);
    free(sv->v);
    memset(sv, 0, sizeof *sv);
}

int pt_split_command(const char *cmd, int windows, struct pt_strv *out)
{
    size_t len = strlen(cmd);
    char *buf = pt_xmalloc(len + 1);
    size_t n = 0;
    int in_arg = 0;
    char quote = 0;
    for (const char *p = cmd;; p++) {
        char ch = *p;
        if (!ch) break;
        if (quote) {
            if (ch == quote) { quote = 0; continue; }
            if (ch == '\\' && (p[1] == '"' || (!windows && p[1] == '\\'))) { buf[n++] = *++p; continue; }
            buf[n++] = ch;
            continue;
        }
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            if (in_arg) { buf[n] = 0; pt_strv_push(out, buf); n = 0; in_arg = 0; }
            continue;
        }
        in_arg = 1;
        if (ch == '"' || (!windows && ch == '\'')) { quote = ch; continue; }
        if (ch == '\\' && !windows && p[1]) { buf[n++] = *++p; continue; }
        if (ch == '\\' && windows && p[1] == '"') { buf[n++] = *++p; continue; }
        buf[n++] = ch;
    }
    int rc = quote ? -1 : 0;
    if (in_arg && !quote) { buf[n] = 0; pt_strv_push(out, buf); }
    free(buf);
    return rc;
}

/* UTF-16LE to UTF-8 (BMP and surrogate pairs). */
static char *utf16le_to_utf8(const unsigned char *s, size_t len)
{
    char *out = pt_xmalloc(len * 2 + 1);
    size_t o = 0;
    for (size_t i = 0; i + 1 < len; i += 2) {
        unsigned cp = s[i] | (unsigned)s[i + 1] << 8;
        if (cp >= 0xD800 && cp < 0xDC00 && i + 3 < len) {
            unsigned lo = s[i + 2] | (unsigned)s[i + 3] << 8;
            if (lo >= 0xDC00 && lo < 0xE000) { cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00); i += 2; }
        }
        if (cp < 0x80) out[o++] = (char)cp;
        else if (cp < 0x800) { out[o++] = (char)(0xC0 | cp >> 6); out[o++] = (char)(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) {
            out[o++] = (char)(0xE0 | cp >> 12); out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (cp & 0x3F));
        } else {
            out[o++] = (char)(0xF0 | cp >> 18); out[o++] = (char)(0x80 | ((cp >> 12) & 0x3F));
            out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[o++] = (char)(0x80 | (cp & 0x3F));
        }
    }
    out[o] = 0;
    return out;
}

int pt_pseudo_file(const char *path)
{
    struct statfs fs;
    if (statfs(path, &fs) == 0 && (fs.f_type == PROC_SUPER_MAGIC || fs.f_type == SYSFS_MAGIC ||
                                   fs.f_type == DEBUGFS_MAGIC || fs.f_type == SECURITYFS_MAGIC))
        return 1;
    char *real = realpath(path, NULL);
    int pseudo = real && (pt_path_under(real, "/proc") || pt_path_under(real, "/sys") ||
                          pt_path_under(real, "/dev"));
    free(real);
    return pseudo;
}

int pt_read_response_file(const char *path, struct pt_strv *out)
{
    /* @/proc/self/environ (a "regular" file of size 0 that holds the
     * environment), @/dev/zero, @/dev/stdin, a FIFO (open would block):
     * never a response file */
    if (pt_pseudo_file(path)) return -2;
    char err[256];
    size_t n = 0;
    /* no real response file is this large; pt_read_file refuses FIFOs and
     * devices without opening them in a way that blocks */
    unsigned char *data = (unsigned char *)pt_read_file("response file", path, 64u << 20, 0, &n, err, sizeof err);
    if (!data) return -1;
    struct pt_strv raw = {0};
    char *text;
    if (n >= 2 && data[0] == 0xFF && data[1] == 0xFE) text = utf16le_to_utf8(data + 2, n - 2);
    else if (n >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        text = pt_strndup((char *)data + 3, n - 3);
    else text = pt_strndup(data ? (char *)data : "", n);
    free(data);
    int rc = pt_split_command(text, 1, &raw);
    free(text);
    for (size_t i = 0; i < raw.n; i++) pt_strv_push(out, raw.v[i]);
    pt_strv_free(&raw);
    return rc;
}
