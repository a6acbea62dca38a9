/* pooltrack: srbhelper.h, the accessors that work on both SRB kinds
 * (SCSI_REQUEST_BLOCK and the extended STORAGE_REQUEST_BLOCK). The WDK has
 * them as inline functions; here they are declarations, which is all the
 * analysis needs. Signatures checked against the WDK 10.0.16299
 * km/srbhelper.h. */
#pragma once
#ifndef PT_SRBHELPER_H
#define PT_SRBHELPER_H
#include <storport.h>

#ifdef __cplusplus
extern "C" {
#endif

PSRBEX_DATA SrbGetSrbExDataByIndex(PSTORAGE_REQUEST_BLOCK Srb, ULONG SrbExDataIndex);
PSRBEX_DATA SrbGetSrbExDataByType(PSTORAGE_REQUEST_BLOCK Srb, SRBEXDATATYPE Type);
PSRBEX_DATA SrbGetPrimarySrbExData(PSTORAGE_REQUEST_BLOCK Srb);
PSTOR_ADDRESS SrbGetAddress(PSTORAGE_REQUEST_BLOCK Srb);
ULONG SrbGetSrbLength(PVOID Srb);
VOID SrbSetSrbLength(PVOID Srb, ULONG Length);
ULONG SrbGetDefaultSrbLengthFromFunction(ULONG SrbFunction);
PCDB SrbGetScsiData(PSTORAGE_REQUEST_BLOCK SrbEx, PUCHAR CdbLength8, PULONG CdbLength32, PUCHAR ScsiStatus,
                    PVOID *SenseInfoBuffer, PUCHAR SenseInfoBufferLength);
VOID SrbSetScsiData(PSTORAGE_REQUEST_BLOCK SrbEx, PUCHAR CdbLength8, PULONG CdbLength32, PUCHAR ScsiStatus,
                    PVOID *SenseInfoBuffer, PUCHAR SenseInfoBufferLength);
PCDB SrbGetCdb(PVOID Srb);
ULONG SrbGetSrbFunction(PVOID Srb);
PVOID SrbGetSenseInfoBuffer(PVOID Srb);
UCHAR SrbGetSenseInfoBufferLength(PVOID Srb);
VOID SrbSetSenseInfoBuffer(PVOID Srb, PVOID SenseInfoBuffer);
VOID SrbSetSenseInfoBufferLength(PVOID Srb, UCHAR SenseInfoBufferLength);
PVOID SrbGetOriginalRequest(PVOID Srb);
VOID SrbSetOriginalRequest(PVOID Srb, PVOID OriginalRequest);
PVOID SrbGetDataBuffer(PVOID Srb);
VOID SrbSetDataBuffer(PVOID Srb, PVOID DataBuffer);
ULONG SrbGetDataTransferLength(PVOID Srb);
VOID SrbSetDataTransferLength(PVOID Srb, ULONG DataTransferLength);
ULONG SrbGetTimeOutValue(PVOID Srb);
VOID SrbSetTimeOutValue(PVOID Srb, ULONG TimeOutValue);
VOID SrbSetQueueSortKey(PVOID Srb, ULONG QueueSortKey);
VOID SrbSetQueueTag(PVOID Srb, ULONG QueueTag);
ULONG SrbGetQueueTag(PVOID Srb);
PVOID SrbGetNextSrb(PVOID Srb);
VOID SrbSetNextSrb(PVOID Srb, PVOID NextSrb);
ULONG SrbGetSrbFlags(PVOID Srb);
VOID SrbAssignSrbFlags(PVOID Srb, ULONG Flags);
VOID SrbSetSrbFlags(PVOID Srb, ULONG Flags);
VOID SrbClearSrbFlags(PVOID Srb, ULONG Flags);
ULONG SrbGetSystemStatus(PVOID Srb);
VOID SrbSetSystemStatus(PVOID Srb, ULONG Status);
UCHAR SrbGetScsiStatus(PVOID Srb);
VOID SrbSetScsiStatus(PVOID Srb, UCHAR ScsiStatus);
UCHAR SrbGetCdbLength(PVOID Srb);
VOID SrbSetCdbLength(PVOID Srb, UCHAR CdbLength);
ULONG SrbGetRequestAttribute(PVOID Srb);
VOID SrbSetRequestAttribute(PVOID Srb, UCHAR RequestAttribute);
UCHAR SrbGetPathId(PVOID Srb);
UCHAR SrbGetTargetId(PVOID Srb);
UCHAR SrbGetLun(PVOID Srb);
VOID SrbGetPathTargetLun(PVOID Srb, PUCHAR PathId, PUCHAR TargetId, PUCHAR Lun);
PVOID SrbGetMiniportContext(PVOID Srb);
UCHAR SrbGetSrbStatus(PVOID Srb);
VOID SrbSetSrbStatus(PVOID Srb, UCHAR status);
PVOID SrbGetPortContext(PVOID Srb);
VOID SrbSetPortContext(PVOID Srb, PVOID PortContext);

#ifdef __cplusplus
}
#endif
#endif
