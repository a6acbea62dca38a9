/* 64-bit FNV-1a for the in-memory hash tables (the interface: hash.h). */
#include "hash.h"
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
