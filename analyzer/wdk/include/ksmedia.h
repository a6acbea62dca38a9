/* pooltrack: MinGW-w64's ksmedia.h, and the camera and real-time audio names
 * it lacks (pt_ksmedia_ext.h). */
#pragma once
#include_next <ksmedia.h>
#include "pt_ksmedia_ext.h"
#include "pt_ksaudio_gen.h"
#include "pt_ksaudio_new.h"
#include "pt_kscamera_gen.h"
