// REQUIRES: cuda-toolkit
// RUN: infini-opt %s -infini-lower-to-nvvm="format=isa" | FileCheck %s
// RUN: infini-opt %s -infini-lower-to-nvvm="format=isa check-dynamic-sizes=false" | FileCheck %s --check-prefix=OFF

// On the GPU path too, dynamic sizes are checked on the host, before the
// op's kernels are launched.
// CHECK: llvm.mlir.global internal constant @{{.*}}("infini: infini.local_attention at {{.*}}: N of 'key' (dimension 2) differs from that of 'query' (dimension 2)\0A")
// CHECK: llvm.func @local(
// CHECK: llvm.call @abort()
// CHECK: gpu.launch_func
// OFF-NOT: infini_size_check
func.func @local(%q: tensor<1x2x?x16xf32>, %k: tensor<1x2x?x16xf32>, %v: tensor<1x2x?x16xf32>) -> tensor<1x2x?x16xf32> {
  %l = infini.local_attention %q, %k, %v : tensor<1x2x?x16xf32>, tensor<1x2x?x16xf32>, tensor<1x2x?x16xf32> -> tensor<1x2x?x16xf32>
  return %l : tensor<1x2x?x16xf32>
}
