/* expect_check <pooltrack-analyze> <case file or folder>
 * Demands exactly the (file, line, rule) set written in the case's
 * `// expect:` comments. Exit 0 when equal, 1 on any difference, 2 on bad
 * usage or input, 1 when the analyzer fails (exit 2/3, crash, bad JSON). */
#include "expect.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"

static int collect_expected(struct ex_set *exp, const struct ex_case *c, char *err,
                            size_t errlen)
{
    size_t i;
    for (i = 0; i < c->nfiles; i++)
        if (ex_parse_file(exp, c->files[i], ex_relpath(c, c->files[i]), err, errlen) != 0)
            return -1;
    ex_set_sort_unique(exp);
    return 0;
}

/* Merge-walks both sorted sets; prints every difference. Returns matches. */
static size_t compare(const struct ex_set *exp, const struct ex_set *act, size_t *diffs)
{
    size_t i = 0, j = 0, matched = 0;
    *diffs = 0;
    while (i < exp->n || j < act->n) {
        int c = i == exp->n ? 1 : j == act->n ? -1 : ex_item_cmp(&exp->v[i], &act->v[j]);
        if (c == 0) {
            matched++;
            i++, j++;
        } else if (c < 0) {
            printf("%s:%u: missing %s\n", exp->v[i].file, exp->v[i].line, exp->v[i].rule);
            (*diffs)++;
            i++;
        } else {
            printf("%s:%u: unexpected %s: %s\n", act->v[j].file, act->v[j].line,
                   act->v[j].rule, act->v[j].message ? act->v[j].message : "");
            (*diffs)++;
            j++;
        }
    }
    return matched;
}

/* pt_fatal's end (util.h): the exit code it was given, atexit handlers run. */
static void fatal_exit(int code)
{
    exit(code);
}

int main(int argc, char **argv)
{
    struct ex_case c;
    struct ex_set exp = {0}, act = {0};
    char err[8192] = "";
    size_t matched, diffs = 0;
    int rc = 2;
    pt_set_fatal_hook(fatal_exit);
    if (argc < 3) {
        fprintf(stderr, "usage: expect_check <pooltrack-analyze> <case file or folder> [analyzer options...]\n");
        return 2;
    }
    ex_set_analyzer_args(argv + 3, (size_t)(argc - 3));
    if (ex_case_open(&c, argv[2], err, sizeof err) != 0 ||
        collect_expected(&exp, &c, err, sizeof err) != 0) {
        fprintf(stderr, "expect_check: %s\n", err);
        goto cleanup;
    }
    rc = 1;
    if (ex_run_analyzer(&act, argv[1], &c, err, sizeof err) != 0) {
        fprintf(stderr, "expect_check: %s: %s\n", argv[2], err);
        goto cleanup;
    }
    ex_set_sort_unique(&act);
    matched = compare(&exp, &act, &diffs);
    printf("expect: %zu expected, %zu matched", exp.n, matched);
    if (act.n > matched) printf(", %zu unexpected", act.n - matched);
    printf("\n");
    rc = diffs ? 1 : 0;
cleanup:
    ex_set_free(&exp);
    ex_set_free(&act);
    ex_case_free(&c);
    return rc;
}
