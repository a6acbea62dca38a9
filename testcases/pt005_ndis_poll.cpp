/* An NDIS 6.85 miniport's poll callback (poll.h, Windows 11): NDIS_POLL_DATA,
 * NDIS_ANY_NUMBER_OF_NBLS and the registration; SAL 1 `__in` in C++ (MinGW's
 * sal.h defines it for C only); ETH_COPY_NETWORK_ADDRESS (xfilter.h) and the
 * NDIS 6.80 UDP hash types. */
#define NDIS_MINIPORT_DRIVER 1
#define NDIS685_MINIPORT 1
#include <ndis.h>

struct Queue {
    NDIS_POLL_HANDLE Poll;
    UCHAR Mac[ETH_LENGTH_OF_ADDRESS];
    PVOID Scratch;
};

static LONG AddCount(__inout LONG volatile *p, __in LONG v)
{
    return InterlockedExchangeAdd(p, v) + v;
}

static void PollQueue(void *context, NDIS_POLL_DATA *data)
{
    Queue *q = static_cast<Queue *>(context);
    PVOID scratch = ExAllocatePoolWithTag(NonPagedPoolNx, 64, 'lloP');   // expect: PT005
    if (scratch == NULL) return;
    if (data->Receive.MaxNblsToIndicate == NDIS_ANY_NUMBER_OF_NBLS) return;   /* leaks scratch */
    data->Transmit.NumberOfRemainingNbls = 0;
    q->Scratch = scratch;
}

NDIS_STATUS StartPoll(NDIS_HANDLE adapter, Queue *q, const UCHAR *mac)
{
    static LONG registered;
    NDIS_POLL_CHARACTERISTICS poll = {};
    poll.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    poll.Header.Revision = NDIS_POLL_CHARACTERISTICS_REVISION_1;
    poll.Header.Size = NDIS_SIZEOF_NDIS_POLL_CHARACTERISTICS_REVISION_1;
    poll.PollHandler = PollQueue;
    ETH_COPY_NETWORK_ADDRESS(q->Mac, mac);
    AddCount(&registered, (NDIS_HASH_UDP_IPV4 & NDIS_HASH_UDP_IPV6) ? 2 : 1);
    return NdisRegisterPoll(adapter, q, &poll, &q->Poll);
}
