/* XXH3-128 content hashes of files and cache keys (the interface: content_hash.h). */
#include "content_hash.h"
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>
#include "safe_io.h"
#include "util.h"

static struct pt_digest from_xxh(XXH128_hash_t h)
{
    return (struct pt_digest){h.high64, h.low64};
}

struct pt_digest pt_digest_bytes(const void *p, size_t n)
{
    return from_xxh(XXH3_128bits(p, n));
}

int pt_digest_file(const char *path, struct pt_digest *out)
{
    /* regular files only: a FIFO would block, a device never end */
    int fd = pt_open_regular(path, 0, NULL);
    if (fd < 0) return -1;
    XXH3_state_t *s = XXH3_createState();
    if (!s || XXH3_128bits_reset(s) != XXH_OK) { XXH3_freeState(s); close(fd); return -1; }
    unsigned char buf[65536];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0) XXH3_128bits_update(s, buf, (size_t)n);
    close(fd);
    if (n < 0) { XXH3_freeState(s); return -1; }
    *out = from_xxh(XXH3_128bits_digest(s));
    XXH3_freeState(s);
    return 0;
}

int pt_digest_eq(struct pt_digest a, struct pt_digest b)
{
    return a.hi == b.hi && a.lo == b.lo;
}

void pt_digest_hex(struct pt_digest d, char out[PT_DIGEST_HEX])
{
    snprintf(out, PT_DIGEST_HEX, "%016llx%016llx", (unsigned long long)d.hi, (unsigned long long)d.lo);
}

static int hex16(const char *s, uint64_t *v)
{
    *v = 0;
    for (int i = 0; i < 16; i++) {
        int c = s[i], x;
        if (c >= '0' && c <= '9') x = c - '0';
        else if (c >= 'a' && c <= 'f') x = c - 'a' + 10;
        else return -1;
        *v = *v << 4 | (uint64_t)x;
    }
    return 0;
}

int pt_digest_parse(const char *s, struct pt_digest *out)
{
    if (!s || strlen(s) != 32) return -1;
    return hex16(s, &out->hi) == 0 && hex16(s + 16, &out->lo) == 0 ? 0 : -1;
}

struct pt_keyhash {
    XXH3_state_t *s;
};

struct pt_keyhash *pt_keyhash_new(void)
{
    struct pt_keyhash *k = pt_xcalloc(1, sizeof *k);
    k->s = XXH3_createState();
    if (!k->s || XXH3_128bits_reset(k->s) != XXH_OK) pt_fatal(3, "pooltrack: out of memory");
    return k;
}

void pt_keyhash_bytes(struct pt_keyhash *k, const void *p, size_t n)
{
    XXH3_128bits_update(k->s, p, n);
}

void pt_keyhash_str(struct pt_keyhash *k, const char *s)
{
    if (!s) s = "";
    XXH3_128bits_update(k->s, s, strlen(s) + 1);
}

char *pt_keyhash_finish(struct pt_keyhash *k)
{
    char hex[PT_DIGEST_HEX];
    pt_digest_hex(from_xxh(XXH3_128bits_digest(k->s)), hex);
    XXH3_freeState(k->s);
    free(k);
    return pt_strdup(hex);
}
