/* pooltrack: acpitabl.h, the ACPI table layouts drivers read (the table
 * header, _PLD physical-location buffers and their panel and rotation
 * values). MinGW-w64 has no acpitabl.h. Selected from the WDK 10.0.16299
 * km/acpitabl.h by the names real drivers use (docs/supplement.md). */
#pragma once
#ifndef PT_ACPITABL_H
#define PT_ACPITABL_H
#include <ntddk.h>

#define ACPI_MAX_OEM_ID          6

#define ACPI_MAX_TABLE_ID        8

#define ACPI_MAX_CREATOR_ID      4

typedef struct _DESCRIPTION_HEADER {
    ULONG   Signature;
    ULONG   Length;
    UCHAR   Revision;
    UCHAR   Checksum;
    CHAR    OEMID[ACPI_MAX_OEM_ID];
    CHAR    OEMTableID[ACPI_MAX_TABLE_ID];
    ULONG   OEMRevision;
    CHAR    CreatorID[ACPI_MAX_CREATOR_ID];
    ULONG   CreatorRev;
} DESCRIPTION_HEADER, *PDESCRIPTION_HEADER;

typedef struct _ACPI_PLD_BUFFER {
    UINT32 Revision:7;
    UINT32 IgnoreColor:1;
    UINT32 Color:24;
    UINT32 Width:16;
    UINT32 Height:16;
    UINT32 UserVisible:1;
    UINT32 Dock:1;
    UINT32 Lid:1;
    UINT32 Panel:3;
    UINT32 VerticalPosition:2;
    UINT32 HorizontalPosition:2;
    UINT32 Shape:4;
    UINT32 GroupOrientation:1;
    UINT32 GroupToken:8;
    UINT32 GroupPosition:8;
    UINT32 Bay:1;
    UINT32 Ejectable:1;
    UINT32 EjectionRequired:1;
    UINT32 CabinetNumber:8;
    UINT32 CardCageNumber:8;
    UINT32 Reserved:14;
} ACPI_PLD_BUFFER, *PACPI_PLD_BUFFER;

typedef struct _ACPI_PLD_V2_BUFFER {
    UINT32 Revision:7;
    UINT32 IgnoreColor:1;
    UINT32 Color:24;
    UINT32 Width:16;
    UINT32 Height:16;
    UINT32 UserVisible:1;
    UINT32 Dock:1;
    UINT32 Lid:1;
    UINT32 Panel:3;
    UINT32 VerticalPosition:2;
    UINT32 HorizontalPosition:2;
    UINT32 Shape:4;
    UINT32 GroupOrientation:1;
    UINT32 GroupToken:8;
    UINT32 GroupPosition:8;
    UINT32 Bay:1;
    UINT32 Ejectable:1;
    UINT32 EjectionRequired:1;
    UINT32 CabinetNumber:8;
    UINT32 CardCageNumber:8;
    UINT32 Reference:1;
    UINT32 Rotation:4;
    UINT32 Order:5;
    UINT32 Reserved:4;
    UINT32 VerticalOffset:16;
    UINT32 HorizontalOffset:16;
} ACPI_PLD_V2_BUFFER, *PACPI_PLD_V2_BUFFER;

enum AcpiPldPanel
{
    AcpiPldPanelTop     = 0,
    AcpiPldPanelBottom  = 1,
    AcpiPldPanelLeft    = 2,
    AcpiPldPanelRight   = 3,
    AcpiPldPanelFront   = 4,
    AcpiPldPanelBack    = 5,
    AcpiPldPanelUnknown = 6,
};

enum AcpiPldRotation
{
    AcpiPldRotation0      = 0,
    AcpiPldRotation45     = 1,
    AcpiPldRotation90     = 2,
    AcpiPldRotation135    = 3,
    AcpiPldRotation180    = 4,
    AcpiPldRotation225    = 5,
    AcpiPldRotation270    = 6,
    AcpiPldRotation315    = 7,
};

#endif
