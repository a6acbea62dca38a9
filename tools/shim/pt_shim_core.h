/* The portable core of the pooltrack runtime shim: what Driver Verifier's
 * Pool Tracking keeps (outstanding blocks, counters, a ring log) and the
 * checks it makes at free and at unload. No WDK types here: the wrappers
 * (pt_shim_wrappers.c) translate WDK calls into these. */
#ifndef PT_SHIM_CORE_H
#define PT_SHIM_CORE_H
#include <stddef.h>
#include <stdint.h>

/* Allocator families: a block must be freed by its own family. The same
 * catalogue as the analyzer's (enum order and names), so the reports' family
 * names are the ones its config and SARIF use. The shim wraps:
 * pool (ExAllocatePool*), ndis, mdl (IoAllocateMdl), irp (IoAllocateIrp,
 * IoBuildAsynchronousFsdRequest), lookaside_np/_p/_ex, contiguous,
 * unicode_string (RtlAnsiStringToUnicodeString(,,TRUE)), mdl_pages
 * (MmAllocatePagesForMdl(Ex)), workitem, flt (FltAllocatePoolAlignedWithTag). */
enum pt_family {
#define PT_FAMILY(e, name, display, free_routine, configurable) e,
#include "../../analyzer/model/data/families.def"
#undef PT_FAMILY
    PT_FAM_LOCKED,        /* the shim's own: MmProbeAndLockPages -> MmUnlockPages */
    /* The shim's own until the analyzer models them (no families.def row):
     * filter-manager contexts (FltAllocateContext, reference counted) and
     * KMDF memory objects without a parent (WdfMemoryCreate/WdfObjectDelete). */
    PT_FAM_FLT_CONTEXT,
    PT_FAM_WDF_MEMORY,
    PT_FAM_COUNT
};

enum pt_event_kind {
    PT_EV_LEAK,               /* PT005 / PT006 */
    PT_EV_TAG_MISMATCH,       /* PT004, bug check 0xC2 */
    PT_EV_DOUBLE_FREE,        /* PT008 */
    PT_EV_UNKNOWN_FREE,       /* no static rule */
    PT_EV_WRONG_FREE,         /* PT009 */
    PT_EV_QUOTA_AT_DISPATCH,  /* PT007 */
    PT_EV_LOCKED_PAGES,       /* PT010, bug check 0xCB */
    PT_EV_BAD_ALLOC,          /* as Driver Verifier's 0xC4 subcodes 0x00-0x02 */
    PT_EV_WRONG_LOOKASIDE,    /* freed to another lookaside list than its own */
    PT_EV_SUMMARY,
    PT_EV_COUNT
};

struct pt_site {
    const char *file;
    int line;
    const char *func;
};

/* What a wrapper knows about one allocation request. */
struct pt_alloc_req {
    enum pt_family family;
    uint32_t tag;
    size_t size;
    const char *pool;     /* "NonPagedPoolNx", "POOL_FLAG_PAGED", ... */
    int paged;            /* counted as paged (1) or nonpaged (0) pool */
    int quota;            /* charges the current process's quota */
    const void *aux;      /* lookaside list the block belongs to, else NULL */
    struct pt_site site;
    /* Set by pt_core_before_alloc for pt_core_after_alloc: the attempt was
     * counted (and numbered seq) already. */
    int counted;
    unsigned long seq;
};

/* Return addresses kept per block, from the allocating function's caller
 * outwards: a leak inside the driver's own wrapper (MyAlloc) still names the
 * function that called it. Kept in the record: no allocation. */
#ifndef PT_SHIM_STACK_DEPTH
#define PT_SHIM_STACK_DEPTH 8
#endif

/* One tracked block, as the table and the reports see it. */
struct pt_block {
    const void *addr;
    struct pt_alloc_req req;
    unsigned long seq;
    unsigned nframes;                      /* 0: no stack captured */
    unsigned refs;                         /* flt_context: references beyond the first */
    void *stack[PT_SHIM_STACK_DEPTH];      /* stack[0]: in the allocating function */
};

