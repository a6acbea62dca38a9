// A C++ part of the driver uses the C wrapper of mem.c.
#include <ntddk.h>

extern "C" PVOID CAllocTagged(_In_ SIZE_T Size);

class Device {
public:
    NTSTATUS Start(_In_ SIZE_T Size, _In_ bool Fail)
    {
        PVOID buf = CAllocTagged(Size);
        if (buf == nullptr) {
            return STATUS_INSUFFICIENT_RESOURCES;
        }
        if (Fail) {
            ExFreePoolWithTag(buf, 'gnrW');       // expect: PT004
            return STATUS_UNSUCCESSFUL;
        }
        ExFreePoolWithTag(buf, 'ppCC');
        return STATUS_SUCCESS;
    }
};
