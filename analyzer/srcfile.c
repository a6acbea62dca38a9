/* A small cache of source files by path: the outputs ask for the same file
 * once per finding. */
#include <stdlib.h>
#include <string.h>
#include "input_read.h"
#include "linehash.h"
#include "safe_io.h"
#include "srcfile.h"
#include "util.h"

struct src { char *path, *text; size_t len; };
static struct src *srcs;
static size_t nsrcs, cap_srcs;

const char *pt_src_get(const char *path, size_t *len)
{
    if (!path || !*path) return NULL;
    for (size_t i = 0; i < nsrcs; i++)
        if (strcmp(srcs[i].path, path) == 0) {
            *len = srcs[i].len;
            return srcs[i].text;
        }
    char err[512];
    size_t n = 0;
    char *text = pt_read_file("source", path, PT_LIMIT_SOURCE, 0, &n, err, sizeof err);
    PT_GROW(srcs, nsrcs, cap_srcs);   /* a failed read is remembered too */
    srcs[nsrcs].path = pt_strdup(path);
    srcs[nsrcs].text = text;
    srcs[nsrcs].len = n;
    nsrcs++;
    *len = n;
    return text;
}

size_t pt_src_offset(const char *text, size_t len, unsigned line, unsigned col)
{
    if (!text || !line || !col) return (size_t)-1;
    size_t off = 0;
    for (unsigned l = 1; l < line; l++) {
        const char *nl = memchr(text + off, '\n', len - off);
        if (!nl) return (size_t)-1;
        off = (size_t)(nl - text) + 1;
    }
    const char *nl = memchr(text + off, '\n', len - off);
    size_t end = nl ? (size_t)(nl - text) : len;
    return off + col - 1 <= end ? off + col - 1 : (size_t)-1;
}

void pt_src_linecol(const char *text, size_t offset, unsigned *line, unsigned *col)
{
    unsigned l = 1;
    size_t start = 0;
    for (size_t i = 0; i < offset; i++)
        if (text[i] == '\n') { l++; start = i + 1; }
    *line = l;
    *col = (unsigned)(offset - start + 1);
}

void pt_src_forget(void)
{
    pt_line_hash_forget();
    for (size_t i = 0; i < nsrcs; i++) {
        free(srcs[i].path);
        free(srcs[i].text);
    }
    free(srcs);
    srcs = NULL;
    nsrcs = cap_srcs = 0;
}
