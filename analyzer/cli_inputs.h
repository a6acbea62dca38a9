/* What a run reads besides the compile database: the configuration, a
 * baseline, Pooltag.txt. All are read before any file is parsed, so that a
 * mistake in them is a one-line error (exit 2) and not a wasted run. */
#ifndef PT_CLI_INPUTS_H
#define PT_CLI_INPUTS_H
#include "baseline.h"
#include "config.h"
#include "pooltag.h"

struct pt_cli_inputs {
    struct pt_config config;
    struct pt_baseline baseline;
    struct pt_pooltag pooltag;
    int has_baseline, has_pooltag;
};

/* 0, or -1 with one line in err. */
int pt_cli_inputs_load(struct pt_cli_inputs *in, const char *config, const char *db,
                       const char *baseline, const char *pooltag, char *err, size_t errlen);
void pt_cli_inputs_free(struct pt_cli_inputs *in);

#endif
