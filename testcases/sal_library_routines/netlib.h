/* A static library's header (its sources are not in this project): SAL says
 * which routines hand out memory and which release it. */
#include <ntddk.h>

__drv_allocatesMem(Mem)
_Must_inspect_result_
PVOID
NlAllocateBuffer(_In_ SIZE_T Size);

VOID
NlFreeBuffer(_In_ __drv_freesMem(Mem) PVOID Buffer);

VOID
NlReleasePacket(_Frees_ptr_ PVOID Packet);

VOID
NlSend(_In_ PVOID Packet);   /* no SAL: it may keep the packet */
