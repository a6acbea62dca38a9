/* pooltrack-confirm on a hand-written SARIF and runtime log: which results
 * are confirmed, which not, which runtime-only results are added. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "confirm.h"

static int failures;
#define CHECK(c)                                                                        \
    do {                                                                                \
        if (!(c)) {                                                                     \
            failures++;                                                                 \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #c);       \
        }                                                                               \
    } while (0)

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = calloc(1, (size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    return buf;
}

static const char *status(const cJSON *res)
{
    const cJSON *p = cJSON_GetObjectItem(cJSON_GetObjectItem(res, "properties"), "pooltrackRuntime");
    return cJSON_IsString(p) ? p->valuestring : "";
}

static int count(const cJSON *res)
{
    return cJSON_GetObjectItem(cJSON_GetObjectItem(res, "properties"), "pooltrackRuntimeCount")->valueint;
}

static void test_same_file(void)
{
    CHECK(pt_confirm_same_file("drivers/badfree.c", "C:\\src\\mydrv\\drivers\\badfree.c"));
    CHECK(pt_confirm_same_file("%SRCROOT%/Drivers/BadFree.c", "/x/drivers/badfree.c"));
    CHECK(pt_confirm_same_file("file:///x/my%20drv/a.c", "my drv/a.c"));
    CHECK(!pt_confirm_same_file("drivers/free.c", "/x/drivers/badfree.c"));
    CHECK(!pt_confirm_same_file("a/b.c", "c/b.c"));
    CHECK(!pt_confirm_same_file("", "b.c"));
}

static void check_confirmed(const cJSON *sarif)
{
    const cJSON *results = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(sarif, "runs"), 0), "results");
    const cJSON *r;
    CHECK(cJSON_GetArraySize(results) == 9);
    r = cJSON_GetArrayItem(results, 0);
    CHECK(strcmp(status(r), "confirmed") == 0 && count(r) == 1);
    CHECK(cJSON_IsTrue(cJSON_GetObjectItem(cJSON_GetObjectItem(r, "properties"), "kept")));
    r = cJSON_GetArrayItem(cJSON_GetObjectItem(cJSON_GetObjectItem(r, "properties"), "pooltrackRuntimeEvidence"), 0);
    CHECK(r && strcmp(cJSON_GetObjectItem(r, "free_tag")->valuestring, "XTag") == 0);
    r = cJSON_GetArrayItem(results, 1);
    CHECK(strcmp(status(r), "confirmed") == 0 && count(r) == 1);
    r = cJSON_GetArrayItem(results, 2);
    CHECK(strcmp(status(r), "confirmed") == 0 && count(r) == 2);
    CHECK(strcmp(status(cJSON_GetArrayItem(results, 3)), "not_reproduced") == 0);
    CHECK(strcmp(status(cJSON_GetArrayItem(results, 4)), "not_reproduced") == 0);
    CHECK(strcmp(status(cJSON_GetArrayItem(results, 5)), "not_reproduced") == 0);
    /* runtime-only: other.c:11 PT004, x.c:5 PT004, unknown free, quota x2 as one */
    r = cJSON_GetArrayItem(results, 6);
    CHECK(strcmp(cJSON_GetObjectItem(r, "ruleId")->valuestring, "PT004") == 0);
    CHECK(strcmp(status(r), "runtime_only") == 0);
    r = cJSON_GetArrayItem(results, 7);
    CHECK(strcmp(cJSON_GetObjectItem(r, "ruleId")->valuestring, "PT004") == 0);
    r = cJSON_GetArrayItem(results, 8);
    CHECK(strcmp(cJSON_GetObjectItem(r, "ruleId")->valuestring, "runtime/unknown_free") == 0);
    CHECK(count(r) == 1);
}

