/*
 * PT001 string-tag: a string literal passed where ExAllocatePoolWithTag wants
 * a four-character ULONG tag. The pointer value becomes the tag, so the tag
 * differs on every build and !poolused shows garbage. Good variants use a
 * character constant.
 */
#include <ntddk.h>

#define CFG_TAG 'gfCD'

typedef struct _CONFIG_BLOCK {
    ULONG Version;
    ULONG Flags;
    WCHAR Name[32];
} CONFIG_BLOCK, *PCONFIG_BLOCK;

/* Bad: literal tag. */
NTSTATUS
CfgReadBad(_Out_ PCONFIG_BLOCK *Block)
{
    PCONFIG_BLOCK cfg;

    cfg = (PCONFIG_BLOCK)ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*cfg), "Cfg1"); // expect: PT001
    if (cfg == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(cfg, sizeof(*cfg));
    cfg->Version = 1;
    *Block = cfg;
    return STATUS_SUCCESS;
}

/* Good: character-constant tag. */
NTSTATUS
CfgReadGood(_Out_ PCONFIG_BLOCK *Block)
{
    PCONFIG_BLOCK cfg;

    cfg = (PCONFIG_BLOCK)ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*cfg), CFG_TAG);
    if (cfg == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(cfg, sizeof(*cfg));
    cfg->Version = 1;
    *Block = cfg;
    return STATUS_SUCCESS;
}

/* Bad: literal tag on a temporary buffer that is freed correctly. */
VOID
CfgLogBad(_In_ PCUNICODE_STRING Name)
{
    PWCHAR copy;

    copy = ExAllocatePoolWithTag(PagedPool,         // expect: PT001
                                 Name->Length + sizeof(WCHAR),
                                 "Log ");
    if (copy == NULL) {
        return;
    }
    RtlCopyMemory(copy, Name->Buffer, Name->Length);
    copy[Name->Length / sizeof(WCHAR)] = L'\0';
    DbgPrint("cfg: %ws\n", copy);
    ExFreePool(copy);
}

/* Good: same code with a real tag. */
VOID
CfgLogGood(_In_ PCUNICODE_STRING Name)
{
    PWCHAR copy;

    copy = ExAllocatePoolWithTag(PagedPool,
                                 Name->Length + sizeof(WCHAR),
                                 CFG_TAG);
    if (copy == NULL) {
        return;
    }
    RtlCopyMemory(copy, Name->Buffer, Name->Length);
    copy[Name->Length / sizeof(WCHAR)] = L'\0';
    DbgPrint("cfg: %ws\n", copy);
    ExFreePoolWithTag(copy, CFG_TAG);
}
