/*
 * PT001 string-tag: any pointer-typed tag expression, here a `char *`
 * variable and a PCHAR field of a settings structure. Good variant keeps the
 * tag in a ULONG field.
 */
#include <ntddk.h>

typedef struct _POOL_SETTINGS {
    PCHAR TagName;        /* human-readable, for logging only */
    ULONG Tag;            /* what the allocator must get */
    POOL_TYPE PoolType;
} POOL_SETTINGS, *PPOOL_SETTINGS;

PVOID
SettingsAllocLocalPointerBad(_In_ SIZE_T Size)
{
    char *tagName = "Sett";
    PVOID p;

    p = ExAllocatePoolWithTag(NonPagedPoolNx, Size, tagName);    // expect: PT001
    return p;
}

PVOID
SettingsAllocFieldPointerBad(_In_ PPOOL_SETTINGS Settings, _In_ SIZE_T Size)
{
    return ExAllocatePoolWithTag(Settings->PoolType, Size, Settings->TagName); // expect: PT001
}

PVOID
SettingsAllocGood(_In_ PPOOL_SETTINGS Settings, _In_ SIZE_T Size)
{
    return ExAllocatePoolWithTag(Settings->PoolType, Size, Settings->Tag);
}
