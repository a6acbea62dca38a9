/* Reads Driver Verifier output from a WinDbg log (.logopen): the outstanding
 * allocations table of `!verifier 3 <driver>` in the layouts of Windows 7
 * (PoolAddress SizeInBytes Tag CallersAddress) and of Windows 8.1 to 11
 * (Address Length Tag Caller [Address], 0x-prefixed columns), each row
 * marked with the driver whose block of a several-driver listing
 * (`!verifier 0xf`) it is in; the stack entries of `!verifier 0x80 <address>`
 * ("Pool block ADDR, Size N, Thread T" then one frame per line); and the
 * bug checks of `!analyze -v` (confirm_bugcheck.c). Lines that fit none are
 * skipped. Each record becomes a JSON object, so that it can be attached to
 * SARIF results as evidence like the shim's events. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "confirm.h"
#include "util.h"

/* Modules that allocate or free on the driver's behalf: skipped when looking
 * for the driver's own frame of a stack. VerifierExt holds Driver
 * Verifier's own wrappers (IoAllocateMdl_internal_wrapper, ...), which sit
 * between nt and the driver on Windows 8 and later. */
static const char *const system_modules[] = { "nt", "hal", "wdf01000", "wdfldr", "ndis", "fltmgr",
                                              "verifierext" };

/* Copies the next whitespace-separated token of *p into out (backticks of
 * 64-bit addresses, fffff880`0447d634, dropped); returns its length. */
static size_t token(const char **p, char *out, size_t cap)
{
    size_t n = 0;
    while (**p == ' ' || **p == '\t')
        (*p)++;
    while (**p && !isspace((unsigned char)**p)) {
        if (**p != '`' && n + 1 < cap)
            out[n++] = **p;
        (*p)++;
    }
    out[n] = '\0';
    return n;
}

static int is_hex(const char *s, int allow_0x)
{
    if (allow_0x && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        s += 2;
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!isxdigit((unsigned char)*s))
            return 0;
    return 1;
}

/* An address column: hex digits, with or without 0x (Windows 8.1 and later
 * print 0x982a8fe0, Windows 7 fffff9800157efc0), copied without the 0x so
 * that it compares with the 0x80 log's "Pool block 982a8fe0". */
static int address_of(const char *tok, char *out, size_t cap)
{
    if (tok[0] == '0' && (tok[1] == 'x' || tok[1] == 'X'))
        tok += 2;
    if (!is_hex(tok, 0) || strlen(tok) < 8)
        return 0;
    snprintf(out, cap, "%s", tok);
    return 1;
}

/* "mod!Func+0x358" -> module "mod", function "Func"; 0 if not a symbol. */
static int split_symbol(const char *sym, char *mod, size_t mcap, char *fn, size_t fcap)
{
    const char *bang = strchr(sym, '!'), *plus;
    if (bang == NULL || bang == sym || bang[1] == '\0')
        return 0;
    plus = strchr(bang, '+');   /* "+0x358", or "+358" as !analyze's SYMBOL_NAME writes it */
    snprintf(mod, mcap, "%.*s", (int)(bang - sym), sym);
    snprintf(fn, fcap, "%.*s", (int)(plus ? (size_t)(plus - bang - 1) : strlen(bang + 1)), bang + 1);
    return 1;
}

int pt_windbg_split_symbol(const char *sym, char *mod, size_t mcap, char *fn, size_t fcap)
{
    return split_symbol(sym, mod, mcap, fn, fcap);
}

static int is_system_module(const char *mod)
{
    size_t i;
    for (i = 0; i < sizeof system_modules / sizeof system_modules[0]; i++)
        if (strcasecmp(mod, system_modules[i]) == 0)
            return 1;
    return 0;
}

static void add_symbol(cJSON *rec, const char *sym)
{
    char mod[128], fn[256];
    if (!split_symbol(sym, mod, sizeof mod, fn, sizeof fn))
        return;
    cJSON_AddStringToObject(rec, "symbol", sym);
    cJSON_AddStringToObject(rec, "module", mod);
    cJSON_AddStringToObject(rec, "function", fn);
}

/* A row of the !verifier 3 table: ADDR 0xSIZE TAG CALLER [SYMBOL]. The tag
 * is the four characters after the size's blanks (a tag may end in blanks).
 * driver: the module whose block the row is in, "" if the log does not say. */
