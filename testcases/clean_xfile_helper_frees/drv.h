#include <ntddk.h>
#define DRV_TAG 'mvrD'
PVOID DrvAlloc(_In_ SIZE_T Size);
VOID DrvFree(_In_opt_ PVOID P);
NTSTATUS DrvValidate(_In_ PVOID Buffer, _In_ ULONG Length);
