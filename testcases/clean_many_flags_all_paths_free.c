/* The twin of pt005_leak_after_many_flags.c: the path where no bit was set
 * frees the block too; joined paths must not make it look leaked. */
#include <ntddk.h>

NTSTATUS ApplyOptions(ULONG Flags, PULONG Out)
{
    ULONG a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0, i = 0, j = 0;
    PULONG table = ExAllocatePoolWithTag(NonPagedPoolNx, 10 * sizeof(ULONG), 'tpOA');
    if (!table) return STATUS_INSUFFICIENT_RESOURCES;
    if (Flags & 0x001) a = 1;
    if (Flags & 0x002) b = 1;
    if (Flags & 0x004) c = 1;
    if (Flags & 0x008) d = 1;
    if (Flags & 0x010) e = 1;
    if (Flags & 0x020) f = 1;
    if (Flags & 0x040) g = 1;
    if (Flags & 0x080) h = 1;
    if (Flags & 0x100) i = 1;
    if (Flags & 0x200) j = 1;
    if (a == 0 && b == 0 && c == 0 && d == 0 && e == 0 && f == 0 && g == 0 && h == 0 && i == 0 && j == 0)
    {
        ExFreePoolWithTag(table, 'tpOA');
        return STATUS_INVALID_PARAMETER;
    }
    table[0] = a + b + c + d + e + f + g + h + i + j;
    *Out = table[0];
    ExFreePoolWithTag(table, 'tpOA');
    return STATUS_SUCCESS;
}
