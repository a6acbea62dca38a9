/* What a run reads besides the compile database (configuration, baseline, Pooltag.txt)
 * (the interface: cli_inputs.h). */
#include "cli_inputs.h"
#include <string.h>
#include "inventory.h"
#include "pool_api.h"

int pt_cli_inputs_load(struct pt_cli_inputs *in, const char *config, const char *db,
                       const char *baseline, const char *pooltag, char *err, size_t errlen)
{
    memset(in, 0, sizeof *in);
    if (pt_config_setup(config, db, &in->config, err, errlen) != 0) return -1;
    if (baseline) {
        if (pt_baseline_load(baseline, &in->baseline, err, errlen) != 0) return -1;
        in->has_baseline = 1;
    }
    if (pooltag) {
        if (pt_pooltag_load(pooltag, &in->pooltag, err, errlen) != 0) return -1;
        in->has_pooltag = 1;
    }
    return 0;
}

void pt_cli_inputs_free(struct pt_cli_inputs *in)
{
    pt_config_free(&in->config);
    pt_baseline_free(&in->baseline);
    pt_pooltag_free(&in->pooltag);
    pt_inventory_free();
}
