/* Failure injection, as Driver Verifier's Low Resources Simulation and
 * curl's torture mode: fail the N-th allocation attempt, every attempt from
 * one call site, or attempts at random from a seed. */
#include <string.h>
#include "pt_shim_internal.h"
#include "pt_shim_backend.h"
#include "pt_shim_fmt.h"

static struct {
    unsigned long nth;        /* 0 = off */
    char site_file[256];      /* "" = off; compared by base name */
    int site_line;
    unsigned percent;         /* 0 = off */
    uint32_t rng;
} inj;

void pt_inject_reset(void)
{
    memset(&inj, 0, sizeof(inj));
}

int pt_inject_is_armed(void)
{
    return inj.nth != 0 || inj.site_file[0] != '\0' || inj.percent != 0;
}

static const char *base_name(const char *path)
{
    const char *b = path;
    for (; *path; path++)
        if (*path == '/' || *path == '\\')
            b = path + 1;
    return b;
}

static uint32_t xorshift(void)
{
    uint32_t x = inj.rng ? inj.rng : 0x9e3779b9u;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    inj.rng = x;
    return x;
}

int pt_inject_should_fail(unsigned long attempt_no, const struct pt_site *site)
{
    if (inj.nth != 0 && attempt_no == inj.nth)
        return 1;
    if (inj.site_file[0] != '\0' && site->file != NULL && site->line == inj.site_line &&
        strcmp(base_name(site->file), base_name(inj.site_file)) == 0)
        return 1;
    if (inj.percent != 0 && xorshift() % 100 < inj.percent)
        return 1;
    return 0;
}

/* Setters take the core's lock so that a running driver sees a whole config. */
void pt_shim_fail_none(void)
{
    uintptr_t st = pt_backend_lock();
    pt_g.env_done = 1;
    pt_inject_reset();
    pt_g.inject_armed = pt_inject_is_armed();
    pt_backend_unlock(st);
}

void pt_shim_fail_nth(unsigned long n)
{
    uintptr_t st = pt_backend_lock();
    pt_g.env_done = 1;
    inj.nth = n;
    pt_g.inject_armed = pt_inject_is_armed();
    pt_backend_unlock(st);
}

static void set_site(const char *file, int line)
{
    size_t n = strlen(file);
    if (n >= sizeof(inj.site_file))
        n = sizeof(inj.site_file) - 1;
    memcpy(inj.site_file, file, n);
    inj.site_file[n] = '\0';
    inj.site_line = line;
}

void pt_shim_fail_site(const char *file, int line)
{
    uintptr_t st = pt_backend_lock();
    pt_g.env_done = 1;
    set_site(file, line);
    pt_g.inject_armed = pt_inject_is_armed();
    pt_backend_unlock(st);
}

void pt_shim_fail_random(uint32_t seed, unsigned percent)
{
    uintptr_t st = pt_backend_lock();
    pt_g.env_done = 1;
    inj.rng = seed;
    inj.percent = percent > 100 ? 100 : percent;
    pt_g.inject_armed = pt_inject_is_armed();
    pt_backend_unlock(st);
}

/* Strict unsigned decimal: no sign, no junk, no overflow. */
static int parse_ulong(const char *s, unsigned long max, unsigned long *out)
{
    unsigned long v = 0;
    if (s == NULL || *s == '\0')
        return -1;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || v > (max - (unsigned long)(*s - '0')) / 10)
            return -1;
        v = v * 10 + (unsigned long)(*s - '0');
    }
    *out = v;
    return 0;
}

static void set_err(char *err, size_t errlen, const char *a, const char *b)
{
    size_t n = 0;
    if (errlen == 0)
        return;
    for (; *a && n + 1 < errlen; a++)
        err[n++] = *a;
    for (; b && *b && n + 1 < errlen; b++)
        err[n++] = *b;
    err[n] = '\0';
}

static int parse_site(const char *s, char *file, size_t cap, int *line)
{
    const char *colon = strrchr(s, ':');
    unsigned long l;
    size_t n;
    if (colon == NULL || colon == s || parse_ulong(colon + 1, 0x7fffffff, &l) != 0 || l == 0)
        return -1;
    n = (size_t)(colon - s);
    if (n >= cap)
        return -1;
    memcpy(file, s, n);
    file[n] = '\0';
    *line = (int)l;
    return 0;
}

static int configure(const char *nth, const char *site, const char *seed,
                     const char *rate, char *err, size_t errlen)
{
    unsigned long n = 0, sd = 0, pct = 0;
    char file[256];
    int line = 0;
    if (nth != NULL && (parse_ulong(nth, 0xffffffffUL, &n) != 0 || n == 0))
        return set_err(err, errlen, "PT_SHIM_FAIL_NTH: expected a positive integer, got ", nth), -1;
    if (site != NULL && parse_site(site, file, sizeof(file), &line) != 0)
        return set_err(err, errlen, "PT_SHIM_FAIL_SITE: expected file:line, got ", site), -1;
    if (seed != NULL && parse_ulong(seed, 0xffffffffUL, &sd) != 0)
        return set_err(err, errlen, "PT_SHIM_FAIL_SEED: expected an integer, got ", seed), -1;
    if (rate != NULL && (parse_ulong(rate, 100, &pct) != 0))
        return set_err(err, errlen, "PT_SHIM_FAIL_RATE: expected a percentage 0-100, got ", rate), -1;
    if ((seed != NULL) != (rate != NULL))
        return set_err(err, errlen, "PT_SHIM_FAIL_SEED and PT_SHIM_FAIL_RATE go together", NULL), -1;
    pt_inject_reset();
    inj.nth = n;
    if (site != NULL)
        set_site(file, line);
    inj.rng = (uint32_t)sd;
    inj.percent = (unsigned)pct;
    return 0;
}

int pt_shim_fail_configure(const char *nth, const char *site, const char *seed,
                           const char *rate, char *err, size_t errlen)
{
    uintptr_t st = pt_backend_lock();
    int rc = configure(nth, site, seed, rate, err, errlen);
    pt_g.env_done = 1;
    pt_g.inject_armed = pt_inject_is_armed();
    pt_backend_unlock(st);
    return rc;
}

void pt_inject_from_env_locked(void)
{
    char err[160];
    if (configure(pt_backend_getenv("PT_SHIM_FAIL_NTH"),
                               pt_backend_getenv("PT_SHIM_FAIL_SITE"),
                               pt_backend_getenv("PT_SHIM_FAIL_SEED"),
                               pt_backend_getenv("PT_SHIM_FAIL_RATE"),
                               err, sizeof(err)) != 0 && pt_g.sink != NULL) {
        char line[200];
        struct pt_fmt f;
        pt_fmt_init(&f, line, sizeof(line));
        pt_fmt_str(&f, "{\"event\":\"config_error\",\"message\":");
        pt_fmt_json_str(&f, err);
        pt_fmt_str(&f, "}");
        pt_g.sink(pt_g.sink_ctx, line);
    }
}
