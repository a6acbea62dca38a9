/* pooltrack: the battery class names MinGW-w64's batclass.h uses before
 * anything declares them in kernel code (its ddk/poclass.h includes it
 * first), then MinGW-w64's batclass.h and the newer names that build on it
 * (pt_batclass_gen.h). Selected from the WDK 10.0.16299 shared/poclass.h and
 * shared/batclass.h by the names battery miniclass drivers use
 * (docs/supplement.md). */
#pragma once
#ifndef PT_BATCLASS_H
#define PT_BATCLASS_H

/* wdk_extract.py: begin */
typedef enum {
    BatteryInformation,
    BatteryGranularityInformation,
    BatteryTemperature,
    BatteryEstimatedTime,
    BatteryDeviceName,
    BatteryManufactureDate,
    BatteryManufactureName,
    BatteryUniqueID,
    BatterySerialNumber
} BATTERY_QUERY_INFORMATION_LEVEL;

typedef struct _BATTERY_INFORMATION {
    ULONG       Capabilities;
    UCHAR       Technology;
    UCHAR       Reserved[3];
    UCHAR       Chemistry[4];
    ULONG       DesignedCapacity;
    ULONG       FullChargedCapacity;
    ULONG       DefaultAlert1;
    ULONG       DefaultAlert2;
    ULONG       CriticalBias;
    ULONG       CycleCount;
} BATTERY_INFORMATION, *PBATTERY_INFORMATION;

#define BATTERY_SYSTEM_BATTERY               0x80000000

#define BATTERY_CAPACITY_RELATIVE            0x40000000

#define BATTERY_IS_SHORT_TERM                0x20000000

#define BATTERY_UNKNOWN_TIME 0xFFFFFFFF

#define BATTERY_UNKNOWN_CURRENT 0xFFFFFFFF

#define UNKNOWN_CURRENT BATTERY_UNKNOWN_CURRENT

typedef enum _BATTERY_CHARGING_SOURCE_TYPE {
    BatteryChargingSourceType_AC = 1,
    BatteryChargingSourceType_USB,
    BatteryChargingSourceType_Wireless,
    BatteryChargingSourceType_Max
} BATTERY_CHARGING_SOURCE_TYPE, *PBATTERY_CHARGING_SOURCE_TYPE;

typedef struct _BATTERY_CHARGING_SOURCE {
    BATTERY_CHARGING_SOURCE_TYPE Type;
    ULONG MaxCurrent;
} BATTERY_CHARGING_SOURCE, *PBATTERY_CHARGING_SOURCE;

typedef enum {
    BatteryCriticalBias,
    BatteryCharge,
    BatteryDischarge,
    BatteryChargingSource,
    BatteryChargerId,
    BatteryChargerStatus
} BATTERY_SET_INFORMATION_LEVEL;

typedef struct _BATTERY_STATUS {
    ULONG       PowerState;
    ULONG       Capacity;
    ULONG       Voltage;
    LONG        Rate;
} BATTERY_STATUS, *PBATTERY_STATUS;

#define BATTERY_UNKNOWN_VOLTAGE 0xFFFFFFFF

#define BATTERY_POWER_ON_LINE   0x00000001

#define BATTERY_DISCHARGING     0x00000002

#define BATTERY_CHARGING        0x00000004

#define BATTERY_CRITICAL        0x00000008

#define MAX_BATTERY_STRING_SIZE 128

typedef struct _BATTERY_MANUFACTURE_DATE
{
    UCHAR   Day;
    UCHAR   Month;
    USHORT  Year;
} BATTERY_MANUFACTURE_DATE, *PBATTERY_MANUFACTURE_DATE;

#define BATTERY_TAG_INVALID     0
/* wdk_extract.py: end */

#endif
#include_next <batclass.h>
#include "pt_batclass_gen.h"
