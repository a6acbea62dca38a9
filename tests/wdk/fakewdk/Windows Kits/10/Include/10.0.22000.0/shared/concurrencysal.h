/* Fake WDK: stands for the lower-case file real kits ship as concurrencysal.h. */
#pragma once
#define _Guarded_by_(lock)