static void test_join(const char *dir)
{
    char path[1024], err[256];
    char *s, *rt;
    cJSON *sarif, *events, *results, *last;
    struct pt_confirm_stats st;
    snprintf(path, sizeof(path), "%s/static.sarif", dir);
    s = slurp(path);
    snprintf(path, sizeof(path), "%s/runtime.jsonl", dir);
    rt = slurp(path);
    CHECK(s && rt);
    if (!s || !rt)
        return;
    sarif = cJSON_Parse(s);
    events = pt_confirm_load_events(rt, err, sizeof(err));
    CHECK(events && cJSON_GetArraySize(events) == 9);
    CHECK(pt_confirm_apply(sarif, events, &st, err, sizeof(err)) == 0);
    CHECK(st.results == 6 && st.confirmed == 3 && st.not_reproduced == 3);
    CHECK(st.runtime_only == 4 && st.events == 9);
    results = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(sarif, "runs"), 0), "results");
    CHECK(cJSON_GetArraySize(results) == 10);
    last = cJSON_GetArrayItem(results, 9);
    CHECK(strcmp(cJSON_GetObjectItem(last, "ruleId")->valuestring, "PT007") == 0 && count(last) == 2);
    cJSON_DeleteItemFromArray(results, 9);
    check_confirmed(sarif);
    cJSON_Delete(sarif);
    cJSON_Delete(events);
    free(s);
    free(rt);
}

static void test_bad_input(void)
{
    char err[256];
    cJSON *events = pt_confirm_load_events("no json here\n", err, sizeof(err));
    cJSON *notsarif = cJSON_Parse("{\"runs\": 3}");
    struct pt_confirm_stats st;
    CHECK(events == NULL && strstr(err, "no pooltrack shim events"));
    events = pt_confirm_load_events("{\"event\":\"summary\",\"rule\":null}\n", err, sizeof(err));
    CHECK(events && cJSON_GetArraySize(events) == 0);   /* a clean run is valid */
    CHECK(pt_confirm_apply(notsarif, events, &st, err, sizeof(err)) == -1);
    CHECK(strstr(err, "not a SARIF log") != NULL);
    cJSON_Delete(events);
    cJSON_Delete(notsarif);
    /* A line DbgPrintEx split in two still counts; a broken one is skipped. */
    events = pt_confirm_load_events("{\"event\":\"leak\",\"rule\":\"PT006\",\"fi\n"
                                    "le\":\"a.c\",\"line\":3}\n{ broken\n"
                                    "{\"event\":\"summary\"}\n", err, sizeof(err));
    CHECK(events && cJSON_GetArraySize(events) == 1);
    CHECK(events && strcmp(cJSON_GetObjectItem(cJSON_GetArrayItem(events, 0), "file")->valuestring, "a.c") == 0);
    cJSON_Delete(events);
}

/* The command line end to end: -o writes a SARIF the library result equals. */
static void test_cli(const char *tool, const char *dir, const char *tmp)
{
    char cmd[4096], path[1024];
    char *out;
    cJSON *sarif;
    snprintf(path, sizeof(path), "%s/confirmed.sarif", tmp);
    snprintf(cmd, sizeof(cmd), "%s %s/static.sarif %s/runtime.jsonl -o %s > %s/confirm.txt",
             tool, dir, dir, path, tmp);
    CHECK(system(cmd) == 0);
    out = slurp(path);
    sarif = out ? cJSON_Parse(out) : NULL;
    CHECK(sarif != NULL);
    if (sarif) {
        cJSON *results = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(sarif, "runs"), 0), "results");
        cJSON_DeleteItemFromArray(results, 9);
        check_confirmed(sarif);
    }
    cJSON_Delete(sarif);
    free(out);
    snprintf(path, sizeof(path), "%s/confirm.txt", tmp);
    out = slurp(path);
    CHECK(out && strstr(out, "CONFIRMED       PT004    drivers/badfree.c:20  (1 runtime event)\n"));
    CHECK(out && strstr(out, "not reproduced  PT010    drivers/locked.c:21\n"));
    CHECK(out && strstr(out, "RUNTIME ONLY    PT007    /build/mydrv/drivers/quota.c:22  (2 runtime events)\n"));
    CHECK(out && strstr(out, "6 static result(s): 3 confirmed, 3 not reproduced; 4 runtime-only"));
    free(out);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: test_confirm FIXTURE_DIR TOOL TMPDIR\n");
        return 2;
    }
    test_same_file();
    test_join(argv[1]);
    test_bad_input();
    test_cli(argv[2], argv[1], argv[3]);
    if (failures)
        fprintf(stderr, "%d check(s) failed\n", failures);
    return failures ? 1 : 0;
}
