/* The WDK's build rules, as data: docs/compdb.md names the WDK file each
 * one stands for. The WDK's MSBuild files are not on this machine (nor in
 * the 10.0.16299 header tree); the values follow its documented defaults and
 * the compile command lines it produces. */
#include "wdk_rules.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "util.h"

/* The kit modelled when the project names none: the 10.0.16299 tree. */
#define KIT_ROOT "C:\\Program Files (x86)\\Windows Kits\\10\\"
#define KIT_VERSION "10.0.16299.0"

static const char *get(struct pt_msb *m, const char *name)
{
    const char *v = pt_props_get(&m->globals, name);
    if (!v) v = pt_props_get(&m->props, name);
    return v ? v : "";
}

static int empty(const char *s)
{
    while (isspace((unsigned char)*s)) s++;
    return !*s;
}

static void set_default(struct pt_msb *m, const char *name, const char *value)
{
    if (empty(get(m, name))) pt_msb_set(m, name, value);
}

static int is(const char *a, const char *b) { return strcasecmp(a, b) == 0; }

void pt_wdk_default_props(struct pt_msb *m)
{
    static const char *const k[][2] = {
        {"_NT_TARGET_VERSION_WIN10_RS5", "0xA000006"}, {"_NT_TARGET_VERSION_WIN10_RS4", "0xA000005"},
        {"_NT_TARGET_VERSION_WIN10_RS3", "0xA000004"}, {"_NT_TARGET_VERSION_WIN10_RS2", "0xA000003"},
        {"_NT_TARGET_VERSION_WIN10_RS1", "0xA000002"}, {"_NT_TARGET_VERSION_WIN10_TH2", "0xA000001"},
        {"_NT_TARGET_VERSION_WIN10", "0x0A00"},        {"_NT_TARGET_VERSION_WINV63", "0x0603"},
        {"_NT_TARGET_VERSION_WIN8", "0x0602"},         {"_NT_TARGET_VERSION_WIN7", "0x0601"},
        {"_NT_TARGET_VERSION_VISTA", "0x0600"},        {"_NT_TARGET_VERSION_LONGHORN", "0x0600"},
        {"_NT_TARGET_VERSION_NT4", "0x0400"},
    };
    for (size_t i = 0; i < sizeof k / sizeof k[0]; i++) set_default(m, k[i][0], k[i][1]);
}

/* TargetVersion to the Windows version it names (0x0A00, 0x0603...). */
static unsigned target_winnt(const char *tv)
{
    if (is(tv, "Windows10") || is(tv, "Win10") || is(tv, "Windows11")) return 0x0A00;
    if (is(tv, "WindowsV6.3") || is(tv, "Win8.1") || is(tv, "WinBlue")) return 0x0603;
    if (is(tv, "Windows8") || is(tv, "Win8")) return 0x0602;
    if (is(tv, "Windows7") || is(tv, "Win7")) return 0x0601;
    if (is(tv, "Vista") || is(tv, "WindowsVista")) return 0x0600;
    return 0;
}

static int mode_of(struct pt_msb *m)
{
    const char *ts = get(m, "PlatformToolset"), *dt = get(m, "DriverType"), *ct = get(m, "ConfigurationType");
    if (strncasecmp(ts, "WindowsKernelModeDriver", 23) == 0) return PT_WDK_KERNEL;
    if (strncasecmp(ts, "WindowsUserModeDriver", 21) == 0) return PT_WDK_USER;
    if (strncasecmp(ts, "WindowsApplicationForDrivers", 28) == 0) return PT_WDK_NONE;
    /* no WDK toolset named (or an old one): the driver settings decide */
    if (is(dt, "UMDF")) return PT_WDK_USER;
    if (is(ct, "Driver") || is(dt, "KMDF") || is(dt, "WDM") || is(dt, "Miniport") || is(dt, "ExportDriver"))
        return PT_WDK_KERNEL;
    return PT_WDK_NONE;
}

