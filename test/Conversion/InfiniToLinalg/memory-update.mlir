// RUN: infini-opt %s -convert-infini-to-linalg="fuse-attention=false" -split-input-file | FileCheck %s

// Linear rule: sigma(K) once, then M + sigma(K)^T V accumulated into the
// memory itself and z + sum_t sigma(K) into the norm. Loops run over tokens
// with an output column innermost: (b, g, t, d, e) and (b, g, t, d).
// CHECK-DAG: #[[KT:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[VT:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d4)>
// CHECK-DAG: #[[MEM:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
// CHECK-DAG: #[[KSUM:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[NORM:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
// CHECK-LABEL: func @update_linear_f16
//  CHECK-SAME: (%[[K:.+]]: tensor<1x2x16x8xf16>, %[[V:.+]]: tensor<1x2x16x4xf16>, %[[M:.+]]: tensor<1x2x8x4xf32>, %[[Z:.+]]: tensor<1x2x8xf32>)
//       CHECK: %[[SK:.+]] = linalg.generic {{.*}} ins(%[[K]] : tensor<1x2x16x8xf16>) outs(%{{.+}} : tensor<1x2x16x8xf32>)
//       CHECK: %[[M1:.+]] = linalg.contract indexing_maps = [#[[KT]], #[[VT]], #[[MEM]]] ins(%[[SK]], %[[V]] : tensor<1x2x16x8xf32>, tensor<1x2x16x4xf16>) outs(%[[M]] : tensor<1x2x8x4xf32>)
//       CHECK: %[[Z1:.+]] = linalg.generic {indexing_maps = [#[[KSUM]], #[[NORM]]], iterator_types = ["parallel", "parallel", "reduction", "parallel"]} ins(%[[SK]] : tensor<1x2x16x8xf32>) outs(%[[Z]] : tensor<1x2x8xf32>)
//       CHECK:   arith.addf
//       CHECK: return %[[M1]], %[[Z1]]
func.func @update_linear_f16(%k: tensor<1x2x16x8xf16>, %v: tensor<1x2x16x4xf16>,
                             %m: tensor<1x2x8x4xf32>, %z: tensor<1x2x8xf32>)
    -> (tensor<1x2x8x4xf32>, tensor<1x2x8xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z
      : tensor<1x2x16x8xf16>, tensor<1x2x16x4xf16>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>
      -> tensor<1x2x8x4xf32>, tensor<1x2x8xf32>
  return %m1, %z1 : tensor<1x2x8x4xf32>, tensor<1x2x8xf32>
}

// -----

// Delta rule: the read-out of the keys from the memory *before* the update
// (%M, %Z) is subtracted from V, and that difference is what gets stored.
// CHECK-DAG: #[[KT:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[VT:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d4)>
// CHECK-DAG: #[[MEM:.+]] = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
// CHECK-LABEL: func @update_delta
//  CHECK-SAME: (%[[K:.+]]: tensor<1x2x16x8xf32>, %[[V:.+]]: tensor<1x2x16x4xf32>, %[[M:.+]]: tensor<1x2x8x4xf32>, %[[Z:.+]]: tensor<1x2x8xf32>)
//       CHECK: %[[SK:.+]] = linalg.generic
//       CHECK: %[[NUM:.+]] = linalg.contract {{.*}} ins(%[[SK]], %[[M]] : {{.*}}) outs(%{{.+}} : tensor<1x2x16x4xf32>)
//       CHECK: %[[DEN:.+]] = linalg.contract {{.*}} ins(%[[SK]], %[[Z]] : {{.*}}) outs(%{{.+}} : tensor<1x2x16xf32>)
//       CHECK: %[[DV:.+]] = linalg.generic {{.*}} ins(%[[V]], %[[NUM]], %[[DEN]] : {{.*}}) outs(%{{.+}} : tensor<1x2x16x4xf32>)
//       CHECK:   arith.maximumf
//       CHECK:   arith.divf
//       CHECK:   arith.subf
//       CHECK: %[[M1:.+]] = linalg.contract indexing_maps = [#[[KT]], #[[VT]], #[[MEM]]] ins(%[[SK]], %[[DV]] : {{.*}}) outs(%[[M]] : tensor<1x2x8x4xf32>)
//       CHECK: return %[[M1]]
func.func @update_delta(%k: tensor<1x2x16x8xf32>, %v: tensor<1x2x16x4xf32>,
                        %m: tensor<1x2x8x4xf32>, %z: tensor<1x2x8xf32>)
    -> (tensor<1x2x8x4xf32>, tensor<1x2x8xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z rule = delta
      : tensor<1x2x16x8xf32>, tensor<1x2x16x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>
      -> tensor<1x2x8x4xf32>, tensor<1x2x8xf32>
  return %m1, %z1 : tensor<1x2x8x4xf32>, tensor<1x2x8xf32>
}
