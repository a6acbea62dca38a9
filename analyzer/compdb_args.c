#include "compdb_args.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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

int pt_read_response_file(const char *path, struct pt_strv *out)
{
    /* @/dev/zero, @/dev/stdin, a FIFO (open would block): never a response
     * file, and endless */
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > (64 << 20)) return -1;
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    struct pt_strv raw = {0};
    unsigned char *data = NULL;
    size_t n = 0, cap = 0;
    int ch;
    while ((ch = fgetc(f)) != EOF) {
        if (n + 1 >= cap) { cap = cap ? cap * 2 : 4096; data = pt_xrealloc(data, cap); }
        data[n++] = (unsigned char)ch;
        if (n > (64u << 20)) break;   /* no real response file is this large */
    }
    fclose(f);
    char *text;
    if (n >= 2 && data[0] == 0xFF && data[1] == 0xFE) text = utf16le_to_utf8(data + 2, n - 2);
    else if (n >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) text = pt_strndup((char *)data + 3, n - 3);
    else text = pt_strndup(data ? (char *)data : "", n);
    free(data);
    int rc = pt_split_command(text, 1, &raw);
    free(text);
    for (size_t i = 0; i < raw.n; i++) pt_strv_push(out, raw.v[i]);
    pt_strv_free(&raw);
    return rc;
}
