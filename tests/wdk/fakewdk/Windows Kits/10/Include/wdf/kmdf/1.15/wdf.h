/* Fake KMDF 1.15 (not Microsoft's header). */
#pragma once
#define FAKE_KMDF_VERSION "1.15"
