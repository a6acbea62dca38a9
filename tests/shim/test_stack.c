/* Stack capture: a leak allocated inside the driver's wrapper carries the
 * wrapper's and its caller's frames, in the JSON line and the table; depth 0
 * turns capture off. With an argument, writes the leak's JSON lines to that
 * file (for the confirm test, tests/shim/stack_confirm.sh). */
#include <string.h>
#include <stdlib.h>
#include "shim_test.h"

PVOID MyAlloc(SIZE_T n, ULONG tag);
PVOID CreateThing(void);
VOID FreeThing(PVOID p);

static int frame_is(cJSON *frames, int i, const char *fn)
{
    const cJSON *f = cJSON_GetArrayItem(frames, i);
    char want[64];
    snprintf(want, sizeof(want), "!%s+0x", fn);
    return cJSON_IsString(f) && strstr(f->valuestring, "shim_test_stack!") == f->valuestring &&
           strstr(f->valuestring, want) != NULL;
}

static void test_leak_stack(void)
{
    PVOID kept;
    cJSON *ev, *frames;
    char *table;
    pt_shim_reset();
    st_capture();
    kept = CreateThing();
    FreeThing(CreateThing());     /* a freed block: no leak, no stack printed */
    CHECK(kept != NULL);
    table = st_table();
    CHECK(table && strstr(table, "    stack: shim_test_stack!MyAlloc+0x"));
    CHECK(table && strstr(table, " shim_test_stack!CreateThing+0x"));
    free(table);
    pt_shim_unload_check();
    CHECK_INT(st_count("leak", NULL), 1);
    ev = st_first("leak");
    CHECK_STR(st_str(ev, "function"), "MyAlloc");
    CHECK_INT(st_num(ev, "line"), st_line_of(SHIM_DRIVERS_DIR "/stack.c", "site:wrapper"));
    frames = cJSON_GetObjectItem(ev, "alloc_stack");
    CHECK(cJSON_GetArraySize(frames) >= 2);
    CHECK(frame_is(frames, 0, "MyAlloc"));       /* the wrapper, not the shim */
    CHECK(frame_is(frames, 1, "CreateThing"));   /* its caller */
    CHECK(cJSON_GetArraySize(frames) <= PT_SHIM_STACK_DEPTH);
    pt_shim_release_outstanding();
}

static void test_depth_off(void)
{
    pt_shim_reset();
    st_capture();
    pt_shim_set_stack_depth(0);
    (void)CreateThing();
    pt_shim_unload_check();
    CHECK_INT(st_count("leak", NULL), 1);
    CHECK(cJSON_GetObjectItem(st_first("leak"), "alloc_stack") == NULL);
    pt_shim_release_outstanding();
    pt_shim_set_stack_depth(2);
    (void)CreateThing();
    st_capture_clear();
    pt_shim_unload_check();
    CHECK_INT(cJSON_GetArraySize(cJSON_GetObjectItem(st_first("leak"), "alloc_stack")), 2);
    pt_shim_set_stack_depth(PT_SHIM_STACK_DEPTH);
    pt_shim_release_outstanding();
}

/* The log for stack_confirm.sh: the leak of CreateThing. */
static void write_log(const char *path)
{
    FILE *f = fopen(path, "w");
    size_t i;
    pt_shim_reset();
    st_capture();
    (void)CreateThing();
    pt_shim_unload_check();
    for (i = 0; f && i < st_nlines(); i++)
        fprintf(f, "%s\n", st_line(i));
    CHECK(f != NULL && fclose(f) == 0);
    pt_shim_release_outstanding();
}

int main(int argc, char **argv)
{
    if (argc > 1) {
        write_log(argv[1]);
        return st_done();
    }
    test_leak_stack();
    test_depth_off();
    return st_done();
}
