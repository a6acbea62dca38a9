/* Walk and Visit call each other across two files. */
#include <ntddk.h>

typedef struct _NODE { struct _NODE *Child; ULONG Depth; } NODE, *PNODE;
VOID Visit(_In_ PNODE Node);

VOID
Walk(_In_opt_ PNODE Node)
{
    if (Node != NULL) {
        Visit(Node);
    }
}

VOID
CopyTree(_In_ PNODE Root, _In_ BOOLEAN Fail)
{
    PNODE copy = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*copy), 'edoN');   // expect: PT005
    if (copy == NULL) {
        return;
    }
    copy->Child = NULL;
    copy->Depth = Root->Depth;
    if (Fail) {
        return;                 /* copy leaks: Walk and Visit never keep it */
    }
    Walk(copy);
    ExFreePoolWithTag(copy, 'edoN');
}