int pt_wdk_toolset_props(struct pt_msb *m)
{
    int mode = mode_of(m);
    if (mode == PT_WDK_NONE) return mode;
    pt_wdk_default_props(m);
    pt_msb_set(m, mode == PT_WDK_KERNEL ? "IsKernelModeToolset" : "IsUserModeToolset", "true");
    set_default(m, "TargetVersion", "Windows10");
    const char *tv = get(m, "TargetVersion");
    unsigned w = target_winnt(tv);
    if (w && empty(get(m, "_NT_TARGET_VERSION"))) {
        char v[16];
        snprintf(v, sizeof v, "0x%04X", w);
        pt_msb_set(m, "_NT_TARGET_VERSION", v);
    }
    /* the kit: the project's WindowsTargetPlatformVersion when it names a Windows 10 kit */
    const char *wtpv = get(m, "WindowsTargetPlatformVersion");
    set_default(m, "TargetPlatformVersion", strncmp(wtpv, "10.0.", 5) == 0 ? wtpv : KIT_VERSION);
    set_default(m, "WindowsSdkDir", KIT_ROOT);
    set_default(m, "WDKContentRoot", KIT_ROOT);
    char *inc = pt_asprintf("%sInclude\\%s\\", get(m, "WindowsSdkDir"), get(m, "TargetPlatformVersion"));
    static const char *const paths[][2] = {
        {"KM_IncludePath", "km"}, {"KIT_SHARED_IncludePath", "shared"}, {"CRT_IncludePath", "km\\crt"},
        {"UM_IncludePath", "um"}, {"DDK_INC_PATH", "km"}, {"SDK_INC_PATH", "um"},
    };
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        char *p = pt_asprintf("%s%s", inc, paths[i][1]);
        set_default(m, paths[i][0], p);
        free(p);
    }
    free(inc);
    char *wdf = pt_asprintf("%sInclude\\wdf\\", get(m, "WDKContentRoot"));
    char *kmdf = pt_asprintf("%skmdf\\", wdf), *umdf = pt_asprintf("%sumdf\\", wdf);
    set_default(m, "KMDF_INC_PATH", kmdf);
    set_default(m, "UMDF_INC_PATH", umdf);
    free(wdf), free(kmdf), free(umdf);
    const char *pl = get(m, "Platform");
    set_default(m, "DDKPlatform",
                is(pl, "Win32") || is(pl, "x86") ? "x86"
                : is(pl, "ARM64")                ? "arm64"
                : is(pl, "ARM")                  ? "arm"
                                                 : "x64");
    const char *dt = get(m, "DriverType");
    if (mode == PT_WDK_KERNEL && is(dt, "KMDF")) {
        /* Driver Model Settings: KMDF 1.15 for Windows 10, 1.11 for 8/8.1, 1.9 for 7 */
        set_default(m, "KMDF_VERSION_MAJOR", "1");
        set_default(m, "KMDF_VERSION_MINOR", w >= 0x0A00 || !w ? "15" : w >= 0x0602 ? "11" : "9");
    }
    if (mode == PT_WDK_USER && is(dt, "UMDF")) {
        set_default(m, "UMDF_VERSION_MAJOR", w >= 0x0603 || !w ? "2" : "1");
        set_default(m, "UMDF_VERSION_MINOR", w >= 0x0A00 || !w ? "15" : w == 0x0603 ? "0" : w == 0x0602 ? "11" : "9");
    }
    return mode;
}

/* The NTDDI_VERSION of a Windows 10 kit: its build number's release. */
static unsigned kit_ntddi(const char *kit)
{
    static const unsigned builds[][2] = {{26100, 0x10}, {22621, 0xC}, {22000, 0xB}, {20348, 0xA}, {19041, 8},
                                         {18362, 7},    {17763, 6},   {17134, 5},   {16299, 4},   {15063, 3},
                                         {14393, 2},    {10586, 1},   {10240, 0}};
    unsigned b = strncmp(kit, "10.0.", 5) == 0 ? (unsigned)strtoul(kit + 5, NULL, 10) : 16299;
    for (size_t i = 0; i < sizeof builds / sizeof builds[0]; i++)
        if (b >= builds[i][0]) return 0x0A000000u | builds[i][1];
    return 0x0A000000u;
}

static void prepend(struct pt_msb *m, struct pt_props *defs, const char *name, const char *value)
{
    const char *prev = pt_props_get(defs, name);
    char *raw = prev && *prev ? pt_asprintf("%s;%s", value, prev) : pt_strdup(value);
    char *v = pt_msb_expand(m, raw, NULL);
    pt_props_set(defs, name, v);
    free(v);
    free(raw);
}

