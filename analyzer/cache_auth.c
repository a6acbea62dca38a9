/* The cache's authenticator: a MAC over each unit, so a planted unit is not trusted (the interface: cache_auth.h). */
#include "cache_auth.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>
#include "safe_io.h"
#include "sha256.h"
#include "util.h"

#define KEY_BYTES 32

static unsigned char key[KEY_BYTES];
static int have_key;

static int random_bytes(unsigned char *p, size_t n)
{
    while (n) {
        ssize_t got = getrandom(p, n, 0);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return -1;
        p += got;
        n -= (size_t)got;
    }
    return 0;
}

static char *key_folder(void)
{
    const char *x = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    if (x && x[0] == '/') return pt_asprintf("%s/pooltrack", x);
    if (home && home[0] == '/') return pt_asprintf("%s/.config/pooltrack", home);
    return NULL;
}

/* A new key: written to a private file, then linked to its name, so two
 * first runs at once agree on one key (the second reads the first's). */
static int create_key(const char *path)
{
    unsigned char k[KEY_BYTES];
    if (random_bytes(k, sizeof k) != 0) return -1;
    char *tmp = pt_asprintf("%s.%ld", path, (long)getpid());
    int fd = pt_create_new(tmp, 0600), rc = -1;
    if (fd >= 0) {
        int ok = write(fd, k, sizeof k) == (ssize_t)sizeof k;
        if (close(fd) == 0 && ok && (link(tmp, path) == 0 || errno == EEXIST)) rc = 0;
        unlink(tmp);
    }
    free(tmp);
    return rc;
}

static int load_key(const char *path, char *err, size_t errlen)
{
    size_t len = 0;
    char *k = pt_read_file("the cache key", path, 4096, 0, &len, err, errlen);
    if (!k) return -1;
    if (len < 16) {
        snprintf(err, errlen, "the cache key %s: too short (%zu bytes)", path, len);
        free(k);
        return -1;
    }
    struct pt_sha256 s;   /* any length the user put there: 32 bytes of it */
    pt_sha256_init(&s);
    pt_sha256_update(&s, k, len);
    pt_sha256_final(&s, key);
    free(k);
    return 0;
}

int pt_cache_auth_init(char *err, size_t errlen)
{
    if (have_key) return 0;
    char *dir = key_folder();
    int rc = -1;
    if (!dir) snprintf(err, errlen, "no home folder (HOME or XDG_CONFIG_HOME) to keep the cache key in");
    else {
        char *path = pt_asprintf("%s/cache-key", dir);
        struct stat st;
        char failed[4096];
        if (lstat(path, &st) != 0 && (pt_make_folders(dir, 0700, 0700, failed, sizeof failed) != 0 ||
                                      create_key(path) != 0))
            snprintf(err, errlen, "cannot make the cache key %s: %s", path, strerror(errno));
        else rc = load_key(path, err, errlen);
        free(path);
    }
    free(dir);
    if (rc != 0 && random_bytes(key, sizeof key) != 0) {
        /* no randomness at all: nothing cached can be trusted, even in this run */
        for (size_t i = 0; i < sizeof key; i++) key[i] = (unsigned char)(rand() ^ getpid());
    }
    have_key = 1;
    return rc;
}

void pt_cache_mac_begin(struct pt_hmac *m)
{
    if (!have_key) {
        char err[256];
        pt_cache_auth_init(err, sizeof err);
    }
    pt_hmac_init(m, key, sizeof key);
}

void pt_cache_mac(const void *data, size_t n, char out[65])
{
    struct pt_hmac m;
    unsigned char d[32];
    pt_cache_mac_begin(&m);
    pt_hmac_update(&m, data, n);
    pt_hmac_final(&m, d);
    pt_hex32(d, out);
}

int pt_cache_mac_ok(const void *data, size_t n, const char *mac)
{
    char want[65];
    pt_cache_mac(data, n, want);
    unsigned diff = strlen(mac) != 64;   /* compared in constant time */
    for (size_t i = 0; i < 64 && mac[i]; i++) diff |= (unsigned)(want[i] ^ mac[i]);
    return diff == 0;
}
