/* Reads the bug checks of `!analyze -v` that stand for pool bugs: 0xC4
 * DRIVER_VERIFIER_DETECTED_VIOLATION, 0xC2 BAD_POOL_CALLER and 0xCB
 * DRIVER_LEFT_LOCKED_PAGES_IN_PROCESS. A bug check's text is taken from its
 * title line ("DRIVER_VERIFIER_DETECTED_VIOLATION (c4)"), "BugCheck C4, {...}"
 * or "BUGCHECK_CODE:" up to the next debugger command other than !analyze:
 * its arguments (Arg1..Arg4, BUGCHECK_P1..P4), the driver (IMAGE_NAME,
 * MODULE_NAME, "Probably caused by", FAILURE_BUCKET_ID's _IMAGE_name.sys)
 * and the faulting symbol (SYMBOL_NAME). Each becomes one record
 * ("event": "bugcheck") naming the static rule it stands for. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "confirm.h"
#include "util.h"

/* A log holds one bug check, or a few if sessions were appended: more are
 * not read, so that a hostile log of bug check lines stays linear. */
#define PT_MAX_BUGCHECKS 64

struct pt_bugcheck_reader {
    int active;
    unsigned code;
    unsigned long long arg[4];
    int have[4];
    char driver[128], symbol[256];
    int driver_is_image;   /* driver came from a .sys name, which a bare module name does not override */
    size_t emitted;
};

/* What a bug check (code, Arg1) means for the static rules. */
struct bugcheck_kind {
    unsigned code, sub;   /* sub ~0u: any */
    const char *rule;     /* NULL: no static rule stands for it */
    int count_arg;        /* the argument (1..4) counting the blocks, 0: one */
    const char *what;
};

static const struct bugcheck_kind kinds[] = {
    { 0xC4, 0x62, "PT006", 4, "pool allocations not freed when the driver unloaded" },
    { 0xC4, 0x60, "PT006", 4, "pool allocations not freed when the driver unloaded" },
    { 0xC4, 0x13, "PT008", 0, "pool freed twice" },
    { 0xC4, 0x14, "PT008", 0, "pool freed twice" },
    { 0xC4, 0x00, NULL, 0, "zero-byte pool allocation" },
    { 0xC4, 0x01, NULL, 0, "paged pool allocated above APC_LEVEL" },
    { 0xC4, 0x02, NULL, 0, "nonpaged pool allocated above DISPATCH_LEVEL" },
    { 0xC4, 0x10, NULL, 0, "free of an address no allocation returned" },
    { 0xC4, 0x11, NULL, 0, "paged pool freed above APC_LEVEL" },
    { 0xC4, 0x12, NULL, 0, "nonpaged pool freed above DISPATCH_LEVEL" },
    { 0xC4, 0x15, NULL, 0, "pool freed with an active timer in it" },
    { 0xC4, 0x16, NULL, 0, "pool freed at a bad address" },
    { 0xC4, 0x17, NULL, 0, "pool freed with an active ERESOURCE in it" },
    { 0xC2, 0x06, "PT008", 0, "pool freed twice" },
    { 0xC2, 0x07, "PT008", 0, "pool freed twice" },
    { 0xC2, 0x0A, "PT004", 0, "pool freed with another tag than its allocation's" },
    { 0xCB, ~0u, "PT010", 0, "pages left locked (an MDL) when the I/O ended" },
};

static const struct bugcheck_kind *kind_of(unsigned code, unsigned long long sub)
{
    size_t i;
    for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (kinds[i].code == code && (kinds[i].sub == ~0u || kinds[i].sub == sub))
            return &kinds[i];
    return NULL;
}

struct pt_bugcheck_reader *pt_bugcheck_reader_new(void)
{
    return pt_xcalloc(1, sizeof(struct pt_bugcheck_reader));
}

