/* WDK's dontuse.h only deprecates unsafe string routines: nothing to model. */
#pragma once
