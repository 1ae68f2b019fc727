# add_infini_library(name SRCS... DEPENDS tablegen-targets... LINK_LIBS own-libs...
#                    MLIR_LIBS upstream-mlir-libs... LINK_COMPONENTS llvm-components...)
#
# Our libraries are never folded into libMLIR.so, so they are linked with plain
# target_link_libraries; their upstream dependencies go through
# mlir_target_link_libraries, which picks libMLIR.so or the static archives
# according to INFINI_LINK_MLIR_DYLIB. Every library is installed and
# exported by cmake/InfiniInstall.cmake (find_package(Infini)).
function(add_infini_library name)
  cmake_parse_arguments(ARG "" "" "DEPENDS;LINK_LIBS;MLIR_LIBS;LINK_COMPONENTS" ${ARGN})
  add_mlir_library(${name}
    ${ARG_UNPARSED_ARGUMENTS}
    EXCLUDE_FROM_LIBMLIR
    DISABLE_INSTALL
    DEPENDS ${ARG_DEPENDS}
    LINK_COMPONENTS ${ARG_LINK_COMPONENTS}
  )
  if(ARG_LINK_LIBS)
    target_link_libraries(${name} PUBLIC ${ARG_LINK_LIBS})
  endif()
  if(ARG_MLIR_LIBS)
    mlir_target_link_libraries(${name} PUBLIC ${ARG_MLIR_LIBS})
  endif()
  # Users of the installed package get our headers (and the generated .inc).
  target_include_directories(${name} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
    $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/include>
    $<INSTALL_INTERFACE:include>)
  # Whoever links an instrumented library needs the sanitizer runtime.
  if(INFINI_SANITIZE)
    list(JOIN INFINI_SANITIZE "," sanitizers)
    target_link_options(${name} INTERFACE -fsanitize=${sanitizers})
  endif()
  set_property(GLOBAL APPEND PROPERTY INFINI_EXPORTED_LIBS ${name})
endfunction()
