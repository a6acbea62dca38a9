/* The WinDbg reader (pt_windbg_parse) on the formats of !verifier 3 and
 * !verifier 0x80, and the verifier join (pt_confirm_apply_verifier) on a
 * hand-written SARIF: exact, probable and ambiguous matches, double frees,
 * frees that only show a free ran, outstanding blocks nothing explains. */
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

static char *slurp(const char *dir, const char *name)
{
    char path[4096];
    FILE *f;
    char *buf;
    long n;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (!(f = fopen(path, "rb")))
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

static const char *s(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItem(o, k);
    return cJSON_IsString(v) ? v->valuestring : "";
}

static double num(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItem(o, k);
    return cJSON_IsNumber(v) ? v->valuedouble : -1;
}

static void test_parser(const char *dir)
{
    char *text = slurp(dir, "parser.log");
    cJSON *r = text ? pt_windbg_parse(text) : NULL, *e;
    CHECK(r != NULL && cJSON_GetArraySize(r) == 7);
    e = cJSON_GetArrayItem(r, 0);   /* backticks dropped; caller resolved through the 0x80 frame */
    CHECK(strcmp(s(e, "event"), "outstanding") == 0 && strcmp(s(e, "address"), "fffffa8005400000") == 0);
    CHECK(num(e, "size") == 0xfb000 && strcmp(s(e, "tag"), "Leak") == 0);
    CHECK(strcmp(s(e, "caller"), "fffff8800447d634") == 0);
    CHECK(strcmp(s(e, "function"), "MyfaultDeviceControl") == 0 && strcmp(s(e, "module"), "mydrv") == 0);
    e = cJSON_GetArrayItem(r, 1);   /* a tag ending in a blank; a symbol on the row */
    CHECK(strcmp(s(e, "tag"), "Ddk ") == 0 && strcmp(s(e, "function"), "HelperAlloc") == 0);
    CHECK(strcmp(s(e, "symbol"), "mydrv!HelperAlloc+0x10") == 0);
    e = cJSON_GetArrayItem(r, 2);   /* the symbol instead of the address */
    CHECK(strcmp(s(e, "tag"), "MyBf") == 0 && strcmp(s(e, "function"), "MyDispatch") == 0);
    CHECK(cJSON_GetObjectItem(e, "caller") == NULL);
    e = cJSON_GetArrayItem(r, 3);   /* nothing tells its function */
    CHECK(strcmp(s(e, "tag"), "NoSy") == 0 && cJSON_GetObjectItem(e, "function") == NULL);
    e = cJSON_GetArrayItem(r, 4);   /* the shim's own table: file:line and function */
    CHECK(strcmp(s(e, "tag"), "MTag") == 0 && strcmp(s(e, "function"), "DriverEntry") == 0);
    e = cJSON_GetArrayItem(r, 5);   /* the driver's frame, not the ks.sys helper above it */
    CHECK(strcmp(s(e, "event"), "allocate") == 0 && strcmp(s(e, "function"), "MyfaultDeviceControl") == 0);
    CHECK(num(e, "size") == 0xfa000 && cJSON_GetArraySize(cJSON_GetObjectItem(e, "frames")) == 5);
    e = cJSON_GetArrayItem(r, 6);
    CHECK(strcmp(s(e, "event"), "free") == 0 && strcmp(s(e, "function"), "MyUnload") == 0);
    cJSON_Delete(r);
    free(text);
    /* No verifier output: nothing, not an error here (main decides). */
    r = pt_windbg_parse("kd> lm\n{\"event\":\"leak\"}\nPool block zz, Size q\n");
    CHECK(r != NULL && cJSON_GetArraySize(r) == 0);
    cJSON_Delete(r);
}

static const cJSON *result(const cJSON *sarif, int i)
{
    return cJSON_GetArrayItem(cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(sarif, "runs"), 0),
                                                  "results"), i);
}

static const char *prop(const cJSON *res, const char *k)
{
    return s(cJSON_GetObjectItem(res, "properties"), k);
}

