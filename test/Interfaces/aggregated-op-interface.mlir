// The infini ops implement linalg::AggregatedOpInterface:
// transform.structured.decompose_interface decomposes them as
// convert-infini-to-linalg does. (In MLIR 22 that transform op accepts only
// decompositions that map to one payload op per target, so the multi-result
// infini.attention and infini.memory_update are decomposed through the
// interface from C++ or by convert-infini-to-linalg, which calls the same
// functions.)
// RUN: infini-opt %s -transform-interpreter -split-input-file | FileCheck %s

// CHECK-LABEL: func @decompose_local_attention
//   CHECK-NOT: infini.
//       CHECK: tensor.expand_shape
//       CHECK: linalg.contract
//       CHECK: linalg.generic
//       CHECK: tensor.collapse_shape
func.func @decompose_local_attention(%q: tensor<1x4x16x8xf32>, %k: tensor<1x2x16x8xf32>, %v: tensor<1x2x16x4xf32>)
    -> tensor<1x4x16x4xf32> {
  %r = infini.local_attention %q, %k, %v
      : tensor<1x4x16x8xf32>, tensor<1x2x16x8xf32>, tensor<1x2x16x4xf32> -> tensor<1x4x16x4xf32>
  return %r : tensor<1x4x16x4xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["infini.local_attention"]} in %root : (!transform.any_op) -> !transform.any_op
    %d = transform.structured.decompose_interface %op : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}

// -----

// CHECK-LABEL: func @decompose_retrieve_and_combine
//   CHECK-NOT: infini.
//       CHECK: linalg.contract
//       CHECK: linalg.contract
//       CHECK: linalg.generic
//       CHECK: tensor.collapse_shape
//       CHECK: linalg.generic
//       CHECK: return
func.func @decompose_retrieve_and_combine(%q: tensor<1x4x16x8xf32>, %m: tensor<1x2x8x4xf32>, %z: tensor<1x2x8xf32>,
                                          %l: tensor<1x4x16x4xf32>, %g: tensor<4xf32>) -> tensor<1x4x16x4xf32> {
  %r = infini.memory_retrieve %q, %m, %z
      : tensor<1x4x16x8xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32> -> tensor<1x4x16x4xf32>
  %c = infini.gated_combine %r, %l, %g
      : tensor<1x4x16x4xf32>, tensor<1x4x16x4xf32>, tensor<4xf32> -> tensor<1x4x16x4xf32>
  return %c : tensor<1x4x16x4xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %c = transform.structured.match ops{["infini.gated_combine"]} in %root : (!transform.any_op) -> !transform.any_op
    %r = transform.structured.match ops{["infini.memory_retrieve"]} in %root : (!transform.any_op) -> !transform.any_op
    %dc = transform.structured.decompose_interface %c : (!transform.any_op) -> !transform.any_op
    %dr = transform.structured.decompose_interface %r : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}
