/* pooltrack-confirm joins by allocation family when both sides name one: a
 * shim leak of a pool block does not confirm a lookaside leak of the same
 * tag (file/line join and stack join), and a Driver Verifier pool row is no
 * candidate for a leak of a block that is not pool (an IRP). */
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

/* A PT005/PT006 result in fn at drv.c:line with tag LkTg and family fam (NULL: none). */
static cJSON *result(const char *rule, const char *fn, int line, const char *fam)
{
    char text[1024];
    snprintf(text, sizeof text,
             "{\"ruleId\":\"%s\",\"message\":{\"text\":\"memory allocated by X with tag 'gTkL' (PoolMon "
             "'LkTg') is leaked\"},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":"
             "\"drv.c\"},\"region\":{\"startLine\":%d}},\"logicalLocations\":[{\"name\":\"%s\"}]}]%s%s%s}",
             rule, line, fn, fam ? ",\"properties\":{\"pooltrackFamily\":\"" : "", fam ? fam : "",
             fam ? "\"}" : "");
    return cJSON_Parse(text);
}

static cJSON *sarif_of(cJSON *a, cJSON *b)
{
    cJSON *s = cJSON_Parse("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}");
    cJSON *results = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(s, "runs"), 0), "results");
    cJSON_AddItemToArray(results, a);
    cJSON_AddItemToArray(results, b);
    return s;
}

static const char *status(const cJSON *sarif, int i)
{
    const cJSON *results = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(sarif, "runs"), 0), "results");
    const cJSON *p = cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetArrayItem(results, i), "properties"),
                                         "pooltrackRuntime");
    return cJSON_IsString(p) ? p->valuestring : "";
}

static void run(cJSON *sarif, const char *log)
{
    char err[256];
    struct pt_confirm_stats st;
    cJSON *events = pt_confirm_load_events(log, err, sizeof err);
    CHECK(events && pt_confirm_apply(sarif, events, &st, err, sizeof err) == 0);
    cJSON_Delete(events);
}

/* A pool leak at drv.c:10 does not confirm the lookaside leak reported there;
 * without a family on the event (an older shim) it does. */
static void test_exact(void)
{
    cJSON *s = sarif_of(result("PT005", "Start", 10, "lookaside_np"), result("PT005", "Start", 20, "pool"));
    run(s, "{\"event\":\"leak\",\"rule\":\"PT005\",\"family\":\"pool\",\"tag\":\"LkTg\",\"file\":\"drv.c\","
           "\"line\":10,\"function\":\"Start\"}\n"
           "{\"event\":\"leak\",\"rule\":\"PT005\",\"family\":\"pool\",\"tag\":\"LkTg\",\"file\":\"drv.c\","
           "\"line\":20,\"function\":\"Start\"}\n");
    CHECK(strcmp(status(s, 0), "not_reproduced") == 0);
    CHECK(strcmp(status(s, 1), "confirmed") == 0);
    CHECK(strcmp(status(s, 2), "runtime_only") == 0);   /* the pool leak at line 10 */
    cJSON_Delete(s);
    s = sarif_of(result("PT005", "Start", 10, "lookaside_np"), result("PT005", "Start", 20, NULL));
    run(s, "{\"event\":\"leak\",\"rule\":\"PT005\",\"tag\":\"LkTg\",\"file\":\"drv.c\",\"line\":10}\n"
           "{\"event\":\"leak\",\"rule\":\"PT005\",\"family\":\"pool\",\"file\":\"drv.c\",\"line\":20}\n");
    CHECK(strcmp(status(s, 0), "confirmed") == 0 && strcmp(status(s, 1), "confirmed") == 0);
    cJSON_Delete(s);
}

/* The leak inside the wrapper MyAlloc, called from Start: of the two leak
 * results in Start with that tag, only the pool one is its block. */
static void test_stack(void)
{
    cJSON *s = sarif_of(result("PT005", "Start", 10, "lookaside_np"), result("PT005", "Start", 20, "pool"));
    run(s, "{\"event\":\"leak\",\"rule\":\"PT005\",\"family\":\"pool\",\"tag\":\"LkTg\",\"file\":\"wrap.c\","
           "\"line\":5,\"function\":\"MyAlloc\",\"alloc_stack\":[\"drv!MyAlloc+0x10\",\"drv!Start+0x2c\"]}\n");
    CHECK(strcmp(status(s, 0), "not_reproduced") == 0);
    CHECK(strcmp(status(s, 1), "confirmed") == 0);
    cJSON_Delete(s);
}

/* A `!verifier 3` row (a pool block) of tag LkTg allocated in Start: the IRP
 * leak result is no candidate, so the pool one is an exact match. */
static void test_verifier(void)
{
    cJSON *s = sarif_of(result("PT006", "Start", 10, "irp"), result("PT006", "Start", 20, "pool"));
    cJSON *recs = cJSON_Parse("[{\"event\":\"outstanding\",\"tag\":\"LkTg\",\"function\":\"Start\","
                              "\"module\":\"drv\",\"address\":\"0xffffc08a1b2c3000\"}]");
    struct pt_confirm_stats st;
    run(s, "{\"event\":\"summary\",\"rule\":null}\n");
    pt_confirm_apply_verifier(s, recs, "drv", &st);
    CHECK(strcmp(status(s, 0), "not_reproduced") == 0);
    CHECK(strcmp(status(s, 1), "confirmed") == 0);
    CHECK(pt_confirm_pool_backed("lookaside_ex") && pt_confirm_pool_backed(NULL) && !pt_confirm_pool_backed("mdl"));
    cJSON_Delete(recs);
    cJSON_Delete(s);
}

int main(void)
{
    test_exact();
    test_stack();
    test_verifier();
    if (failures)
        fprintf(stderr, "%d check(s) failed\n", failures);
    return failures ? 1 : 0;
}
