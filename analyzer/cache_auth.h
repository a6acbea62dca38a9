/* The cache's authenticator. A cache folder may sit in the work tree, where a
 * pull request can commit files into it: a planted unit could hide findings
 * or invent them, a planted PCH could redefine the allocators. Every unit and
 * PCH the tool writes carries an HMAC-SHA-256 keyed by a secret of this user,
 * kept outside any repository (${XDG_CONFIG_HOME:-~/.config}/pooltrack/cache-key,
 * made on first use, mode 0600); what does not verify is not used. */
#ifndef PT_CACHE_AUTH_H
#define PT_CACHE_AUTH_H
#include <stddef.h>

/* Loads the user's key, or makes it. When that is not possible (no home
 * folder, nothing writable) the run gets a key of its own, so cached entries
 * are made and used within the run only: returns -1 and says why in err.
 * Called once before the workers start; later calls do nothing. */
int pt_cache_auth_init(char *err, size_t errlen);

/* The MAC of data as 64 hex digits (initialises with a run key if needed). */
void pt_cache_mac(const void *data, size_t n, char out[65]);
/* 1 when mac (64 hex digits) is data's MAC under this user's key. */
int pt_cache_mac_ok(const void *data, size_t n, const char *mac);

/* A streaming MAC for large files (a PCH): the key's HMAC of their bytes. */
struct pt_hmac;
void pt_cache_mac_begin(struct pt_hmac *m);

#endif
