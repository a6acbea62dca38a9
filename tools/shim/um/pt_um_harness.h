/* The user-mode harness: loads a driver (DriverEntry), sends IOCTLs,
 * drains DPCs, advances the simulated clock, unloads, and sweeps failure
 * injection over a scenario. Test code includes this, not pt_shim.h. */
#ifndef PT_UM_HARNESS_H
#define PT_UM_HARNESS_H
#include "ntddk.h"
#include "../pt_shim_decls.h"

/* Simulates a bug check: prints "*** BUGCHECK 0x..: why" and aborts. */
void pt_um_bugcheck(unsigned code, const char *why);

/* IRQL/DPC state of the calling thread (the shim's backend reads these). */
int pt_um_in_dpc(void);

/* DPCs queued by KeInsertQueueDpc run only here, one by one at
 * DISPATCH_LEVEL, in queue order (also ones queued while draining).
 * Returns how many ran. */
unsigned pt_um_run_dpcs(void);
/* Advances the simulated clock (100 ns units); timers now due become
 * signaled and queue their DPC; then the DPCs are drained. Returns the
 * number of timers that fired. */
unsigned pt_um_advance_time(LONGLONG delta);

/* Calls entry at PASSIVE_LEVEL with a fresh driver object. */
NTSTATUS pt_um_load(PDRIVER_OBJECT drv, PDRIVER_INITIALIZE entry);
/* Builds a METHOD_BUFFERED IOCTL IRP for dev's driver and calls its
 * IRP_MJ_DEVICE_CONTROL routine; copies the output back. */
NTSTATUS pt_um_ioctl(PDEVICE_OBJECT dev, ULONG code, const void *in, ULONG in_len,
                     void *out, ULONG out_len, ULONG_PTR *info);
/* Drains DPCs, calls DriverUnload if DriverEntry succeeded and set one,
 * then pt_shim_unload_check(); the shim forgets the leaked blocks (left for
 * Driver Verifier in a kernel) and the harness gives back what is still
 * really allocated (pt_um_mem_release_all, so the process stays clean) and
 * any devices the driver did not delete. */
void pt_um_unload(PDRIVER_OBJECT drv, NTSTATUS entry_status);

/* ---- the simulated pool (pt_um_mem.c): what the "kernel" has handed out ---- */
void *pt_um_mem_alloc(size_t n, int zero);
/* A free of an address not allocated (double free, static memory) is
 * counted and printed, not done: the kernel would bug-check 0xC2. */
void pt_um_mem_free(void *p, const char *routine);
size_t pt_um_mem_live(void);
int pt_um_mem_is_live(const void *p);
unsigned long pt_um_mem_bad_frees(void);
/* Frees every live block; returns how many there were. */
size_t pt_um_mem_release_all(void);

/* ---- failure-injection sweep ---- */
struct pt_sweep_run {
    unsigned long fail_nth;        /* 0 = the clean run */
    size_t nevents;
    struct pt_event *events;       /* copies of the run's events (summary excluded) */
};
struct pt_sweep {
    unsigned long allocations;     /* attempts counted in the clean run */
    size_t nruns;                  /* allocations + 1 */
    struct pt_sweep_run *runs;
};
typedef void (*pt_scenario_fn)(void *ctx);
/* Runs scenario clean, then once per allocation with that one failed.
 * Leak sites of the clean run are the baseline ("outstanding"); new leaks
 * in a run with an injected failure are "error_path". Returns 0 or -1. */
int pt_um_sweep(pt_scenario_fn scenario, void *ctx, struct pt_sweep *out);
void pt_um_sweep_free(struct pt_sweep *s);
/* Events of one kind over all runs. */
size_t pt_um_sweep_count(const struct pt_sweep *s, enum pt_event_kind kind);
#endif
