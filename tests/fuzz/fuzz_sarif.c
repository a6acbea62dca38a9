/* Fuzz target: pooltrack-confirm's readers (tools/confirm): the SARIF log and
 * the runtime shim's JSON lines, then the join and the text report. An input
 * holding a line "----" is SARIF above it and runtime log below; otherwise it
 * is SARIF, joined with a fixed runtime log. */
#include <stdlib.h>
#include <string.h>
#include "confirm.h"
#include "fuzz_util.h"

static const char default_log[] =
    "{\"event\":\"leak\",\"rule\":\"PT005\",\"tag\":\"ErmA\",\"size\":64,\"file\":\"drv.c\",\"line\":12}\n"
    "{\"event\":\"tag_mismatch\",\"rule\":\"PT004\",\"file\":\"C:\\\\src\\\\drv.c\",\"line\":20,"
    "\"alloc_file\":\"drv.c\",\"alloc_line\":18}\n"
    "{\"event\":\"summary\",\"outstanding\":1}\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 18)) return 0;
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = 0;
    const char *log = default_log;
    char *sep = strstr(text, "\n----\n");
    if (sep) { *sep = 0; log = sep + 6; }
    char err[512];
    cJSON *sarif = cJSON_Parse(text);
    cJSON *events = pt_confirm_load_events(log, err, sizeof err);
    if (sarif && events) {
        struct pt_confirm_stats st;
        memset(&st, 0, sizeof st);
        if (pt_confirm_apply(sarif, events, &st, err, sizeof err) == 0) {
            pt_confirm_print_text(fuzz_sink(), sarif, &st);
            char *out = cJSON_PrintUnformatted(sarif);
            if (!out) abort();
            free(out);
        }
    }
    pt_confirm_same_file(text, log);
    cJSON_Delete(events);
    cJSON_Delete(sarif);
    free(text);
    return 0;
}
