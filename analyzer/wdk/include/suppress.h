/* WDK's suppress.h holds PREfast suppressions: nothing to model. */
#pragma once
