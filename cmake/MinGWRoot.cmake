# MinGW-w64's root (…/x86_64-w64-mingw32, holding include/ddk/wdm.h), which the
# analyzer parses with. Asked of the MinGW compiler when it is there (its
# include search list), else the Debian location. Out: PT_MINGW_ROOT.
find_program(PT_MINGW_GCC x86_64-w64-mingw32-gcc)   # also builds the kernel shim (tests/shim)
if(NOT PT_MINGW_ROOT)
  set(_hints)
  if(PT_MINGW_GCC)
    execute_process(COMMAND ${PT_MINGW_GCC} -E -Wp,-v -x c /dev/null
                    OUTPUT_QUIET ERROR_VARIABLE _out)
    string(REGEX MATCHALL "\n [^\n]+" _lines "${_out}")
    foreach(_line IN LISTS _lines)
      string(STRIP "${_line}" _line)
      list(APPEND _hints "${_line}")
    endforeach()
  endif()
  find_path(PT_MINGW_INCLUDE ddk/wdm.h HINTS ${_hints} PATHS /usr/x86_64-w64-mingw32/include NO_DEFAULT_PATH)
  if(NOT PT_MINGW_INCLUDE)
    message(FATAL_ERROR "MinGW-w64 headers (ddk/wdm.h) not found: install mingw-w64-x86-64-dev "
                        "or set -DPT_MINGW_ROOT=")
  endif()
  get_filename_component(_root "${PT_MINGW_INCLUDE}/.." REALPATH)
  set(PT_MINGW_ROOT "${_root}" CACHE PATH "MinGW-w64 root (include/ddk/wdm.h)")
endif()
