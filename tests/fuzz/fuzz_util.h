/* Shared by the fuzz targets: the input as a file (for readers that take a
 * path), and a sink for the outputs they exercise. */
#ifndef PT_FUZZ_UTIL_H
#define PT_FUZZ_UTIL_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Writes data to NAME in this process's temp folder (removed at exit) and
 * returns its path (static storage, valid until the next call). */
const char *fuzz_file(const char *name, const uint8_t *data, size_t size);
/* /dev/null, opened once. */
FILE *fuzz_sink(void);
#endif
