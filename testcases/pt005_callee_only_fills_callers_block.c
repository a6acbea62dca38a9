/* The twin of clean_callee_moves_callers_block.c: the helper takes the block
 * by a plain pointer and only fills it; the caller still owns it and leaks
 * it. */
#include <ntddk.h>

typedef struct _CLASSIFY { ULONG Layer; } CLASSIFY;

static NTSTATUS Perform(CLASSIFY *Classify)
{
    Classify->Layer = 7;
    return STATUS_SUCCESS;
}

NTSTATUS Trigger(ULONG Layer)
{
    CLASSIFY *classify = ExAllocatePoolZero(NonPagedPoolNx, sizeof *classify, 'salC');   // expect: PT005
    if (!classify) return STATUS_INSUFFICIENT_RESOURCES;
    classify->Layer = Layer;
    return Perform(classify);
}
