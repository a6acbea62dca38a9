/* Windows 10 ntddk.h names MinGW-w64 lacks: silos and silo monitors,
 * signing levels, the control-flow-guard policy bits, oplock key contexts,
 * UFIELD_OFFSET. A function using them had a parse error and was not
 * analysed. */
#include <ntddk.h>

typedef struct _SILO_ENTRY {
    PESILO Silo;
    SE_SIGNING_LEVEL Level;
    PROCESS_MITIGATION_CONTROL_FLOW_GUARD_POLICY Cfg;
    OPLOCK_KEY_CONTEXT Key;
} SILO_ENTRY;

C_ASSERT(UFIELD_OFFSET(SILO_ENTRY, Level) == sizeof(PVOID));

static NTSTATUS NTAPI OnSiloCreate(PESILO Silo)
{
    SILO_ENTRY *e = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof *e, 'oliS');   // expect: PT005
    if (e == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    e->Silo = Silo;
    e->Level = SE_SIGNING_LEVEL_MICROSOFT;
    e->Cfg.Flags = 0;
    if (e->Cfg.EnableXfg || PsIsHostSilo(Silo)) return STATUS_NOT_SUPPORTED;   /* leaks e */
    return PsInsertSiloContext(Silo, 0, e);
}

NTSTATUS StartMonitor(PSILO_MONITOR *monitor)
{
    static UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Driver\\SiloDemo");
    SILO_MONITOR_REGISTRATION reg = {0};
    reg.Version = SILO_MONITOR_REGISTRATION_VERSION;
    reg.MonitorExistingSilos = TRUE;
    reg.DriverObjectName = &name;
    reg.CreateCallback = OnSiloCreate;
    NTSTATUS status = PsRegisterSiloMonitor(&reg, monitor);
    if (!NT_SUCCESS(status)) return status;
    return PsStartSiloMonitor(*monitor);
}
