/* SHA-256 and HMAC-SHA-256 for the cache's authenticator (the interface:
 * sha256.h), by Nettle: a maintained, reviewed implementation instead of one
 * written here. */
#include "sha256.h"

void pt_sha256_init(struct pt_sha256 *s)
{
    sha256_init(&s->c);
}

void pt_sha256_update(struct pt_sha256 *s, const void *data, size_t n)
{
    sha256_update(&s->c, n, data);
}

void pt_sha256_final(struct pt_sha256 *s, unsigned char out[32])
{
    sha256_digest(&s->c, SHA256_DIGEST_SIZE, out);
}

/* Nettle hashes a key longer than the block, as RFC 2104 says. */
void pt_hmac_init(struct pt_hmac *m, const void *key, size_t keylen)
{
    hmac_sha256_set_key(&m->c, keylen, key);
}

void pt_hmac_update(struct pt_hmac *m, const void *data, size_t n)
{
    hmac_sha256_update(&m->c, n, data);
}

void pt_hmac_final(struct pt_hmac *m, unsigned char out[32])
{
    hmac_sha256_digest(&m->c, SHA256_DIGEST_SIZE, out);
}

void pt_hex32(const unsigned char in[32], char out[65])
{
    static const char d[] = "0123456789abcdef";
    for (int i = 0; i < 32; i++) {
        out[2 * i] = d[in[i] >> 4];
        out[2 * i + 1] = d[in[i] & 15];
    }
    out[64] = 0;
}
