#include "hash.h"
#include <stdio.h>
#include <string.h>

uint64_t pt_hash_bytes(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
        h ^= b[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

uint64_t pt_hash_str(uint64_t h, const char *s)
{
    return pt_hash_bytes(h, s ? s : "", (s ? strlen(s) : 0) + 1);
}

int pt_hash_file(const char *path, uint64_t *out)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    unsigned char buf[65536];
    uint64_t h = PT_HASH_INIT;
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) h = pt_hash_bytes(h, buf, n);
    int err = ferror(f);
    fclose(f);
    if (err) return -1;
    *out = h;
    return 0;
}