static void test_matcher(const char *dir)
{
    char *stext = slurp(dir, "matcher.sarif"), *vtext = slurp(dir, "matcher.log"), err[256];
    cJSON *sarif = stext ? cJSON_Parse(stext) : NULL, *events = cJSON_CreateArray();
    cJSON *records = vtext ? pt_windbg_parse(vtext) : NULL;
    struct pt_confirm_stats st;
    const cJSON *r;
    CHECK(sarif && records && cJSON_GetArraySize(records) == 10);
    if (!sarif || !records)
        return;
    CHECK(pt_confirm_apply(sarif, events, &st, err, sizeof err) == 0);
    pt_confirm_apply_verifier(sarif, records, NULL, &st);
    r = result(sarif, 0);   /* AbCd from FnA: exact; AbCd from FnC adds ambiguous evidence */
    CHECK(strcmp(prop(r, "pooltrackRuntime"), "confirmed") == 0);
    CHECK(strcmp(prop(r, "pooltrackVerifierMatch"), "exact: tag and function") == 0);
    CHECK(num(cJSON_GetObjectItem(r, "properties"), "pooltrackVerifierCount") == 2);
    r = result(sarif, 1);
    CHECK(strcmp(prop(r, "pooltrackRuntime"), "ambiguous") == 0);
    CHECK(strcmp(prop(r, "pooltrackVerifierMatch"), "ambiguous: tag only, several static findings with that tag") == 0);
    r = result(sarif, 2);   /* OnlY from FnX: another function, the only finding with that tag */
    CHECK(strcmp(prop(r, "pooltrackRuntime"), "confirmed") == 0);
    CHECK(strcmp(prop(r, "pooltrackVerifierMatch"), "probable: tag only, one static finding with that tag") == 0);
    r = result(sarif, 3);
    CHECK(strcmp(prop(r, "pooltrackRuntime"), "confirmed") == 0);
    CHECK(strcmp(prop(r, "pooltrackVerifierMatch"), "exact: the block is freed twice in that function") == 0);
    r = result(sarif, 4);   /* one free in FnF, allocated in between: the free ran, no more */
    CHECK(strcmp(prop(r, "pooltrackRuntime"), "executed") == 0);
    CHECK(strcmp(prop(result(sarif, 5), "pooltrackRuntime"), "ambiguous") == 0);
    CHECK(strcmp(prop(result(sarif, 6), "pooltrackVerifierMatch"),
                 "ambiguous: several static findings with that tag and function") == 0);
    CHECK(strcmp(prop(result(sarif, 7), "pooltrackRuntime"), "not_reproduced") == 0);
    r = result(sarif, 8);   /* Nope: no finding has the tag */
    CHECK(strcmp(s(r, "ruleId"), "runtime/verifier_outstanding") == 0);
    CHECK(strcmp(s(cJSON_GetArrayItem(cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(r, "locations"), 0),
                                                          "logicalLocations"), 0), "fullyQualifiedName"),
                 "drv!FnN+0x10") == 0);
    CHECK(result(sarif, 9) == NULL);
    CHECK(st.results == 8 && st.confirmed == 3 && st.ambiguous == 3 && st.executed == 1 &&
          st.not_reproduced == 1 && st.runtime_only == 1);
    CHECK(st.verifier_records == 10 && st.verifier_matched == 7);
    cJSON_Delete(sarif);
    cJSON_Delete(events);
    cJSON_Delete(records);
    free(stext);
    free(vtext);
}

/* The bug check records of !analyze -v: code, subcode, driver, count, and
 * the faulting function only where it locates the bug (not for a leak). */
