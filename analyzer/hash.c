#include "hash.h"
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
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

static uint64_t mix(uint64_t h)
{
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h;
}

/* Four independent lanes of 8-byte words, mixed at the end. */
uint64_t pt_hash_fast(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    const uint64_t k = 0x9e3779b97f4a7c15ULL;
    uint64_t l[4] = {h, h ^ k, h + k, h - k};
    size_t i = 0;
    for (; i + 32 <= n; i += 32)
        for (int j = 0; j < 4; j++) {
            uint64_t w;
            memcpy(&w, b + i + 8 * j, 8);
            l[j] = (l[j] ^ w) * k;
            l[j] ^= l[j] >> 29;
        }
    uint64_t r = mix(l[0]) ^ mix(l[1] + 1) * 3 ^ mix(l[2] + 2) * 5 ^ mix(l[3] + 3) * 7;
    for (; i < n; i++) r = (r ^ b[i]) * 0x100000001b3ULL;
    return mix(r ^ n);
}

int pt_hash_file(const char *path, uint64_t *out)
{
    /* regular files only: a FIFO would block, a device never end */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0) return -1;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) { close(fd); return -1; }
    FILE *f = fdopen(fd, "rb");
    if (!f) { close(fd); return -1; }
    unsigned char buf[65536];
    uint64_t h = PT_HASH_INIT;
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) h = pt_hash_fast(h, buf, n);
    int err = ferror(f);
    fclose(f);
    if (err) return -1;
    *out = h;
    return 0;
}
