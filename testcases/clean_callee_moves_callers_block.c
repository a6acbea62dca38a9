/* A helper that takes the caller's block through a pointer to its pointer
 * (`ctx->Classify = *ppData; *ppData = NULL;`) is not one that only reads
 * what it is given: after it, the caller's block is the helper's (it used to
 * be learned as "keeps nothing", a false PT005 in the caller). */
#include <ntddk.h>

typedef struct _CLASSIFY { ULONG Layer; } CLASSIFY;
typedef struct _COMPLETION { CLASSIFY *Classify; } COMPLETION;

VOID QueueCompletion(COMPLETION *Completion);

static NTSTATUS Perform(CLASSIFY **ppClassify)
{
    COMPLETION *completion = ExAllocatePoolZero(NonPagedPoolNx, sizeof *completion, 'pmoC');
    if (!completion) return STATUS_INSUFFICIENT_RESOURCES;
    completion->Classify = *ppClassify;
    *ppClassify = NULL;
    QueueCompletion(completion);
    return STATUS_SUCCESS;
}

NTSTATUS Trigger(ULONG Layer)
{
    CLASSIFY *classify = ExAllocatePoolZero(NonPagedPoolNx, sizeof *classify, 'salC');
    if (!classify) return STATUS_INSUFFICIENT_RESOURCES;
    classify->Layer = Layer;
    return Perform(&classify);
}
