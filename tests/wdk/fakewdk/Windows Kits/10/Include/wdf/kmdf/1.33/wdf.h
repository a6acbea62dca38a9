/* Fake KMDF 1.33 (not Microsoft's header). */
#pragma once
#define FAKE_KMDF_VERSION "1.33"
