/* Reports: JSON lines for tools (one object per event) and the human table
 * in the shape of `!verifier 3` and `!verifier 0x80`. */
#include <string.h>
#include "pt_shim_internal.h"
#include "pt_shim_backend.h"
#include "pt_shim_fmt.h"

const char *pt_family_name(enum pt_family f)
{
    static const char *const names[PT_FAM_COUNT] = {
#define PT_FAMILY(e, name, display, free_routine, configurable) [e] = name,
#include "../../analyzer/model/data/families.def"
#undef PT_FAMILY
        [PT_FAM_LOCKED] = "locked_pages",
        [PT_FAM_FLT_CONTEXT] = "flt_context",
        [PT_FAM_WDF_MEMORY] = "wdf_memory",
    };
    return (unsigned)f < PT_FAM_COUNT ? names[f] : "?";
}

const char *pt_event_name(enum pt_event_kind k)
{
    static const char *const names[PT_EV_COUNT] = {
        "leak", "tag_mismatch", "double_free", "unknown_free", "wrong_free",
        "quota_at_dispatch", "locked_pages", "bad_alloc", "wrong_lookaside", "summary",
    };
    return (unsigned)k < PT_EV_COUNT ? names[k] : "?";
}

const char *pt_event_rule(const struct pt_event *ev)
{
    switch (ev->kind) {
    case PT_EV_LEAK:
        return ev->leak_kind != NULL && ev->leak_kind[0] == 'e' ? "PT005" : "PT006";
    case PT_EV_TAG_MISMATCH: return "PT004";
    case PT_EV_DOUBLE_FREE: return "PT008";
    case PT_EV_WRONG_FREE: return "PT009";
    case PT_EV_QUOTA_AT_DISPATCH: return "PT007";
    case PT_EV_LOCKED_PAGES: return "PT010";
    default: return NULL;
    }
}

/* ,"<prefix><k>": (written in place: a report writes thousands of keys). */
static void key2(struct pt_fmt *f, const char *prefix, const char *k)
{
    pt_fmt_str(f, ",\"");
    pt_fmt_str(f, prefix);
    pt_fmt_str(f, k);
    pt_fmt_str(f, "\":");
}

static void key(struct pt_fmt *f, const char *k)
{
    key2(f, "", k);
}

static void kv_str(struct pt_fmt *f, const char *k, const char *v)
{
    key(f, k);
    pt_fmt_json_str(f, v);
}

static void kv_num(struct pt_fmt *f, const char *k, uint64_t v)
{
    key(f, k);
    pt_fmt_dec(f, v);
}

static void kv_tag(struct pt_fmt *f, const char *k, uint32_t tag)
{
    key(f, k);
    pt_fmt_str(f, "\"");
    pt_fmt_tag(f, tag);
    pt_fmt_str(f, "\"");
    key2(f, k, "_hex");
    pt_fmt_str(f, "\"0x");
    pt_fmt_hex(f, tag, 8, 0);
    pt_fmt_str(f, "\"");
}

/* file/line/function of one site, keys prefixed ("free_file"...). */
static void kv_site(struct pt_fmt *f, const char *prefix, const struct pt_site *s)
{
    key2(f, prefix, "file");
    pt_fmt_json_str(f, s->file);
    key2(f, prefix, "line");
    pt_fmt_dec(f, (uint64_t)(s->line < 0 ? 0 : s->line));
    key2(f, prefix, "function");
    pt_fmt_json_str(f, s->func);
}

/* One frame as the backend names it, else its address. */
static void frame_text(struct pt_fmt *f, const void *pc)
{
    char name[160];
    if (pt_backend_frame_name(pc, name, sizeof(name))) {
        pt_fmt_str(f, name);
    } else {
        pt_fmt_str(f, "0x");
        pt_fmt_hex(f, (uintptr_t)pc, 0, 0);
    }
}

/* "alloc_stack":[frames]: the allocation's callers, innermost first. */
static void kv_stack(struct pt_fmt *f, const struct pt_block *b)
{
    unsigned i;
    key(f, "alloc_stack");
    pt_fmt_str(f, "[");
    for (i = 0; i < b->nframes && i < PT_SHIM_STACK_DEPTH; i++) {
        char one[176];
        if (!pt_backend_frame_name(b->stack[i], one, sizeof(one))) {   /* named in place: no copy */
            struct pt_fmt t;
            pt_fmt_init(&t, one, sizeof(one));
            pt_fmt_str(&t, "0x");
            pt_fmt_hex(&t, (uintptr_t)b->stack[i], 0, 0);
        }
        if (i > 0)
            pt_fmt_str(f, ",");
        pt_fmt_json_str(f, one);
    }
    pt_fmt_str(f, "]");
}

