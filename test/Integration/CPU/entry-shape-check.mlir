// A compiled function called through its C interface with buffers of the
// wrong shape reports the mismatch and stops, instead of reading out of
// bounds (infini-check-entry-shapes, on by default in the CPU pipeline).
// RUN: infini-opt %s -infini-lower-to-cpu="parallel=false" \
// RUN: | mlir-translate -mlir-to-llvmir -o %t.ll
// RUN: llc -O2 -filetype=obj -relocation-model=pic %t.ll -o %t.o
// RUN: %clangxx %S/Inputs/call-retrieve.cpp %t.o -fuse-ld=lld -o %t.exe
// RUN: %t.exe right | FileCheck %s --check-prefix=RIGHT
// RUN: not --crash %t.exe wrong-tokens 2>&1 | FileCheck %s --check-prefix=TOKENS
// RUN: not --crash %t.exe wrong-stride 2>&1 | FileCheck %s --check-prefix=STRIDE
// RUN: infini-opt %s -infini-lower-to-cpu="check-entry-shapes=false" | FileCheck %s --check-prefix=OFF

// RIGHT: out[0] = 0.25
// TOKENS: infini: @retrieve argument #0: size of dimension 2 is not 4 (compiled for memref<1x2x4x4xf32>)
// STRIDE: infini: @retrieve argument #1: stride of dimension 2 is not 4 (compiled for memref<1x1x4x4xf32>)
// OFF-NOT: infini_entry_check
func.func @retrieve(%q: tensor<1x2x4x4xf32>, %m: tensor<1x1x4x4xf32>, %z: tensor<1x1x4xf32>)
    -> tensor<1x2x4x4xf32> {
  %r = infini.memory_retrieve %q, %m, %z
      : tensor<1x2x4x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32> -> tensor<1x2x4x4xf32>
  return %r : tensor<1x2x4x4xf32>
}
