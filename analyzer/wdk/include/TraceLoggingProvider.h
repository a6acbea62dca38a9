/* TraceLogging: only diagnostics, never memory ownership; modelled as no-ops. */
#pragma once
#ifndef PT_TRACELOGGINGPROVIDER_H
#define PT_TRACELOGGINGPROVIDER_H
typedef const struct _tlgProvider_t *TraceLoggingHProvider;
#define TRACELOGGING_DECLARE_PROVIDER(h) extern TraceLoggingHProvider const h
#define TRACELOGGING_DEFINE_PROVIDER(h, ...) TraceLoggingHProvider const h = 0
#define TraceLoggingRegister(h) ((NTSTATUS)0)
#define TraceLoggingUnregister(h) ((void)0)
#define TraceLoggingProviderEnabled(...) 0
#ifndef TraceLoggingWrite
#define TraceLoggingWrite(...) ((void)0)
#endif
#define TraceLoggingValue(...) 0
#define TraceLoggingString(...) 0
#define TraceLoggingWideString(...) 0
#define TraceLoggingUnicodeString(...) 0
#define TraceLoggingInt32(...) 0
#define TraceLoggingUInt32(...) 0
#define TraceLoggingHexUInt32(...) 0
#define TraceLoggingUInt64(...) 0
#define TraceLoggingPointer(...) 0
#define TraceLoggingNTStatus(...) 0
#define TraceLoggingBoolean(...) 0
#define TraceLoggingGuid(...) 0
#define TraceLoggingLevel(...) 0
#define TraceLoggingKeyword(...) 0
#define TraceLoggingOpcode(...) 0
#define TraceLoggingDescription(...) 0
#endif
