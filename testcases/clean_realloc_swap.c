/*
 * Clean: grow-a-buffer ("realloc") patterns: allocate the bigger block,
 * copy, free the old one, and swap the pointer held in a structure field or
 * a local. The old block is freed exactly once; the new one is handed over.
 */
#include <ntddk.h>

#define VEC_TAG 'ceVG'

typedef struct _VECTOR {
    PULONG Items;
    ULONG Count;
    ULONG Capacity;
} VECTOR, *PVECTOR;

NTSTATUS
VectorPush(_Inout_ PVECTOR Vec, _In_ ULONG Value)
{
    if (Vec->Count == Vec->Capacity) {
        ULONG newCap = Vec->Capacity ? Vec->Capacity * 2 : 8;
        PULONG bigger = ExAllocatePoolWithTag(NonPagedPoolNx, newCap * sizeof(ULONG), VEC_TAG);
        if (bigger == NULL) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (Vec->Items != NULL) {
            RtlCopyMemory(bigger, Vec->Items, Vec->Count * sizeof(ULONG));
            ExFreePoolWithTag(Vec->Items, VEC_TAG);
        }
        Vec->Items = bigger;
        Vec->Capacity = newCap;
    }
    Vec->Items[Vec->Count++] = Value;
    return STATUS_SUCCESS;
}

NTSTATUS
BuildGrowingString(_In_ ULONG Parts, _Outptr_ PWCHAR *Result)
{
    PWCHAR buf, bigger;
    SIZE_T cap = 16, len = 0;
    ULONG i;

    buf = ExAllocatePoolWithTag(PagedPool, cap * sizeof(WCHAR), VEC_TAG);
    if (buf == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    for (i = 0; i < Parts; i++) {
        if (len + 4 >= cap) {
            bigger = ExAllocatePoolWithTag(PagedPool, cap * 2 * sizeof(WCHAR), VEC_TAG);
            if (bigger == NULL) {
                ExFreePoolWithTag(buf, VEC_TAG);
                return STATUS_INSUFFICIENT_RESOURCES;
            }
            RtlCopyMemory(bigger, buf, len * sizeof(WCHAR));
            ExFreePoolWithTag(buf, VEC_TAG);
            buf = bigger;
            cap *= 2;
        }
        buf[len++] = L'a' + (WCHAR)(i % 26);
    }
    buf[len] = UNICODE_NULL;
    *Result = buf;
    return STATUS_SUCCESS;
}
