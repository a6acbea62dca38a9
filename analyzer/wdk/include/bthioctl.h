/* pooltrack: see pt_bthddi.h */
#pragma once
#include "pt_bthddi.h"
