/* A storage class driver's shape: miniport.h included first (the WDK's is
 * self-contained; MinGW-w64's needs ntdef's types before it and repeats
 * wdm.h's), and RTL_USE_AVL_TABLES defined, with which MinGW-w64's ntddk.h
 * skips RTL_SPLAY_LINKS yet uses it. Either costs every function its parse. */
#define RTL_USE_AVL_TABLES 0
#include <miniport.h>
#include <ntddk.h>

#define NODE_TAG 'dnLC'

typedef struct _NODE {
    RTL_SPLAY_LINKS Links;
    EMULATOR_ACCESS_ENTRY Port;
} NODE, *PNODE;

NTSTATUS InsertNode(PRTL_AVL_TABLE Table, ULONG Base)
{
    BOOLEAN added;
    PNODE node = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(NODE), NODE_TAG);   // expect: PT005
    if (node == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    RtlInitializeSplayLinks(&node->Links);
    node->Port.BasePort = Base;
    if (RtlLookupElementGenericTableAvl(Table, &Base) != NULL)
        return STATUS_DUPLICATE_OBJECTID;   /* node leaks */
    RtlInsertElementGenericTableAvl(Table, node, sizeof(NODE), &added);
    ExFreePoolWithTag(node, NODE_TAG);   /* the table keeps its own copy */
    return STATUS_SUCCESS;
}
