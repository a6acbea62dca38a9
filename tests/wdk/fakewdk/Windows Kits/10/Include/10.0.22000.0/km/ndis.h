/* Fake WDK 10.0.22000.0: ndis.h knows NDIS 6.80 at most, and stops a miniport
 * that asks for another version, as the real one does. */
#pragma once
#include <ntddk.h>
#if defined(NDIS680_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 6
#define NDIS_MINIPORT_MINOR_VERSION 80
#elif defined(NDIS670_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION 6
#define NDIS_MINIPORT_MINOR_VERSION 70
#elif defined(NDIS_MINIPORT_DRIVER)
#error NDIS: Only NDIS miniport drivers with version >= 5 are supported
#endif
typedef struct _NET_BUFFER_LIST { struct _NET_BUFFER_LIST *Next; } NET_BUFFER_LIST, *PNET_BUFFER_LIST;
