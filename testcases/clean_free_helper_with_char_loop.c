/* The twin of pt008_free_helper_with_char_loop.c: the helper's summary
 * (frees its parameter) is learned and each path frees the name once. */
#include <ntddk.h>

static BOOLEAN SameName(const WCHAR *s1, const WCHAR *s2, ULONG n)
{
    for (ULONG k = 0; k < n; k++) {
        WCHAR c1 = s1[k];
        WCHAR c2 = s2[k];
        if (c1 != c2) {
            if (c1 >= 'a' && c1 <= 'z') c1 = c1 - 'a' + 'A';
            if (c2 >= 'a' && c2 <= 'z') c2 = c2 - 'a' + 'A';
            if (c1 != c2) return FALSE;
        }
    }
    return TRUE;
}

static VOID ReleaseName(PWCHAR Name, ULONG Length)
{
    for (ULONG k = 0; k < Length; k++) {
        WCHAR c1 = Name[k];
        WCHAR c2 = Name[Length - k - 1];
        if (c1 != c2) {
            if (c1 >= 'a' && c1 <= 'z') c1 = c1 - 'a' + 'A';
            if (c2 >= 'a' && c2 <= 'z') c2 = c2 - 'a' + 'A';
            if (c1 != c2) DbgPrint("not a palindrome\n");
        }
    }
    ExFreePoolWithTag(Name, 'emaN');
}

NTSTATUS CheckName(const WCHAR *Wanted, ULONG Length)
{
    PWCHAR name = ExAllocatePoolWithTag(PagedPool, Length * sizeof(WCHAR), 'emaN');
    if (!name) return STATUS_INSUFFICIENT_RESOURCES;
    RtlCopyMemory(name, Wanted, Length * sizeof(WCHAR));
    if (!SameName(name, Wanted, Length)) {
        ReleaseName(name, Length);
        return STATUS_OBJECT_NAME_INVALID;
    }
    ReleaseName(name, Length);
    return STATUS_SUCCESS;
}
