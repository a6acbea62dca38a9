/* pooltrack: usbfnioctl.h (none in MinGW-w64), the internal IOCTLs between
 * UFX and a USB function controller driver that the measured driver uses.
 * Generated with tools/supplement/wdk_extract.py from the WDK 10.0.16299
 * km/usbfnioctl.h (docs/supplement.md). */
#pragma once
#ifndef PT_USBFNIOCTL_H
#define PT_USBFNIOCTL_H
#define IOCTL_INTERNAL_USBFN_TRANSFER_IN                   CTL_CODE(FILE_DEVICE_BUS_EXTENDER,   0x03,                       METHOD_IN_DIRECT,           FILE_READ_DATA |            FILE_WRITE_DATA)

#define IOCTL_INTERNAL_USBFN_TRANSFER_IN_APPEND_ZERO_PKT   CTL_CODE(FILE_DEVICE_BUS_EXTENDER,   0x04,                       METHOD_IN_DIRECT,           FILE_READ_DATA |            FILE_WRITE_DATA)

#define IOCTL_INTERNAL_USBFN_TRANSFER_OUT                  CTL_CODE(FILE_DEVICE_BUS_EXTENDER,   0x05,                       METHOD_OUT_DIRECT,          FILE_READ_DATA |            FILE_WRITE_DATA)

#define IOCTL_INTERNAL_USBFN_CONTROL_STATUS_HANDSHAKE_IN   CTL_CODE(FILE_DEVICE_BUS_EXTENDER,   0x06,                       METHOD_BUFFERED,            FILE_READ_DATA |            FILE_WRITE_DATA)

#define IOCTL_INTERNAL_USBFN_CONTROL_STATUS_HANDSHAKE_OUT  CTL_CODE(FILE_DEVICE_BUS_EXTENDER,   0x07,                       METHOD_BUFFERED,            FILE_READ_DATA |            FILE_WRITE_DATA)

#define IOCTL_INTERNAL_USBFN_GET_PIPE_STATE                CTL_CODE(FILE_DEVICE_BUS_EXTENDER,   0x09,                       METHOD_OUT_DIRECT,          FILE_READ_DATA |            FILE_WRITE_DATA)

#define IOCTL_INTERNAL_USBFN_SET_PIPE_STATE                CTL_CODE(FILE_DEVICE_BUS_EXTENDER,   0x0A,                       METHOD_IN_DIRECT,           FILE_READ_DATA |            FILE_WRITE_DATA)

#endif