void pt_wdk_item_definitions(struct pt_msb *m, int mode, struct pt_props *defs)
{
    if (mode == PT_WDK_NONE) return;
    const char *pl = get(m, "Platform");
    const char *arch = is(pl, "Win32") || is(pl, "x86") ? "_X86_=1;i386=1;STD_CALL"
                       : is(pl, "ARM64")                 ? "_WIN64;_ARM64_;ARM64;_USE_DECLSPECS_FOR_SAL=1;STD_CALL"
                       : is(pl, "ARM")                   ? "_ARM_;ARM;_USE_DECLSPECS_FOR_SAL=1;STD_CALL"
                                                         : "_WIN64;_AMD64_;AMD64";
    int debug = is(get(m, "UseDebugLibraries"), "true");
    /* _NT_TARGET_VERSION: 0x0A00 (a Windows version) or 0xA000004 (an NTDDI release) */
    const char *nt = get(m, "_NT_TARGET_VERSION");
    unsigned long v = strtoul(nt, NULL, 0);
    if (!v) v = target_winnt(get(m, "TargetVersion"));
    if (!v) v = 0x0A00;
    unsigned winnt = v > 0xFFFF ? (unsigned)(v >> 16) : (unsigned)v;
    unsigned ntddi = v > 0xFFFF        ? (unsigned)v
                     : winnt >= 0x0A00 ? kit_ntddi(get(m, "TargetPlatformVersion"))
                                       : winnt << 16;
    char *defines = pt_asprintf("%s;%s_WIN32_WINNT=0x%04X;WINVER=0x%04X;WINNT=1;NTDDI_VERSION=0x%08X%s", arch,
                                debug && mode == PT_WDK_KERNEL ? "DEPRECATE_DDK_FUNCTIONS=1;MSC_NOOPT;" : "", winnt,
                                winnt, ntddi, debug ? ";DBG=1" : "");
    prepend(m, defs, "PreprocessorDefinitions", defines);
    free(defines);
    const char *dt = get(m, "DriverType");
    if (mode == PT_WDK_KERNEL) {
        prepend(m, defs, "AdditionalIncludeDirectories",
                is(dt, "KMDF") ? "$(KM_IncludePath);$(KIT_SHARED_IncludePath);$(CRT_IncludePath);"
                                 "$(KMDF_INC_PATH)$(KMDF_VERSION_MAJOR).$(KMDF_VERSION_MINOR)"
                               : "$(KM_IncludePath);$(KIT_SHARED_IncludePath);$(CRT_IncludePath)");
    } else {
        prepend(m, defs, "AdditionalIncludeDirectories",
                is(dt, "UMDF") && strcmp(get(m, "UMDF_VERSION_MAJOR"), "2") == 0
                    ? "$(UM_IncludePath);$(KIT_SHARED_IncludePath);"
                      "$(UMDF_INC_PATH)$(UMDF_VERSION_MAJOR).$(UMDF_VERSION_MINOR)"
                    : "$(UM_IncludePath);$(KIT_SHARED_IncludePath)");
    }
    /* C/C++ > Advanced > Forced Include File: $(KIT_SHARED_IncludePath)\warning.h */
    if (mode == PT_WDK_KERNEL) prepend(m, defs, "ForcedIncludeFiles", "$(KIT_SHARED_IncludePath)\\warning.h");
}

char *pt_wdk_target_defines(struct pt_msb *m, int mode)
{
    const char *dt = get(m, "DriverType");
    if (mode == PT_WDK_KERNEL && is(dt, "KMDF")) {
        const char *req = get(m, "KMDF_MINIMUM_VERSION_REQUIRED");
        return pt_asprintf("KMDF_VERSION_MAJOR=%s;KMDF_VERSION_MINOR=%s%s%s", get(m, "KMDF_VERSION_MAJOR"),
                           get(m, "KMDF_VERSION_MINOR"), empty(req) ? "" : ";KMDF_MINIMUM_VERSION_REQUIRED=",
                           empty(req) ? "" : req);
    }
    const char *um = get(m, "UMDF_VERSION_MAJOR");
    if (mode == PT_WDK_USER && (strcmp(um, "1") == 0 || strcmp(um, "2") == 0)) {
        const char *req = get(m, "UMDF_MINIMUM_VERSION_REQUIRED");
        int two = strcmp(um, "2") == 0;
        return pt_asprintf("UMDF_VERSION_MAJOR=%s;UMDF_VERSION_MINOR=%s%s%s%s", um, get(m, "UMDF_VERSION_MINOR"),
                           two ? ";UMDF_USING_NTSTATUS;_UNICODE;UNICODE" : "",
                           two && !empty(req) ? ";UMDF_MINIMUM_VERSION_REQUIRED=" : "", two && !empty(req) ? req : "");
    }
    return pt_strdup("");
}
