/* Fuzz target: the unit reader (unit.c, ir_json.c), i.e. what --link and the
 * cache load, and then the link step, the engine and the rules over the IR it
 * accepted, and the three report formats. ir_json.h promises that a unit it
 * accepts can never make the engine read out of bounds: this checks it. */
#include <stdlib.h>
#include <string.h>
#include "engine.h"
#include "fuzz_util.h"
#include "link.h"
#include "output.h"
#include "unit.h"

static void report(struct pt_results *r)
{
    pt_results_finish(r);
    for (int f = PT_FMT_TEXT; f <= PT_FMT_JSON; f++) {
        struct pt_output_opts oo = {.format = (enum pt_format)f, .srcroot = "/src", .show_suppressed = 1};
        pt_output_write(fuzz_sink(), r, &oo);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 18)) return 0;
    const char *path = fuzz_file("x.unit.json", data, size);
    struct pt_unit u;
    char err[1024];
    if (pt_unit_read(path, &u, err, sizeof err) != 0) {
        if (strchr(err, '\n')) abort();   /* one line */
        return 0;
    }
    struct pt_results r;
    memset(&r, 0, sizeof r);
    if (!u.error) {
        struct pt_tu_ir *irs[] = {&u.ir};
        struct pt_engine_opts eo = {.max_visits = 20000};
        pt_link_run(irs, 1, &eo, &r);
        pt_engine_finish(&r);
    }
    report(&r);
    pt_results_free(&r);
    pt_unit_free(&u);
    return 0;
}
