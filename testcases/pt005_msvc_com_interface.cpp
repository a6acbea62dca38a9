/* A kernel COM interface (unknown.h): DECLARE_INTERFACE writes
 * `struct DECLSPEC_NOVTABLE IUnknown` and STDMETHOD `virtual DECLSPEC_NOTHROW`,
 * macros MinGW defines only in the user-mode winnt.h. Without them the
 * interface is incomplete and every function calling through it unanalysed. */
#include <wdm.h>
#include <unknown.h>

class Stream : public IUnknown {
public:
    PVOID Buffer;
};

NTSTATUS AttachBuffer(Stream *s, IUnknown *owner, SIZE_T n)
{
    PVOID b = ExAllocatePoolWithTag(NonPagedPoolNx, n, 'mrtS');   // expect: PT005
    if (b == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    if (owner->AddRef() == 1) return STATUS_INVALID_DEVICE_STATE;   /* leaks b */
    s->Buffer = b;
    return STATUS_SUCCESS;
}
