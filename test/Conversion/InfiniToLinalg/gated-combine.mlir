// RUN: infini-opt %s -convert-infini-to-linalg -split-input-file | FileCheck %s

// One elementwise generic; a per-channel gate is indexed by (head, channel),
// a per-head gate by the head only. The mix is computed in f32.
// CHECK-DAG: #[[ID4:.+]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-DAG: #[[HC:.+]] = affine_map<(d0, d1, d2, d3) -> (d1, d3)>
// CHECK-LABEL: func @channel_gate_f16
//       CHECK: linalg.generic {indexing_maps = [#[[ID4]], #[[ID4]], #[[HC]], #[[ID4]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
//       CHECK:   %[[A:.+]] = arith.extf %{{.+}} : f16 to f32
//       CHECK:   %[[NEG:.+]] = arith.negf
//       CHECK:   %[[E:.+]] = math.exp %[[NEG]]
//       CHECK:   %[[DEN:.+]] = arith.addf %{{.+}}, %[[E]]
//       CHECK:   %[[G:.+]] = arith.divf %{{.+}}, %[[DEN]]
//       CHECK:   arith.mulf %[[G]], %[[A]]
//       CHECK:   arith.subf %{{.+}}, %[[G]]
//       CHECK:   arith.truncf %{{.+}} : f32 to f16
//   CHECK-NOT: infini.
func.func @channel_gate_f16(%a: tensor<1x4x16x4xf16>, %b: tensor<1x4x16x4xf16>, %g: tensor<4x4xf32>)
    -> tensor<1x4x16x4xf16> {
  %r = infini.gated_combine %a, %b, %g
      : tensor<1x4x16x4xf16>, tensor<1x4x16x4xf16>, tensor<4x4xf32> -> tensor<1x4x16x4xf16>
  return %r : tensor<1x4x16x4xf16>
}

// -----

// CHECK-DAG: #[[H:.+]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func @head_gate
//       CHECK: linalg.generic {indexing_maps = [#{{.+}}, #{{.+}}, #[[H]], #{{.+}}]
func.func @head_gate(%a: tensor<?x4x?x4xf32>, %b: tensor<?x4x?x4xf32>, %g: tensor<4xf32>)
    -> tensor<?x4x?x4xf32> {
  %r = infini.gated_combine %a, %b, %g
      : tensor<?x4x?x4xf32>, tensor<?x4x?x4xf32>, tensor<4xf32> -> tensor<?x4x?x4xf32>
  return %r : tensor<?x4x?x4xf32>
}
