/* The driver's own header (included as "DrvHdr.h"). */
#pragma once
#define DRV_TAG 'kaeL'
