/* Simulated IRQL, spin locks, DPCs and timers. IRQL is per thread; DPCs
 * and timers fire only when the harness says so (pt_um_run_dpcs,
 * pt_um_advance_time), which keeps tests deterministic. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include "ntddk.h"
#include "pt_um_harness.h"

static _Thread_local KIRQL cur_irql;
static _Thread_local int in_dpc;
static pthread_mutex_t q_mu = PTHREAD_MUTEX_INITIALIZER;
static PKDPC q_head, q_tail;
static PKTIMER timers;
static LONGLONG now;

void pt_um_bugcheck(unsigned code, const char *why)
{
    fprintf(stderr, "*** BUGCHECK 0x%X: %s\n", code, why);
    fflush(stderr);
    abort();
}

int pt_um_in_dpc(void) { return in_dpc; }
KIRQL KeGetCurrentIrql(void) { return cur_irql; }

VOID KeRaiseIrql(KIRQL n, PKIRQL old)
{
    if (n < cur_irql)
        pt_um_bugcheck(0x9, "IRQL_NOT_GREATER_OR_EQUAL: KeRaiseIrql to a lower IRQL");
    *old = cur_irql;
    cur_irql = n;
}

VOID KeLowerIrql(KIRQL n)
{
    if (n > cur_irql)
        pt_um_bugcheck(0xA, "IRQL_NOT_LESS_OR_EQUAL: KeLowerIrql to a higher IRQL");
    cur_irql = n;
}

VOID KeInitializeSpinLock(PKSPIN_LOCK l) { *l = 0; }

VOID KeAcquireSpinLockAtDpcLevel(PKSPIN_LOCK l)
{
    if (cur_irql < DISPATCH_LEVEL)
        pt_um_bugcheck(0xA, "KeAcquireSpinLockAtDpcLevel below DISPATCH_LEVEL");
    while (__atomic_exchange_n(l, (KSPIN_LOCK)1, __ATOMIC_ACQUIRE) != 0)
        ;
}

VOID KeReleaseSpinLockFromDpcLevel(PKSPIN_LOCK l)
{
    __atomic_store_n(l, (KSPIN_LOCK)0, __ATOMIC_RELEASE);
}

VOID KeAcquireSpinLock(PKSPIN_LOCK l, PKIRQL old)
{
    KeRaiseIrql(DISPATCH_LEVEL, old);
    KeAcquireSpinLockAtDpcLevel(l);
}

VOID KeReleaseSpinLock(PKSPIN_LOCK l, KIRQL old)
{
    KeReleaseSpinLockFromDpcLevel(l);
    KeLowerIrql(old);
}

VOID KeInitializeDpc(PKDPC dpc, PKDEFERRED_ROUTINE fn, PVOID ctx)
{
    memset(dpc, 0, sizeof(*dpc));
    dpc->DeferredRoutine = fn;
    dpc->DeferredContext = ctx;
}

/* As in the kernel: FALSE if the DPC is already in the queue. */
BOOLEAN KeInsertQueueDpc(PKDPC dpc, PVOID a1, PVOID a2)
{
    BOOLEAN ok = FALSE;
    pthread_mutex_lock(&q_mu);
    if (!dpc->pt_queued) {
        dpc->pt_queued = TRUE;
        dpc->SystemArgument1 = a1;
        dpc->SystemArgument2 = a2;
        dpc->pt_next = NULL;
        if (q_tail)
            q_tail->pt_next = dpc;
        else
            q_head = dpc;
        q_tail = dpc;
        ok = TRUE;
    }
    pthread_mutex_unlock(&q_mu);
    return ok;
}

BOOLEAN KeRemoveQueueDpc(PKDPC dpc)
{
    PKDPC *pp, prev = NULL;
    BOOLEAN found = FALSE;
    pthread_mutex_lock(&q_mu);
    for (pp = &q_head; *pp; prev = *pp, pp = &(*pp)->pt_next)
        if (*pp == dpc) {
            *pp = dpc->pt_next;
            if (q_tail == dpc)
                q_tail = prev;
            dpc->pt_queued = FALSE;
            found = TRUE;
            break;
        }
    pthread_mutex_unlock(&q_mu);
    return found;
}

static PKDPC dequeue(void)
{
    PKDPC d;
    pthread_mutex_lock(&q_mu);
    d = q_head;
    if (d) {
        q_head = d->pt_next;
        if (!q_head)
            q_tail = NULL;
        d->pt_queued = FALSE;
    }
    pthread_mutex_unlock(&q_mu);
    return d;
}

unsigned pt_um_run_dpcs(void)
{
    unsigned n = 0;
    PKDPC d;
    while ((d = dequeue()) != NULL) {
        KIRQL old;
        KeRaiseIrql(DISPATCH_LEVEL, &old);
        in_dpc = 1;
        d->DeferredRoutine(d, d->DeferredContext, d->SystemArgument1, d->SystemArgument2);
        in_dpc = 0;
        KeLowerIrql(old);
        n++;
    }
    return n;
}

VOID KeInitializeTimer(PKTIMER t) { memset(t, 0, sizeof(*t)); }

/* Negative due times are relative, positive absolute (100 ns units).
 * Returns TRUE if the timer was already set. */
BOOLEAN KeSetTimer(PKTIMER t, LARGE_INTEGER due, PKDPC dpc)
{
    BOOLEAN was = KeCancelTimer(t);
    t->pt_due = due.QuadPart < 0 ? now - due.QuadPart : due.QuadPart;
    t->pt_dpc = dpc;
    t->pt_set = TRUE;
    t->Signaled = FALSE;
    t->pt_next = timers;
    timers = t;
    return was;
}

BOOLEAN KeCancelTimer(PKTIMER t)
{
    PKTIMER *pp;
    for (pp = &timers; *pp; pp = &(*pp)->pt_next)
        if (*pp == t) {
            *pp = t->pt_next;
            t->pt_set = FALSE;
            return TRUE;
        }
    return FALSE;
}

BOOLEAN KeReadStateTimer(PKTIMER t) { return t->Signaled; }

unsigned pt_um_advance_time(LONGLONG delta)
{
    unsigned fired = 0;
    PKTIMER *pp = &timers;
    now += delta;
    while (*pp) {
        PKTIMER t = *pp;
        if (t->pt_due <= now) {
            *pp = t->pt_next;
            t->pt_set = FALSE;
            t->Signaled = TRUE;
            if (t->pt_dpc)
                KeInsertQueueDpc(t->pt_dpc, NULL, NULL);
            fired++;
        } else {
            pp = &t->pt_next;
        }
    }
    pt_um_run_dpcs();
    return fired;
}
