/* A trace macro that discards its argument list, `TRACE(("fmt", p))`,
 * evaluates a comma expression: p is read, not handed over (the comma used
 * to be an unknown operator that kept everything given to it). */
#include <ntddk.h>

#define TRACE(args) ((void)(args))
#define LOG(level, args) ((void)(level), (void)(args))

NTSTATUS Prepare(ULONG Length)
{
    PVOID buffer = ExAllocatePoolWithTag(PagedPool, Length, 'carT');   // expect: PT005
    if (!buffer) return STATUS_INSUFFICIENT_RESOURCES;
    TRACE(("buffer %p\n", buffer));
    LOG(2, ("length %lu at %p\n", Length, buffer));
    if (Length > 4096) return STATUS_INVALID_PARAMETER;
    ExFreePoolWithTag(buffer, 'carT');
    return STATUS_SUCCESS;
}
