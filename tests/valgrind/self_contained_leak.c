/* No WDK headers, so the parse is cheap enough for valgrind in CI: a leak, a
 * string tag, double frees and a clean function (Setup). */
struct dev { void *buf; };
typedef unsigned long ULONG; typedef unsigned long long SIZE_T; typedef long NTSTATUS;
typedef void *PVOID; typedef enum { NonPagedPoolNx = 512 } POOL_TYPE;
PVOID ExAllocatePoolWithTag(POOL_TYPE t, SIZE_T n, ULONG tag);
void ExFreePoolWithTag(PVOID p, ULONG tag);
#define NT_SUCCESS(s) (((NTSTATUS)(s)) >= 0)
struct ctx { PVOID buf; int n; };
static NTSTATUS helper(struct ctx *c) { return c->n > 3 ? 0 : -1; }
NTSTATUS leak(struct ctx *c, int k)
{
    NTSTATUS st;
    PVOID a = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'aaaa');
    PVOID b = ExAllocatePoolWithTag(NonPagedPoolNx, 64, "bbbb");
    if (a == 0) return -1;
    st = helper(c);
    if (!NT_SUCCESS(st)) goto out;
    switch (k) { case 1: c->buf = a; a = 0; break; default: break; }
    for (int i = 0; i < k; i++) { if (i == 3) ExFreePoolWithTag(b, 'bbbb'); }
    ExFreePoolWithTag(b, 'cccc');
out:
    if (a) ExFreePoolWithTag(a, 'aaaa');
    ExFreePoolWithTag(a, 'aaaa');
    return st;
}

/* clean: handed over inside __try, freed in __finally otherwise */
NTSTATUS Setup(struct dev *d, int n)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'veDx');
    if (!p) return -1;
    if (n < 0) goto fail;
    __try {
        d->buf = p;
        p = 0;
    } __finally {
        if (p) ExFreePoolWithTag(p, 'veDx');
    }
    return 0;
fail:
    ExFreePoolWithTag(p, 'veDx');
    return -2;
}
