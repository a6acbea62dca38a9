/* pooltrack: the WDK's netpacketqueue.h is part of NetAdapterCx 2.x (netadaptercx.h includes it). */
#pragma once
#include <netadaptercx.h>
