#include <ntddk.h>

#define BUF_TAG     'fuBD'
#define SCRATCH_TAG 'rcSD'
#define TABLE_TAG   'lbTD'

typedef struct _DEV_EXTENSION {
    PVOID Buffer;
    PVOID Scratch;
} DEV_EXTENSION, *PDEV_EXTENSION;

extern PVOID g_Table;
