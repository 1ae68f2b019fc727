# `cmake --install` and the exported package: headers (with the generated
# .inc), the libraries as Infini::<name> imported targets, the tools, the
# mlir-opt plugin and the CUDA runtime, and lib/cmake/Infini/InfiniConfig.cmake
# so that other projects can find_package(Infini).
include(CMakePackageConfigHelpers)
include(GNUInstallDirs)

set(INFINI_INSTALL_PACKAGE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/Infini")

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/Infini
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.h" PATTERN "*.td")
install(DIRECTORY ${PROJECT_BINARY_DIR}/include/Infini
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.inc"
  PATTERN "CMakeFiles" EXCLUDE)

get_property(infini_libs GLOBAL PROPERTY INFINI_EXPORTED_LIBS)
install(TARGETS ${infini_libs}
  EXPORT InfiniTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
foreach(runtime infini_cuda_runtime infini_cuda_runtime_static)
  if(TARGET ${runtime})
    install(TARGETS ${runtime}
      EXPORT InfiniTargets
      ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
      LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
  endif()
endforeach()
foreach(tool infini-opt infini-lsp-server infini-demo infini-stream)
  install(TARGETS ${tool} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endforeach()
if(TARGET InfiniPlugin)
  install(TARGETS InfiniPlugin LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
endif()

install(EXPORT InfiniTargets
  NAMESPACE Infini::
  DESTINATION ${INFINI_INSTALL_PACKAGE_DIR})
configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/InfiniConfig.cmake.in
  ${PROJECT_BINARY_DIR}/InfiniConfig.cmake
  INSTALL_DESTINATION ${INFINI_INSTALL_PACKAGE_DIR}
  PATH_VARS CMAKE_INSTALL_INCLUDEDIR CMAKE_INSTALL_BINDIR CMAKE_INSTALL_LIBDIR)
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/InfiniConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/InfiniConfig.cmake
  ${PROJECT_BINARY_DIR}/InfiniConfigVersion.cmake
  DESTINATION ${INFINI_INSTALL_PACKAGE_DIR})
