/* pt_glob_match (exclude patterns) against the recursive matcher it replaced,
 * on every short pattern and path over a small alphabet plus random longer
 * ones: the same answers. Then patterns that made the old one exponential
 * must come back at once (the test's TIMEOUT guards the hang). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "config.h"

/* The old matcher, verbatim: the reference for the semantics. */
static int reference(const char *p, const char *s)
{
    for (; *p; p++, s++) {
        if (p[0] == '*' && p[1] == '*') {
            p += 2;
            if (*p == '/') p++;
            for (;; s++) {
                if (reference(p, s)) return 1;
                if (!*s) return 0;
            }
        }
        if (*p == '*') {
            for (p++;; s++) {
                if (reference(p, s)) return 1;
                if (!*s || *s == '/') return 0;
            }
        }
        if (!*s || (*p == '?' ? *s == '/' : *p != *s)) return 0;
    }
    return *s == 0;
}

static int failures;

static void check(const char *pat, const char *path)
{
    int want = reference(pat, path), got = pt_glob_match(pat, path);
    if (want != got && failures++ < 20)
        printf("FAIL pattern \"%s\" path \"%s\": %d, expected %d\n", pat, path, got, want);
}

/* Every string of length len over alphabet, in turn. */
static int next_string(char *s, size_t len, const char *alphabet)
{
    for (size_t i = 0; i < len; i++) {
        const char *at = strchr(alphabet, s[i]);
        if (at[1]) { s[i] = at[1]; return 1; }
        s[i] = alphabet[0];
    }
    return 0;
}

int main(void)
{
    static const char pat_chars[] = "a/*?", path_chars[] = "ab/";
    long checks = 0;
    char pat[8], path[8];
    for (size_t pl = 0; pl <= 6; pl++) {
        memset(pat, pat_chars[0], pl);
        pat[pl] = 0;
        do {
            for (size_t sl = 0; sl <= 5; sl++) {
                memset(path, path_chars[0], sl);
                path[sl] = 0;
                do { check(pat, path); checks++; } while (next_string(path, sl, path_chars));
            }
        } while (next_string(pat, pl, pat_chars));
    }
    srand(18);
    static const char rp[] = "ab/*?*", rs[] = "ab/";
    for (int i = 0; i < 200000; i++) {
        char p2[24], s2[24];
        size_t pl = (size_t)(rand() % 20), sl = (size_t)(rand() % 20);
        for (size_t k = 0; k < pl; k++) p2[k] = rp[rand() % 6];
        for (size_t k = 0; k < sl; k++) s2[k] = rs[rand() % 3];
        p2[pl] = s2[sl] = 0;
        check(p2, s2);
        checks++;
    }
    /* documented cases (docs/config.md) */
    struct { const char *p, *s; int m; } doc[] = {
        {"third_party/**", "third_party/x/y.c", 1}, {"generated/*.c", "generated/a.c", 1},
        {"generated/*.c", "generated/sub/a.c", 0}, {"**/x.c", "x.c", 1}, {"**/x.c", "a/b/x.c", 1},
        {"src/?.c", "src/a.c", 1}, {"src/?.c", "src//.c", 0}, {"/**", "/any/where.c", 1},
    };
    for (size_t i = 0; i < sizeof doc / sizeof doc[0]; i++)
        if (pt_glob_match(doc[i].p, doc[i].s) != doc[i].m && failures++ < 20)
            printf("FAIL documented \"%s\" on \"%s\"\n", doc[i].p, doc[i].s);
    /* exponential for the old matcher: 4096-character paths, 40 stars */
    char *longpath = malloc(4097), *evil = malloc(200);
    memset(longpath, 'a', 4096);
    longpath[4096] = 0;
    strcpy(evil, "*a");
    for (int i = 0; i < 39; i++) strcat(evil, "*a");
    strcat(evil, "*b");
    if (pt_glob_match(evil, longpath) && failures++ < 20) printf("FAIL pathological '*a...*b' matched\n");
    for (int i = 0; i < 4096; i += 2) longpath[i] = '/';
    char evil2[200] = "";
    for (int i = 0; i < 40; i++) strcat(evil2, "**a");
    strcat(evil2, "**b");
    if (pt_glob_match(evil2, longpath) && failures++ < 20) printf("FAIL pathological '**a...**b' matched\n");
    longpath[4095] = 'b';
    if (!pt_glob_match(evil2, longpath) && failures++ < 20) printf("FAIL pathological '**a...**b' not matched\n");
    free(longpath);
    free(evil);
    printf("%ld passed, %d failed\n", checks + 11 - failures, failures);
    return failures != 0;
}
