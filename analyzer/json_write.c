/* Writing JSON reports: valid UTF-8 and nothing a terminal would obey. */
#include "json_write.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "safe_io.h"

/* Length of the valid UTF-8 sequence at s, or 0 (overlong, surrogate, > U+10FFFF). */
static size_t utf8_len(const unsigned char *s)
{
    if (s[0] < 0x80) return 1;
    size_t n = s[0] >= 0xC2 && s[0] <= 0xDF   ? 2
               : s[0] >= 0xE0 && s[0] <= 0xEF ? 3
               : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4
                                              : 0;
    for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0) || (s[0] == 0xF0 && s[1] < 0x90) ||
        (s[0] == 0xF4 && s[1] >= 0x90))
        return 0;
    return n;
}

/* JSON must be UTF-8, paths and source text need not be (Latin-1 comments,
 * file names from Windows code pages): invalid bytes become U+FFFD. */
static void fix_utf8(cJSON *j)
{
    for (; j; j = j->next) {
        if (j->child) fix_utf8(j->child);
        unsigned char *s = (unsigned char *)(cJSON_IsString(j) ? j->valuestring : NULL);
        size_t bad = 0, len = 0, k;
        for (; s && s[len]; len += k ? k : 1) bad += (k = utf8_len(s + len)) == 0;
        if (!bad) continue;
        char *o = cJSON_malloc(len + 2 * bad + 1), *p = o;   /* cJSON_Delete frees it */
        if (!o) continue;
        for (size_t i = 0; s[i]; i += k ? k : 1) {
            if ((k = utf8_len(s + i))) { memcpy(p, s + i, k); p += k; }
            else { memcpy(p, "\xEF\xBF\xBD", 3); p += 3; }
        }
        *p = 0;
        cJSON_free(j->valuestring);
        j->valuestring = o;
    }
}

/* The code point U+0080..U+009F (C1, CSI among them) or a bidi override
 * (U+202A..U+202E, U+2066..U+2069) encoded at s, or 0. */
static unsigned invisible_at(const unsigned char *s)
{
    if (s[0] == 0xC2 && s[1] >= 0x80 && s[1] <= 0x9F) return s[1];
    if (s[0] == 0xE2 && ((s[1] == 0x80 && s[2] >= 0xAA && s[2] <= 0xAE) ||
                         (s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9)))
        return 0x2000u | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    return 0;
}

/* cJSON escapes C0 controls but writes C1 controls and bidi overrides raw:
 * a report shown with cat could still steer the terminal or reorder a line.
 * In valid UTF-8 JSON they can only be inside strings, so they become
 * \uXXXX, which decodes to the same text. Returns json or a new string. */
static char *escape_invisible(char *json)
{
    size_t n = 0, len = 0;
    for (const unsigned char *p = (const unsigned char *)json; *p; p++, len++) n += invisible_at(p) != 0;
    if (n == 0) return json;
    char *out = malloc(len + 4 * n + 1), *o = out;
    if (!out) return json;
    for (const unsigned char *p = (const unsigned char *)json; *p;) {
        unsigned cp = invisible_at(p);
        if (cp) {
            o += sprintf(o, "\\u%04x", cp);
            p += cp < 0x100 ? 2 : 3;
        } else {
            *o++ = (char)*p++;
        }
    }
    *o = 0;
    free(json);
    return out;
}

int pt_write_json(FILE *out, cJSON *doc)
{
    fix_utf8(doc);
    char *s = cJSON_Print(doc);
    if (s) s = escape_invisible(s);
    int rc = s && fputs(s, out) >= 0 && fputc('\n', out) != EOF ? 0 : -1;
    free(s);
    return rc == 0 && !ferror(out) ? 0 : -1;
}

int pt_write_json_file(const char *path, cJSON *doc, char *err, size_t errlen)
{
    struct pt_atomic a;
    if (pt_atomic_open(&a, path, 0666, err, errlen) != 0) return -1;
    if (pt_write_json(a.f, doc) != 0 && !ferror(a.f)) {
        pt_atomic_abort(&a);
        snprintf(err, errlen, "cannot write %s: out of memory", path);
        return -1;
    }
    return pt_atomic_commit(&a, err, errlen);
}
