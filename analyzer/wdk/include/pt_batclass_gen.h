/* pooltrack: the battery class names newer than MinGW-w64's batclass.h
 * that use its types (the version 1.1 miniport information). Selected from
 * the WDK 10.0.16299 shared/batclass.h (docs/supplement.md); included at the
 * end of our batclass.h. */
#pragma once
#ifndef PT_BATCLASS_GEN_H
#define PT_BATCLASS_GEN_H

/* wdk_extract.py: begin */
typedef struct {
    USHORT                          MajorVersion;
    USHORT                          MinorVersion;

    PVOID                           Context;

    BCLASS_QUERY_TAG                QueryTag;
    BCLASS_QUERY_INFORMATION        QueryInformation;
    BCLASS_SET_INFORMATION          SetInformation;
    BCLASS_QUERY_STATUS             QueryStatus;
    BCLASS_SET_STATUS_NOTIFY        SetStatusNotify;
    BCLASS_DISABLE_STATUS_NOTIFY    DisableStatusNotify;
    PDEVICE_OBJECT                  Pdo;
    PUNICODE_STRING                 DeviceName;
    PDEVICE_OBJECT                  Fdo;
} BATTERY_MINIPORT_INFO_V1_1, *PBATTERY_MINIPORT_INFO_V1_1;

#define BATTERY_CLASS_MINOR_VERSION_1   0x0001
/* wdk_extract.py: end */

#endif
