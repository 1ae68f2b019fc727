// RUN: infini-opt %s -split-input-file --pass-pipeline="builtin.module(func.func(infini-vectorize-contractions{rows=8 cols=32}),canonicalize,loop-invariant-subset-hoisting,canonicalize)" | FileCheck %s

// A static (m, k, n) matmul becomes 8 x 32 output blocks with the reduction
// innermost: each step broadcasts a column of the left operand against a row
// of the right one, and the block's accumulator is a vector carried across
// the reduction loop (in registers), read and written once per block.
// CHECK-LABEL: func @scores
//       CHECK: scf.for %{{.+}} = %c0 to %c64 step %c8
//       CHECK:   scf.for %{{.+}} = %c0 to %c64 step %c32
//       CHECK:     %[[INIT:.+]] = vector.transfer_read {{.*}} : tensor<8x32xf32>, vector<8x32xf32>
//       CHECK:     %[[ACC:.+]] = scf.for %{{.+}} = %c0 to %c16 step %c1 iter_args(%[[A:.+]] = %[[INIT]]) -> (vector<8x32xf32>)
//       CHECK:       %[[L:.+]] = vector.transfer_read {{.*}} : tensor<8x1xf32>, vector<8x1x32xf32>
//       CHECK:       %[[R:.+]] = vector.transfer_read {{.*}} : tensor<1x32xf32>, vector<8x1x32xf32>
//       CHECK:       arith.mulf %[[L]], %[[R]] : vector<8x1x32xf32>
//       CHECK:       arith.addf %[[A]], %{{.+}} : vector<8x32xf32>
//       CHECK:     vector.transfer_write %[[ACC]]
//   CHECK-NOT: linalg.contract
func.func @scores(%q: tensor<64x16xf32>, %kt: tensor<16x64xf32>, %acc: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %r = linalg.contract indexing_maps = [affine_map<(m, k, n) -> (m, k)>, affine_map<(m, k, n) -> (k, n)>,
                                        affine_map<(m, k, n) -> (m, n)>]
      ins(%q, %kt : tensor<64x16xf32>, tensor<16x64xf32>) outs(%acc : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}

// -----

// Blocks that do not divide the output, and other loop orders, are left to
// the scalar lowering.
// CHECK-LABEL: func @left_alone
//       CHECK: linalg.contract {{.*}} -> tensor<60x64xf32>
//       CHECK: linalg.contract {{.*}} -> tensor<64x64xf32>
//   CHECK-NOT: vector.
func.func @left_alone(%a: tensor<60x16xf32>, %b: tensor<16x64xf32>, %c: tensor<60x64xf32>,
                      %d: tensor<64x16xf32>, %e: tensor<64x16xf32>, %f: tensor<64x64xf32>)
    -> (tensor<60x64xf32>, tensor<64x64xf32>) {
  %r = linalg.contract indexing_maps = [affine_map<(m, k, n) -> (m, k)>, affine_map<(m, k, n) -> (k, n)>,
                                        affine_map<(m, k, n) -> (m, n)>]
      ins(%a, %b : tensor<60x16xf32>, tensor<16x64xf32>) outs(%c : tensor<60x64xf32>) -> tensor<60x64xf32>
  %s = linalg.contract indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>,
                                        affine_map<(m, n, k) -> (m, n)>]
      ins(%d, %e : tensor<64x16xf32>, tensor<64x16xf32>) outs(%f : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %r, %s : tensor<60x64xf32>, tensor<64x64xf32>
}
