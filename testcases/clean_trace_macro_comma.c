/* The twin of pt005_trace_macro_comma.c: the error path frees the buffer;
 * an arithmetic macro's argument comma is not a comma operator. */
#include <ntddk.h>

#define TRACE(args) ((void)(args))
#define LOG(level, args) ((void)(level), (void)(args))
#define SCALE(a, b) ((a) * 2 + (b) * 3)

NTSTATUS Prepare(ULONG Length)
{
    PVOID buffer = ExAllocatePoolWithTag(PagedPool, Length, 'carT');
    if (!buffer) return STATUS_INSUFFICIENT_RESOURCES;
    TRACE(("buffer %p\n", buffer));
    LOG(2, ("length %lu at %p\n", Length, buffer));
    if (SCALE(Length, 2) > 4096) {
        ExFreePoolWithTag(buffer, 'carT');
        return STATUS_INVALID_PARAMETER;
    }
    ExFreePoolWithTag(buffer, 'carT');
    return STATUS_SUCCESS;
}
