/* Driver code for the families wrapped for issue 14: for each, a leak, a
 * correct pairing and a free by another family's routine. */
#include <ntddk.h>
#include "pt_shim.h"

static LOOKASIDE_LIST_EX g_lex;
static DEVICE_OBJECT g_dev = { .StackSize = 2 };
static PHYSICAL_ADDRESS g_lo, g_hi = { .QuadPart = -1 }, g_skip;

void FamInit(void)
{
    ExInitializeLookasideListEx(&g_lex, NULL, NULL, NonPagedPoolNx, 0, 32, 'xLaF', 0);
}

void LexLeak(void) { (void)ExAllocateFromLookasideListEx(&g_lex); /* site:lex_leak */ }
void LexPair(void) { ExFreeToLookasideListEx(&g_lex, ExAllocateFromLookasideListEx(&g_lex)); }
void LexWrong(void)
{
    PVOID p = ExAllocateFromLookasideListEx(&g_lex);
    ExFreePool(p);   /* site:lex_wrong */
}

void WiLeak(void) { (void)IoAllocateWorkItem(&g_dev); /* site:wi_leak */ }
void WiPair(void) { IoFreeWorkItem(IoAllocateWorkItem(&g_dev)); }
void WiWrong(void)
{
    PIO_WORKITEM w = IoAllocateWorkItem(&g_dev);
    ExFreePool(w);   /* site:wi_wrong */
}

static PIRP BuildRead(void)
{
    static UCHAR buf[16];
    LARGE_INTEGER off = { .QuadPart = 0 };
    return IoBuildAsynchronousFsdRequest(IRP_MJ_READ, &g_dev, buf, sizeof(buf), &off, NULL); /* site:irp_build */
}
void IrpLeak(void) { (void)BuildRead(); }
void IrpPair(void) { IoFreeIrp(BuildRead()); }
void IrpWrong(void)
{
    PIRP irp = BuildRead();
    IoFreeMdl((PMDL)irp);   /* site:irp_wrong */
}

void PagesLeak(void) { (void)MmAllocatePagesForMdlEx(g_lo, g_hi, g_skip, 8192, MmCached, 0); /* site:pages_leak */ }
void PagesPair(void)
{
    PMDL m = MmAllocatePagesForMdl(g_lo, g_hi, g_skip, 4096);
    MmFreePagesFromMdl(m);
    ExFreePool(m);
}
void PagesHalf(void)
{
    PMDL m = MmAllocatePagesForMdl(g_lo, g_hi, g_skip, 4096);   /* site:pages_half */
    MmFreePagesFromMdl(m);   /* the MDL itself is never freed */
}
void PagesWrong(void)
{
    PMDL m = MmAllocatePagesForMdl(g_lo, g_hi, g_skip, 4096);
    IoFreeMdl(m);   /* site:pages_wrong: the pages leak in a kernel */
}
