// Result sizes are reified from operand sizes (ReifyRankedShapedTypeOpInterface),
// and the ops are Pure, so canonicalization drops them once unused.
// RUN: infini-opt %s -resolve-ranked-shaped-type-result-dims -canonicalize | FileCheck %s

// Dv comes from the static memory, B/H/N from the dynamic query.
// CHECK-LABEL: func @retrieve_dims
//  CHECK-SAME: (%[[Q:.+]]: tensor<?x?x?x64xf32>,
//   CHECK-DAG: %[[C0:.+]] = arith.constant 0 : index
//   CHECK-DAG: %[[C2:.+]] = arith.constant 2 : index
//   CHECK-DAG: %[[C32:.+]] = arith.constant 32 : index
//   CHECK-DAG: %[[B:.+]] = tensor.dim %[[Q]], %[[C0]]
//   CHECK-DAG: %[[N:.+]] = tensor.dim %[[Q]], %[[C2]]
//   CHECK-NOT: infini.memory_retrieve
//       CHECK: return %[[B]], %[[N]], %[[C32]]
func.func @retrieve_dims(%q: tensor<?x?x?x64xf32>, %m: tensor<?x?x64x32xf32>, %z: tensor<?x?x64xf32>)
    -> (index, index, index) {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %r = infini.memory_retrieve %q, %m, %z
      : tensor<?x?x?x64xf32>, tensor<?x?x64x32xf32>, tensor<?x?x64xf32> -> tensor<?x?x?x?xf32>
  %b = tensor.dim %r, %c0 : tensor<?x?x?x?xf32>
  %n = tensor.dim %r, %c2 : tensor<?x?x?x?xf32>
  %dv = tensor.dim %r, %c3 : tensor<?x?x?x?xf32>
  return %b, %n, %dv : index, index, index
}

// A static size anywhere wins over a dynamic one: the batch of new_memory is
// the static batch of `value`.
// CHECK-LABEL: func @update_dims
//       CHECK: %[[C3:.+]] = arith.constant 3 : index
//   CHECK-NOT: infini.memory_update
//       CHECK: return %[[C3]]
func.func @update_dims(%k: tensor<?x2x?x8xf16>, %v: tensor<3x2x?x4xf16>,
                       %m: tensor<?x2x8x4xf32>, %z: tensor<?x2x8xf32>) -> index {
  %c0 = arith.constant 0 : index
  %m1, %z1 = infini.memory_update %k, %v, %m, %z rule = delta
      : tensor<?x2x?x8xf16>, tensor<3x2x?x4xf16>, tensor<?x2x8x4xf32>, tensor<?x2x8xf32>
      -> tensor<?x2x8x4xf32>, tensor<?x2x8xf32>
  %b = tensor.dim %m1, %c0 : tensor<?x2x8x4xf32>
  return %b : index
}

// The sequence length of the layer's output is the one of the query.
// CHECK-LABEL: func @attention_dims
//  CHECK-SAME: (%[[Q:[^:]+]]: tensor<1x4x?x16xf32>
//       CHECK: %[[C2:.+]] = arith.constant 2 : index
//       CHECK: %[[T:.+]] = tensor.dim %[[Q]], %[[C2]]
//   CHECK-NOT: infini.attention
//       CHECK: return %[[T]]
func.func @attention_dims(%q: tensor<1x4x?x16xf32>, %k: tensor<1x2x?x16xf32>, %v: tensor<1x2x?x16xf32>,
                          %m: tensor<1x2x16x16xf32>, %z: tensor<1x2x16xf32>, %g: tensor<4x16xf32>) -> index {
  %c2 = arith.constant 2 : index
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 8
      : tensor<1x4x?x16xf32>, tensor<1x2x?x16xf32>, tensor<1x2x?x16xf32>,
        tensor<1x2x16x16xf32>, tensor<1x2x16xf32>, tensor<4x16xf32>
      -> tensor<1x4x?x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32>
  %t = tensor.dim %o, %c2 : tensor<1x4x?x16xf32>
  return %t : index
}