/* One reported event. Strings point at __FILE__/__func__ literals or static
 * names, so an event stays valid after the block is gone. */
struct pt_event {
    enum pt_event_kind kind;
    const char *leak_kind;   /* leaks: "outstanding" or "error_path" */
    struct pt_block block;   /* the allocation involved (addr NULL if unknown) */
    struct pt_site at;       /* free/unlock site for free-time events */
    uint32_t other_tag;      /* tag_mismatch: the tag given to the free */
    enum pt_family other_family; /* wrong_free: the family of the free routine */
    struct pt_site first_free;   /* double_free: where it was freed first */
    unsigned long seq;       /* sequence number of the operation that saw it */
    int irql;                /* quota_at_dispatch, bad_alloc: IRQL at the allocation */
    unsigned subcode;        /* bad_alloc: 0xC4 parameter 1 (0x00, 0x01, 0x02) */
    const void *other_list;  /* wrong_lookaside: the list given to the free */
};

struct pt_pool_counts {
    unsigned long current_allocs, peak_allocs;
    uint64_t current_bytes, peak_bytes;
};

struct pt_stats {
    unsigned long attempted, succeeded, failed, failed_deliberately, no_tag;
    unsigned long frees;
    /* Bookkeeping, not driver bugs: blocks the shim could not record (its
     * node pool was full); unknown frees passed to the real routine;
     * records dropped because the address was handed out again (freed by a
     * routine the shim does not wrap, e.g. the I/O manager). */
    unsigned long untracked, passed_through, freed_unseen;
    struct pt_pool_counts paged, nonpaged;
    unsigned long events[PT_EV_COUNT];
};

typedef void (*pt_sink_fn)(void *ctx, const char *line);

/* ---- used by the wrappers ---- */
/* Before the real allocator runs: counts the attempt, checks quota at
 * DISPATCH_LEVEL, decides failure injection. Returns 1: fail it. */
int pt_core_before_alloc(struct pt_alloc_req *req);
/* After the real allocator: addr NULL means it failed on its own. For a
 * reference-counted family (flt_context) a live block of addr gains a
 * reference instead; one the shim does not hold yet (a context gotten after
 * the driver released its own references) becomes a block of the getter. */
void pt_core_after_alloc(struct pt_alloc_req *req, const void *addr);
/* Is addr a live block of family f? (WdfObjectDelete frees objects of every
 * type; only the memory objects the shim tracks go through pt_core_free.) */
int pt_core_holds(enum pt_family f, const void *addr);

enum pt_free_verdict {
    PT_FREE_REAL,  /* free it for real, with the routine of out->req.family */
    PT_FREE_SKIP   /* double free: reported, do not free it a second time */
};
/* check_tag: the free routine passed tag (ExFreePoolWithTag and friends);
 * tag 0 is not checked, as the kernel does not. aux: the lookaside list or
 * NDIS handle the free routine was given. A block holding more than one
 * reference (flt_context) loses one and stays. An address the shim never saw
 * (memory the OS allocated for the driver) is reported and still freed:
 * out then describes the call. */
enum pt_free_verdict pt_core_free(enum pt_family family, const void *addr,
                                  int check_tag, uint32_t tag, const void *aux,
                                  struct pt_site at, struct pt_block *out);
/* A two-step free's first step (MmFreePagesFromMdl): a live block of family
 * `from` becomes one of family `to` (the MDL left for ExFreePool), keeping
 * its site and seq. Returns 1 then; 0 after reporting a block of another
 * family (wrong_free, left as it is) or a double free; -1 for an address
 * the shim never saw (unknown_free reported: pass it on). */