static cJSON *table_row(const char *line, const char *driver)
{
    char tok[64], addr[64], size[32], caller[64], sym[512];
    const char *p = line;
    char tag[5];
    cJSON *rec;
    if (!token(&p, tok, sizeof tok) || !address_of(tok, addr, sizeof addr) ||
        !token(&p, size, sizeof size) || strncmp(size, "0x", 2) != 0 || !is_hex(size, 1))
        return NULL;
    while (*p == ' ' || *p == '\t')
        p++;
    if (strlen(p) < 5 || memchr(p, '\t', 4) || memchr(p, '\n', 4) || !isspace((unsigned char)p[4]))
        return NULL;
    memcpy(tag, p, 4);
    tag[4] = '\0';
    p += 4;
    if (!token(&p, caller, sizeof caller))
        return NULL;
    rec = cJSON_CreateObject();
    cJSON_AddStringToObject(rec, "source", "verifier");
    cJSON_AddStringToObject(rec, "event", "outstanding");
    cJSON_AddStringToObject(rec, "address", addr);
    cJSON_AddNumberToObject(rec, "size", (double)strtoull(size, NULL, 16));
    cJSON_AddStringToObject(rec, "tag", tag);
    if (driver[0])
        cJSON_AddStringToObject(rec, "driver", driver);
    if (address_of(caller, tok, sizeof tok) || is_hex(caller, 0)) {
        cJSON_AddStringToObject(rec, "caller", is_hex(caller, 0) ? caller : tok);
        if (token(&p, sym, sizeof sym))
            add_symbol(rec, sym);
    } else {
        add_symbol(rec, caller);   /* a symbolised caller without its address */
        /* the shim's own table (pt_shim_report_table): "file.c:41 Function" */
        if (!cJSON_GetObjectItem(rec, "function") && strchr(caller, ':') && token(&p, sym, sizeof sym))
            cJSON_AddStringToObject(rec, "function", sym);
    }
    return rec;
}

/* "Pool block ADDR, Size N, Thread T" starts a stack entry of !verifier 0x80. */
static cJSON *stack_head(const char *line)
{
    char addr[64] = "", size[64] = "", thread[64] = "";
    const char *p = strstr(line, "Pool block ");
    cJSON *rec;
    if (p == NULL || sscanf(p, "Pool block %63[0-9a-fA-F`], Size %63[0-9a-fA-Fx], Thread %63[0-9a-fA-F`]",
                            addr, size, thread) < 2)
        return NULL;
    rec = cJSON_CreateObject();
    cJSON_AddStringToObject(rec, "source", "verifier");
    cJSON_AddStringToObject(rec, "event", "allocate");   /* until a free frame says otherwise */
    {
        char clean[64], *o = clean, *c;
        for (c = addr; *c; c++)
            if (*c != '`')
                *o++ = *c;
        *o = '\0';
        cJSON_AddStringToObject(rec, "address", clean);
    }
    cJSON_AddNumberToObject(rec, "size", (double)strtoull(size, NULL, 16));
    if (thread[0])
        cJSON_AddStringToObject(rec, "thread", thread);
    cJSON_AddArrayToObject(rec, "frames");
    return rec;
}

/* A frame line "ADDR mod!Func+0xOFF" of the current stack entry: kept, and
 * the first frame outside the system modules (or in the driver's module, if
 * the log named it) becomes the entry's function. */
static int stack_frame(cJSON *rec, const char *line, const char *driver)
{
    char addr[64], sym[512], mod[128], fn[256];
    const char *p = line;
    cJSON *frame;
    if (!token(&p, addr, sizeof addr) || !is_hex(addr, 0) || !token(&p, sym, sizeof sym) ||
        !split_symbol(sym, mod, sizeof mod, fn, sizeof fn))
        return 0;
    frame = cJSON_CreateObject();
    cJSON_AddStringToObject(frame, "address", addr);
    cJSON_AddStringToObject(frame, "symbol", sym);
    cJSON_AddItemToArray(cJSON_GetObjectItem(rec, "frames"), frame);
    if (is_system_module(mod) && strstr(fn, "Free") != NULL)
        cJSON_ReplaceItemInObject(rec, "event", cJSON_CreateString("free"));
    if (!cJSON_GetObjectItem(rec, "function") &&
        (driver[0] ? strcasecmp(mod, driver) == 0 : !is_system_module(mod))) {
        add_symbol(rec, sym);
        cJSON_AddStringToObject(rec, "caller", addr);
    }
    return 1;
}

