// RUN: infini-opt %s -infini-decompose-linalg-aggregates | FileCheck %s

// linalg.softmax becomes the linalg ops it stands for (maximum, exponential,
// sum, division); an infini op is left to the infini conversions.
// CHECK-LABEL: func @softmax
//   CHECK-NOT: linalg.softmax
//       CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]
//       CHECK:   arith.maxnumf
//       CHECK: linalg.generic
//       CHECK:   math.exp
//       CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]
//       CHECK:   arith.addf
//       CHECK: linalg.generic
//       CHECK:   arith.divf
//       CHECK: infini.memory_retrieve
func.func @softmax(%x: tensor<2x8xf32>, %q: tensor<1x1x2x4xf32>, %m: tensor<1x1x4x4xf32>, %z: tensor<1x1x4xf32>)
    -> (tensor<2x8xf32>, tensor<1x1x2x4xf32>) {
  %e = tensor.empty() : tensor<2x8xf32>
  %r = linalg.softmax dimension(1) ins(%x : tensor<2x8xf32>) outs(%e : tensor<2x8xf32>) -> tensor<2x8xf32>
  %a = infini.memory_retrieve %q, %m, %z : tensor<1x1x2x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32> -> tensor<1x1x2x4xf32>
  return %r, %a : tensor<2x8xf32>, tensor<1x1x2x4xf32>
}
