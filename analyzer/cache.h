/* The per-TU cache: a unit is reused when the tool, the TU's file, directory
 * and arguments are the same (the key) and every file it read last time still
 * has the same content (checked from the unit's deps). */
#ifndef PT_CACHE_H
#define PT_CACHE_H
#include "compdb.h"

/* Mixed into every key: what else the per-TU step depends on (the names the
 * configuration adds to the families table). NULL or "": nothing. */
void pt_cache_set_salt(const char *salt);
/* 32 hex digits (XXH3-128, content_hash.h); the caller frees it. */
char *pt_cache_key(const struct pt_tu *tu);
/* "<dir>/<key>.unit.json"; the caller frees it. */
char *pt_cache_path(const char *dir, const char *key);
/* Creates dir (and its parents). Returns 0 or -1 with a one-line reason. */
int pt_cache_prepare(const char *dir, char *err, size_t errlen);

#endif
