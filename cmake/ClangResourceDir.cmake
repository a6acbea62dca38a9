# clang's resource dir (stddef.h etc.), needed by libclang for the Windows
# targets. Its name changed with LLVM 16 (lib/clang/16, not lib/clang/16.0.6),
# so it is asked of the matching clang, else probed: never assumed.
# In: LLVM_BIN_DIR, LLVM_LIB_DIR, LLVM_VERSION, LLVM_MAJOR. Out: PT_CLANG_RESOURCE_DIR.
if(NOT PT_CLANG_RESOURCE_DIR)
  find_program(PT_MATCHING_CLANG NAMES clang clang-${LLVM_MAJOR} HINTS ${LLVM_BIN_DIR} NO_DEFAULT_PATH)
  set(_candidates)
  if(PT_MATCHING_CLANG)
    execute_process(COMMAND ${PT_MATCHING_CLANG} -print-resource-dir
                    OUTPUT_VARIABLE _dir OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    list(APPEND _candidates "${_dir}")
  endif()
  list(APPEND _candidates "${LLVM_LIB_DIR}/clang/${LLVM_MAJOR}" "${LLVM_LIB_DIR}/clang/${LLVM_VERSION}")
  foreach(_dir IN LISTS _candidates)
    if(_dir AND EXISTS "${_dir}/include/stddef.h")
      get_filename_component(_dir "${_dir}" REALPATH)
      set(PT_CLANG_RESOURCE_DIR "${_dir}" CACHE PATH "clang resource dir for libclang")
      break()
    endif()
  endforeach()
  if(NOT PT_CLANG_RESOURCE_DIR)
    message(FATAL_ERROR "no clang resource dir (include/stddef.h) in: ${_candidates}; "
                        "install libclang-common-${LLVM_MAJOR}-dev or set -DPT_CLANG_RESOURCE_DIR=")
  endif()
endif()