/* "mydrv.sys" (or "\\SystemRoot\\...\\mydrv.sys:", "mydrv.sys)") -> "mydrv";
 * 0 if tok does not name a .sys file. */
static int module_of_image(const char *tok, char *out, size_t cap)
{
    const char *base = tok, *c;
    size_t n;
    for (c = tok; *c; c++)
        if (*c == '\\' || *c == '/')
            base = c + 1;
    n = strlen(base);
    while (n > 0 && strchr(":),;", base[n - 1]) != NULL)
        n--;
    if (n <= 4 || strncasecmp(base + n - 4, ".sys", 4) != 0)
        return 0;
    snprintf(out, cap, "%.*s", (int)(n - 4), base);
    return 1;
}

int pt_windbg_module_of_image(const char *tok, char *out, size_t cap)
{
    return module_of_image(tok, out, cap);
}

/* "kd> !verifier 3 mydrv.sys" names the driver: its module is "mydrv". */
static void driver_of_command(const char *line, char *driver, size_t cap)
{
    const char *p = strstr(line, "!verifier");
    char level[32], name[128];
    if (p == NULL)
        return;
    p += 9;
    if (!token(&p, level, sizeof level) || (strcmp(level, "3") && strcmp(level, "0x3")) ||
        !token(&p, name, sizeof name))
        return;
    if (!module_of_image(name, driver, cap))
        snprintf(driver, cap, "%s", name);
}

/* The head of one driver's block in a !verifier 3 / 0xf listing, in each
 * Windows' words:
 *   fffffa8003b6f670 Loaded   000000a0  00000854  videoprt.sys     (7)
 *   MODULE: 0x84226b28 MyDriver.sys (Loaded)                         (8.1)
 *   nt!_VF_TARGET_DRIVER 0xffffd0...: mydrv.sys (Loaded and Unloaded) (10, 11)
 * Sets block to the driver's module; 0 if the line is not one. */
static int block_head(const char *line, char *block, size_t cap)
{
    char tok[256];
    const char *p = line;
    if (strstr(line, "Loaded") == NULL && strstr(line, "Unloaded") == NULL)
        return 0;
    while (token(&p, tok, sizeof tok))
        if (module_of_image(tok, block, cap))
            return 1;
    return 0;
}

/* "0: kd> !verifier 3 x.sys" or a bare "!verifier 3 x.sys", not the advice
 * "Type !verifier 3 drivername.sys for info" of !analyze. */
static int is_verifier_command(const char *line)
{
    const char *v = strstr(line, "!verifier"), *kd = strstr(line, "kd>");
    if (v == NULL)
        return 0;
    if (kd != NULL && kd < v)
        return 1;
    return (size_t)(v - line) == strspn(line, " \t");
}

static int is_table_header(const char *line)
{
    if (strstr(line, "PoolAddress") && strstr(line, "CallersAddress"))
        return 1;
    return strstr(line, "Address") && strstr(line, "Length") && strstr(line, "Tag") && strstr(line, "Caller");
}

/* A symbol seen at an address in the stack entries: a frame (kind 0) or an
 * entry's own allocating function (kind 1). Sorted by address, then where in
 * the log, so a lookup finds the first one the log shows. */
struct seen_symbol {
    const char *address, *symbol;
    size_t entry, frame;   /* which stack entry; which frame of it (its own: after them all) */
};

static int cmp_seen(const void *a, const void *b)
{
    const struct seen_symbol *x = a, *y = b;
    int c = strcasecmp(x->address, y->address);
    if (c == 0)
        c = (x->entry > y->entry) - (x->entry < y->entry);
    return c ? c : (x->frame > y->frame) - (x->frame < y->frame);
}

/* The first symbol seen at address, or NULL. */
static const struct seen_symbol *first_seen(const struct seen_symbol *v, size_t n, const char *address)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcasecmp(v[mid].address, address) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && strcasecmp(v[lo].address, address) == 0 ? &v[lo] : NULL;
}

struct seen_list {
    struct seen_symbol *v;
    size_t n, cap;
};

static void seen_add(struct seen_list *l, const char *address, const char *symbol, size_t entry, size_t frame)
{
    if (!address || !symbol)
        return;
    if (l->n == l->cap)
        l->v = pt_xrealloc(l->v, (l->cap = l->cap ? 2 * l->cap : 64) * sizeof *l->v);
    l->v[l->n++] = (struct seen_symbol){ address, symbol, entry, frame };
}

