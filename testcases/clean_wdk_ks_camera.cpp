/* The clean twin of wdk_ks_camera_leak.cpp: the copy is freed on the error
 * path. An AVStream camera driver's extended-property handler: the Windows 8.1+
 * camera names of ksmedia.h (KSCAMERA_EXTENDEDPROP_HEADER, per-frame
 * settings, profiles) and acpitabl.h's _PLD buffer, which MinGW-w64 lacks:
 * without them the handler has parse errors and is not path-analysed. */
#include <wdm.h>
#include <windef.h>
#include <ks.h>
#include <ksmedia.h>
#include <acpitabl.h>

#define CAM_TAG 'maCS'

struct Sensor {
    KSCAMERA_EXTENDEDPROP_HEADER *Cached;
    ULONG Rotation;
};

static NTSTATUS SetEvCompensation(Sensor *s, const KSCAMERA_EXTENDEDPROP_HEADER *in, ULONG len)
{
    if (len < sizeof(KSCAMERA_EXTENDEDPROP_HEADER) + sizeof(KSCAMERA_EXTENDEDPROP_EVCOMPENSATION))
        return STATUS_BUFFER_TOO_SMALL;
    PKSCAMERA_EXTENDEDPROP_HEADER copy;
    copy = (PKSCAMERA_EXTENDEDPROP_HEADER)ExAllocatePool2(POOL_FLAG_NON_PAGED, len, CAM_TAG);
    if (copy == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    RtlCopyMemory(copy, in, len);
    if (copy->Flags & KSCAMERA_PERFRAMESETTING_AUTO) {
        ExFreePoolWithTag(copy, CAM_TAG);
        return STATUS_INVALID_PARAMETER;
    }
    ExFreePoolWithTag(s->Cached, CAM_TAG);
    s->Cached = copy;
    return STATUS_SUCCESS;
}

static void ReadPanel(Sensor *s, const ACPI_PLD_V2_BUFFER *pld)
{
    s->Rotation = pld->Panel == AcpiPldPanelFront ? pld->Rotation : AcpiPldRotation0;
}

static BOOLEAN IsLegacyProfile(const KSCAMERA_PROFILE_INFO *p)
{
    return IsEqualGUID(p->ProfileId, KSCAMERAPROFILE_Legacy);
}
