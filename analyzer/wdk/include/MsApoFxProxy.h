/* pooltrack: the WDK's MsApoFxProxy.h (none in MinGW-w64): the audio effects
 * discovery property set. Selected from the WDK 10.0.16299
 * shared/msapofxproxy.h by the names audio miniports use
 * (docs/supplement.md). */
#pragma once
#ifndef PT_MSAPOFXPROXY_H
#define PT_MSAPOFXPROXY_H
#include <ks.h>

/* wdk_extract.py: begin */
#define STATIC_KSPROPSETID_AudioEffectsDiscovery 0xb217a72, 0x16b8, 0x4a4d, 0xbd, 0xed, 0xf9, 0xd6, 0xbb, 0xed, 0xcd, 0x8f

DEFINE_GUIDSTRUCT("0B217A72-16B8-4A4D-BDED-F9D6BBEDCD8F", KSPROPSETID_AudioEffectsDiscovery);

#define KSPROPSETID_AudioEffectsDiscovery DEFINE_GUIDNAMED(KSPROPSETID_AudioEffectsDiscovery)

typedef enum {
    KSPROPERTY_AUDIOEFFECTSDISCOVERY_EFFECTSLIST = 1,
} KSPROPERTY_AUDIOEFFECTSDISCOVERY;

typedef struct tagKSP_PINMODE
{
    KSP_PIN     PinProperty;
    GUID        AudioProcessingMode;
} KSP_PINMODE, *PKSP_PINMODE;
/* wdk_extract.py: end */

#endif
