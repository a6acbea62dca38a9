/* SHA-256 and HMAC-SHA-256 (FIPS 180-4, RFC 2104): the cache's
 * authenticator. The fast hashes of hash.h tell changed files apart; only a
 * keyed MAC tells a unit this user's pooltrack wrote from one a repository
 * planted. The hashing is Nettle's (Debian: nettle-dev; libnettle8 is on every
 * Debian system already); these names keep its callers to one small API. */
#ifndef PT_SHA256_H
#define PT_SHA256_H
#include <stddef.h>
#include <stdint.h>
#include <nettle/hmac.h>
#include <nettle/sha2.h>

struct pt_sha256 {
    struct sha256_ctx c;
};

void pt_sha256_init(struct pt_sha256 *s);
void pt_sha256_update(struct pt_sha256 *s, const void *data, size_t n);
void pt_sha256_final(struct pt_sha256 *s, unsigned char out[32]);

struct pt_hmac {
    struct hmac_sha256_ctx c;
};

void pt_hmac_init(struct pt_hmac *m, const void *key, size_t keylen);
void pt_hmac_update(struct pt_hmac *m, const void *data, size_t n);
void pt_hmac_final(struct pt_hmac *m, unsigned char out[32]);
/* 64 lower-case hex digits and a NUL. */
void pt_hex32(const unsigned char in[32], char out[65]);

#endif
