/* Each round overwrites the only pointer to the previous slot. */
#include <ntddk.h>

PVOID SlotAlloc(VOID);

PVOID
FillSlots(_In_ ULONG Count)
{
    PVOID slot = NULL;
    for (ULONG i = 0; i < Count; i++) {
        slot = SlotAlloc();                       // expect: PT005
        if (slot == NULL) {
            return NULL;
        }
        RtlZeroMemory(slot, 128);
    }
    return slot;
}
