/* pooltrack: the WDK's mpiodisk.h (none in MinGW-w64): the MPIO WMI
 * classes a device-specific module reports through. Selected from the WDK
 * 10.0.16299 km/mpiodisk.h by the names msdsm uses (docs/supplement.md). */
#pragma once
#ifndef PT_MPIODISK_H
#define PT_MPIODISK_H

/* wdk_extract.py: begin */
typedef struct _MPIO_DSM_Path_V2
{

    ULONGLONG DsmPathId;

    ULONGLONG Reserved;

    ULONG PathWeight;

    ULONG PrimaryPath;

    ULONG OptimizedPath;

    ULONG PreferredPath;

    ULONG FailedPath;

    ULONG TargetPortGroup_State;

    ULONG ALUASupport;

    UCHAR SymmetricLUA;

    UCHAR TargetPortGroup_Preferred;

    USHORT TargetPortGroup_Identifier;

    ULONG TargetPort_Identifier;

    ULONG Reserved32;

    ULONGLONG Reserved64;

} MPIO_DSM_Path_V2, *PMPIO_DSM_Path_V2;

#define DSM_LB_FAILOVER 1

#define DSM_LB_ROUND_ROBIN 2

#define DSM_LB_ROUND_ROBIN_WITH_SUBSET 3

#define DSM_LB_DYN_LEAST_QUEUE_DEPTH 4

#define DSM_LB_WEIGHTED_PATHS 5

#define DSM_LB_LEAST_BLOCKS 6

#define DSM_LB_VENDOR_SPECIFIC 7

typedef struct _DSM_Load_Balance_Policy_V2
{

    ULONG Version;

    ULONG LoadBalancePolicy;

    ULONG DSMPathCount;

    ULONG Reserved;

    MPIO_DSM_Path_V2 DSM_Paths[1];

} DSM_Load_Balance_Policy_V2, *PDSM_Load_Balance_Policy_V2;

#define DSM_QueryLBPolicy_V2Guid  { 0xd14fed0e,0xbdfb,0x4615, { 0x85,0x78,0x35,0x0c,0x4c,0x2b,0x06,0xd7 } }

typedef struct _DSM_QueryLBPolicy_V2
{

    DSM_Load_Balance_Policy_V2 LoadBalancePolicy;

} DSM_QueryLBPolicy_V2, *PDSM_QueryLBPolicy_V2;

#define DSM_QuerySupportedLBPolicies_V2Guid  { 0xfc777b74,0x7bcc,0x47ae, { 0xaa,0x63,0x59,0x65,0x6b,0xa5,0x93,0xfe } }

typedef struct _DSM_QuerySupportedLBPolicies_V2
{

    ULONG SupportedLBPoliciesCount;

    ULONG Reserved;

    DSM_Load_Balance_Policy_V2 Supported_LB_Policies[1];

} DSM_QuerySupportedLBPolicies_V2, *PDSM_QuerySupportedLBPolicies_V2;

typedef struct _MPIO_DSM_Path
{

    ULONGLONG DsmPathId;

    ULONGLONG Reserved;

    ULONG PathWeight;

    ULONG PrimaryPath;

} MPIO_DSM_Path, *PMPIO_DSM_Path;

typedef struct _DSM_Load_Balance_Policy
{

    ULONG Version;

    ULONG LoadBalancePolicy;

    ULONG DSMPathCount;

    ULONG Reserved;

    MPIO_DSM_Path DSM_Paths[1];

} DSM_Load_Balance_Policy, *PDSM_Load_Balance_Policy;

#define DSM_QueryLBPolicyGuid  { 0x20a4663b,0xbf54,0x4738, { 0xb4,0x03,0x0c,0xfc,0x71,0xec,0xfc,0x90 } }

#define DSM_QuerySupportedLBPoliciesGuid  { 0xffcf3f4e,0xbab6,0x455c, { 0xba,0x99,0xd6,0x0c,0xfb,0xc5,0x88,0x7d } }

typedef struct _DSM_QuerySupportedLBPolicies
{

    ULONG SupportedLBPoliciesCount;

    ULONG Reserved;

    DSM_Load_Balance_Policy Supported_LB_Policies[1];

} DSM_QuerySupportedLBPolicies, *PDSM_QuerySupportedLBPolicies;

#define DSM_LB_OperationsGuid  { 0xc944053c,0xc90f,0x4012, { 0xb7,0x75,0x1f,0x1a,0x26,0x1d,0x4b,0xe4 } }

#define DsmSetLoadBalancePolicy     1

typedef struct _DsmSetLoadBalancePolicy_IN
{

    DSM_Load_Balance_Policy LoadBalancePolicy;

} DsmSetLoadBalancePolicy_IN, *PDsmSetLoadBalancePolicy_IN;

typedef struct _DsmSetLoadBalancePolicy_OUT
{

    ULONG Status;

} DsmSetLoadBalancePolicy_OUT, *PDsmSetLoadBalancePolicy_OUT;

#define DsmSetLoadBalancePolicyALUA     2

typedef struct _DsmSetLoadBalancePolicyALUA_IN
{

    DSM_Load_Balance_Policy_V2 LoadBalancePolicy;

} DsmSetLoadBalancePolicyALUA_IN, *PDsmSetLoadBalancePolicyALUA_IN;

typedef struct _DsmSetLoadBalancePolicyALUA_OUT
{

    ULONG Status;

} DsmSetLoadBalancePolicyALUA_OUT, *PDsmSetLoadBalancePolicyALUA_OUT;

#define DSM_QueryUniqueIdGuid  { 0x7b47cbe2,0x63d0,0x4e6b, { 0xb9,0x87,0x4b,0xfc,0xbd,0x6c,0x36,0x8e } }

typedef struct _DSM_QueryUniqueId
{

    ULONGLONG DsmUniqueId;

} DSM_QueryUniqueId, *PDSM_QueryUniqueId;
/* wdk_extract.py: end */

#endif
