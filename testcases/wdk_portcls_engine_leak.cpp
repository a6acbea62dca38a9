/* A WaveRT audio miniport's engine-node and stream helpers: the port class
 * names MinGW-w64's portcls.h predates (KSRTAUDIO_HWLATENCY,
 * KSAUDIOENGINE_DESCRIPTOR, EPcMiniportEngineEvent, PPORTCLSETWHELPER,
 * CONSTRICTOR_OPTION) and ksmedia.h's audio posture, which sysvad uses:
 * without them these functions have parse errors and are not path-analysed. */
#include <wdm.h>
#include <windef.h>
#include <portcls.h>
#include <ksmedia.h>

#define ENG_TAG 'gnEA'

struct Engine {
    KSAUDIOENGINE_DESCRIPTOR *Descriptor;
    PPORTCLSETWHELPER EtwHelper;
    AUDIOPOSTURE_ORIENTATION Orientation;
    CONSTRICTOR_OPTION Protection;
};

static NTSTATUS CacheDescriptor(Engine *e, const KSAUDIOENGINE_DESCRIPTOR *in)
{
    KSAUDIOENGINE_DESCRIPTOR *copy;
    copy = (KSAUDIOENGINE_DESCRIPTOR *)ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(*copy), ENG_TAG);   // expect: PT005
    if (copy == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    *copy = *in;
    if (copy->nHostPinId == copy->nOffloadPinId) {
        return STATUS_INVALID_PARAMETER;   /* the copy leaks */
    }
    e->Descriptor = copy;
    return STATUS_SUCCESS;
}

static void ReportLatency(Engine *e, KSRTAUDIO_HWLATENCY *latency, EPcMiniportEngineEvent what)
{
    latency->FifoSize = 0;
    latency->ChipsetDelay = 0;
    latency->CodecDelay = 0;
    if (e->EtwHelper != NULL && what == eMINIPORT_GLITCH_REPORT)
        e->Protection = CONSTRICTOR_OPTION_MUTE;
}
