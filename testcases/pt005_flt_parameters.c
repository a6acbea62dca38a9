/* The filter manager's FLT_PARAMETERS as the WDK names it (a typedef'd union
 * with every operation's parameters: DirectoryControl, QueryEa, QueryOpen...),
 * FLTAPI and the FLTFL_CALLBACK_DATA_ flags. */
#include <fltKernel.h>

C_ASSERT(sizeof(FLT_PARAMETERS) >= 4 * sizeof(PVOID));

FLT_PREOP_CALLBACK_STATUS FLTAPI DemoPreDirectoryControl(PFLT_CALLBACK_DATA Data, PCFLT_RELATED_OBJECTS FltObjects,
                                                         PVOID *CompletionContext)
{
    PFLT_PARAMETERS params = &Data->Iopb->Parameters;
    ULONG length = params->DirectoryControl.QueryDirectory.Length;
    PVOID copy;
    UNREFERENCED_PARAMETER(FltObjects);
    if (FlagOn(Data->Flags, FLTFL_CALLBACK_DATA_POST_OPERATION) || length == 0)
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    copy = ExAllocatePoolWithTag(PagedPool, length, 'rDlF');   // expect: PT005
    if (copy == NULL) return FLT_PREOP_SUCCESS_NO_CALLBACK;
    if (params->QueryEa.Length > length) return FLT_PREOP_COMPLETE;   /* leaks copy */
    *CompletionContext = copy;
    return FLT_PREOP_SUCCESS_WITH_CALLBACK;
}
