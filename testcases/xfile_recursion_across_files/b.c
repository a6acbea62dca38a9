#include <ntddk.h>

typedef struct _NODE { struct _NODE *Child; ULONG Depth; } NODE, *PNODE;
VOID Walk(_In_opt_ PNODE Node);

VOID
Visit(_In_ PNODE Node)
{
    Node->Depth++;
    Walk(Node->Child);
}