static void emit(struct pt_bugcheck_reader *r, cJSON *records)
{
    const struct bugcheck_kind *k;
    cJSON *rec;
    char buf[64], mod[128], fn[256];
    if (!r->active || r->emitted >= PT_MAX_BUGCHECKS || (r->code != 0xCB && !r->have[0])) {
        r->active = 0;
        return;
    }
    k = kind_of(r->code, r->arg[0]);
    rec = cJSON_CreateObject();
    cJSON_AddStringToObject(rec, "source", "verifier");
    cJSON_AddStringToObject(rec, "event", "bugcheck");
    snprintf(buf, sizeof buf, "0x%X", r->code);
    cJSON_AddStringToObject(rec, "bugcheck", buf);
    if (r->code != 0xCB) {
        snprintf(buf, sizeof buf, "0x%llX", r->arg[0]);
        cJSON_AddStringToObject(rec, "subcode", buf);
    }
    cJSON_AddStringToObject(rec, "meaning", k ? k->what : "not a pool bug pooltrack checks");
    if (k && k->rule)
        cJSON_AddStringToObject(rec, "rule", k->rule);
    cJSON_AddNumberToObject(rec, "count", k && k->count_arg && r->have[k->count_arg - 1]
                                              ? (double)r->arg[k->count_arg - 1] : 1.0);
    if (r->driver[0])
        cJSON_AddStringToObject(rec, "driver", r->driver);
    /* The faulting symbol locates a free; for a leak at unload it is the
     * unload path, not the allocation, so it is kept but not matched on. */
    if (r->symbol[0] && pt_windbg_split_symbol(r->symbol, mod, sizeof mod, fn, sizeof fn) &&
        (!r->driver[0] || strcasecmp(mod, r->driver) == 0)) {
        cJSON_AddStringToObject(rec, "symbol", r->symbol);
        if (!(k && k->count_arg)) {
            cJSON_AddStringToObject(rec, "module", mod);
            cJSON_AddStringToObject(rec, "function", fn);
        }
    }
    cJSON_AddItemToArray(records, rec);
    r->emitted++;
    r->active = 0;
}

static void start(struct pt_bugcheck_reader *r, unsigned code, cJSON *records)
{
    if (r->active && r->code == code)
        return;   /* the banner's "BugCheck C4, {...}" and !analyze's title: one bug check */
    emit(r, records);
    memset(r->arg, 0, sizeof r->arg);
    memset(r->have, 0, sizeof r->have);
    r->driver[0] = r->symbol[0] = '\0';
    r->driver_is_image = 0;
    r->code = code;
    r->active = code == 0xC4 || code == 0xC2 || code == 0xCB;
}

static const char *skip_blanks(const char *p)
{
    while (*p == ' ' || *p == '\t')
        p++;
    return p;
}

/* "TITLE_IN_CAPS (c4)": the code, or 0. */
static unsigned title_code(const char *line)
{
    const char *p = skip_blanks(line), *q = p;
    char *end;
    unsigned long v;
    while (isupper((unsigned char)*q) || isdigit((unsigned char)*q) || *q == '_')
        q++;
    if (q - p < 6 || strncmp(q, " (", 2) != 0 || !isxdigit((unsigned char)q[2]))
        return 0;
    v = strtoul(q + 2, &end, 16);
    return *end == ')' && *skip_blanks(end + 1) == '\0' && v > 0 && v < 0x1000 ? (unsigned)v : 0;
}

