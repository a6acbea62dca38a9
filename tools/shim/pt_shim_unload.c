/* The unload check and the walk the reports share: at PASSIVE_LEVEL, copy
 * a chunk of records under the spin lock, format and print them outside
 * it. Linear in the records; the lock is never held for more than a chunk. */
#include <string.h>
#include "pt_shim_internal.h"
#include "pt_shim_backend.h"
#include "pt_shim_fmt.h"

#define PT_CHUNK 128

static struct pt_block chunk[PT_CHUNK];   /* guarded by the report lock */

int pt_report_begin(pt_sink_fn fn, void *ctx, const char *what)
{
    char line[200];
    struct pt_fmt f;
    if (pt_backend_irql() == 0) {
        pt_backend_report_lock();
        pt_backend_modules_refresh();   /* frames named module+0xOFFSET in the kernel */
        return 1;
    }
    pt_fmt_init(&f, line, sizeof(line));
    pt_fmt_str(&f, "{\"event\":\"report_error\",\"message\":\"");
    pt_fmt_str(&f, what);
    pt_fmt_str(&f, " called above PASSIVE_LEVEL: no report\"}");
    if (fn != NULL)
        fn(ctx, line);
    return 0;
}

void pt_report_end(void)
{
    pt_backend_report_unlock();
}

void pt_report_walk(struct pt_table *t, void (*visit)(void *ctx, const struct pt_block *b),
                    void *ctx)
{
    uintptr_t st = pt_backend_lock();
    if (!pt_g.ready)
        pt_table_setup();
    pt_g.cursor = t->head;
    pt_backend_unlock(st);
    for (;;) {
        size_t n = 0, i;
        st = pt_backend_lock();
        while (pt_g.cursor != NULL && n < PT_CHUNK) {
            chunk[n++] = pt_g.cursor->b;
            pt_g.cursor = pt_g.cursor->next;
            pt_g.work++;
        }
        pt_backend_unlock(st);
        if (n == 0)
            return;
        for (i = 0; i < n; i++)
            visit(ctx, &chunk[i]);
    }
}

static const char *leak_kind(const struct pt_block *b)
{
    size_t i;
    for (i = 0; i < pt_g.nbaseline; i++)
        if (pt_site_equal(&pt_g.baseline[i], &b->req.site))
            return "outstanding";
    return pt_g.injected_this_run > 0 ? "error_path" : "outstanding";
}

static void report_one(void *ctx, const struct pt_block *b)
{
    const enum pt_event_kind *kind = ctx;
    struct pt_event ev = { .kind = *kind, .block = *b, .seq = b->seq };
    uintptr_t st = pt_backend_lock();
    if (ev.kind == PT_EV_LEAK)
        ev.leak_kind = leak_kind(b);
    pt_event_record(&ev);
    pt_backend_unlock(st);
    pt_event_send(&ev);
}

void pt_shim_unload_check(void)
{
    enum pt_event_kind locked = PT_EV_LOCKED_PAGES, leak = PT_EV_LEAK;
    struct pt_event sum = { .kind = PT_EV_SUMMARY };
    struct pt_stats stats;
    uintptr_t st;
    if (!pt_report_begin(pt_g.sink, pt_g.sink_ctx, "pt_shim_unload_check"))
        return;
    pt_report_walk(&pt_g.locked, report_one, &locked);
    pt_report_walk(&pt_g.blocks, report_one, &leak);
    st = pt_backend_lock();
    pt_event_record(&sum);
    stats = pt_g.stats;
    pt_backend_unlock(st);
    pt_event_send_stats(&sum, &stats);
    pt_report_end();
}
