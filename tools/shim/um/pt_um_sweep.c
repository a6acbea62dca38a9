/* The failure-injection sweep (curl's torture mode): count the allocations
 * of a clean run, then rerun the scenario failing each one in turn. */
#include <stdlib.h>
#include "pt_um_harness.h"

static int keep_events(struct pt_sweep_run *run, unsigned long nth)
{
    const struct pt_event *evs;
    size_t n = pt_shim_events(&evs), i;
    run->fail_nth = nth;
    run->nevents = 0;
    run->events = calloc(n ? n : 1, sizeof(*run->events));
    if (run->events == NULL)
        return -1;
    for (i = 0; i < n; i++)
        if (evs[i].kind != PT_EV_SUMMARY)
            run->events[run->nevents++] = evs[i];
    return 0;
}

/* Leak sites of the clean run: those leaks are not caused by a failure. */
static void set_baseline(const struct pt_sweep_run *clean)
{
    struct pt_site sites[64];
    size_t n = 0, i;
    for (i = 0; i < clean->nevents && n < 64; i++)
        if (clean->events[i].kind == PT_EV_LEAK)
            sites[n++] = clean->events[i].block.req.site;
    pt_shim_set_baseline(sites, n);
}

int pt_um_sweep(pt_scenario_fn scenario, void *ctx, struct pt_sweep *out)
{
    unsigned long i;
    memset(out, 0, sizeof(*out));
    pt_shim_reset();
    pt_shim_set_run(0);
    scenario(ctx);
    out->allocations = pt_shim_alloc_count();
    out->runs = calloc(out->allocations + 1, sizeof(*out->runs));
    if (out->runs == NULL || keep_events(&out->runs[0], 0) != 0)
        return -1;
    out->nruns = 1;
    for (i = 1; i <= out->allocations; i++) {
        pt_shim_reset();
        set_baseline(&out->runs[0]);
        pt_shim_set_run((long)i);
        pt_shim_fail_nth(i);
        scenario(ctx);
        if (keep_events(&out->runs[i], i) != 0)
            return -1;
        out->nruns++;
    }
    pt_shim_reset();
    return 0;
}

void pt_um_sweep_free(struct pt_sweep *s)
{
    size_t i;
    for (i = 0; i < s->nruns; i++)
        free(s->runs[i].events);
    free(s->runs);
    memset(s, 0, sizeof(*s));
}

size_t pt_um_sweep_count(const struct pt_sweep *s, enum pt_event_kind kind)
{
    size_t i, j, n = 0;
    for (i = 0; i < s->nruns; i++)
        for (j = 0; j < s->runs[i].nevents; j++)
            n += s->runs[i].events[j].kind == kind;
    return n;
}
