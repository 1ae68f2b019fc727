// RUN: infini-opt %s -convert-infini-to-linalg="fuse-attention=false" -split-input-file | FileCheck %s

// Causal local attention with GQA (4 query heads over 2 kv heads): Q K^T
// indexes K by the kv head only, the row max and the probabilities mask
// u > t with linalg.index, and the default scale is 1/sqrt(8).
// CHECK-DAG: #[[Q6:.+]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d5)>
// CHECK-DAG: #[[K6:.+]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d4, d5)>
// CHECK-DAG: #[[S6:.+]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3, d4)>
// CHECK-DAG: #[[V6:.+]] = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d5, d4)>
// CHECK-DAG: #[[ID5:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
// CHECK-DAG: #[[ROW5:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func @causal_gqa
//  CHECK-SAME: (%[[Q:.+]]: tensor<1x4x16x8xf32>, %[[K:.+]]: tensor<1x2x16x8xf32>, %[[V:.+]]: tensor<1x2x16x4xf32>)
//       CHECK: %[[QS:.+]] = tensor.expand_shape %[[Q]] {{\[}}[0], [1, 2], [3], [4]] output_shape [1, 2, 2, 16, 8]
//       CHECK: %[[S:.+]] = linalg.contract indexing_maps = [#[[Q6]], #[[K6]], #[[S6]]] ins(%[[QS]], %[[K]] : {{.*}}) outs(%{{.+}} : tensor<1x2x2x16x16xf32>)
//   CHECK-DAG: %[[SCALE:.+]] = arith.constant 0.353553385 : f32
//   CHECK-DAG: %[[NEGINF:.+]] = arith.constant 0xFF800000 : f32
//       CHECK: %[[MAX:.+]] = linalg.generic {indexing_maps = [#[[ID5]], #[[ROW5]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%[[S]] : {{.*}})
//       CHECK:   %[[SC:.+]] = arith.mulf %{{.+}}, %[[SCALE]]
//       CHECK:   %[[T:.+]] = linalg.index 3
//       CHECK:   %[[U:.+]] = linalg.index 4
//       CHECK:   %[[FUT:.+]] = arith.cmpi ugt, %[[U]], %[[T]]
//       CHECK:   %[[MASKED:.+]] = arith.select %[[FUT]], %[[NEGINF]], %[[SC]]
//       CHECK:   arith.maximumf %{{.+}}, %[[MASKED]]
//       CHECK: %[[P:.+]] = linalg.generic {indexing_maps = [#[[ID5]], #[[ROW5]], #[[ID5]]]{{.*}} ins(%[[S]], %[[MAX]] : {{.*}})
//       CHECK:   arith.subf
//       CHECK:   math.exp
//       CHECK:   arith.cmpi ugt
//       CHECK:   arith.select
//       CHECK: %[[L:.+]] = linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%[[P]] : {{.*}})
// P V leaves future keys out (a masked key's 0 times a NaN value is NaN).
//       CHECK: %[[PV:.+]] = linalg.generic {indexing_maps = [#[[Q6]], #[[V6]], #[[S6]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%[[P]], %[[V]] : {{.*}}) outs(%{{.+}} : tensor<1x2x2x16x4xf32>)
//       CHECK:   %[[PT:.+]] = linalg.index 3
//       CHECK:   %[[PU:.+]] = linalg.index 5
//       CHECK:   %[[PF:.+]] = arith.cmpi sgt, %[[PU]], %[[PT]]
//       CHECK:   arith.select %[[PF]]
//       CHECK: %[[O:.+]] = linalg.generic {{.*}} ins(%[[PV]], %[[L]] : {{.*}})
//       CHECK:   arith.divf
//       CHECK: tensor.collapse_shape %[[O]] {{\[}}[0], [1, 2], [3], [4]] : tensor<1x2x2x16x4xf32> into tensor<1x4x16x4xf32>
func.func @causal_gqa(%q: tensor<1x4x16x8xf32>, %k: tensor<1x2x16x8xf32>, %v: tensor<1x2x16x4xf32>)
    -> tensor<1x4x16x4xf32> {
  %r = infini.local_attention %q, %k, %v
      : tensor<1x4x16x8xf32>, tensor<1x2x16x8xf32>, tensor<1x2x16x4xf32> -> tensor<1x4x16x4xf32>
  return %r : tensor<1x4x16x4xf32>
}

// -----

// Without the causal mask no index is compared; an explicit scale is used as
// given.
// CHECK-LABEL: func @noncausal_scaled
//       CHECK: arith.constant 2.500000e-01 : f32
//   CHECK-NOT: linalg.index
//   CHECK-NOT: arith.cmpi
//       CHECK: return
func.func @noncausal_scaled(%q: tensor<1x2x16x8xbf16>, %k: tensor<1x2x16x8xbf16>, %v: tensor<1x2x16x4xbf16>)
    -> tensor<1x2x16x4xbf16> {
  %r = infini.local_attention %q, %k, %v scale = 0.25 causal = false
      : tensor<1x2x16x8xbf16>, tensor<1x2x16x8xbf16>, tensor<1x2x16x4xbf16> -> tensor<1x2x16x4xbf16>
  return %r : tensor<1x2x16x4xbf16>
}

// -----

// A dynamic head dimension: the default scale 1/sqrt(Dk) is computed at run
// time from the query's last size.
// CHECK-LABEL: func @dynamic_dk
//  CHECK-SAME: (%[[Q:[^:]+]]: tensor<1x2x?x?xf32>
//       CHECK: tensor.dim %[[Q]], %c3
//       CHECK: %[[I:.+]] = arith.index_castui %{{.+}} : index to i64
//       CHECK: %[[F:.+]] = arith.uitofp %[[I]] : i64 to f32
//       CHECK: math.rsqrt %[[F]] : f32
func.func @dynamic_dk(%q: tensor<1x2x?x?xf32>, %k: tensor<1x2x?x?xf32>, %v: tensor<1x2x?x4xf32>)
    -> tensor<1x2x?x4xf32> {
  %r = infini.local_attention %q, %k, %v
      : tensor<1x2x?x?xf32>, tensor<1x2x?x?xf32>, tensor<1x2x?x4xf32> -> tensor<1x2x?x4xf32>
  return %r : tensor<1x2x?x4xf32>
}
