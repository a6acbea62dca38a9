/* The rule catalogue (DESIGN.md): ids, names, one-line summaries and the
 * --explain texts. Reporting logic lives in one file per rule. */
#include "rule_info.h"
#include <string.h>

static const struct pt_rule_info infos[] = {
    {"PT001", "string-tag", "A string literal or a pointer is used as a pool tag.",
     "A pool tag is a four-character integer literal such as 'gaTM' (shown as 'MTag' by "
     "PoolMon and !pool). Passing \"MTag\" or a char pointer passes the pointer's low 32 bits "
     "instead: every allocation gets a meaningless, changing tag, so PoolMon, !poolused and "
     "Driver Verifier's pool tracking cannot attribute or check it (PREfast C28134).\n"
     "Fix: use a character constant, e.g. #define MY_TAG 'gaTM'.",
     PT_WARNING},
    {"PT002", "missing-tag", "Untagged allocation, tag 0, or a default tag (' kdD', ' mdW', 'enoN').",
     "ExAllocatePool and friends without a tag, a tag of 0 and the default tags 'Ddk ', "
     "'Wdm ' and 'None' make the allocation anonymous: leaks found by Driver Verifier "
     "(bug check 0xC4, parameter 0x60/0x62) and PoolMon cannot be traced back to your driver, "
     "and ExFreePoolWithTag cannot check the tag. ExAllocatePool is deprecated.\n"
     "Fix: use ExAllocatePool2 (or ExAllocatePoolWithTag) with a unique tag per allocation "
     "purpose.",
     PT_WARNING},
    {"PT003", "tag-size-swap", "The size and tag arguments of an allocation look swapped.",
     "The size argument is a four-character constant and the tag argument is a small number "
     "or sizeof: the arguments are in the wrong order. The allocation is then as large as the "
     "tag's numeric value (hundreds of megabytes) and fails or exhausts pool, and its tag is "
     "meaningless.\n"
     "Fix: ExAllocatePoolWithTag(PoolType, NumberOfBytes, Tag); ExAllocatePool2(Flags, "
     "NumberOfBytes, Tag).",
     PT_ERROR},
    {"PT004", "tag-mismatch", "ExFreePoolWithTag frees memory with a tag other than the allocation's.",
     "ExFreePoolWithTag checks the tag against the block's. When they differ the kernel "
     "bug-checks with 0xC2 BAD_POOL_CALLER (parameter 0x0A); Driver Verifier reports it too. "
     "This usually means the wrong buffer is freed or a tag constant was copied from another "
     "allocation.\n"
     "Fix: free with the tag the allocation used, or give both the same named constant.",
     PT_ERROR},
    {"PT005", "leak", "Pool memory is allocated and lost on some path through the function.",
     "On the path shown, the function returns (or overwrites the only pointer) while the "
     "allocation is neither freed nor handed over (stored in a global, a field, a list, an "
     "out-parameter, returned, or passed to a routine that takes ownership). Each time the "
     "path runs, the block leaks; at unload Driver Verifier bug-checks with 0xC4 (parameter "
     "0x62, pool allocations still outstanding).\n"
     "Fix: free the allocation on that path, usually in the function's cleanup label.",
     PT_WARNING},
    {"PT006", "unload-leak", "An allocation kept in a global or a device field is not freed on any unload path.",
     "The block is stored in a global or device-extension field that no DriverUnload, "
     "cleanup or remove-device path frees. Driver Verifier bug-checks with 0xC4 (0x62) at "
     "unload. (Whole-driver analysis.)\n"
     "Fix: free it in the unload or cleanup routine.",
     PT_WARNING},
    {"PT007", "quota-in-dpc", "A quota-charging allocation can run at DISPATCH_LEVEL from a DPC.",
     "Quota is charged to the current process, which at DISPATCH_LEVEL in a DPC is whatever "
     "process happens to run; ExAllocatePoolWithQuota* must be called at IRQL <= APC_LEVEL. "
     "(Whole-driver analysis.)\n"
     "Fix: allocate without quota (ExAllocatePool2 without POOL_FLAG_USE_QUOTA) or move the "
     "allocation to a passive-level work item.",
     PT_WARNING},
    {"PT008", "double-free", "The same allocation is freed twice on some path.",
     "Freeing a block twice corrupts the pool: the kernel bug-checks with 0xC2 "
     "BAD_POOL_CALLER (parameter 0x07) or 0x19 BAD_POOL_HEADER, often much later and far from "
     "the cause.\n"
     "Fix: free once; set the pointer to NULL after freeing when cleanup code can run twice.",
     PT_ERROR},
    {"PT009", "wrong-free", "Memory is released with another allocator family's routine.",
     "Each allocator has its own release routine: ExFreePool* for pool, NdisFreeMemory for "
     "NdisAllocateMemoryWithTag, IoFreeMdl for IoAllocateMdl, IoFreeIrp for IoAllocateIrp, "
     "ExFreeToNPagedLookasideList for lookaside entries, RtlFreeUnicodeString for converted "
     "strings, MmFreeContiguousMemory for contiguous memory. Crossing them corrupts pool or "
     "lookaside state (bug checks 0xC2, 0x19).\n"
     "Fix: release with the routine that matches the allocator.",
     PT_ERROR},
    {"PT010", "locked-pages", "Pages locked by MmProbeAndLockPages are not unlocked on some path.",
     "Pages locked with MmProbeAndLockPages stay locked until MmUnlockPages. If the MDL is "
     "freed or the path returns without unlocking, the driver bug-checks at unload with 0xCB "
     "DRIVER_LEFT_LOCKED_PAGES_IN_PROCESS or 0x76 PROCESS_HAS_LOCKED_PAGES.\n"
     "Fix: call MmUnlockPages on every path before IoFreeMdl, or hand the MDL to the IRP.",
     PT_WARNING},
};

const struct pt_rule_info *pt_rule_infos(size_t *count)
{
    *count = sizeof infos / sizeof infos[0];
    return infos;
}

const struct pt_rule_info *pt_rule_info_find(const char *id)
{
    for (size_t i = 0; i < sizeof infos / sizeof infos[0]; i++)
        if (strcmp(infos[i].id, id) == 0 || strcmp(infos[i].name, id) == 0)
            return &infos[i];
    return NULL;
}
