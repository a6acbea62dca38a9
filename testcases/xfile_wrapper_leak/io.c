/* The wrapper's allocation leaks on an error path in another file. */
#include "drv.h"

NTSTATUS
DrvHandleRequest(_In_ ULONG Length)
{
    PVOID buffer = DrvAlloc(Length);          // expect: PT005

    if (buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Length < 16) {
        return STATUS_INVALID_PARAMETER;      /* leaks buffer */
    }
    DrvFree(buffer);
    return STATUS_SUCCESS;
}

NTSTATUS
DrvHandleRequestClean(_In_ ULONG Length)
{
    PVOID buffer = DrvAlloc(Length);

    if (buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Length < 16) {
        DrvFree(buffer);
        return STATUS_INVALID_PARAMETER;
    }
    DrvFree(buffer);
    return STATUS_SUCCESS;
}
