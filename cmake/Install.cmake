# What `cmake --install` puts under the prefix: the three programs, a man page
# each, the WDK supplement and the git hooks as data. The analyzer finds the
# supplement from its own location (analyzer/wdk_dir.c), so the tree can move.
include(GNUInstallDirs)
set(PT_DATA_DIR ${CMAKE_INSTALL_DATADIR}/pooltrack)
set(PT_PROGRAMS pooltrack-analyze pooltrack-compdb pooltrack-confirm)
# keep libclang's folder (LLVM's is not on the loader's path)
set_target_properties(${PT_PROGRAMS} PROPERTIES INSTALL_RPATH "${LLVM_LIB_DIR}")
install(TARGETS ${PT_PROGRAMS} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
foreach(p ${PT_PROGRAMS})
  install(FILES ${CMAKE_SOURCE_DIR}/docs/${p}.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
# must match wdk_dir.c: <bindir>/../share/pooltrack/wdk
if(NOT CMAKE_INSTALL_BINDIR STREQUAL "bin" OR NOT CMAKE_INSTALL_DATADIR STREQUAL "share")
  message(WARNING "pooltrack-analyze looks for its supplement in <exe>/../share/pooltrack/wdk: "
                  "set PT_WDK_DIR when installing elsewhere")
endif()
install(DIRECTORY ${CMAKE_SOURCE_DIR}/analyzer/wdk/ DESTINATION ${PT_DATA_DIR}/wdk)
install(PROGRAMS ${CMAKE_SOURCE_DIR}/tools/git-hooks/pre-commit ${CMAKE_SOURCE_DIR}/tools/git-hooks/pooltrack-precommit
        DESTINATION ${PT_DATA_DIR}/git-hooks)
install(FILES ${CMAKE_SOURCE_DIR}/.pre-commit-hooks.yaml DESTINATION ${PT_DATA_DIR})
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
