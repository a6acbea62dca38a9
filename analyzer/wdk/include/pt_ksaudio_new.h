/* pooltrack: ksmedia.h audio names newer than the WDK 10.0.16299 that audio
 * miniports (sysvad) keep in their classes: the audio posture (Windows 10
 * 2004) and resource-management (Windows 11) types. From Microsoft's
 * documentation (learn.microsoft.com ksmedia.h pages; values as the Windows
 * metadata gives them); included at the end of our ksmedia.h. */
#pragma once
#ifndef PT_KSAUDIO_NEW_H
#define PT_KSAUDIO_NEW_H

typedef enum {
    AUDIOPOSTURE_ORIENTATION_NOTROTATED = 0,
    AUDIOPOSTURE_ORIENTATION_ROTATED90DEGREESCOUNTERCLOCKWISE = 1,
    AUDIOPOSTURE_ORIENTATION_ROTATED180DEGREESCOUNTERCLOCKWISE = 2,
    AUDIOPOSTURE_ORIENTATION_ROTATED270DEGREESCOUNTERCLOCKWISE = 3
} AUDIOPOSTURE_ORIENTATION;

typedef enum {
    KSPROPERTY_AUDIOPOSTURE_ORIENTATION = 1
} KSPROPERTY_AUDIOPOSTURE;

#define MAX_RESOURCEGROUPID_LENGTH 256

typedef struct {
    BOOL ResourceGroupAcquired;
    WCHAR ResourceGroupName[MAX_RESOURCEGROUPID_LENGTH];
} AUDIORESOURCEMANAGEMENT_RESOURCEGROUP, *PAUDIORESOURCEMANAGEMENT_RESOURCEGROUP;

#endif