static void summary_json(struct pt_fmt *f, const struct pt_stats *st)
{
    kv_num(f, "attempted", st->attempted);
    kv_num(f, "succeeded", st->succeeded);
    kv_num(f, "failed", st->failed);
    kv_num(f, "failed_deliberately", st->failed_deliberately);
    kv_num(f, "current_paged_allocs", st->paged.current_allocs);
    kv_num(f, "current_paged_bytes", st->paged.current_bytes);
    kv_num(f, "peak_paged_allocs", st->paged.peak_allocs);
    kv_num(f, "peak_paged_bytes", st->paged.peak_bytes);
    kv_num(f, "current_nonpaged_allocs", st->nonpaged.current_allocs);
    kv_num(f, "current_nonpaged_bytes", st->nonpaged.current_bytes);
    kv_num(f, "peak_nonpaged_allocs", st->nonpaged.peak_allocs);
    kv_num(f, "peak_nonpaged_bytes", st->nonpaged.peak_bytes);
    kv_num(f, "untracked", st->untracked);
    kv_num(f, "passed_through", st->passed_through);
    kv_num(f, "freed_unseen", st->freed_unseen);
    kv_num(f, "leaks", st->events[PT_EV_LEAK]);
    kv_num(f, "errors", st->events[PT_EV_TAG_MISMATCH] + st->events[PT_EV_DOUBLE_FREE] +
                        st->events[PT_EV_UNKNOWN_FREE] + st->events[PT_EV_WRONG_FREE] +
                        st->events[PT_EV_QUOTA_AT_DISPATCH] + st->events[PT_EV_LOCKED_PAGES] +
                        st->events[PT_EV_BAD_ALLOC] + st->events[PT_EV_WRONG_LOOKASIDE]);
}

/* Where the event is reported: the free for free-time events, else the allocation. */
static int reported_at_free(enum pt_event_kind k)
{
    return k == PT_EV_TAG_MISMATCH || k == PT_EV_DOUBLE_FREE ||
           k == PT_EV_UNKNOWN_FREE || k == PT_EV_WRONG_FREE || k == PT_EV_WRONG_LOOKASIDE;
}

static void event_body(struct pt_fmt *f, const struct pt_event *ev)
{
    const struct pt_block *b = &ev->block;
    if (ev->kind == PT_EV_LEAK)
        kv_str(f, "kind", ev->leak_kind);
    kv_str(f, "family", pt_family_name(b->req.family));
    if (ev->kind != PT_EV_UNKNOWN_FREE) {
        kv_tag(f, "tag", b->req.tag);
        kv_num(f, "size", b->req.size);
        kv_str(f, "pool", b->req.pool);
    }
    key(f, "address");
    pt_fmt_str(f, "\"0x");
    pt_fmt_hex(f, (uintptr_t)b->addr, 0, 0);
    pt_fmt_str(f, "\"");
    kv_site(f, "", reported_at_free(ev->kind) ? &ev->at : &b->req.site);
    if (reported_at_free(ev->kind) && ev->kind != PT_EV_UNKNOWN_FREE) {
        kv_site(f, "alloc_", &b->req.site);
        kv_num(f, "alloc_seq", b->seq);
    }
    if (ev->kind == PT_EV_TAG_MISMATCH || ev->kind == PT_EV_UNKNOWN_FREE)
        kv_tag(f, "free_tag", ev->other_tag);
    if (ev->kind == PT_EV_WRONG_FREE || ev->kind == PT_EV_UNKNOWN_FREE)
        kv_str(f, "free_family", pt_family_name(ev->other_family));
    if (ev->kind == PT_EV_DOUBLE_FREE)
        kv_site(f, "first_free_", &ev->first_free);
    if (ev->kind == PT_EV_QUOTA_AT_DISPATCH || ev->kind == PT_EV_BAD_ALLOC)
        kv_num(f, "irql", (uint64_t)ev->irql);
    if (ev->kind == PT_EV_BAD_ALLOC) {
        key(f, "bugcheck_subcode");
        pt_fmt_str(f, "\"0x");
        pt_fmt_hex(f, ev->subcode, 2, 0);
        pt_fmt_str(f, "\"");
    }
    if (b->nframes > 0)
        kv_stack(f, b);
    if (ev->kind == PT_EV_WRONG_LOOKASIDE) {
        key(f, "lookaside");
        pt_fmt_str(f, "\"0x");
        pt_fmt_hex(f, (uintptr_t)b->req.aux, 0, 0);
        pt_fmt_str(f, "\"");
        key(f, "free_lookaside");
        pt_fmt_str(f, "\"0x");
        pt_fmt_hex(f, (uintptr_t)ev->other_list, 0, 0);
        pt_fmt_str(f, "\"");
    }
}

