#ifndef PT_OUTPUT_INTERNAL_H
#define PT_OUTPUT_INTERNAL_H
#include <stdio.h>
#include "output.h"
int pt_output_text(FILE *out, const struct pt_results *r, const struct pt_output_opts *o);
int pt_output_json(FILE *out, const struct pt_results *r, const struct pt_output_opts *o);
int pt_output_inventory(FILE *out, const struct pt_output_opts *o);
int pt_output_msvc(FILE *out, const struct pt_results *r, const struct pt_output_opts *o);
int pt_output_sarif(FILE *out, const struct pt_results *r, const struct pt_output_opts *o);
const char *pt_relative(const char *file, const char *srcroot);
const char *pt_display_path(const char *file, const char *srcroot);
#endif
