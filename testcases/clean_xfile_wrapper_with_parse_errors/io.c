/* Without a summary of VendorAlloc, its result is not known to be ours. */
#include <ntddk.h>

PVOID VendorAlloc(_In_ SIZE_T Size);

VOID
UseVendor(_In_ BOOLEAN Fail)
{
    PVOID p = VendorAlloc(16);
    if (p == NULL || Fail) {
        return;
    }
    ExFreePoolWithTag(p, 'dneV');
}