void pt_shim_event_json(const struct pt_event *ev, const struct pt_stats *st,
                        long run, char *buf, size_t cap)
{
    struct pt_fmt f;
    const char *rule = pt_event_rule(ev);
    pt_fmt_init(&f, buf, cap);
    pt_fmt_str(&f, "{\"event\":");
    pt_fmt_json_str(&f, pt_event_name(ev->kind));
    key(&f, "rule");
    pt_fmt_json_str(&f, rule);
    if (ev->kind == PT_EV_SUMMARY)
        summary_json(&f, st);
    else
        event_body(&f, ev);
    kv_num(&f, "seq", ev->seq);
    if (run >= 0)
        kv_num(&f, "run", (uint64_t)run);
    pt_fmt_str(&f, "}");
}

/* ---- the !verifier 3 table ---- */

static void line_counter(pt_sink_fn fn, void *ctx, const char *label, uint64_t v)
{
    char buf[128];
    struct pt_fmt f;
    pt_fmt_init(&f, buf, sizeof(buf));
    pt_fmt_str(&f, label);
    pt_fmt_pad(&f, 0, 39);
    pt_fmt_str(&f, "0x");
    pt_fmt_hex(&f, v, 0, 0);
    fn(ctx, buf);
}

static void line_pool(pt_sink_fn fn, void *ctx, const char *label,
                      unsigned long allocs, uint64_t bytes)
{
    char buf[128];
    struct pt_fmt f;
    pt_fmt_init(&f, buf, sizeof(buf));
    pt_fmt_str(&f, label);
    pt_fmt_pad(&f, 0, 39);
    pt_fmt_str(&f, "0x");
    pt_fmt_hex(&f, allocs, 0, 0);
    pt_fmt_str(&f, " for ");
    pt_fmt_hex(&f, bytes, 8, 1);
    pt_fmt_str(&f, " bytes");
    fn(ctx, buf);
}

static void block_row(pt_sink_fn fn, void *ctx, const struct pt_block *b)
{
    char buf[1024];
    struct pt_fmt f;
    pt_fmt_init(&f, buf, sizeof(buf));
    pt_fmt_hex(&f, (uintptr_t)b->addr, 16, 0);
    pt_fmt_pad(&f, 0, 21);
    pt_fmt_str(&f, "0x");
    pt_fmt_hex(&f, b->req.size, 8, 0);
    pt_fmt_pad(&f, 0, 36);
    pt_fmt_tag(&f, b->req.tag);
    pt_fmt_pad(&f, 0, 46);
    pt_fmt_str(&f, b->req.site.file);
    pt_fmt_str(&f, ":");
    pt_fmt_dec(&f, (uint64_t)(b->req.site.line < 0 ? 0 : b->req.site.line));
    pt_fmt_str(&f, " ");
    pt_fmt_str(&f, b->req.site.func);
    fn(ctx, buf);
    if (b->nframes > 0) {   /* like !verifier 0x80's stack under the entry */
        unsigned i;
        pt_fmt_init(&f, buf, sizeof(buf));
        pt_fmt_str(&f, "    stack:");
        for (i = 0; i < b->nframes && i < PT_SHIM_STACK_DEPTH; i++) {
            pt_fmt_str(&f, " ");
            frame_text(&f, b->stack[i]);
        }
        fn(ctx, buf);
    }
}

