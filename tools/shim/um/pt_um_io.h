/* I/O manager part of the user-mode <ntddk.h>: driver and device objects,
 * IRPs with one stack location per device, IOCTL codes. */
#ifndef PT_UM_IO_H
#define PT_UM_IO_H

#define IRP_MJ_CREATE 0x00
#define IRP_MJ_CLOSE 0x02
#define IRP_MJ_READ 0x03
#define IRP_MJ_WRITE 0x04
#define IRP_MJ_DEVICE_CONTROL 0x0e
#define IRP_MJ_INTERNAL_DEVICE_CONTROL 0x0f
#define IRP_MJ_CLEANUP 0x12
#define IRP_MJ_MAXIMUM_FUNCTION 0x1b
#define IO_NO_INCREMENT 0

#define METHOD_BUFFERED 0
#define FILE_ANY_ACCESS 0
#define FILE_DEVICE_UNKNOWN 0x22
#define FILE_DEVICE_SECURE_OPEN 0x100
#define CTL_CODE(t, f, m, a) (((t) << 16) | ((a) << 14) | ((f) << 2) | (m))

struct _DEVICE_OBJECT;
struct _DRIVER_OBJECT;
struct _IRP;

typedef struct _IO_STATUS_BLOCK { NTSTATUS Status; ULONG_PTR Information; } IO_STATUS_BLOCK;

typedef struct _IO_STACK_LOCATION {
    UCHAR MajorFunction, MinorFunction;
    union {
        struct {
            ULONG OutputBufferLength, InputBufferLength, IoControlCode;
            PVOID Type3InputBuffer;
        } DeviceIoControl;
        struct { ULONG Length; LARGE_INTEGER ByteOffset; } Read, Write;
    } Parameters;
    struct _DEVICE_OBJECT *DeviceObject;
} IO_STACK_LOCATION, *PIO_STACK_LOCATION;

typedef struct _IRP {
    IO_STATUS_BLOCK IoStatus;
    union { PVOID SystemBuffer; } AssociatedIrp;
    PMDL MdlAddress;
    KPROCESSOR_MODE RequestorMode;
    BOOLEAN PendingReturned, Cancel;
    CCHAR StackCount, CurrentLocation;
    union { struct { PIO_STACK_LOCATION CurrentStackLocation; } Overlay; } Tail;
    BOOLEAN pt_completed;    /* set by IoCompleteRequest */
    IO_STACK_LOCATION pt_stack[];
} IRP, *PIRP;

typedef NTSTATUS DRIVER_DISPATCH(struct _DEVICE_OBJECT *dev, PIRP irp);
typedef DRIVER_DISPATCH *PDRIVER_DISPATCH;
typedef VOID DRIVER_UNLOAD(struct _DRIVER_OBJECT *drv);
typedef DRIVER_UNLOAD *PDRIVER_UNLOAD;
typedef NTSTATUS DRIVER_INITIALIZE(struct _DRIVER_OBJECT *drv, PUNICODE_STRING reg);
typedef DRIVER_INITIALIZE *PDRIVER_INITIALIZE;

typedef struct _DEVICE_OBJECT {
    struct _DRIVER_OBJECT *DriverObject;
    struct _DEVICE_OBJECT *NextDevice;
    PVOID DeviceExtension;
    ULONG Flags;
    CCHAR StackSize;
} DEVICE_OBJECT, *PDEVICE_OBJECT;
#define DO_BUFFERED_IO 0x4
#define DO_DEVICE_INITIALIZING 0x80

typedef struct _DRIVER_OBJECT {
    PDEVICE_OBJECT DeviceObject;
    PDRIVER_UNLOAD DriverUnload;
    PDRIVER_DISPATCH MajorFunction[IRP_MJ_MAXIMUM_FUNCTION + 1];
} DRIVER_OBJECT, *PDRIVER_OBJECT;

NTSTATUS IoCreateDevice(PDRIVER_OBJECT drv, ULONG ext_size, PUNICODE_STRING name, ULONG type,
                        ULONG chars, BOOLEAN exclusive, PDEVICE_OBJECT *out);
VOID IoDeleteDevice(PDEVICE_OBJECT dev);
#define IoSizeOfIrp(n) ((USHORT)(sizeof(IRP) + (n) * sizeof(IO_STACK_LOCATION)))
PIRP IoAllocateIrp(CCHAR stack, BOOLEAN quota);
VOID IoFreeIrp(PIRP irp);
VOID IoCompleteRequest(PIRP irp, CCHAR boost);
NTSTATUS IoCallDriver(PDEVICE_OBJECT dev, PIRP irp);
#define IoGetCurrentIrpStackLocation(irp) ((irp)->Tail.Overlay.CurrentStackLocation)
#define IoGetNextIrpStackLocation(irp) ((irp)->Tail.Overlay.CurrentStackLocation - 1)
PMDL IoAllocateMdl(PVOID va, ULONG len, BOOLEAN secondary, BOOLEAN quota, PIRP irp);
VOID IoFreeMdl(PMDL m);
ULONG DbgPrint(const char *fmt, ...);
#define KdPrint(x) DbgPrint x
#endif
