/* NDIS 6.85 poll mode (the WDK's poll.h, included by ndis.h; Windows 11,
 * newer than the 10.0.16299 kit): declared from Microsoft's documentation
 * for NDIS685 and later. */
#pragma once
#ifndef PT_NDIS_POLL_H
#define PT_NDIS_POLL_H

#ifndef NDIS_SUPPORT_NDIS685
#if defined(NDIS689_MINIPORT) || defined(NDIS689) || defined(NDIS688_MINIPORT) || defined(NDIS688) || \
    defined(NDIS687_MINIPORT) || defined(NDIS687) || defined(NDIS686_MINIPORT) || defined(NDIS686) || \
    defined(NDIS685_MINIPORT) || defined(NDIS685)
#define NDIS_SUPPORT_NDIS685 1
#else
#define NDIS_SUPPORT_NDIS685 0
#endif
#endif

#if NDIS_SUPPORT_NDIS685
#ifdef __cplusplus
extern "C" {
#endif

DECLARE_HANDLE(NDIS_POLL_HANDLE);
#define NDIS_ANY_NUMBER_OF_NBLS 0xFFFFFFFF

typedef struct _NDIS_POLL_TRANSMIT_DATA {
    ULONG MaxNblsToComplete;
    ULONG Reserved1[3];
    NET_BUFFER_LIST *CompletedNblChain;
    ULONG NumberOfCompletedNbls, NumberOfRemainingNbls, SendCompleteFlags, Reserved2;
    void *Reserved3[4];
} NDIS_POLL_TRANSMIT_DATA;
typedef struct _NDIS_POLL_RECEIVE_DATA {
    ULONG MaxNblsToIndicate;
    ULONG Reserved1[3];
    NET_BUFFER_LIST *IndicatedNblChain;
    ULONG NumberOfIndicatedNbls, NumberOfRemainingNbls, Flags, Reserved2;
    void *Reserved3[4];
} NDIS_POLL_RECEIVE_DATA;
typedef struct _NDIS_POLL_DATA {
    NDIS_OBJECT_HEADER Header;
    NDIS_POLL_TRANSMIT_DATA Transmit;
    NDIS_POLL_RECEIVE_DATA Receive;
} NDIS_POLL_DATA;
#define NDIS_POLL_DATA_REVISION_1 1
#define NDIS_SIZEOF_NDIS_POLL_DATA_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_POLL_DATA, Receive)

typedef void NDIS_POLL(void *Context, NDIS_POLL_DATA *PollData);
typedef NDIS_POLL *NDIS_POLL_HANDLER;
typedef struct _NDIS_POLL_NOTIFICATION {
    NDIS_OBJECT_HEADER Header;
    BOOLEAN Enabled;
} NDIS_POLL_NOTIFICATION;
#define NDIS_POLL_NOTIFICATION_REVISION_1 1
#define NDIS_SIZEOF_NDIS_POLL_NOTIFICATION_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_POLL_NOTIFICATION, Enabled)
typedef void NDIS_SET_POLL_NOTIFICATION(void *Context, NDIS_POLL_NOTIFICATION *Notification);
typedef NDIS_SET_POLL_NOTIFICATION *NDIS_SET_POLL_NOTIFICATION_HANDLER;
typedef struct _NDIS_POLL_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    NDIS_SET_POLL_NOTIFICATION_HANDLER SetPollNotificationHandler;
    NDIS_POLL_HANDLER PollHandler;
} NDIS_POLL_CHARACTERISTICS;
#define NDIS_POLL_CHARACTERISTICS_REVISION_1 1
#define NDIS_SIZEOF_NDIS_POLL_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_POLL_CHARACTERISTICS, PollHandler)

NDIS_STATUS NdisRegisterPoll(NDIS_HANDLE NdisHandle, void *Context, NDIS_POLL_CHARACTERISTICS const *Characteristics,
                             NDIS_POLL_HANDLE *PollHandle);
void NdisDeregisterPoll(NDIS_POLL_HANDLE PollHandle);
void NdisSetPollAffinity(NDIS_POLL_HANDLE PollHandle, PROCESSOR_NUMBER const *PollAffinity);
void NdisRequestPoll(NDIS_POLL_HANDLE PollHandle, void *Reserved);

#ifdef __cplusplus
}
#endif
#endif

#endif
