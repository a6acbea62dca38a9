/* SAL and driver annotations that MinGW's headers lack. Plain no-ops: they
 * must never make code fail to parse. */
#pragma once
#ifndef PT_SAL_H
#define PT_SAL_H
#define PT_SAL0(n)
#define _Use_decl_annotations_
#define _Must_inspect_result_
#define _Check_return_
#define _Success_(...)
#define _When_(...)
#define _At_(...)
#define _At_buffer_(...)
#define _On_failure_(...)
#define _Return_type_success_(...)
#define _Post_invalid_
#define _Post_ptr_invalid_
#define _Post_writable_byte_size_(...)
#define _Post_maybenull_
#define _Post_notnull_
#define _Post_null_
#define _Pre_notnull_
#define _Pre_maybenull_
#define _Pre_valid_
#define _Pre_satisfies_(...)
#define _Post_satisfies_(...)
#define _Null_terminated_
#define _NullNull_terminated_
#define _Analysis_assume_(...)
#define _Analysis_assume_lock_held_(...)
#define _Analysis_assume_lock_not_held_(...)
#define _Analysis_mode_(...)
#define _Analysis_noreturn_
#define _Frees_ptr_ __attribute__((annotate("pt_frees")))
#define _Frees_ptr_opt_ __attribute__((annotate("pt_frees")))
#define _Field_size_(...)
#define _Field_size_opt_(...)
#define _Field_size_bytes_(...)
#define _Field_size_bytes_opt_(...)
#define _Field_size_part_(...)
#define _Field_size_bytes_part_(...)
#define _Field_range_(...)
#define _Field_z_
#define _Struct_size_bytes_(...)
#define _Interlocked_
#define _Interlocked_operand_
#define _Guarded_by_(...)
#define _Write_guarded_by_(...)
#define _Requires_lock_held_(...)
#define _Requires_lock_not_held_(...)
#define _Requires_exclusive_lock_held_(...)
#define _Requires_shared_lock_held_(...)
#define _Requires_no_locks_held_
#define _Acquires_lock_(...)
#define _Releases_lock_(...)
#define _Acquires_exclusive_lock_(...)
#define _Releases_exclusive_lock_(...)
#define _Acquires_shared_lock_(...)
#define _Releases_shared_lock_(...)
#define _Create_lock_level_(...)
#define _Has_lock_kind_(...)
#define _Has_lock_level_(...)
#define _Lock_level_order_(...)
#define _No_competing_thread_
#define _Benign_race_begin_
#define _Benign_race_end_
#define _In_range_(...)
#define _Out_range_(...)
#define _Ret_range_(...)
#define _Deref_in_range_(...)
#define _Deref_out_range_(...)
#define _Ret_maybenull_
#define _Ret_notnull_
#define _Ret_z_
#define _Ret_writes_(...)
#define _Ret_writes_bytes_(...)
#define _Ret_writes_bytes_maybenull_(...)
#define _Ret_writes_maybenull_(...)
#define _Result_nullonfailure_
#define _Result_zeroonfailure_
#define _Outptr_result_maybenull_
#define _Outptr_result_nullonfailure_
#define _Outptr_result_bytebuffer_(...)
#define _Outptr_result_buffer_(...)
#define _Outptr_opt_result_maybenull_
#define _Outptr_result_z_
#define _Outptr_opt_result_buffer_(...)
#define _Outptr_opt_result_bytebuffer_(...)
#define _Outptr_opt_
#define _COM_Outptr_
#define _COM_Outptr_opt_
#define _Out_writes_to_(...)
#define _Out_writes_bytes_to_(...)
#define _Out_writes_bytes_to_opt_(...)
#define _Out_writes_to_opt_(...)
#define _Out_writes_all_(...)
#define _Out_writes_bytes_all_(...)
#define _Out_writes_z_(...)
#define _Inout_updates_(...)
#define _Inout_updates_bytes_(...)
#define _Inout_updates_opt_(...)
#define _Inout_updates_bytes_opt_(...)
#define _Inout_updates_to_(...)
#define _Inout_updates_bytes_to_(...)
#define _Inout_updates_z_(...)
#define _Inout_z_
#define _In_reads_z_(...)
#define _In_reads_or_z_(...)
#define _In_reads_bytes_opt_(...)
#define _In_reads_opt_(...)
#define _In_range_(...)
#define _Printf_format_string_
#define _Strict_type_match_
#define _Literal_
#define _Notliteral_
#define _Points_to_data_
#define _Enum_is_bitflag_
#define _Maybe_raises_SEH_exception_
#define _Raises_SEH_exception_
#define _Kernel_clear_do_init_(...)
#define _Kernel_float_saved_
#define _Kernel_float_restored_
#define _Kernel_float_used_
#define _Kernel_acquires_resource_(...)
#define _Kernel_releases_resource_(...)
#define _Kernel_requires_resource_held_(...)
#define _Kernel_requires_resource_not_held_(...)
#define _Kernel_IoGetDmaAdapter_
#define _Kernel_ptr_
#define _User_ptr_
#define _Kernel_entry_
#define _Kernel_entry_always_
#define _Dispatch_type_(...)
#define _Function_class_(...)
/* Kept as an annotation: a function that requires DISPATCH_LEVEL runs like a DPC (PT007). */
#define _IRQL_requires_(irql) __attribute__((annotate("pt_irql_requires:" #irql)))
#define _IRQL_requires_max_(...)
#define _IRQL_requires_min_(...)
#define _IRQL_requires_same_
#define _IRQL_raises_(...)
#define _IRQL_saves_
#define _IRQL_restores_
#define _IRQL_saves_global_(...)
#define _IRQL_restores_global_(...)
#define _IRQL_always_function_max_(...)
#define _IRQL_always_function_min_(...)
#define _IRQL_uses_cancel_
#define _IRQL_is_cancel_
#define _IRQL_lowers_to_(...)
/* what a declaration says about memory: seeds summaries (analyzer/link.c) */
#define __drv_allocatesMem(...) __attribute__((annotate("pt_allocates")))
#define __drv_freesMem(...) __attribute__((annotate("pt_frees")))
#define __drv_aliasesMem
#define __drv_when(...)
#define __drv_requiresIRQL(...)
#define __drv_maxIRQL(...)
#define __drv_minIRQL(...)
#define __drv_setsIRQL(...)
#define __drv_savesIRQL
#define __drv_restoresIRQL
#define __drv_sameIRQL
#define __drv_dispatchType(...)
#define __drv_functionClass(...)
#define __drv_arg(...)
#define __drv_in(...)
#define __drv_out(...)
#define __drv_strictTypeMatch(...)
#define __drv_preferredFunction(...)
#define __drv_reportError(...)
#define __drv_mustHold(...)
#define __drv_neverHold(...)
#define __drv_acquiresResource(...)
#define __drv_releasesResource(...)
#define __drv_valueIs(...)
#define __drv_isObjectPointer
#define __drv_useCancelIRQL
#define __drv_innerMustHoldGlobal(...)
#define __drv_innerNeverHoldGlobal(...)
/* Seen in real drivers (npcap, wireguard-nt, dokany, kvm-guest-drivers-windows,
 * win-xeniface, Windows-driver-samples) and missing from MinGW-w64's sal.h and
 * driverspecs.h: the primitive SAL that projects build their own annotations
 * from, Windows 8 memory annotations, and old-style __ annotations. */
