/* --path-map FROM=TO: another machine's paths read as this one's (the interface: path_map.h). */
#include "path_map.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"

struct map { char *from, *to; size_t from_len; };
static struct map *maps;
static size_t nmaps, cap;

static void slashes(char *s)
{
    for (; *s; s++) if (*s == '\\') *s = '/';
}

int pt_path_map_add(const char *spec, char *err, size_t errlen)
{
    const char *eq = strchr(spec, '=');
    if (!eq || eq == spec || !eq[1]) {
        snprintf(err, errlen, "--path-map wants FROM=TO, not '%s'", spec);
        return -1;
    }
    struct map m = {pt_strndup(spec, (size_t)(eq - spec)), pt_strdup(eq + 1), 0};
    slashes(m.from);
    slashes(m.to);
    m.from_len = strlen(m.from);   /* "C:/src/" and "C:/src" are the same prefix */
    while (m.from_len > 1 && m.from[m.from_len - 1] == '/') m.from[--m.from_len] = 0;
    size_t tl = strlen(m.to);
    while (tl > 1 && m.to[tl - 1] == '/') m.to[--tl] = 0;
    PT_GROW(maps, nmaps, cap);
    maps[nmaps++] = m;
    return 0;
}

int pt_path_map_any(void)
{
    return nmaps > 0;
}

/* FROM at s, ignoring case and the kind of slash, ending at a component end. */
static int prefix_at(const char *s, const struct map *m)
{
    for (size_t i = 0; i < m->from_len; i++) {
        char c = s[i] == '\\' ? '/' : s[i];
        if (!c || tolower((unsigned char)c) != tolower((unsigned char)m->from[i])) return 0;
    }
    char end = s[m->from_len];
    return end == 0 || end == '/' || end == '\\';
}

char *pt_path_map_apply(const char *s)
{
    /* the path starts the argument or follows its flag (at most "/external:I") */
    size_t len = strlen(s), reach = s[0] == '-' || s[0] == '/' || s[0] == '@' ? 16 : 0;
    for (size_t off = 0; off <= reach && off < len; off++)
        for (size_t k = 0; k < nmaps; k++) {
            if (!prefix_at(s + off, &maps[k])) continue;
            char *out = pt_asprintf("%.*s%s%s", (int)off, s, maps[k].to, s + off + maps[k].from_len);
            slashes(out + off);
            return out;
        }
    return NULL;
}
