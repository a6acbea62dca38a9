/* Bounded reads of the inputs a repository controls, with one-line errors that keep their cause
 * (the interface: input_read.h). */
#include "input_read.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "safe_io.h"
#include "util.h"

void pt_fit_line(char *dst, size_t dstlen, const char *msg)
{
    if (!dstlen) return;
    size_t n = strlen(msg);
    if (n < dstlen || dstlen < 16) {
        snprintf(dst, dstlen, "%s", msg);
    } else {
        /* a quarter for the start, the rest for the end: causes come last */
        size_t head = (dstlen - 1) / 4, tail = dstlen - 1 - head - 3;
        const char *from = msg + n - tail;
        while (tail && ((unsigned char)*from & 0xC0) == 0x80) { from++; tail--; }   /* whole UTF-8 characters */
        while (head && ((unsigned char)msg[head] & 0xC0) == 0x80) head--;
        memcpy(dst, msg, head);
        memcpy(dst + head, "...", 3);
        memcpy(dst + head + 3, from, tail);
        dst[head + 3 + tail] = 0;
    }
    pt_one_line(dst);
}

void pt_fit_linef(char *dst, size_t dstlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = pt_vasprintf(fmt, ap);
    va_end(ap);
    pt_fit_line(dst, dstlen, msg);
    free(msg);
}

char *pt_input_read(const char *what, const char *path, size_t max, int flags, size_t *len,
                    char *err, size_t errlen)
{
    size_t biglen = strlen(what) + strlen(path) + 512;   /* the whole message fits */
    char *big = pt_xmalloc(biglen);
    big[0] = 0;
    char *text = pt_read_file(what, path, max, flags, len, big, biglen);
    if (!text) pt_fit_line(err, errlen, big);
    free(big);
    return text;
}
