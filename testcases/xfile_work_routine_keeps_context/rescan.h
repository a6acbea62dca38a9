#define WI_TAG 'tIkW'

typedef struct _RESCAN_CONTEXT {
    PIO_WORKITEM WorkItem;
    ULONG Reason;
} RESCAN_CONTEXT, *PRESCAN_CONTEXT;

IO_WORKITEM_ROUTINE RescanWorker;
