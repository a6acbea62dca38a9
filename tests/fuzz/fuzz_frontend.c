/* Fuzz target: libclang + the frontend (fe_*.c) + link, engine and rules on
 * arbitrary source text, handed to libclang as an unsaved file. Only the
 * analyzer's small prelude is read from disk: inputs naming a header
 * (#include, #import, __has_include) are skipped, so no input opens a file and
 * each stays fast, and so are clang's crash-on-purpose pragmas (#pragma clang
 * __debug crash: tests/hostile covers them). The first byte picks C or C++. */
#include <stdlib.h>
#include <string.h>
#include "compdb.h"
#include "engine.h"
#include "frontend.h"
#include "fuzz_util.h"
#include "link.h"
#include "output.h"

static struct pt_frontend *fe;

static int skipped(const char *s, size_t n)
{
    static const char *const words[] = {"include", "import", "embed", "__debug", NULL};
    for (int w = 0; words[w]; w++) {
        size_t k = strlen(words[w]);
        for (size_t i = 0; i + k <= n; i++)
            if (memcmp(s + i, words[w], k) == 0) return 1;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 16384 || skipped((const char *)data, size)) return 0;
    if (!fe) fe = pt_frontend_new(NULL);
    char *file = (data[0] & 3) == 3 ? "/pooltrack-fuzz/input.cpp" : "/pooltrack-fuzz/input.c";
    struct pt_tu tu;
    memset(&tu, 0, sizeof tu);
    tu.file = file;
    tu.directory = "/pooltrack-fuzz";
    tu.is_cxx = (data[0] & 3) == 3;
    pt_frontend_set_unsaved(fe, (const char *)data + 1, size - 1);
    struct pt_arena arena;
    memset(&arena, 0, sizeof arena);
    struct pt_tu_ir ir;
    memset(&ir, 0, sizeof ir);
    struct pt_results notes, r;
    memset(&notes, 0, sizeof notes);
    memset(&r, 0, sizeof r);
    char err[1024];
    if (pt_frontend_parse(fe, &tu, &arena, &ir, &notes, err, sizeof err) == 0) {
        struct pt_tu_ir *irs[] = {&ir};
        struct pt_engine_opts eo = {.max_visits = 20000};
        pt_link_run(irs, 1, &eo, &r);
        pt_engine_finish(&r);
        pt_results_finish(&r);
        struct pt_output_opts oo = {.format = PT_FMT_SARIF, .srcroot = "/pooltrack-fuzz", .show_suppressed = 1};
        pt_output_write(fuzz_sink(), &r, &oo);
    }
    pt_results_free(&r);
    pt_results_free(&notes);
    pt_tu_ir_free(&ir);
    pt_arena_free(&arena);
    return 0;
}
