# `cpack -G DEB`: a Debian package of the install tree. The libclang package is
# the one that owns the library this build linked (libclang1-14, -15 or -16), and
# its resource-dir headers come from libclang-common-<N>-dev.
set(CPACK_PACKAGE_NAME pooltrack)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "pooltrack maintainers <pooltrack@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "static checker for pool-memory bugs in Windows kernel drivers")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
function(pt_owner_package file fallback out)
  set(pkg ${fallback})
  get_filename_component(real "${file}" REALPATH)
  find_program(PT_DPKG dpkg)
  if(PT_DPKG)
    execute_process(COMMAND ${PT_DPKG} -S "${real}" OUTPUT_VARIABLE owner ERROR_QUIET
                    OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(owner MATCHES "^([^:, ]+)(:[a-z0-9]+)?: ")
      set(pkg ${CMAKE_MATCH_1})
    endif()
  endif()
  set(${out} ${pkg} PARENT_SCOPE)
endfunction()
pt_owner_package("${LIBCLANG}" libclang1-${LLVM_MAJOR} PT_DEB_LIBCLANG)
pt_owner_package("${PT_CLANG_RESOURCE_DIR}/include/stddef.h" libclang-common-${LLVM_MAJOR}-dev PT_DEB_RESOURCE)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libc6, ${PT_DEB_LIBCLANG}, ${PT_DEB_RESOURCE}, libcjson1, libnettle8, libxml2, libxxhash0, mingw-w64-x86-64-dev")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "git")
include(CPack)
