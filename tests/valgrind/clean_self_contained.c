/* No WDK headers: the parse is cheap, so this runs under valgrind in CI. */
typedef unsigned long ULONG;
typedef unsigned long long SIZE_T;
typedef long NTSTATUS;
typedef void *PVOID;
typedef enum { NonPagedPoolNx = 512 } POOL_TYPE;
PVOID ExAllocatePoolWithTag(POOL_TYPE t, SIZE_T n, ULONG tag);
void ExFreePoolWithTag(PVOID p, ULONG tag);
struct dev { PVOID buf; };

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
