/* Fake WDK 10.0.22000.0: ntddk.h includes wdm.h in upper case, as real code does. */
#pragma once
#include <WDM.H>
