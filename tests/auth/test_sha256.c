/* SHA-256 (FIPS 180-4 examples) and HMAC-SHA-256 (RFC 4231 cases 1, 2, 6)
 * known answers: the cache's authenticator must be the real thing. */
#include <stdio.h>
#include <string.h>
#include "sha256.h"

static int fails;

static void check(const char *name, const unsigned char d[32], const char *want)
{
    char hex[65];
    pt_hex32(d, hex);
    if (strcmp(hex, want) != 0) {
        printf("FAIL %s: %s, expected %s\n", name, hex, want);
        fails++;
    }
}

static void sha(const char *name, const void *data, size_t n, const char *want)
{
    struct pt_sha256 s;
    unsigned char d[32];
    pt_sha256_init(&s);
    /* fed in uneven pieces: the buffering must not matter */
    for (size_t i = 0; i < n;) {
        size_t k = (i % 7) + 1 < n - i ? (i % 7) + 1 : n - i;
        pt_sha256_update(&s, (const char *)data + i, k);
        i += k;
    }
    pt_sha256_final(&s, d);
    check(name, d, want);
}

static void hmac(const char *name, const void *key, size_t klen, const void *data, size_t n, const char *want)
{
    struct pt_hmac m;
    unsigned char d[32];
    pt_hmac_init(&m, key, klen);
    pt_hmac_update(&m, data, n);
    pt_hmac_final(&m, d);
    check(name, d, want);
}

int main(void)
{
    sha("empty", "", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    sha("abc", "abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    sha("two blocks", two, strlen(two), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    static char million[1000000];
    memset(million, 'a', sizeof million);
    sha("a million a", million, sizeof million, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    unsigned char k1[20];
    memset(k1, 0x0b, sizeof k1);
    hmac("rfc4231 1", k1, sizeof k1, "Hi There", 8,
         "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    hmac("rfc4231 2", "Jefe", 4, "what do ya want for nothing?", 28,
         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    unsigned char k6[131];
    memset(k6, 0xaa, sizeof k6);
    const char *d6 = "Test Using Larger Than Block-Size Key - Hash Key First";
    hmac("rfc4231 6", k6, sizeof k6, d6, strlen(d6),
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    if (!fails) puts("7 known answers right");
    return fails != 0;
}
