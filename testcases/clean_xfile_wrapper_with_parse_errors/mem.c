/* The body refers to a header this machine does not have: clang reports
 * errors inside it, so it gets no summary (its statements may be missing). */
#include <ntddk.h>
#include "vendor_pool.h"

PVOID
VendorAlloc(_In_ SIZE_T Size)
{
    VENDOR_POOL_CONFIG cfg = VENDOR_POOL_DEFAULTS;
    return VendorPoolAllocate(&cfg, Size);
}
