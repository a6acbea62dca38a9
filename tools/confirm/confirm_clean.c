/* Undoes what copying a log around does to it, in place, before either
 * reader sees it: a log copied from a web page has non-breaking spaces
 * between its columns; DebugView writes "index<TAB>time<TAB>text"; a kernel
 * debugger on several CPUs may put "[4] " (the CPU) before a line. One pass
 * over the text, which only shrinks. */
#include <ctype.h>
#include <string.h>
#include "confirm.h"

/* Length of a DebugView prefix at p ("12<TAB>0.00123400<TAB>", or with a
 * clock time "12<TAB>18:02:11.123<TAB>"), or 0. */
static size_t debugview_prefix(const char *p, const char *end)
{
    const char *q = p, *t;
    while (q < end && isdigit((unsigned char)*q))
        q++;
    if (q == p || q >= end || *q != '\t')
        return 0;
    t = ++q;
    while (q < end && (isdigit((unsigned char)*q) || strchr(".: APM", *q) != NULL))
        q++;
    if (q == t || q >= end || *q != '\t')
        return 0;
    return (size_t)(q + 1 - p);
}

/* Length of a CPU prefix at p ("[4] ", "[12]"), or 0. */
static size_t cpu_prefix(const char *p, const char *end)
{
    const char *q = p + 1;
    if (p >= end || *p != '[')
        return 0;
    while (q < end && q - p <= 4 && isdigit((unsigned char)*q))
        q++;
    if (q == p + 1 || q >= end || *q != ']')
        return 0;
    q++;
    while (q < end && *q == ' ')
        q++;
    return (size_t)(q - p);
}

size_t pt_confirm_clean_text(char *text, size_t len)
{
    const char *in = text, *end = text + len;
    char *out = text;
    int line_start = 1;
    while (in < end) {
        if (line_start) {
            in += debugview_prefix(in, end);
            in += cpu_prefix(in, end);
            line_start = 0;
            continue;
        }
        if ((unsigned char)in[0] == 0xC2 && in + 1 < end && (unsigned char)in[1] == 0xA0) {
            *out++ = ' ';   /* U+00A0 in UTF-8 */
            in += 2;
        } else if ((unsigned char)in[0] == 0xA0 && (in == text || (unsigned char)in[-1] < 0x80)) {
            *out++ = ' ';   /* U+00A0 in Latin-1 / Windows-1252 */
            in++;
        } else {
            line_start = *in == '\n';
            *out++ = *in++;
        }
    }
    if (out < end)
        *out = '\0';
    return (size_t)(out - text);
}
