/* pooltrack: spb.h (none in MinGW-w64), the simple peripheral bus request
 * interface: IOCTLs, transfer directions, buffer formats, transfer lists.
 * Names, members and values as in the WDK 10.0.16299 shared/spb.h; the
 * inline SPB_TRANSFER_* initialisers are prototypes. */
#pragma once
#ifndef PT_SPB_H
#define PT_SPB_H
#ifdef __cplusplus
extern "C" {
#endif
#define SPB_TARGET_NAME_PREFIX L"\\SPB\\"
typedef enum SpbIoctl {
    IOCTL_SPB_LOCK_CONTROLLER = CTL_CODE(FILE_DEVICE_CONTROLLER, 0x600, METHOD_BUFFERED, FILE_ANY_ACCESS),
    IOCTL_SPB_UNLOCK_CONTROLLER = CTL_CODE(FILE_DEVICE_CONTROLLER, 0x601, METHOD_BUFFERED, FILE_ANY_ACCESS),
    IOCTL_SPB_EXECUTE_SEQUENCE = CTL_CODE(FILE_DEVICE_CONTROLLER, 0x602, METHOD_BUFFERED, FILE_ANY_ACCESS),
    IOCTL_SPB_LOCK_CONNECTION = CTL_CODE(FILE_DEVICE_CONTROLLER, 0x603, METHOD_BUFFERED, FILE_ANY_ACCESS),
    IOCTL_SPB_UNLOCK_CONNECTION = CTL_CODE(FILE_DEVICE_CONTROLLER, 0x604, METHOD_BUFFERED, FILE_ANY_ACCESS),
    IOCTL_SPB_FULL_DUPLEX = CTL_CODE(FILE_DEVICE_CONTROLLER, 0x605, METHOD_BUFFERED, FILE_ANY_ACCESS)
} SpbIoctl, *PSpbIoctl;
typedef enum SPB_TRANSFER_DIRECTION {
    SpbTransferDirectionNone, SpbTransferDirectionFromDevice, SpbTransferDirectionToDevice, SpbTransferDirectionMax
} SPB_TRANSFER_DIRECTION, *PSPB_TRANSFER_DIRECTION;
typedef enum SPB_TRANSFER_BUFFER_FORMAT {
    SpbTransferBufferFormatInvalid, SpbTransferBufferFormatSimple, SpbTransferBufferFormatList,
    SpbTransferBufferFormatSimpleNonPaged, SpbTransferBufferFormatMdl, SpbTransferBufferFormatMax
} SPB_TRANSFER_BUFFER_FORMAT, *PSPB_TRANSFER_BUFFER_FORMAT;
typedef struct SPB_TRANSFER_BUFFER_LIST_ENTRY {
    PVOID Buffer;
    ULONG BufferCb;
} SPB_TRANSFER_BUFFER_LIST_ENTRY, *PSPB_TRANSFER_BUFFER_LIST_ENTRY;
typedef struct SPB_TRANSFER_BUFFER {
    SPB_TRANSFER_BUFFER_FORMAT Format;
    union {
        SPB_TRANSFER_BUFFER_LIST_ENTRY Simple;
        struct { PSPB_TRANSFER_BUFFER_LIST_ENTRY List; ULONG ListCe; } BufferList;
        PMDL Mdl;
    };
} SPB_TRANSFER_BUFFER, *PSPB_TRANSFER_BUFFER;
typedef struct SPB_TRANSFER_LIST_ENTRY {
    SPB_TRANSFER_DIRECTION Direction;
    ULONG DelayInUs;
    SPB_TRANSFER_BUFFER Buffer;
} SPB_TRANSFER_LIST_ENTRY, *PSPB_TRANSFER_LIST_ENTRY;
SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_SIMPLE(SPB_TRANSFER_DIRECTION Direction, ULONG DelayInUs,
                                                            PVOID Buffer, ULONG BufferCb);
SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_NON_PAGED(SPB_TRANSFER_DIRECTION Direction, ULONG DelayInUs,
                                                               PVOID Buffer, ULONG BufferCb);
SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_MDL(SPB_TRANSFER_DIRECTION Direction, ULONG DelayInUs, PMDL Mdl);
SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_BUFFER_LIST(SPB_TRANSFER_DIRECTION Direction, ULONG DelayInUs,
    SPB_TRANSFER_BUFFER_LIST_ENTRY BufferList[], ULONG BufferListCe);
typedef struct SPB_TRANSFER_LIST {
    ULONG Size;
    ULONG Reserved;
    ULONG TransferCount;
    SPB_TRANSFER_LIST_ENTRY Transfers[1];
} SPB_TRANSFER_LIST, *PSPB_TRANSFER_LIST;
#define SPB_TRANSFER_LIST_AND_ENTRIES(n) struct { \
    SPB_TRANSFER_LIST List;                       \
    SPB_TRANSFER_LIST_ENTRY ExtraTransfers[n-1];  \
}
VOID SPB_TRANSFER_LIST_INIT(SPB_TRANSFER_LIST *TransferList, ULONG TransferCount);
#ifdef __cplusplus
}
#endif
#endif