static void table_counters(pt_sink_fn fn, void *ctx, const struct pt_stats *st)
{
    fn(ctx, "Summary of pooltrack shim statistics (Pool Tracking)");
    fn(ctx, "");
    line_counter(fn, ctx, "Pool Allocations Attempted", st->attempted);
    line_counter(fn, ctx, "Pool Allocations Succeeded", st->succeeded);
    line_counter(fn, ctx, "Pool Allocations With NO TAG", st->no_tag);
    line_counter(fn, ctx, "Pool Allocations Failed", st->failed);
    line_counter(fn, ctx, "Resource Allocations Failed Deliberately", st->failed_deliberately);
    line_counter(fn, ctx, "Allocations Not Tracked (shim full)", st->untracked);
    fn(ctx, "");
    line_pool(fn, ctx, "Current paged pool allocations", st->paged.current_allocs, st->paged.current_bytes);
    line_pool(fn, ctx, "Peak paged pool allocations", st->paged.peak_allocs, st->paged.peak_bytes);
    line_pool(fn, ctx, "Current nonpaged pool allocations", st->nonpaged.current_allocs, st->nonpaged.current_bytes);
    line_pool(fn, ctx, "Peak nonpaged pool allocations", st->nonpaged.peak_allocs, st->nonpaged.peak_bytes);
    fn(ctx, "");
}

struct table_ctx {
    pt_sink_fn fn;
    void *ctx;
};

static void table_row(void *ctx, const struct pt_block *b)
{
    const struct table_ctx *t = ctx;
    block_row(t->fn, t->ctx, b);
}

void pt_shim_report_table(pt_sink_fn fn, void *ctx)
{
    struct table_ctx t = { fn, ctx };
    struct pt_stats stats;
    uintptr_t st;
    if (!pt_report_begin(fn, ctx, "pt_shim_report_table"))
        return;
    st = pt_backend_lock();
    stats = pt_g.stats;
    pt_backend_unlock(st);
    table_counters(fn, ctx, &stats);
    fn(ctx, "PoolAddress          SizeInBytes    Tag       CallersAddress");
    pt_report_walk(&pt_g.blocks, table_row, &t);   /* rows in allocation order */
    pt_report_end();
}

/* ---- the !verifier 0x80 log ---- */

static const char *op_name(enum pt_op op)
{
    static const char *const names[] = { "Allocate", "AllocFail", "Free", "LockPages",
                                         "UnlockPages", "BadFree" };
    return names[op];
}

static void log_row(pt_sink_fn fn, void *ctx, const struct pt_ring_entry *e)
{
    char buf[512];
    struct pt_fmt f;
    pt_fmt_init(&f, buf, sizeof(buf));
    pt_fmt_str(&f, "seq ");
    pt_fmt_dec(&f, e->op_seq);
    pt_fmt_pad(&f, 0, 10);
    pt_fmt_str(&f, op_name(e->op));
    pt_fmt_pad(&f, 0, 22);
    pt_fmt_hex(&f, (uintptr_t)e->b.addr, 16, 0);
    pt_fmt_str(&f, " size 0x");
    pt_fmt_hex(&f, e->b.req.size, 0, 0);
    pt_fmt_str(&f, " tag ");
    pt_fmt_tag(&f, e->b.req.tag);
    pt_fmt_str(&f, " ");
    pt_fmt_str(&f, e->at.file);
    pt_fmt_str(&f, ":");
    pt_fmt_dec(&f, (uint64_t)(e->at.line < 0 ? 0 : e->at.line));
    pt_fmt_str(&f, " ");
    pt_fmt_str(&f, e->at.func);
    fn(ctx, buf);
}

static struct pt_ring_entry ring_copy[PT_RING];   /* guarded by the report lock */

void pt_shim_report_log(pt_sink_fn fn, void *ctx, const void *addr)
{
    unsigned long i, first, last;
    uintptr_t st;
    if (!pt_report_begin(fn, ctx, "pt_shim_report_log"))
        return;
    st = pt_backend_lock();
    memcpy(ring_copy, pt_g.ring, sizeof(ring_copy));
    last = pt_g.ring_next;
    pt_backend_unlock(st);
    first = last > PT_RING ? last - PT_RING : 0;
    fn(ctx, "Log of recent pool Allocate and Free operations (newest last):");
    for (i = first; i < last; i++) {
        const struct pt_ring_entry *e = &ring_copy[i % PT_RING];
        if (addr == NULL || e->b.addr == addr)
            log_row(fn, ctx, e);
    }
    pt_report_end();
}
