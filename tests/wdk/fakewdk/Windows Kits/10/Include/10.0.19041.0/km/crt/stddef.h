/* Fake WDK: the kernel CRT's stddef.h. */
#pragma once
#define FAKE_KM_CRT 1
#ifndef NULL
#define NULL ((void *)0)
#endif
