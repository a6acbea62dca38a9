/* The shim tests' capture of the JSON lines the shim emits, and their queries (shim_test.h). */
#include <stdlib.h>
#include <string.h>
#include "shim_test.h"

int st_failures;
static char **lines;
static cJSON **parsed;
static size_t nlines, cap;

static void sink(void *ctx, const char *line)
{
    (void)ctx;
    if (nlines == cap) {
        cap = cap ? cap * 2 : 64;
        lines = realloc(lines, cap * sizeof(*lines));
        parsed = realloc(parsed, cap * sizeof(*parsed));
        if (!lines || !parsed)
            abort();
    }
    lines[nlines] = strdup(line);
    parsed[nlines] = cJSON_Parse(line);
    nlines++;
}

void st_capture_clear(void)
{
    size_t i;
    for (i = 0; i < nlines; i++) {
        free(lines[i]);
        cJSON_Delete(parsed[i]);
    }
    nlines = 0;
}

void st_capture(void)
{
    st_capture_clear();
    pt_shim_set_sink(sink, NULL);
}

size_t st_nlines(void) { return nlines; }
const char *st_line(size_t i) { return i < nlines ? lines[i] : NULL; }
cJSON *st_json(size_t i) { return i < nlines ? parsed[i] : NULL; }

const char *st_str(cJSON *o, const char *key)
{
    cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

long st_num(cJSON *o, const char *key)
{
    cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsNumber(v) ? (long)v->valuedouble : -1;
}

size_t st_count(const char *event, const char *rule)
{
    size_t i, n = 0;
    for (i = 0; i < nlines; i++) {
        const char *e = st_str(parsed[i], "event"), *r = st_str(parsed[i], "rule");
        if (e && strcmp(e, event) == 0 && (!rule || (r && strcmp(r, rule) == 0)))
            n++;
    }
    return n;
}

cJSON *st_first(const char *event)
{
    size_t i;
    for (i = 0; i < nlines; i++) {
        const char *e = st_str(parsed[i], "event");
        if (e && strcmp(e, event) == 0)
            return parsed[i];
    }
    return NULL;
}

struct tbuf { char *s; size_t len; };

static void table_sink(void *ctx, const char *line)
{
    struct tbuf *t = ctx;
    size_t n = strlen(line);
    t->s = realloc(t->s, t->len + n + 2);
    if (!t->s)
        abort();
    memcpy(t->s + t->len, line, n);
    t->len += n;
    t->s[t->len++] = '\n';
    t->s[t->len] = '\0';
}

char *st_table(void)
{
    struct tbuf t = { NULL, 0 };
    pt_shim_report_table(table_sink, &t);
    return t.s;
}

int st_line_of(const char *file, const char *marker)
{
    FILE *f = fopen(file, "r");
    char buf[1024];
    int n = 0;
    if (!f)
        return -1;
    while (fgets(buf, sizeof(buf), f)) {
        n++;
        if (strstr(buf, marker)) {
            fclose(f);
            return n;
        }
    }
    fclose(f);
    return -1;
}

void st_check_one_leak(const char *family, const char *file, const char *marker, const char *tag)
{
    cJSON *ev = st_first("leak");
    CHECK_INT(st_count("leak", "PT006"), 1);
    CHECK_STR(st_str(ev, "family"), family);
    CHECK_INT(st_num(ev, "line"), st_line_of(file, marker));
    if (tag != NULL)
        CHECK_STR(st_str(ev, "tag"), tag);
}

int st_done(void)
{
    st_capture_clear();
    free(lines);
    free(parsed);
    lines = NULL;
    parsed = NULL;
    cap = 0;
    if (st_failures)
        fprintf(stderr, "%d check(s) failed\n", st_failures);
    return st_failures ? 1 : 0;
}
