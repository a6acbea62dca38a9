/* A timer DPC reaches the quota wrapper of mem.c. */
#include <ntddk.h>

PVOID QAlloc(_In_ SIZE_T Size);

KTIMER g_Timer;
KDPC g_TimerDpc;
PVOID g_Sample;

static VOID
SampleTimer(_In_ PKDPC Dpc, _In_opt_ PVOID Ctx, _In_opt_ PVOID A1, _In_opt_ PVOID A2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Ctx);
    UNREFERENCED_PARAMETER(A1);
    UNREFERENCED_PARAMETER(A2);
    if (g_Sample == NULL) {
        g_Sample = QAlloc(128);
    }
}

VOID
StartSampling(VOID)
{
    LARGE_INTEGER due;
    due.QuadPart = -10000000;
    KeInitializeTimer(&g_Timer);
    KeInitializeDpc(&g_TimerDpc, SampleTimer, NULL);
    KeSetTimer(&g_Timer, due, &g_TimerDpc);
}
