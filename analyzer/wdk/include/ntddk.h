/* MinGW-w64's ntddk.h, completed by our wdm.h supplement. */
#pragma once
/* With RTL_USE_AVL_TABLES MinGW-w64 skips its splay links, yet its splay
 * routines below use them; the WDK declares them either way. */
#if defined(RTL_USE_AVL_TABLES) && !defined(PT_RTL_SPLAY_LINKS)
#define PT_RTL_SPLAY_LINKS
struct _LIST_ENTRY;
typedef struct _RTL_SPLAY_LINKS {
    struct _RTL_SPLAY_LINKS *Parent;
    struct _RTL_SPLAY_LINKS *LeftChild;
    struct _RTL_SPLAY_LINKS *RightChild;
} RTL_SPLAY_LINKS, *PRTL_SPLAY_LINKS;
#endif
#include_next <ntddk.h>
#include "pt_pool.h"
#include "pt_wdm_extra.h"
#include "pt_ntddk_extra.h"
#include "pt_ntddk_gen.h"
