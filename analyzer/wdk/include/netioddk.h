/* pooltrack: the Network Module Registrar (netioddk.h): NPI client and
 * provider characteristics and NmrRegisterClient/Provider, on top of
 * netiodef.h (NPI_MODULEID, NPIID). Checked against the WDK 10.0.16299
 * km/netioddk.h. */
#pragma once
#ifndef PT_NETIODDK_H
#define PT_NETIODDK_H
#include <ntddk.h>
#include <netiodef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _NPI_REGISTRATION_INSTANCE {
    USHORT Version;
    USHORT Size;
    PNPIID NpiId;
    PNPI_MODULEID ModuleId;
    ULONG Number;
    const VOID *NpiSpecificCharacteristics;
} NPI_REGISTRATION_INSTANCE;
typedef const struct _NPI_REGISTRATION_INSTANCE *PNPI_REGISTRATION_INSTANCE;
typedef struct _NPI {
    HANDLE Handle;
    const VOID *Dispatch;
} NPI;
typedef NTSTATUS NTAPI NPI_CLIENT_ATTACH_PROVIDER_FN(HANDLE NmrBindingHandle, PVOID ClientContext,
                                                     PNPI_REGISTRATION_INSTANCE ProviderRegistrationInstance);
typedef NPI_CLIENT_ATTACH_PROVIDER_FN *PNPI_CLIENT_ATTACH_PROVIDER_FN;
typedef NTSTATUS NTAPI NPI_CLIENT_DETACH_PROVIDER_FN(PVOID ClientBindingContext);
typedef NPI_CLIENT_DETACH_PROVIDER_FN *PNPI_CLIENT_DETACH_PROVIDER_FN;
typedef VOID NTAPI NPI_CLIENT_CLEANUP_BINDING_CONTEXT_FN(PVOID ClientBindingContext);
typedef NPI_CLIENT_CLEANUP_BINDING_CONTEXT_FN *PNPI_CLIENT_CLEANUP_BINDING_CONTEXT_FN;
typedef struct _NPI_CLIENT_CHARACTERISTICS {
    USHORT Version;
    USHORT Length;
    PNPI_CLIENT_ATTACH_PROVIDER_FN ClientAttachProvider;
    PNPI_CLIENT_DETACH_PROVIDER_FN ClientDetachProvider;
    PNPI_CLIENT_CLEANUP_BINDING_CONTEXT_FN ClientCleanupBindingContext;
    NPI_REGISTRATION_INSTANCE ClientRegistrationInstance;
} NPI_CLIENT_CHARACTERISTICS;
typedef const struct _NPI_CLIENT_CHARACTERISTICS *PNPI_CLIENT_CHARACTERISTICS;
typedef NTSTATUS NTAPI NPI_PROVIDER_ATTACH_CLIENT_FN(HANDLE NmrBindingHandle, PVOID ProviderContext,
    PNPI_REGISTRATION_INSTANCE ClientRegistrationInstance, PVOID ClientBindingContext, const VOID *ClientDispatch,
    PVOID *ProviderBindingContext, const VOID **ProviderDispatch);
typedef NPI_PROVIDER_ATTACH_CLIENT_FN *PNPI_PROVIDER_ATTACH_CLIENT_FN;
typedef NTSTATUS NTAPI NPI_PROVIDER_DETACH_CLIENT_FN(PVOID ProviderBindingContext);
typedef NPI_PROVIDER_DETACH_CLIENT_FN *PNPI_PROVIDER_DETACH_CLIENT_FN;
typedef VOID NTAPI NPI_PROVIDER_CLEANUP_BINDING_CONTEXT_FN(PVOID ProviderBindingContext);
typedef NPI_PROVIDER_CLEANUP_BINDING_CONTEXT_FN *PNPI_PROVIDER_CLEANUP_BINDING_CONTEXT_FN;
typedef struct _NPI_PROVIDER_CHARACTERISTICS {
    USHORT Version;
    USHORT Length;
    PNPI_PROVIDER_ATTACH_CLIENT_FN ProviderAttachClient;
    PNPI_PROVIDER_DETACH_CLIENT_FN ProviderDetachClient;
    PNPI_PROVIDER_CLEANUP_BINDING_CONTEXT_FN ProviderCleanupBindingContext;
    NPI_REGISTRATION_INSTANCE ProviderRegistrationInstance;
} NPI_PROVIDER_CHARACTERISTICS;
typedef const struct _NPI_PROVIDER_CHARACTERISTICS *PNPI_PROVIDER_CHARACTERISTICS;
NTSTATUS NTAPI NmrRegisterClient(PNPI_CLIENT_CHARACTERISTICS ClientCharacteristics, PVOID ClientContext,
                                 PHANDLE NmrClientHandle);
NTSTATUS NTAPI NmrDeregisterClient(HANDLE NmrClientHandle);
NTSTATUS NTAPI NmrWaitForClientDeregisterComplete(HANDLE NmrClientHandle);
NTSTATUS NTAPI NmrClientAttachProvider(HANDLE NmrBindingHandle, PVOID ClientBindingContext,
    const VOID *ClientDispatch, PVOID *ProviderBindingContext, const VOID **ProviderDispatch);
VOID NTAPI NmrClientDetachProviderComplete(HANDLE NmrBindingHandle);
NTSTATUS NTAPI NmrRegisterProvider(PNPI_PROVIDER_CHARACTERISTICS ProviderCharacteristics, PVOID ProviderContext,
                                   PHANDLE NmrProviderHandle);
NTSTATUS NTAPI NmrDeregisterProvider(HANDLE NmrProviderHandle);
NTSTATUS NTAPI NmrWaitForProviderDeregisterComplete(HANDLE NmrProviderHandle);
VOID NTAPI NmrProviderDetachClientComplete(HANDLE NmrBindingHandle);

#ifdef __cplusplus
}
#endif
#endif
