// RUN: infini-opt %s -convert-infini-to-linalg -split-input-file | FileCheck %s

// Query heads are split into (kv head, group) without copies; memory and norm
// are indexed by the kv head only. sigma(q) is computed once, in f32, and
// feeds both contractions; the bf16 result is truncated once at the end.

// CHECK-DAG: #[[ID5:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
// CHECK-DAG: #[[Q6:.+]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d5)>
// CHECK-DAG: #[[M6:.+]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d5, d4)>
// CHECK-DAG: #[[O6:.+]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d4)>
// CHECK-DAG: #[[Z5:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d4)>
// CHECK-DAG: #[[ROW5:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func @retrieve_gqa_bf16
//  CHECK-SAME: (%[[Q:.+]]: tensor<2x8x16x32xbf16>, %[[M:.+]]: tensor<2x2x32x64xf32>, %[[Z:.+]]: tensor<2x2x32xf32>)
//       CHECK: %[[QS:.+]] = tensor.expand_shape %[[Q]] {{\[}}[0], [1, 2], [3], [4]] output_shape [2, 2, 4, 16, 32] : tensor<2x8x16x32xbf16> into tensor<2x2x4x16x32xbf16>
//       CHECK: %[[SQ:.+]] = linalg.generic {{.*}} ins(%[[QS]] : tensor<2x2x4x16x32xbf16>) outs(%{{.+}} : tensor<2x2x4x16x32xf32>)
//       CHECK:   arith.extf
//       CHECK:   arith.cmpf ogt
//       CHECK:   math.exp
//       CHECK:   arith.select
//       CHECK: %[[NUM:.+]] = linalg.contract indexing_maps = [#[[Q6]], #[[M6]], #[[O6]]] ins(%[[SQ]], %[[M]] : {{.*}}) outs(%{{.+}} : tensor<2x2x4x16x64xf32>)
//       CHECK: %[[DEN:.+]] = linalg.contract indexing_maps = [#[[ID5]], #[[Z5]], #[[ROW5]]] ins(%[[SQ]], %[[Z]] : {{.*}}) outs(%{{.+}} : tensor<2x2x4x16xf32>)
//       CHECK: %[[EPS:.+]] = arith.constant 9.99999997E-7 : f32
//       CHECK: %[[OUT:.+]] = linalg.generic {indexing_maps = [#[[ID5]], #[[ROW5]], #[[ID5]]]{{.*}} ins(%[[NUM]], %[[DEN]] : {{.*}}) outs(%{{.+}} : tensor<2x2x4x16x64xbf16>)
//       CHECK:   %[[CLAMP:.+]] = arith.maximumf %{{.+}}, %[[EPS]]
//       CHECK:   %[[DIV:.+]] = arith.divf %{{.+}}, %[[CLAMP]]
//       CHECK:   arith.truncf %[[DIV]] : f32 to bf16
//       CHECK: %[[R:.+]] = tensor.collapse_shape %[[OUT]] {{\[}}[0], [1, 2], [3], [4]] : tensor<2x2x4x16x64xbf16> into tensor<2x8x16x64xbf16>
//       CHECK: return %[[R]]
//   CHECK-NOT: infini.
func.func @retrieve_gqa_bf16(%q: tensor<2x8x16x32xbf16>, %m: tensor<2x2x32x64xf32>, %z: tensor<2x2x32xf32>)
    -> tensor<2x8x16x64xbf16> {
  %r = infini.memory_retrieve %q, %m, %z
      : tensor<2x8x16x32xbf16>, tensor<2x2x32x64xf32>, tensor<2x2x32xf32> -> tensor<2x8x16x64xbf16>
  return %r : tensor<2x8x16x64xbf16>
}

// -----

// Dynamic heads: the group size H / Hkv is computed at run time and the
// expanded shape takes it as a dynamic size.
// CHECK-LABEL: func @retrieve_dynamic
//  CHECK-SAME: (%[[Q:.+]]: tensor<?x?x?x8xf32>, %[[M:.+]]: tensor<?x?x8x4xf32>
//   CHECK-DAG: %[[H:.+]] = tensor.dim %[[Q]], %c1
//   CHECK-DAG: %[[HKV:.+]] = tensor.dim %[[M]], %c1
//       CHECK: %[[G:.+]] = arith.divui %[[H]], %[[HKV]] : index
//       CHECK: tensor.expand_shape %[[Q]] {{\[}}[0], [1, 2], [3], [4]] output_shape [%{{.+}}, %[[HKV]], %[[G]], %{{.+}}, 8] : tensor<?x?x?x8xf32> into tensor<?x?x?x?x8xf32>
//       CHECK: tensor.collapse_shape
//  CHECK-SAME: into tensor<?x?x?x4xf32>
func.func @retrieve_dynamic(%q: tensor<?x?x?x8xf32>, %m: tensor<?x?x8x4xf32>, %z: tensor<?x?x8xf32>)
    -> tensor<?x?x?x4xf32> {
  %r = infini.memory_retrieve %q, %m, %z
      : tensor<?x?x?x8xf32>, tensor<?x?x8x4xf32>, tensor<?x?x8xf32> -> tensor<?x?x?x4xf32>
  return %r : tensor<?x?x?x4xf32>
}
