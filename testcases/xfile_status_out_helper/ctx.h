#include <ntddk.h>

#define CTX_TAG 'xtCS'

typedef struct _SESSION_CTX {
    ULONG Id;
    PVOID Buffer;
} SESSION_CTX, *PSESSION_CTX;

NTSTATUS SessionCreate(_In_ ULONG Id, _Outptr_ PSESSION_CTX *Out);
VOID SessionClose(_In_ PSESSION_CTX Ctx);
NTSTATUS SessionStart(_In_ PSESSION_CTX Ctx);
