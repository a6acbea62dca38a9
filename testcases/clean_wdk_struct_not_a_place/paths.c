#include <ntddk.h>

#define PATH_TAG 'htaP'

VOID
FreePathString(_Inout_ PUNICODE_STRING Path)
{
    if (Path->Buffer != NULL) {
        ExFreePoolWithTag(Path->Buffer, PATH_TAG);   /* its own strings, its own tag */
        Path->Buffer = NULL;
    }
}
