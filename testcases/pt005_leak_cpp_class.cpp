/*
 * PT005 leak in a C++ driver: a member function allocates a staging buffer
 * and loses it on a validation failure. The buffer stored in a member
 * (this->m_Cache, a field reached through a pointer) is handed over.
 */
extern "C" {
#include <ntddk.h>
}

#define CPP_TAG 'ppCK'

class PacketParser {
public:
    NTSTATUS ParseBad(_In_reads_bytes_(Length) const UCHAR *Data, _In_ ULONG Length);
    NTSTATUS ParseGood(_In_reads_bytes_(Length) const UCHAR *Data, _In_ ULONG Length);
    NTSTATUS CacheBlock(_In_ ULONG Length);

private:
    PUCHAR m_Cache;
    ULONG m_CacheLength;
    ULONG m_Packets;
};

NTSTATUS
PacketParser::ParseBad(_In_reads_bytes_(Length) const UCHAR *Data, _In_ ULONG Length)
{
    PUCHAR staging = static_cast<PUCHAR>(
        ExAllocatePoolWithTag(NonPagedPoolNx, Length, CPP_TAG));          // expect: PT005
    if (staging == nullptr) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(staging, Data, Length);
    if (Length < 4 || staging[0] != 0x7E) {
        return STATUS_INVALID_NETWORK_RESPONSE;      // staging leaks
    }
    m_Packets++;
    ExFreePoolWithTag(staging, CPP_TAG);
    return STATUS_SUCCESS;
}

NTSTATUS
PacketParser::ParseGood(_In_reads_bytes_(Length) const UCHAR *Data, _In_ ULONG Length)
{
    PUCHAR staging = static_cast<PUCHAR>(
        ExAllocatePoolWithTag(NonPagedPoolNx, Length, CPP_TAG));
    if (staging == nullptr) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(staging, Data, Length);
    NTSTATUS status = STATUS_SUCCESS;
    if (Length < 4 || staging[0] != 0x7E) {
        status = STATUS_INVALID_NETWORK_RESPONSE;
    } else {
        m_Packets++;
    }
    ExFreePoolWithTag(staging, CPP_TAG);
    return status;
}

NTSTATUS
PacketParser::CacheBlock(_In_ ULONG Length)
{
    PUCHAR block = static_cast<PUCHAR>(ExAllocatePoolWithTag(NonPagedPoolNx, Length, CPP_TAG));
    if (block == nullptr) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (m_Cache != nullptr) {
        ExFreePoolWithTag(m_Cache, CPP_TAG);
    }
    m_Cache = block;
    m_CacheLength = Length;
    return STATUS_SUCCESS;
}
