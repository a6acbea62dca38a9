/* 64-bit FNV-1a for in-memory hash tables (strmap.c) and findings'
 * fingerprints (output.c, a format kept stable). Cache keys and content
 * hashes are XXH3-128 (content_hash.h). */
#ifndef PT_HASH_H
#define PT_HASH_H
#include <stddef.h>
#include <stdint.h>

#define PT_HASH_INIT 0xcbf29ce484222325ULL
uint64_t pt_hash_bytes(uint64_t h, const void *p, size_t n);
uint64_t pt_hash_str(uint64_t h, const char *s);   /* includes the terminating NUL */

#endif
