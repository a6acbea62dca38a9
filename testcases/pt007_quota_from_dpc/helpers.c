#include "dpc.h"

VOID
RecordSample(_In_ PQDEV Dev)
{
    PVOID p = ExAllocatePoolWithQuotaTag(NonPagedPoolNx, 32, DPC_TAG);   // expect: PT007
    Dev->Last = p;
}

static VOID
StoreDeep(_In_ PQDEV Dev)
{
    Dev->Last = ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_USE_QUOTA, 16, DPC_TAG);   // expect: PT007
}

static VOID
StoreMiddle(_In_ PQDEV Dev)
{
    StoreDeep(Dev);
}

VOID
RecordViaHelper(_In_ PQDEV Dev)
{
    StoreMiddle(Dev);
    Dev->Last = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, DPC_TAG);   /* no quota: fine */
}

VOID
RecordPassive(_In_ PQDEV Dev)
{
    Dev->Last = ExAllocatePoolQuotaZero(PagedPool, 64, DPC_TAG);     /* passive only: fine */
}
