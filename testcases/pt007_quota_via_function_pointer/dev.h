#include <ntddk.h>

typedef VOID (*EVENT_HANDLER)(_In_ struct _EVDEV *Dev);

typedef struct _EVDEV {
    KDPC Dpc;
    EVENT_HANDLER OnEvent;      /* set by the setup code in setup.c */
    EVENT_HANDLER OnIdle;
    PVOID LastEvent;
} EVDEV, *PEVDEV;

VOID EvSetup(_Inout_ PEVDEV Dev);