static void set_arg(struct pt_bugcheck_reader *r, int i, const char *text)
{
    char *end;
    unsigned long long v;
    text = skip_blanks(text);
    if (text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        text += 2;
    v = strtoull(text, &end, 16);
    if (end == text || i < 0 || i > 3)
        return;
    r->arg[i] = v;
    r->have[i] = 1;
}

/* "BugCheck C4, {62, ffffe0012a3c1e50, ffffe0012a3c1f00, 3}" */
static int banner(struct pt_bugcheck_reader *r, const char *line, cJSON *records)
{
    const char *p = strstr(line, "BugCheck "), *c;
    char *end;
    unsigned long code;
    int i;
    if (p == NULL)
        return 0;
    code = strtoul(p + 9, &end, 16);
    if (end == p + 9 || *end != ',' || (c = strchr(end, '{')) == NULL)
        return 0;
    start(r, (unsigned)code, records);
    for (i = 0, c++; r->active && i < 4 && *c; i++) {
        set_arg(r, i, c);
        if ((c = strchr(c, ',')) == NULL)
            break;
        c++;
    }
    return 1;
}

/* The value after a "KEY:" of !analyze's details, or NULL. */
static const char *field(const char *line, const char *key)
{
    const char *p = skip_blanks(line);
    size_t n = strlen(key);
    return strncmp(p, key, n) == 0 ? skip_blanks(p + n) : NULL;
}

/* The first .sys image named wins; a bare module name (MODULE_NAME) only
 * until one is. */
static void take_driver(struct pt_bugcheck_reader *r, const char *text)
{
    char tok[256];
    size_t n = strcspn(text, " \t(");
    if (r->driver_is_image || n == 0 || n >= sizeof tok)
        return;
    memcpy(tok, text, n);
    tok[n] = '\0';
    if (pt_windbg_module_of_image(tok, r->driver, sizeof r->driver))
        r->driver_is_image = 1;
    else if (!r->driver[0] && strchr(tok, '.') == NULL && strcasecmp(tok, "Unknown_Module") != 0)
        snprintf(r->driver, sizeof r->driver, "%.*s", (int)sizeof r->driver - 1, tok);
}

static void take_symbol(struct pt_bugcheck_reader *r, const char *text)
{
    size_t n = strcspn(text, " \t)");
    if (!r->symbol[0] && n > 0 && n < sizeof r->symbol && memchr(text, '!', n))
        snprintf(r->symbol, sizeof r->symbol, "%.*s", (int)n, text);
}

void pt_bugcheck_line(struct pt_bugcheck_reader *r, const char *line, cJSON *records)
{
    const char *v, *kd;
    unsigned code;
    if ((code = title_code(line)) != 0) {
        start(r, code, records);
        return;
    }
    if (banner(r, line, records))
        return;
    if ((v = field(line, "BUGCHECK_CODE:")) != NULL) {
        start(r, (unsigned)strtoul(v, NULL, 16), records);
        return;
    }
    if (!r->active)
        return;
    if ((kd = strstr(line, "kd>")) != NULL && strstr(kd, "!analyze") == NULL) {
        emit(r, records);   /* the next command: the bug check's text is over */
        return;
    }
    if ((v = field(line, "Arg")) != NULL && v[0] >= '1' && v[0] <= '4' && v[1] == ':')
        set_arg(r, v[0] - '1', v + 2);
    else if ((v = field(line, "BUGCHECK_P")) != NULL && v[0] >= '1' && v[0] <= '4' && v[1] == ':')
        set_arg(r, v[0] - '1', v + 2);
    else if ((v = field(line, "IMAGE_NAME:")) != NULL || (v = field(line, "MODULE_NAME:")) != NULL)
        take_driver(r, v);
    else if ((v = field(line, "Probably caused by")) != NULL) {
        v = skip_blanks(v[0] == ':' ? v + 1 : v);
        take_driver(r, v);
        if ((v = strchr(v, '(')) != NULL)
            take_symbol(r, skip_blanks(v + 1));
    } else if ((v = field(line, "SYMBOL_NAME:")) != NULL)
        take_symbol(r, v);
    else if ((v = field(line, "FAILURE_BUCKET_ID:")) != NULL && (v = strstr(v, "_IMAGE_")) != NULL)
        take_driver(r, v + 7);
}

void pt_bugcheck_reader_finish(struct pt_bugcheck_reader *r, cJSON *records)
{
    emit(r, records);
    free(r);
}
