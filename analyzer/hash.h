/* 64-bit FNV-1a: cache keys and names (not security: a cache entry is
 * also checked by size, so a collision needs equal sizes too). */
#ifndef PT_HASH_H
#define PT_HASH_H
#include <stddef.h>
#include <stdint.h>

#define PT_HASH_INIT 0xcbf29ce484222325ULL
uint64_t pt_hash_bytes(uint64_t h, const void *p, size_t n);
uint64_t pt_hash_str(uint64_t h, const char *s);   /* includes the terminating NUL */
/* Another 64-bit hash, 8 bytes at a time (several times faster than FNV-1a
 * byte by byte): file contents and unit texts, never keys or fingerprints. */
uint64_t pt_hash_fast(uint64_t h, const void *p, size_t n);
/* Hash of a file's content (pt_hash_fast); 0 and -1 returned when it cannot be read. */
int pt_hash_file(const char *path, uint64_t *out);

#endif