#ifndef _Pre_
#define _Pre_
#endif
#ifndef _Post_
#define _Post_
#endif
#ifndef _Null_
#define _Null_
#endif
#ifndef _Notnull_
#define _Notnull_
#endif
#ifndef _Maybenull_
#define _Maybenull_
#endif
#ifndef _Valid_
#define _Valid_
#endif
#ifndef _Notvalid_
#define _Notvalid_
#endif
#define _Pre_null_
#define _Post_valid_
#define _Deref_post_null_
#define _Deref_pre_maybenull_
#define _Inexpressible_(...)
/* SAL 1.1 _Deref_ forms of the WDK's sal.h that MinGW's lacks (ntstrsafe.h
 * copies and older drivers use them) */
#define _Deref_in_bound_
#define _Deref_inout_bound_
#define _Deref_inout_z_
#define _Deref_inout_z_bytecap_c_(...)
#define _Deref_inout_z_cap_c_(...)
#define _Deref_out_bound_
#define _Deref_out_opt_z_
#define _Deref_out_z_
#define _Deref_out_z_bytecap_c_(...)
#define _Deref_out_z_cap_c_(...)
#define _Deref_post_bytecap_(...)
#define _Deref_post_bytecap_c_(...)
#define _Deref_post_bytecap_x_(...)
#define _Deref_post_bytecount_(...)
#define _Deref_post_bytecount_c_(...)
#define _Deref_post_bytecount_x_(...)
#define _Deref_post_cap_(...)
#define _Deref_post_cap_c_(...)
#define _Deref_post_cap_x_(...)
#define _Deref_post_count_(...)
#define _Deref_post_count_c_(...)
#define _Deref_post_count_x_(...)
#define _Deref_post_maybenull_
#define _Deref_post_notnull_
#define _Deref_post_opt_bytecap_(...)
#define _Deref_post_opt_bytecap_c_(...)
#define _Deref_post_opt_bytecap_x_(...)
#define _Deref_post_opt_bytecount_(...)
#define _Deref_post_opt_bytecount_c_(...)
#define _Deref_post_opt_bytecount_x_(...)
#define _Deref_post_opt_cap_(...)
#define _Deref_post_opt_cap_c_(...)
#define _Deref_post_opt_cap_x_(...)
#define _Deref_post_opt_count_(...)
#define _Deref_post_opt_count_c_(...)
#define _Deref_post_opt_count_x_(...)
#define _Deref_post_opt_valid_
#define _Deref_post_opt_valid_bytecap_(...)
#define _Deref_post_opt_valid_bytecap_c_(...)
#define _Deref_post_opt_valid_bytecap_x_(...)
#define _Deref_post_opt_valid_cap_(...)
#define _Deref_post_opt_valid_cap_c_(...)
#define _Deref_post_opt_valid_cap_x_(...)
#define _Deref_post_opt_z_
#define _Deref_post_opt_z_bytecap_(...)
#define _Deref_post_opt_z_bytecap_c_(...)
#define _Deref_post_opt_z_bytecap_x_(...)
#define _Deref_post_opt_z_cap_(...)
#define _Deref_post_opt_z_cap_c_(...)
#define _Deref_post_opt_z_cap_x_(...)
#define _Deref_post_valid_
#define _Deref_post_valid_bytecap_(...)
#define _Deref_post_valid_bytecap_c_(...)
#define _Deref_post_valid_bytecap_x_(...)
#define _Deref_post_valid_cap_(...)
#define _Deref_post_valid_cap_c_(...)
#define _Deref_post_valid_cap_x_(...)
#define _Deref_post_z_
#define _Deref_post_z_bytecap_(...)
#define _Deref_post_z_bytecap_c_(...)
#define _Deref_post_z_bytecap_x_(...)
#define _Deref_post_z_cap_(...)
#define _Deref_post_z_cap_c_(...)
#define _Deref_post_z_cap_x_(...)
#define _Deref_pre_bytecap_(...)
#define _Deref_pre_bytecap_c_(...)
#define _Deref_pre_bytecap_x_(...)
#define _Deref_pre_bytecount_(...)
#define _Deref_pre_bytecount_c_(...)
#define _Deref_pre_bytecount_x_(...)
#define _Deref_pre_cap_(...)
#define _Deref_pre_cap_c_(...)
#define _Deref_pre_cap_x_(...)
#define _Deref_pre_count_(...)
#define _Deref_pre_count_c_(...)
#define _Deref_pre_count_x_(...)
#define _Deref_pre_invalid_
#define _Deref_pre_notnull_
#define _Deref_pre_null_
#define _Deref_pre_opt_bytecap_(...)
#define _Deref_pre_opt_bytecap_c_(...)
#define _Deref_pre_opt_bytecap_x_(...)
#define _Deref_pre_opt_bytecount_(...)
#define _Deref_pre_opt_bytecount_c_(...)
#define _Deref_pre_opt_bytecount_x_(...)
#define _Deref_pre_opt_cap_(...)
#define _Deref_pre_opt_cap_c_(...)
#define _Deref_pre_opt_cap_x_(...)
#define _Deref_pre_opt_count_(...)
#define _Deref_pre_opt_count_c_(...)
#define _Deref_pre_opt_count_x_(...)
#define _Deref_pre_opt_valid_
#define _Deref_pre_opt_valid_bytecap_(...)
#define _Deref_pre_opt_valid_bytecap_c_(...)
#define _Deref_pre_opt_valid_bytecap_x_(...)
#define _Deref_pre_opt_valid_cap_(...)
#define _Deref_pre_opt_valid_cap_c_(...)
#define _Deref_pre_opt_valid_cap_x_(...)
#define _Deref_pre_opt_z_
#define _Deref_pre_opt_z_bytecap_(...)
#define _Deref_pre_opt_z_bytecap_c_(...)
#define _Deref_pre_opt_z_bytecap_x_(...)
#define _Deref_pre_opt_z_cap_(...)
#define _Deref_pre_opt_z_cap_c_(...)
#define _Deref_pre_opt_z_cap_x_(...)
#define _Deref_pre_readonly_
#define _Deref_pre_valid_
#define _Deref_pre_valid_bytecap_(...)
#define _Deref_pre_valid_bytecap_c_(...)
#define _Deref_pre_valid_bytecap_x_(...)
#define _Deref_pre_valid_cap_(...)
#define _Deref_pre_valid_cap_c_(...)
#define _Deref_pre_valid_cap_x_(...)
#define _Deref_pre_writeonly_
#define _Deref_pre_z_
#define _Deref_pre_z_bytecap_(...)
#define _Deref_pre_z_bytecap_c_(...)
#define _Deref_pre_z_bytecap_x_(...)
#define _Deref_pre_z_cap_(...)
#define _Deref_pre_z_cap_c_(...)
#define _Deref_pre_z_cap_x_(...)
#define _Deref_ret_bound_
#define _Deref_ret_opt_z_
#define _Deref_ret_z_
#define _Global_critical_region_
#define _Global_cancel_spin_lock_
#define _Global_interlock_
#define _Global_priority_region_
#define _Analysis_code_type_user_code_
#define _Analysis_code_type_user_driver_
#define _Analysis_code_type_kernel_driver_
#define _Unreferenced_parameter_
#define _IRQL_limited_to_(...)
#define _IRQL_requires_for_wait_
#define _In_aliasesMem_
/* memory annotations: what frees or returns memory seeds summaries, as __drv_ does */
#define _In_freesMem_ __attribute__((annotate("pt_frees")))
#define _FreesMem_ __attribute__((annotate("pt_frees")))
#define _Return_allocatesMem_ __attribute__((annotate("pt_allocates")))
#define _Return_allocatesMem_size_(...) __attribute__((annotate("pt_allocates")))
#define _Out_allocatesMem_ __attribute__((annotate("pt_allocates_out")))
#define _Out_allocatesMem_size_(...) __attribute__((annotate("pt_allocates_out")))
#define _Outptr_allocatesMem_ __attribute__((annotate("pt_allocates_out")))
#define __drv_interlocked
#define __drv_nop(x) x
#define __drv_declspec(x) __declspec(x)
#define __drv_defined(x) 0
#define __callback
/* specstrings.h: marks system-call entry points (Zw*, Nt*) */
#ifndef __kernel_entry
#define __kernel_entry
#endif
/* MinGW's sal.h leaves __in and __out undefined in C++ (libstdc++ names
 * parameters so; kernel code reaches no libstdc++ here) */
#ifndef __in
#define __in
#endif
#ifndef __out
#define __out
#endif
#define __analysis_assert(e)
#define __analysis_noreturn
#ifndef __success
#define __success(x)
#endif
#define __in_bcount_opt(x)
#define __out_bcount_opt(x)
#define __inout_bcount_opt(x)
#define __out_opt_bcount(x)
#define __out_ecount_opt(x)
#define __field_bcount_opt(x)
#define __field_ecount(x)
#endif
