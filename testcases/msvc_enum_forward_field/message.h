/* A field of an enum type the header defines only later (or never): cl.exe
 * gives the enum int's size, clang for MinGW calls the field incomplete and
 * the struct loses its later members. The front-end rewrites the field's
 * type to int in place and parses again (fe_msvc.c). */
#pragma once
#include <ntddk.h>

typedef struct _MESSAGE_FAILURE {
    enum _MESSAGE_ID FailedId;
    NTSTATUS Status;
} MESSAGE_FAILURE;

typedef struct _MESSAGE {
    ULONG Id;
    union {
        union {
            struct { ULONG Length; PVOID Buffer; } Read;
            MESSAGE_FAILURE Failure;
        } Kernel;
        union {
            struct { ULONG Flags; } Close;
        } User;
    };
} MESSAGE, *PMESSAGE;

typedef enum _MESSAGE_ID { MessageRead = 1, MessageClose } MESSAGE_ID;
