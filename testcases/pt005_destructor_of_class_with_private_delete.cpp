/* A kernel base class often makes operator delete private (objects come
 * from its own allocator). clang then rejects every virtual destructor of
 * a derived class, cl.exe does not: the destructor was not analysed and the
 * leak on its error path was missed. */
#include <ntddk.h>

BOOLEAN FlushRecord(const VOID *Record, ULONG Length);

class PoolObject {
    void operator delete(void *) {}
public:
    virtual ~PoolObject() {}
};

class Request : public PoolObject {
public:
    explicit Request(ULONG Length) : m_Length(Length) {}
    ~Request()
    {
        PVOID record = ExAllocatePoolWithTag(NonPagedPoolNx, m_Length, 'qeRD');   // expect: PT005
        if (record == NULL) return;
        RtlZeroMemory(record, m_Length);
        if (!FlushRecord(record, m_Length)) return;
        ExFreePoolWithTag(record, 'qeRD');
    }
private:
    ULONG m_Length;
};