static void test_bugchecks(const char *dir)
{
    char *text = slurp(dir, "analyze_c4_62.log");
    cJSON *r = text ? pt_windbg_parse(text) : NULL, *e;
    CHECK(r != NULL && cJSON_GetArraySize(r) == 1);   /* banner and !analyze: one bug check */
    e = cJSON_GetArrayItem(r, 0);
    CHECK(strcmp(s(e, "event"), "bugcheck") == 0 && strcmp(s(e, "bugcheck"), "0xC4") == 0);
    CHECK(strcmp(s(e, "subcode"), "0x62") == 0 && strcmp(s(e, "rule"), "PT006") == 0);
    CHECK(strcmp(s(e, "driver"), "layouts") == 0 && num(e, "count") == 2);
    CHECK(cJSON_GetObjectItem(e, "function") == NULL);   /* nt!VerifierBugCheckIfAppropriate is no allocation */
    cJSON_Delete(r);
    free(text);
    text = slurp(dir, "analyze_c2_cb.log");
    r = text ? pt_windbg_parse(text) : NULL;
    CHECK(r != NULL && cJSON_GetArraySize(r) == 2);
    e = cJSON_GetArrayItem(r, 0);
    CHECK(strcmp(s(e, "bugcheck"), "0xC2") == 0 && strcmp(s(e, "subcode"), "0x7") == 0);
    CHECK(strcmp(s(e, "rule"), "PT008") == 0 && strcmp(s(e, "function"), "LyCleanup") == 0);
    e = cJSON_GetArrayItem(r, 1);
    CHECK(strcmp(s(e, "bugcheck"), "0xCB") == 0 && cJSON_GetObjectItem(e, "subcode") == NULL);
    CHECK(strcmp(s(e, "rule"), "PT010") == 0 && strcmp(s(e, "driver"), "layouts") == 0 && num(e, "count") == 1);
    cJSON_Delete(r);
    free(text);
    /* Another bug check, a pool subcode no rule stands for, MODULE_NAME only. */
    r = pt_windbg_parse("IRQL_NOT_LESS_OR_EQUAL (a)\nArg1: 0000000000000062\nIMAGE_NAME:  other.sys\n"
                        "DRIVER_VERIFIER_DETECTED_VIOLATION (c4)\nArg1: 0000000000000011, paged\n"
                        "MODULE_NAME: mydrv\n");
    CHECK(r != NULL && cJSON_GetArraySize(r) == 1);
    e = cJSON_GetArrayItem(r, 0);
    CHECK(strcmp(s(e, "subcode"), "0x11") == 0 && cJSON_GetObjectItem(e, "rule") == NULL);
    CHECK(strcmp(s(e, "driver"), "mydrv") == 0);
    cJSON_Delete(r);
}

/* The cleaner: non-breaking spaces become blanks, DebugView's and the
 * CPU's prefixes go, text that only looks like them stays. */
static void test_clean(void)
{
    static const struct { const char *in, *out; } cases[] = {
        { "a\xc2\xa0" "b\xa0" "c", "a b c" },
        { "12\t0.00012300\tkd> !verifier 3\n7\t18:02:11.123\t[4] Pool block 1\n",
          "kd> !verifier 3\nPool block 1\n" },
        { "[12]x\n[a] y\n1\tx\ty\n\xe2\x80\xa0", "x\n[a] y\n1\tx\ty\n\xe2\x80\xa0" },
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[256];
        size_t n;
        snprintf(buf, sizeof buf, "%s", cases[i].in);
        n = pt_confirm_clean_text(buf, strlen(buf));
        CHECK(n == strlen(cases[i].out) && strcmp(buf, cases[i].out) == 0);
        if (strcmp(buf, cases[i].out) != 0)
            fprintf(stderr, "  case %zu: got \"%s\"\n", i, buf);
    }
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fputs("usage: test_windbg FIXTURES_DIR\n", stderr);
        return 2;
    }
    test_parser(argv[1]);
    test_matcher(argv[1]);
    test_bugchecks(argv[1]);
    test_clean();
    if (failures)
        fprintf(stderr, "%d check(s) failed\n", failures);
    else
        puts("test_windbg: all checks passed");
    return failures ? 1 : 0;
}
