// REQUIRES: cuda-toolkit
// RUN: infini-opt %s -infini-lower-to-nvvm=format=isa | FileCheck %s

// Grouped-query heads, both head counts dynamic: the retrieval splits H into
// (Hkv, H / Hkv) with an expand_shape of two dynamic sizes in one group,
// which LLVM 22's expand-strided-metadata crashes on unless
// infini-expand-shape-to-reinterpret-cast runs first (as on the CPU).
// CHECK: llvm.func @retrieve(
// CHECK: gpu.binary @retrieve_kernel
func.func @retrieve(%q: tensor<?x?x?x8xf32>, %m: tensor<?x?x8x4xf32>, %z: tensor<?x?x8xf32>) -> tensor<?x?x?x4xf32> {
  %r = infini.memory_retrieve %q, %m, %z : tensor<?x?x?x8xf32>, tensor<?x?x8x4xf32>, tensor<?x?x8xf32> -> tensor<?x?x?x4xf32>
  return %r : tensor<?x?x?x4xf32>
}
