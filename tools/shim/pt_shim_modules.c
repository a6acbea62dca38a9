/* Frame names from a loaded-module snapshot (pt_shim_modules.h). Two copies:
 * a refresh writes the one readers do not see, then publishes it, so a frame
 * named at DISPATCH_LEVEL during a report's refresh reads a whole list. */
#include "pt_shim_modules.h"
#include "pt_shim_fmt.h"

struct snapshot {
    size_t n;
    struct pt_module m[PT_SHIM_MAX_MODULES];
};

static struct snapshot copies[2];
static struct snapshot *published;

#ifdef _MSC_VER
#include <intrin.h>
#define PUBLISH(p, v) _InterlockedExchangePointer((void *volatile *)&(p), (v))
#define READ(p) ((struct snapshot *)_InterlockedCompareExchangePointer((void *volatile *)&(p), NULL, NULL))
#else
#define PUBLISH(p, v) __atomic_store_n(&(p), (v), __ATOMIC_RELEASE)
#define READ(p) __atomic_load_n(&(p), __ATOMIC_ACQUIRE)
#endif

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int same_ci(const char *a, const char *b, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (lower((unsigned char)a[i]) != lower((unsigned char)b[i]) || b[i] == '\0')
            return 0;
    return b[n] == '\0';
}

void pt_module_short_name(const char *path, char *out, size_t cap)
{
    static const char *const kernels[] = { "ntoskrnl", "ntkrnlmp", "ntkrnlpa", "ntkrpamp" };
    const char *base = path, *p, *dot = NULL;
    size_t n, i;
    for (p = path; *p; p++)
        if (*p == '\\' || *p == '/')
            base = p + 1;
    for (p = base; *p; p++)
        if (*p == '.')
            dot = p;
    n = dot ? (size_t)(dot - base) : (size_t)(p - base);
    for (i = 0; i < sizeof kernels / sizeof kernels[0]; i++)
        if (same_ci(base, kernels[i], n)) {
            base = "nt";
            n = 2;
        }
    if (cap == 0)
        return;
    if (n >= cap)
        n = cap - 1;
    for (i = 0; i < n; i++)
        out[i] = base[i];
    out[n] = '\0';
}

void pt_modules_publish(const struct pt_module *m, size_t n)
{
    struct snapshot *s = READ(published) == &copies[0] ? &copies[1] : &copies[0];
    size_t i, j;
    if (n > PT_SHIM_MAX_MODULES)
        n = PT_SHIM_MAX_MODULES;
    for (i = 0; i < n; i++) {   /* insertion sort: no libc in a driver, a few hundred modules */
        struct pt_module x = m[i];
        for (j = i; j > 0 && s->m[j - 1].base > x.base; j--)
            s->m[j] = s->m[j - 1];
        s->m[j] = x;
    }
    s->n = n;
    PUBLISH(published, s);
}

int pt_modules_name(const void *pc, char *buf, size_t cap)
{
    const struct snapshot *s = READ(published);
    uintptr_t a = (uintptr_t)pc;
    size_t lo = 0, hi = s ? s->n : 0;
    struct pt_fmt f;
    while (lo < hi) {   /* the last module based at or below a */
        size_t mid = lo + (hi - lo) / 2;
        if (s->m[mid].base <= a)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0 || a - s->m[lo - 1].base >= s->m[lo - 1].size || s->m[lo - 1].name[0] == '\0')
        return 0;
    pt_fmt_init(&f, buf, cap);
    pt_fmt_str(&f, s->m[lo - 1].name);
    pt_fmt_str(&f, "+0x");
    pt_fmt_hex(&f, a - s->m[lo - 1].base, 0, 0);
    return 1;
}
