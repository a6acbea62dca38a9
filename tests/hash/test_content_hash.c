/* content_hash.c: XXH3-128 as published (the reference's empty-input value),
 * keys that tell string boundaries apart, strict hex, file = bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "content_hash.h"

static int failures;
#define CHECK(c)                                                        \
    do {                                                                \
        if (!(c)) { fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); failures++; } \
    } while (0)

static char *key2(const char *a, const char *b)
{
    struct pt_keyhash *k = pt_keyhash_new();
    pt_keyhash_str(k, a);
    pt_keyhash_str(k, b);
    return pt_keyhash_finish(k);
}

int main(void)
{
    char hex[PT_DIGEST_HEX];
    pt_digest_hex(pt_digest_bytes("", 0), hex);
    CHECK(strcmp(hex, "99aa06d3014798d86001c324468d497f") == 0);   /* XXH3_128bits("") */

    struct pt_digest d = pt_digest_bytes("abc", 3), back;
    pt_digest_hex(d, hex);
    CHECK(strlen(hex) == 32);
    CHECK(pt_digest_parse(hex, &back) == 0 && pt_digest_eq(d, back));
    CHECK(pt_digest_parse("0123456789abcdef0123456789abcde", &back) != 0);     /* 31 digits */
    CHECK(pt_digest_parse("0123456789abcdef0123456789abcdef0", &back) != 0);   /* 33 */
    CHECK(pt_digest_parse("0123456789ABCDEF0123456789abcdef", &back) != 0);    /* not as written */
    CHECK(pt_digest_parse("8c5ad962eddb298d", &back) != 0);   /* a format-1 key */
    CHECK(pt_digest_parse(NULL, &back) != 0);

    char *ab_c = key2("ab", "c"), *a_bc = key2("a", "bc"), *again = key2("ab", "c");
    CHECK(strcmp(ab_c, a_bc) != 0);
    CHECK(strcmp(ab_c, again) == 0);
    CHECK(strlen(ab_c) == 32);
    free(ab_c); free(a_bc); free(again);

    char dir[] = "/tmp/pt-hash-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[64];
    snprintf(path, sizeof path, "%s/f", dir);
    static char big[200000];   /* more than one read() */
    for (size_t i = 0; i < sizeof big; i++) big[i] = (char)(i * 31 + 7);
    FILE *f = fopen(path, "wb");
    CHECK(f && fwrite(big, 1, sizeof big, f) == sizeof big);
    if (f) fclose(f);
    struct pt_digest fd;
    CHECK(pt_digest_file(path, &fd) == 0 && pt_digest_eq(fd, pt_digest_bytes(big, sizeof big)));
    CHECK(pt_digest_file(dir, &fd) != 0);   /* not a regular file */
    unlink(path);
    CHECK(pt_digest_file(path, &fd) != 0);
    rmdir(dir);
    if (failures) return 1;
    puts("content_hash: all checks passed");
    return 0;
}
