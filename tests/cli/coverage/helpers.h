/* A project header with an error of its own: the file's first error is here. */
#pragma once
typedef UNKNOWN_TYPE_IN_HEADER HELPER_HANDLE;
