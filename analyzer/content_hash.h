/* Content hashes for the cache: XXH3-128 (libxxhash). A cache key or a
 * dependency's hash that collides would reuse stale results silently, so
 * these are 128 bits from a maintained, tested hash. Not for fingerprints
 * (output.c keeps their format) nor for hash tables (hash.h). */
#ifndef PT_CONTENT_HASH_H
#define PT_CONTENT_HASH_H
#include <stddef.h>
#include <stdint.h>

struct pt_digest {
    uint64_t hi, lo;
};
#define PT_DIGEST_HEX 33   /* 32 hex digits and the NUL */

struct pt_digest pt_digest_bytes(const void *p, size_t n);
/* Of a regular file's content; -1 when it cannot be read (or is not regular). */
int pt_digest_file(const char *path, struct pt_digest *out);
int pt_digest_eq(struct pt_digest a, struct pt_digest b);
void pt_digest_hex(struct pt_digest d, char out[PT_DIGEST_HEX]);
/* Exactly 32 hex digits; -1 otherwise. */
int pt_digest_parse(const char *s, struct pt_digest *out);

/* A key made of several strings: each is hashed with its NUL, so ("ab","c")
 * and ("a","bc") differ. */
struct pt_keyhash;
struct pt_keyhash *pt_keyhash_new(void);
void pt_keyhash_bytes(struct pt_keyhash *k, const void *p, size_t n);
void pt_keyhash_str(struct pt_keyhash *k, const char *s);   /* NULL as "" */
/* The 32 hex digits (malloc'd); frees k. */
char *pt_keyhash_finish(struct pt_keyhash *k);
#endif
