/* ... and a static Alloc here hands out slots of a global table: not fresh
 * memory, nothing to free. Each file's callers must use their own Alloc. */
#include <ntddk.h>

static UCHAR g_Slots[4][64];
static ULONG g_Next;

static PVOID
Alloc(_In_ SIZE_T Size)
{
    UNREFERENCED_PARAMETER(Size);
    return g_Slots[g_Next++ & 3];
}

VOID
UseB(_In_ BOOLEAN Fail)
{
    PVOID p = Alloc(16);
    if (p == NULL || Fail) {
        return;
    }
    RtlZeroMemory(p, 16);
}
