#include "ntddk.h"
