/* pooltrack: reshub.h (none in MinGW-w64), the resource hub's connection
 * paths, IOCTLs, query output and the ACPI serial-bus connection descriptor
 * that SPB and UCM peripheral drivers read. Generated with
 * tools/supplement/wdk_extract.py from the WDK 10.0.16299 shared/reshub.h
 * (docs/supplement.md); RESOURCE_HUB_CREATE_PATH_FROM_ID, an inline helper
 * there, is a prototype. */
#pragma once
#ifndef PT_RESHUB_H
#define PT_RESHUB_H
#ifdef __cplusplus
extern "C" {
#endif
#define RESOURCE_HUB_DEVICE_NAME L"\\\\.\\RESOURCE_HUB"

#define RESOURCE_HUB_DEVICE_NAME_PREFIX RESOURCE_HUB_DEVICE_NAME L"\\"

#define RESOURCE_HUB_CONNECTION_FILE_SIZE  ((sizeof(LARGE_INTEGER) * 2 * sizeof(WCHAR)) + sizeof(UNICODE_NULL))

#define RESOURCE_HUB_CONNECTION_PATH_SIZE       (sizeof(RESOURCE_HUB_DEVICE_NAME_PREFIX) +  RESOURCE_HUB_CONNECTION_FILE_SIZE -        sizeof(UNICODE_NULL))

#define RESOURCE_HUB_CONNECTION_FILE_CHARS  ((RESOURCE_HUB_CONNECTION_FILE_SIZE + sizeof(WCHAR) - 1) / sizeof(WCHAR))

#define RESOURCE_HUB_CONNECTION_PATH_CHARS  ((RESOURCE_HUB_CONNECTION_PATH_SIZE + sizeof(WCHAR) - 1) / sizeof(WCHAR))

#define RESOURCE_HUB_FILE_SIZE RESOURCE_HUB_CONNECTION_FILE_SIZE

#define RESOURCE_HUB_PATH_SIZE RESOURCE_HUB_CONNECTION_PATH_SIZE

#define RESOURCE_HUB_FILE_CHARS RESOURCE_HUB_CONNECTION_FILE_CHARS

#define RESOURCE_HUB_PATH_CHARS RESOURCE_HUB_CONNECTION_PATH_CHARS

#define FILE_DEVICE_RESOURCE_HUB (FILE_DEVICE_BUS_EXTENDER)

#define IOCTL_RH_QUERY_CONNECTION_PROPERTIES  CTL_CODE(FILE_DEVICE_RESOURCE_HUB,        0x0,                             METHOD_BUFFERED,                 FILE_READ_ACCESS | FILE_WRITE_ACCESS)

#define IOCTL_RH_ALLOCATE_CONNECTION             CTL_CODE(FILE_DEVICE_RESOURCE_HUB,           0x1,                                METHOD_BUFFERED,                    FILE_READ_ACCESS | FILE_WRITE_ACCESS)

#define IOCTL_RH_FREE_CONNECTION                 CTL_CODE(FILE_DEVICE_RESOURCE_HUB,           0x2,                                METHOD_BUFFERED,                    FILE_READ_ACCESS | FILE_WRITE_ACCESS)

#define IOCTL_RH_UPDATE_CONNECTION_PROPERTIES    CTL_CODE(FILE_DEVICE_RESOURCE_HUB,           0x3,                                METHOD_BUFFERED,                    FILE_READ_ACCESS | FILE_WRITE_ACCESS)

typedef struct _RH_QUERY_CONNECTION_PROPERTIES_OUTPUT_BUFFER {
    ULONG Version;
    ULONG PropertiesLength;
    UCHAR ConnectionProperties[ANYSIZE_ARRAY];

} RH_QUERY_CONNECTION_PROPERTIES_OUTPUT_BUFFER,
  *PRH_QUERY_CONNECTION_PROPERTIES_OUTPUT_BUFFER;

#pragma pack(push, 1)
typedef struct _PNP_SERIAL_BUS_DESCRIPTOR {
    UCHAR Tag;
    USHORT Length;
    UCHAR RevisionId;
    UCHAR ResourceSourceIndex;
    UCHAR SerialBusType;
    UCHAR GeneralFlags;
    USHORT TypeSpecificFlags;
    UCHAR TypeSpecificRevisionId;
    USHORT TypeDataLength;
} PNP_SERIAL_BUS_DESCRIPTOR, *PPNP_SERIAL_BUS_DESCRIPTOR;

#pragma pack(pop)
#ifdef RESHUB_USE_HELPER_ROUTINES
NTSTATUS RESOURCE_HUB_CREATE_PATH_FROM_ID(PUNICODE_STRING FileName, ULONG IdLowPart, ULONG IdHighPart);
#endif
#ifdef __cplusplus
}
#endif
#endif