int pt_core_retype(enum pt_family from, enum pt_family to, const void *addr, struct pt_site at);
void pt_core_lock_pages(const void *mdl, size_t size, struct pt_site at);
void pt_core_unlock_pages(const void *mdl, struct pt_site at);

/* ---- used by drivers, harnesses, tests ---- */
/* Reports every outstanding block (leak) and locked MDL (locked_pages), then
 * a summary line. Call at PASSIVE_LEVEL: blocks are copied under the lock a
 * chunk at a time and formatted and printed outside it. Above PASSIVE_LEVEL
 * it prints one report_error line instead. Blocks stay tracked. */
void pt_shim_unload_check(void);
/* Removes all tracked blocks and locked MDLs, calling fn (if not NULL) for
 * each block outside the lock (so a harness can free leaked memory). */
void pt_core_take_outstanding(void (*fn)(void *ctx, const struct pt_block *b), void *ctx);
/* Forgets every tracked block without freeing it (they stay leaked, for
 * Driver Verifier to report at unload). */
void pt_shim_forget_outstanding(void);
/* Hash-chain and list nodes visited since the last reset: lets tests check
 * that lookups and reports stay linear without timing anything. */
unsigned long long pt_shim_work(void);
/* Forgets all state (counters, log, events, injection); keeps the sink. */
void pt_shim_reset(void);
void pt_shim_set_sink(pt_sink_fn fn, void *ctx);
/* Frames captured per allocation, at most PT_SHIM_STACK_DEPTH (the default);
 * 0 turns capture off (it is most of the cost of an allocation in user mode). */
void pt_shim_set_stack_depth(unsigned n);
/* Tag every JSON line with "run":n (the sweep's run number). */
void pt_shim_set_run(long run);
void pt_shim_get_stats(struct pt_stats *out);
/* Events kept in memory since the last reset (at most PT_SHIM_MAX_EVENTS). */
#define PT_SHIM_MAX_EVENTS 256
size_t pt_shim_events(const struct pt_event **out);
/* Sites whose leaks count as "outstanding" (e.g. seen in a clean run); a leak
 * elsewhere after an injected failure is "error_path" (PT005). */
void pt_shim_set_baseline(const struct pt_site *sites, size_t n);

/* ---- failure injection (pt_shim_inject.c) ---- */
void pt_shim_fail_none(void);
void pt_shim_fail_nth(unsigned long n);            /* 1-based, only that one */
void pt_shim_fail_site(const char *file, int line); /* every allocation there */
void pt_shim_fail_random(uint32_t seed, unsigned percent);
/* Values as in PT_SHIM_FAIL_NTH / _SITE ("file.c:42") / _SEED / _RATE; NULL
 * means unset. Returns 0, or -1 with a one-line message in err. */
int pt_shim_fail_configure(const char *nth, const char *site, const char *seed,
                           const char *rate, char *err, size_t errlen);
/* Allocation attempts since the last reset (what a sweep iterates over). */
unsigned long pt_shim_alloc_count(void);
/* Internal: called by the core under its lock for each attempt. */
int pt_inject_should_fail(unsigned long attempt_no, const struct pt_site *site);
void pt_inject_reset(void);

/* ---- reports (pt_shim_report.c) ---- */
/* The !verifier 3 style table: counters, then outstanding blocks. */
void pt_shim_report_table(pt_sink_fn fn, void *ctx);
/* The !verifier 0x80 style log of recent operations; addr NULL = all. */
void pt_shim_report_log(pt_sink_fn fn, void *ctx, const void *addr);
/* One JSON object (no newline) for an event; run < 0 leaves "run" out. */
void pt_shim_event_json(const struct pt_event *ev, const struct pt_stats *st,
                        long run, char *buf, size_t cap);

const char *pt_family_name(enum pt_family f);
const char *pt_event_name(enum pt_event_kind k);
/* Static rule id an event confirms ("PT004"), NULL if none. */
const char *pt_event_rule(const struct pt_event *ev);

#endif
