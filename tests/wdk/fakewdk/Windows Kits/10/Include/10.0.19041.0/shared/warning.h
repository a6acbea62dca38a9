/* Fake WDK: the header WDK builds force-include. */
#pragma once
#define FAKE_WARNING_H_SEEN 1
