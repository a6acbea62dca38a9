/* pooltrack: the WDK's net/packet.h is part of NetAdapterCx 2.x and needs netadaptercx.h. */
#pragma once
#include <netadaptercx.h>
