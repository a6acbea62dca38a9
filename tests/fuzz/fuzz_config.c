/* Fuzz target: the .pooltrack.json reader (analyzer/config.c). Invariants: it
 * accepts the file or says why in one line; what it registered with the
 * families table is forgotten before the next input. */
#include <stdlib.h>
#include <string.h>
#include "config.h"
#include "fuzz_util.h"
#include "pool_api.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 18)) return 0;
    const char *path = fuzz_file(".pooltrack.json", data, size);
    struct pt_config c;
    memset(&c, 0, sizeof c);
    char err[1024];
    err[0] = 0;
    if (pt_config_load(path, &c, err, sizeof err) != 0) {
        if (!memchr(err, 0, sizeof err) || !err[0] || strchr(err, '\n')) abort();
    } else {
        pt_config_excluded(&c, "/src/third_party/lib.c");
    }
    pt_config_free(&c);
    return 0;
}
