/* Fuzz target: the --baseline SARIF reader (analyzer/baseline.c). Invariant:
 * it accepts the file or says why in one line, and frees what it read. */
#include <stdlib.h>
#include <string.h>
#include "baseline.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 18)) return 0;
    const char *path = fuzz_file("old.sarif", data, size);
    struct pt_baseline b;
    memset(&b, 0, sizeof b);
    char err[1024];
    err[0] = 0;
    if (pt_baseline_load(path, &b, err, sizeof err) != 0) {
        if (!memchr(err, 0, sizeof err) || !err[0] || strchr(err, '\n')) abort();
        return 0;
    }
    pt_baseline_free(&b);
    return 0;
}
