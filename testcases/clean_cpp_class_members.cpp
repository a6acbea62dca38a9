/*
 * Clean C++ driver code: a device class whose members own pool buffers
 * (assignments to members go through `this`, a hand-over), a static factory
 * that returns the object, and a Destroy() that frees everything.
 */
extern "C" {
#include <ntddk.h>
}

constexpr ULONG kDevTag = 'veDC';

class RingDevice {
public:
    static RingDevice *Create(ULONG Capacity);
    void Destroy();
    NTSTATUS Resize(ULONG Capacity);

private:
    PUCHAR m_Ring = nullptr;
    ULONG m_Capacity = 0;
};

RingDevice *
RingDevice::Create(ULONG Capacity)
{
    auto *self = static_cast<RingDevice *>(
        ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(RingDevice), kDevTag));
    if (self == nullptr) {
        return nullptr;
    }
    self->m_Ring = nullptr;
    self->m_Capacity = 0;
    if (!NT_SUCCESS(self->Resize(Capacity))) {
        ExFreePoolWithTag(self, kDevTag);
        return nullptr;
    }
    return self;
}

NTSTATUS
RingDevice::Resize(ULONG Capacity)
{
    auto ring = static_cast<PUCHAR>(ExAllocatePoolWithTag(NonPagedPoolNx, Capacity, kDevTag));
    if (ring == nullptr) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (m_Ring != nullptr) {
        RtlCopyMemory(ring, m_Ring, min(Capacity, m_Capacity));
        ExFreePoolWithTag(m_Ring, kDevTag);
    }
    m_Ring = ring;
    m_Capacity = Capacity;
    return STATUS_SUCCESS;
}

void
RingDevice::Destroy()
{
    if (m_Ring != nullptr) {
        ExFreePoolWithTag(m_Ring, kDevTag);
        m_Ring = nullptr;
    }
    ExFreePoolWithTag(this, kDevTag);
}
