# add_infini_library(name SRCS... DEPENDS tablegen-targets... LINK_LIBS own-libs...
#                    MLIR_LIBS upstream-mlir-libs... LINK_COMPONENTS llvm-components...)
#
# Our libraries are never folded into libMLIR.so, so they are linked with plain
# target_link_libraries; their upstream dependencies go through
# mlir_target_link_libraries, which picks libMLIR.so or the static archives
# according to INFINI_LINK_MLIR_DYLIB.
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
endfunction()
