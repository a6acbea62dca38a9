/* Shared by the fuzz targets: the input as a file, and a sink for outputs (the interface: fuzz_util.h). */
#include "fuzz_util.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[64];

static void cleanup(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (dir[0] && system(cmd) != 0) fprintf(stderr, "fuzz: could not remove %s\n", dir);
}

const char *fuzz_file(const char *name, const uint8_t *data, size_t size)
{
    static char path[256];
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/pt-fuzz-XXXXXX");
        if (!mkdtemp(dir)) { perror("mkdtemp"); abort(); }
        atexit(cleanup);
    }
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) { perror(path); abort(); }
    return path;
}

FILE *fuzz_sink(void)
{
    static FILE *sink;
    if (!sink && !(sink = fopen("/dev/null", "w"))) abort();
    return sink;
}
