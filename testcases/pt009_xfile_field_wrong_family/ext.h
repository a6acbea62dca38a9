#define BUF_TAG 'fuBx'

typedef struct _DEV_EXT {
    PMDL Mdl;
    PVOID Buffer;
} DEV_EXT, *PDEV_EXT;

NTSTATUS SetupTransfer(_Inout_ PDEV_EXT Ext, _In_ ULONG Length);
VOID TeardownTransfer(_Inout_ PDEV_EXT Ext);
