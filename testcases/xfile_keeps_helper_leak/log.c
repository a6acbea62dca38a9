/* A helper that only reads the buffer it is given: it keeps nothing. */
#include <ntddk.h>

ULONG
LogChecksum(_In_reads_bytes_(Length) PUCHAR Buffer, _In_ ULONG Length)
{
    ULONG sum = 0;
    for (ULONG i = 0; i < Length; i++) {
        sum += Buffer[i];
    }
    DbgPrint("checksum %lu\n", sum);
    return sum;
}
