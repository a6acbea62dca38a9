/* The allocation family on both sides of the join: the SARIF result's
 * properties.pooltrackFamily (pooltrack-analyze, families.def keys) and the
 * shim event's "family". A leak of a lookaside entry and a pool leak of the
 * same tag are different bugs; when both sides name a family they must agree.
 * Driver Verifier's pool tracking sees pool blocks only. */
#include <string.h>
#include "confirm.h"

const char *pt_confirm_result_family(const cJSON *res)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(res, "properties"),
                                                      "pooltrackFamily");
    return cJSON_IsString(v) && v->valuestring[0] ? v->valuestring : NULL;
}

int pt_confirm_family_fits(const char *result_family, const cJSON *ev)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(ev, "family");
    const char *ef = cJSON_IsString(v) ? v->valuestring : NULL;
    if (result_family == NULL || ef == NULL || strcmp(result_family, ef) == 0)
        return 1;
    /* After MmFreePagesFromMdl the shim keeps the MDL as a pool block of the
     * same site: forgetting its ExFreePool is a leak of the mdl_pages result. */
    return strcmp(result_family, "mdl_pages") == 0 && strcmp(ef, "pool") == 0;
}

int pt_confirm_pool_backed(const char *family)
{
    /* Blocks the driver's call takes from the pool under the driver's tag, as
     * `!verifier 3` lists them; a lookaside list's allocate is such a call. */
    static const char *const pooled[] = { "pool", "ndis", "flt", "storport", "lookaside_np",
                                          "lookaside_p", "lookaside_ex", NULL };
    if (family == NULL)
        return 1;
    for (const char *const *p = pooled; *p; p++)
        if (strcmp(*p, family) == 0)
            return 1;
    return 0;
}
