/* pooltrack: the name samples include; the header is bthxddi.h. */
#pragma once
#include "bthxddi.h"
