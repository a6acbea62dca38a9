/* KMDF-style code for memory objects: one the driver keeps past unload, a
 * clean twin that deletes it, and a parented one the framework deletes with
 * its parent (not tracked, its delete passed on). */
#include <string.h>
#include <wdf.h>
#include "pt_shim.h"

void WdfLeak(void)
{
    WDFMEMORY m;
    PVOID buf;
    (void)WdfMemoryCreate(NULL, NonPagedPoolNx, 'mdWP', 128, &m, &buf); /* site:wdf_leak */
}

void WdfPair(void)
{
    WDFMEMORY m;
    if (NT_SUCCESS(WdfMemoryCreate(NULL, PagedPool, 'mdWP', 128, &m, NULL)))
        WdfObjectDelete(m);
}

void WdfParented(void)
{
    WDFMEMORY parent, child;
    WDF_OBJECT_ATTRIBUTES a;
    memset(&a, 0, sizeof a);
    a.Size = sizeof a;
    if (!NT_SUCCESS(WdfMemoryCreate(NULL, PagedPool, 'mdWP', 16, &parent, NULL)))
        return;
    a.ParentObject = parent;
    (void)WdfMemoryCreate(&a, PagedPool, 'hcWP', 16, &child, NULL);
    WdfObjectDelete(parent);   /* the child goes with it */
}
