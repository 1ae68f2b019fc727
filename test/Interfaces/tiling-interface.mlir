// The infini ops implement the upstream TilingInterface: upstream transform
// ops tile them and fuse them into each other's loops.
// RUN: infini-opt %s -transform-interpreter -split-input-file -verify-diagnostics | FileCheck %s

// A tile of 4 query heads is one whole group of 8 / 2: it reads one kv head,
// h0 floordiv 4.
// CHECK-DAG: #[[H0:.+]] = affine_map<(d0) -> (d0 * 4)>
// CHECK-DAG: #[[KV:.+]] = affine_map<()[s0] -> (s0 floordiv 4)>
// CHECK-LABEL: func @local_attention_by_group
//  CHECK-SAME: (%[[Q:[^:]+]]: tensor<2x8x64x32xf32>, %[[K:[^:]+]]: tensor<2x2x64x32xf32>, %[[V:[^:]+]]: tensor<2x2x64x16xf32>)
//       CHECK: scf.forall (%[[B:.+]], %[[H:.+]]) in (2, 2) shared_outs(%[[OUT:.+]] = %{{.+}}) -> (tensor<2x8x64x16xf32>)
//       CHECK:   %[[HO:.+]] = affine.apply #[[H0]](%[[H]])
//       CHECK:   %[[KO:.+]] = affine.apply #[[KV]]()[%[[HO]]]
//       CHECK:   %[[QT:.+]] = tensor.extract_slice %[[Q]][%[[B]], %[[HO]], 0, 0] [1, 4, 64, 32]
//       CHECK:   %[[KT:.+]] = tensor.extract_slice %[[K]][%[[B]], %[[KO]], 0, 0] [1, 1, 64, 32]
//       CHECK:   %[[VT:.+]] = tensor.extract_slice %[[V]][%[[B]], %[[KO]], 0, 0] [1, 1, 64, 16]
//       CHECK:   %[[T:.+]] = infini.local_attention %[[QT]], %[[KT]], %[[VT]] scale = 1.250000e-01 : tensor<1x4x64x32xf32>, tensor<1x1x64x32xf32>, tensor<1x1x64x16xf32> -> tensor<1x4x64x16xf32>
//       CHECK:   tensor.parallel_insert_slice %[[T]] into %[[OUT]][%[[B]], %[[HO]], 0, 0] [1, 4, 64, 16]
func.func @local_attention_by_group(%q: tensor<2x8x64x32xf32>, %k: tensor<2x2x64x32xf32>, %v: tensor<2x2x64x16xf32>)
    -> tensor<2x8x64x16xf32> {
  %r = infini.local_attention %q, %k, %v scale = 0.125
      : tensor<2x8x64x32xf32>, tensor<2x2x64x32xf32>, tensor<2x2x64x16xf32> -> tensor<2x8x64x16xf32>
  return %r : tensor<2x8x64x16xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["infini.local_attention"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %op tile_sizes [1, 4] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// Retrieval tiles along every result dimension; a tile of 2 query heads lies
// inside one group of 4, and the memory is sliced along Dv too.
// CHECK-LABEL: func @retrieve_all_dims
//       CHECK: scf.forall (%{{.+}}, %{{.+}}, %{{.+}}, %{{.+}}) in (1, 4, 4, 2)
//       CHECK:   tensor.extract_slice %{{.+}}[%{{.+}}, %{{.+}}, %{{.+}}, 0] [1, 2, 16, 32]
//       CHECK:   tensor.extract_slice %{{.+}}[%{{.+}}, %{{.+}}, 0, %{{.+}}] [1, 1, 32, 8]
//       CHECK:   tensor.extract_slice %{{.+}}[%{{.+}}, %{{.+}}, 0] [1, 1, 32]
//       CHECK:   infini.memory_retrieve {{.*}} : tensor<1x2x16x32xf32>, tensor<1x1x32x8xf32>, tensor<1x1x32xf32> -> tensor<1x2x16x8xf32>
func.func @retrieve_all_dims(%q: tensor<1x8x64x32xf32>, %m: tensor<1x2x32x16xf32>, %z: tensor<1x2x32xf32>)
    -> tensor<1x8x64x16xf32> {
  %r = infini.memory_retrieve %q, %m, %z
      : tensor<1x8x64x32xf32>, tensor<1x2x32x16xf32>, tensor<1x2x32xf32> -> tensor<1x8x64x16xf32>
  return %r : tensor<1x8x64x16xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["infini.memory_retrieve"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %op tile_sizes [1, 2, 16, 8] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// The update tiles over (batch, kv head); both results come out of the loop.
// CHECK-LABEL: func @update_by_kv_head
//       CHECK: %[[R:.+]]:2 = scf.forall (%{{.+}}, %{{.+}}) in (2, 4) shared_outs
//       CHECK:   infini.memory_update {{.*}} rule = delta : tensor<1x1x16x8xf32>, tensor<1x1x16x4xf32>, tensor<1x1x8x4xf32>, tensor<1x1x8xf32> -> tensor<1x1x8x4xf32>, tensor<1x1x8xf32>
//       CHECK: return %[[R]]#0, %[[R]]#1
func.func @update_by_kv_head(%k: tensor<2x4x16x8xf32>, %v: tensor<2x4x16x4xf32>, %m: tensor<2x4x8x4xf32>, %z: tensor<2x4x8xf32>)
    -> (tensor<2x4x8x4xf32>, tensor<2x4x8xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z rule = delta
      : tensor<2x4x16x8xf32>, tensor<2x4x16x4xf32>, tensor<2x4x8x4xf32>, tensor<2x4x8xf32>
      -> tensor<2x4x8x4xf32>, tensor<2x4x8xf32>
  return %m1, %z1 : tensor<2x4x8x4xf32>, tensor<2x4x8xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["infini.memory_update"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %op tile_sizes [1, 1] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// One segment as a fused loop nest: the combine is tiled over (batch, head)
// and retrieval and local attention are computed per tile inside the loop.
// CHECK-LABEL: func @fuse_segment
//       CHECK: scf.forall (%{{.+}}, %{{.+}}) in (1, 4)
//   CHECK-DAG:   %[[R:.+]] = infini.memory_retrieve {{.*}} -> tensor<1x2x32x16xf32>
//   CHECK-DAG:   %[[L:.+]] = infini.local_attention {{.*}} -> tensor<1x2x32x16xf32>
//       CHECK:   infini.gated_combine %[[R]], %[[L]], %{{.+}} : tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32>, tensor<2xf32>
//       CHECK: }
//   CHECK-NOT: infini.
//       CHECK: return
func.func @fuse_segment(%q: tensor<1x8x32x16xf32>, %k: tensor<1x2x32x16xf32>, %v: tensor<1x2x32x16xf32>,
                        %m: tensor<1x2x16x16xf32>, %z: tensor<1x2x16xf32>, %g: tensor<8xf32>)
    -> tensor<1x8x32x16xf32> {
  %r = infini.memory_retrieve %q, %m, %z
      : tensor<1x8x32x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32> -> tensor<1x8x32x16xf32>
  %l = infini.local_attention %q, %k, %v
      : tensor<1x8x32x16xf32>, tensor<1x2x32x16xf32>, tensor<1x2x32x16xf32> -> tensor<1x8x32x16xf32>
  %c = infini.gated_combine %r, %l, %g
      : tensor<1x8x32x16xf32>, tensor<1x8x32x16xf32>, tensor<8xf32> -> tensor<1x8x32x16xf32>
  return %c : tensor<1x8x32x16xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %c = transform.structured.match ops{["infini.gated_combine"]} in %root : (!transform.any_op) -> !transform.any_op
    %r = transform.structured.match ops{["infini.memory_retrieve"]} in %root : (!transform.any_op) -> !transform.any_op
    %l = transform.structured.match ops{["infini.local_attention"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %c tile_sizes [1, 2] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %fl, %loop1 = transform.structured.fuse_into_containing_op %l into %loop : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op)
    %fr, %loop2 = transform.structured.fuse_into_containing_op %r into %loop1 : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// 12 query heads over 2 kv heads are groups of 6; a tile of 4 heads would
// straddle two groups, and tiling is refused with the reason.
func.func @straddling_tile(%q: tensor<1x12x16x8xf32>, %k: tensor<1x2x16x8xf32>, %v: tensor<1x2x16x8xf32>)
    -> tensor<1x12x16x8xf32> {
  // expected-error @below {{cannot tile 12 query heads over 2 kv heads with a tile of 4 heads: the tile size must be a multiple or a divisor of 6}}
  // expected-error @below {{faild to tile operation}}
  // expected-error @below {{failed to generate tiling loops}}
  // expected-note @below {{when applied to this op}}
  %r = infini.local_attention %q, %k, %v
      : tensor<1x12x16x8xf32>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32> -> tensor<1x12x16x8xf32>
  return %r : tensor<1x12x16x8xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["infini.local_attention"]} in %root : (!transform.any_op) -> !transform.any_op
    // expected-error @below {{transform.structured.tile_using_forall failed to apply}}
    %tiled, %loop = transform.structured.tile_using_forall %op tile_sizes [1, 4] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// online_attention tiles along its query rows (in parallel) and along its
// keys (a reduction: the loop carries acc, max and sum). The query offset
// follows both: the step at query tile t, key tile u0 has offset
// off + 16 t - u0, so the causal mask of every tile is that of the op.
// CHECK-DAG: #[[OFF:.+]] = affine_map<(d0)[s0, s1] -> (d0 * 16 - s0 + s1)>
// CHECK-LABEL: func @online_rows_then_keys
//  CHECK-SAME: %[[OFFSET:[^:]+]]: index)
//       CHECK: scf.forall (%{{.+}}, %{{.+}}, %[[T:.+]]) in (1, 4, 4) shared_outs(%[[ACC:.+]] = %{{.+}}, %[[MAX:.+]] = %{{.+}}, %[[SUM:.+]] = %{{.+}})
//       CHECK:   %[[STATE:.+]]:3 = scf.for %[[U:.+]] = %{{.+}} to %{{.+}} step %{{.+}} iter_args({{.*}}) -> (tensor<1x1x16x16xf32>, tensor<1x1x16xf32>, tensor<1x1x16xf32>)
//       CHECK:     %[[O:.+]] = affine.apply #[[OFF]](%[[T]])[%[[U]], %[[OFFSET]]]
//       CHECK:     infini.online_attention {{.*}} query_offset = %[[O]] outs({{.*}}) : tensor<1x1x16x32xf32>, tensor<1x1x32x32xf32>, tensor<1x1x32x16xf32>, tensor<1x1x16x16xf32>, tensor<1x1x16xf32>, tensor<1x1x16xf32>
//       CHECK:   scf.forall.in_parallel
//       CHECK:     tensor.parallel_insert_slice %[[STATE]]#0 into %[[ACC]]
//       CHECK:     tensor.parallel_insert_slice %[[STATE]]#1 into %[[MAX]]
//       CHECK:     tensor.parallel_insert_slice %[[STATE]]#2 into %[[SUM]]
func.func @online_rows_then_keys(%q: tensor<1x4x64x32xf32>, %k: tensor<1x2x128x32xf32>, %v: tensor<1x2x128x16xf32>,
                                 %acc: tensor<1x4x64x16xf32>, %m: tensor<1x4x64xf32>, %s: tensor<1x4x64xf32>, %off: index)
    -> (tensor<1x4x64x16xf32>, tensor<1x4x64xf32>, tensor<1x4x64xf32>) {
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off outs(%acc, %m, %s)
      : tensor<1x4x64x32xf32>, tensor<1x2x128x32xf32>, tensor<1x2x128x16xf32>, tensor<1x4x64x16xf32>, tensor<1x4x64xf32>, tensor<1x4x64xf32>
  return %a, %b, %c : tensor<1x4x64x16xf32>, tensor<1x4x64xf32>, tensor<1x4x64xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["infini.online_attention"]} in %root : (!transform.any_op) -> !transform.any_op
    %rows, %forall = transform.structured.tile_using_forall %op tile_sizes [1, 1, 16, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %step, %for = transform.structured.tile_using_for %rows tile_sizes [0, 0, 0, 32] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}
