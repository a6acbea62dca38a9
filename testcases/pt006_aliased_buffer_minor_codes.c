/*
 * PT006 and two things it must not get wrong:
 * - one buffer kept in three UNICODE_STRINGs of a mapping (full path,
 *   volume part, parent part) is released through any of them: unload frees
 *   it through FullPath, so it is not reported (and never three times);
 * - minor code 2 is IRP_MN_REMOVE_DEVICE only under IRP_MJ_PNP: a directory
 *   control handler that switches on IRP_MN_NOTIFY_CHANGE_DIRECTORY (also 2)
 *   is no unload path, so what it keeps and nobody frees is reported.
 */
#include <ntddk.h>

#define MAP_TAG 'paMD'

typedef struct _MAP_PATH {
    UNICODE_STRING FullPath;
    UNICODE_STRING VolumePath;
    UNICODE_STRING ParentPath;
} MAP_PATH, *PMAP_PATH;

static MAP_PATH g_Mapping;
static PVOID g_NotifyBuffer;

DRIVER_UNLOAD MapUnload;
_Dispatch_type_(IRP_MJ_DIRECTORY_CONTROL) DRIVER_DISPATCH MapDirControl;

static NTSTATUS
MapBuild(_Out_ PMAP_PATH Path, _In_ USHORT Volume, _In_ USHORT Length)
{
    PWCH buffer = ExAllocatePoolWithTag(PagedPool, Length, MAP_TAG);

    if (buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    Path->FullPath.Buffer = buffer;
    Path->FullPath.Length = Path->FullPath.MaximumLength = Length;
    Path->VolumePath.Buffer = buffer;
    Path->VolumePath.Length = Path->VolumePath.MaximumLength = Volume;
    Path->ParentPath.Buffer = buffer;
    Path->ParentPath.Length = Path->ParentPath.MaximumLength = Length;
    return STATUS_SUCCESS;
}

NTSTATUS
MapDirControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);

    UNREFERENCED_PARAMETER(DeviceObject);
    switch (stack->MinorFunction) {
    case IRP_MN_QUERY_DIRECTORY:
        break;
    case IRP_MN_NOTIFY_CHANGE_DIRECTORY:
        if (g_NotifyBuffer == NULL) {
            g_NotifyBuffer = ExAllocatePoolWithTag(NonPagedPoolNx, 512, MAP_TAG);   // expect: PT006
        }
        break;
    default:
        break;
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

VOID
MapUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (g_Mapping.FullPath.Buffer != NULL) {
        ExFreePoolWithTag(g_Mapping.FullPath.Buffer, MAP_TAG);
    }
    RtlZeroMemory(&g_Mapping, sizeof(g_Mapping));
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    DriverObject->MajorFunction[IRP_MJ_DIRECTORY_CONTROL] = MapDirControl;
    DriverObject->DriverUnload = MapUnload;
    return MapBuild(&g_Mapping, 8, RegistryPath->Length);
}
