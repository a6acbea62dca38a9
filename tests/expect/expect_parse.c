/* Reads `// expect: PT005` / `// expect@+1: PT004, PT008` comments. A comment
 * that starts with "expect:" or "expect@" must be well formed: a typo fails
 * the test instead of silently expecting nothing. */
#include "expect.h"
#include "util.h"
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parses "[@(+|-)N]:" at *pp; returns 0 and the offset, -1 if malformed. */
static int parse_offset(const char **pp, long *offset)
{
    const char *p = *pp;
    *offset = 0;
    if (*p == '@') {
        int sign;
        char *end;
        p++;
        if (*p != '+' && *p != '-') return -1;
        sign = *p == '-' ? -1 : 1;
        p++;
        if (!isdigit((unsigned char)*p)) return -1;
        *offset = sign * strtol(p, &end, 10);
        p = end;
    }
    while (*p == ' ' || *p == '\t') p++;
    if (*p != ':') return -1;
    *pp = p + 1;
    return 0;
}

/* A rule id: upper-case letters then digits ("PT005"). */
static size_t rule_len(const char *p)
{
    size_t n = 0;
    while (isupper((unsigned char)p[n])) n++;
    if (n == 0 || !isdigit((unsigned char)p[n])) return 0;
    while (isdigit((unsigned char)p[n])) n++;
    if (isalnum((unsigned char)p[n]) || p[n] == '_') return 0;
    return n;
}

static int parse_rules(struct ex_set *s, const char *p, const char *rel, unsigned line,
                       char *err, size_t errlen)
{
    int count = 0;
    for (;;) {
        size_t n;
        char rule[32];
        while (*p == ' ' || *p == '\t' || *p == ',') p++;
        if (*p == '\0' || *p == '\n' || *p == '\r' || strncmp(p, "*/", 2) == 0) break;
        n = rule_len(p);
        if (n == 0 || n >= sizeof rule) {
            snprintf(err, errlen, "%s: bad rule id in expect comment: \"%.*s\"", rel,
                     (int)strcspn(p, " \t\r\n,"), p);
            return -1;
        }
        memcpy(rule, p, n);
        rule[n] = '\0';
        ex_set_add(s, rel, line, rule, NULL);
        count++;
        p += n;
    }
    if (count == 0) {
        snprintf(err, errlen, "%s: expect comment lists no rule", rel);
        return -1;
    }
    return 0;
}

/* "expect:" / "expect@..." / "expect :" start an expectation; "expect the
 * caller to free" is prose. */
static int is_expect_tail(const char *p)
{
    if (*p == '@' || *p == ':') return 1;
    while (*p == ' ' || *p == '\t') p++;
    return *p == ':';
}

int ex_parse_line(struct ex_set *s, const char *text, const char *rel, unsigned lineno,
                  char *err, size_t errlen)
{
    const char *c = text;
    while ((c = strchr(c, '/')) != NULL) {
        const char *p = c + 2;
        long offset;
        if (c[1] != '/' && c[1] != '*') { c++; continue; }
        while (*p == ' ' || *p == '\t') p++;
        if (strncmp(p, "expect", 6) != 0 || !is_expect_tail(p + 6)) {
            c += 2;
            continue;
        }
        p += 6;
        if (parse_offset(&p, &offset) != 0) {
            snprintf(err, errlen, "%s:%u: malformed expect comment", rel, lineno);
            return -1;
        }
        if ((long)lineno + offset < 1) {
            snprintf(err, errlen, "%s:%u: expect offset points before line 1", rel, lineno);
            return -1;
        }
        return parse_rules(s, p, rel, (unsigned)((long)lineno + offset), err, errlen);
    }
    return 0;
}

int ex_parse_file(struct ex_set *s, const char *abs, const char *rel, char *err,
                  size_t errlen)
{
    FILE *f = fopen(abs, "r");
    char *line = NULL;
    size_t cap = 0;
    unsigned lineno = 0;
    int rc = 0;
    if (!f) {
        snprintf(err, errlen, "%s: %s", abs, strerror(errno));
        return -1;
    }
    while (getline(&line, &cap, f) != -1) {
        lineno++;
        if (ex_parse_line(s, line, rel, lineno, err, errlen) != 0) {
            snprintf(err + strlen(err), errlen - strlen(err), " (line %u)", lineno);
            rc = -1;
            break;
        }
    }
    free(line);
    fclose(f);
    return rc;
}