static const char *str_of(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItem(o, k);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* A table row without a symbol: the symbol of the same caller address in a
 * stack entry, or of the stack entry that allocated the same block; the
 * first stack entry that has either wins, its frames before its own. */
static void resolve_callers(cJSON *records)
{
    struct seen_list frames = { 0 }, allocs = { 0 };
    cJSON *r, *f;
    size_t entry = 0;
    cJSON_ArrayForEach(r, records) {
        size_t k = 0;
        const char *ev = str_of(r, "event");
        if (!cJSON_GetObjectItem(r, "frames"))
            continue;
        cJSON_ArrayForEach(f, cJSON_GetObjectItem(r, "frames"))
            seen_add(&frames, str_of(f, "address"), str_of(f, "symbol"), entry, k++);
        if (ev && strcmp(ev, "allocate") == 0)
            seen_add(&allocs, str_of(r, "address"), str_of(r, "symbol"), entry, k);
        entry++;
    }
    if (frames.n)   /* qsort of NULL is undefined, even for 0 elements */
        qsort(frames.v, frames.n, sizeof *frames.v, cmp_seen);
    if (allocs.n)
        qsort(allocs.v, allocs.n, sizeof *allocs.v, cmp_seen);
    cJSON_ArrayForEach(r, records) {
        const char *caller = str_of(r, "caller"), *addr = str_of(r, "address"), *ev = str_of(r, "event");
        const struct seen_symbol *a, *b;
        if (!ev || strcmp(ev, "outstanding") != 0 || cJSON_GetObjectItem(r, "function") || !addr)
            continue;
        a = caller ? first_seen(frames.v, frames.n, caller) : NULL;
        b = first_seen(allocs.v, allocs.n, addr);
        if (a && b && cmp_seen(b, a) < 0)
            a = b;
        if (a || b) {
            char *copy = pt_strdup(a ? a->symbol : b->symbol);
            add_symbol(r, copy);
            free(copy);
        }
    }
    free(frames.v);
    free(allocs.v);
}

cJSON *pt_windbg_parse(const char *text)
{
    return pt_windbg_parse_module(text, NULL);
}

cJSON *pt_windbg_parse_module(const char *text, const char *module)
{
    cJSON *records = cJSON_CreateArray(), *stack = NULL;
    char driver[128] = "", block[128] = "", wanted[128] = "", *line = NULL;
    int in_table = 0;
    const char *p = text;
    struct pt_bugcheck_reader *bugchecks = pt_bugcheck_reader_new();
    if (module && module[0] && !module_of_image(module, wanted, sizeof wanted))   /* "mydrv.sys" -> "mydrv" */
        snprintf(wanted, sizeof wanted, "%.*s", (int)sizeof wanted - 1, module);
    while (p && *p) {
        const char *end = strchr(p, '\n');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        cJSON *rec;
        free(line);
        line = pt_strndup(p, n);
        if (n && line[n - 1] == '\r')
            line[n - 1] = '\0';
        p = end ? end + 1 : NULL;
        pt_bugcheck_line(bugchecks, line, records);
        if (is_verifier_command(line)) {   /* a new listing: its rows are the named driver's */
            block[0] = '\0';
            driver_of_command(line, block, sizeof block);
            if (block[0])
                snprintf(driver, sizeof driver, "%s", block);
        }
        if (block_head(line, block, sizeof block)) {
            in_table = 0;
            stack = NULL;
        } else if (is_table_header(line)) {
            in_table = 1;
            stack = NULL;
        } else if ((rec = stack_head(line)) != NULL) {
            cJSON_AddItemToArray(records, rec);
            stack = rec;
            in_table = 0;
        } else if (stack && stack_frame(stack, line, wanted[0] ? wanted : driver)) {
            continue;
        } else if (in_table && (rec = table_row(line, block)) != NULL) {
            cJSON_AddItemToArray(records, rec);
        } else if (line[0] && strspn(line, " \t") != strlen(line)) {
            stack = NULL;   /* any other text ends a stack entry (blank lines do not end the table) */
            if (strstr(line, "kd>"))
                in_table = 0;
        }
    }
    free(line);
    pt_bugcheck_reader_finish(bugchecks, records);
    resolve_callers(records);
    return records;
}
