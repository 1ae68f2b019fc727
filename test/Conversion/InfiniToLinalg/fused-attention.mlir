// RUN: infini-opt %s -convert-infini-to-linalg="query-tile=16 key-tile=8" -split-input-file | FileCheck %s
// RUN: infini-opt %s -convert-infini-to-linalg="query-tile=16 key-tile=8" -split-input-file | FileCheck %s --check-prefix=NOMASK
// As infini-lower-to-cpu runs it: loop-invariant code motion computes the
// query tile's Q^T once, before the key loops.
// RUN: infini-opt %s --pass-pipeline="builtin.module(convert-infini-to-linalg{query-tile=16 key-tile=8},canonicalize,cse,loop-invariant-code-motion,cse)" -split-input-file | FileCheck %s --check-prefix=HOIST

// A segment (retrieve + local attention + combine) is one kernel: a forall
// over (batch, head, query tile), the segment's online_attention tiled along
// its keys (two loops: the key tiles every row sees whole, then those on the
// diagonal, stopping there), each step decomposed into linalg, and an
// epilogue with the memory read-out and the gate that writes each output
// tile once. Nothing is N x N. The scores are computed transposed, S^T =
// K Q^T ([keys, rows]): Q^T does not depend on the key tile, the reductions
// over keys run along the outer dimension, and the contractions keep the
// reduced dim in the middle of the domain ((u, d, t) and (t, u, e)) so the
// innermost loop is a contiguous output column.
// CHECK-DAG: #[[TD:.+]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[DU:.+]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[TU:.+]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[PT:.+]] = affine_map<(d0, d1, d2) -> (d1, d0)>
// The causal bounds of a query tile at row q0: the last row sees keys up to
// q0 + 15, the first row every key tile before q0 whole; the step of the
// key tile at k0 has query offset q0 - k0.
// CHECK-DAG: #[[END:.+]] = affine_map<()[s0] -> (s0 * 16 + 16, 64)>
// CHECK-DAG: #[[OFFSET:.+]] = affine_map<()[s0, s1] -> (-s0 + s1 * 16)>
// The loop over the key tiles every row sees whole has no mask at all.
// NOMASK-LABEL: func @segment_gqa
//       NOMASK: scf.for
//   NOMASK-NOT: linalg.index
//       NOMASK: scf.yield
//       NOMASK: scf.for
//       NOMASK: linalg.index
// HOIST-LABEL: func @segment_gqa
//       HOIST: scf.forall
//       HOIST:   linalg.transpose ins(%{{.+}} : tensor<16x8xf32>)
//   HOIST-NOT:   linalg.transpose
//       HOIST:   scf.for
//   HOIST-NOT:   linalg.transpose
//       HOIST:   scf.for
//   HOIST-NOT:   linalg.transpose
//       HOIST:   scf.forall.in_parallel
// CHECK-LABEL: func @segment_gqa
//  CHECK-SAME: (%[[Q:[^:]+]]: tensor<1x4x64x8xf32>, %[[K:[^:]+]]: tensor<1x2x64x8xf32>, %[[V:[^:]+]]: tensor<1x2x64x4xf32>, %[[M:[^:]+]]: tensor<1x2x8x4xf32>, %[[Z:[^:]+]]: tensor<1x2x8xf32>, %[[G:[^:]+]]: tensor<4xf32>)
//   CHECK-NOT: infini.
//       CHECK: %[[R:.+]] = scf.forall (%[[B:.+]], %[[H:.+]], %[[T:.+]]) in (1, 4, 4) shared_outs(%[[OUT:.+]] = %{{.+}}) -> (tensor<1x4x64x4xf32>)
//       CHECK:   %[[Q0:.+]] = affine.apply #{{.+}}()[%[[T]]]
//       CHECK:   %[[KV:.+]] = affine.apply #{{.+}}()[%[[H]]]
//       CHECK:   %[[QT:.+]] = tensor.extract_slice %[[Q]][%[[B]], %[[H]], %[[Q0]], 0] [1, 1, 16, 8]
//       CHECK:   %[[KR:.+]] = tensor.extract_slice %[[K]][%[[B]], %{{.+}}, 0, 0] [1, 1, 64, 8]
//       CHECK:   %[[VR:.+]] = tensor.extract_slice %[[V]][%[[B]], %{{.+}}, 0, 0] [1, 1, 64, 4]
//       CHECK:   %[[ACC0:.+]] = linalg.fill {{.*}} -> tensor<1x1x16x4xf32>
//       CHECK:   %[[MAX0:.+]] = linalg.fill {{.*}} -> tensor<1x1x16xf32>
//       CHECK:   %[[SUM0:.+]] = linalg.fill {{.*}} -> tensor<1x1x16xf32>
//       CHECK:   %[[E:.+]] = affine.min #[[END]]()[%[[T]]]
//       CHECK:   %[[ENDV:.+]] = affine.max #{{.+}}()[%[[E]]]
//       CHECK:   %[[SEEN:.+]] = affine.max
//       CHECK:   %[[WHOLE:.+]]:3 = scf.for %[[K0:.+]] = %{{.+}} to %[[SEEN]] step %{{.+}} iter_args(%[[ACC:.+]] = %[[ACC0]], %[[MX:.+]] = %[[MAX0]], %[[SUM:.+]] = %[[SUM0]]) -> (tensor<1x1x16x4xf32>, tensor<1x1x16xf32>, tensor<1x1x16xf32>)
//       CHECK:     tensor.extract_slice %[[KR]][0, 0, %[[K0]], 0] [1, 1, 8, 8]
//       CHECK:     tensor.extract_slice %[[VR]][0, 0, %[[K0]], 0] [1, 1, 8, 4]
//       CHECK:     %[[QTT:.+]] = linalg.transpose ins(%{{.+}} : tensor<16x8xf32>) outs(%{{.+}} : tensor<8x16xf32>) permutation = [1, 0]
//       CHECK:     %[[S:.+]] = linalg.contract indexing_maps = [#[[TD]], #[[DU]], #[[TU]]] ins(%{{.+}}, %[[QTT]] : tensor<8x8xf32>, tensor<8x16xf32>) outs(%{{.+}} : tensor<8x16xf32>)
//   CHECK-NOT:     linalg.index
//       CHECK:     linalg.generic {{.*}}iterator_types = ["reduction", "parallel"]} ins(%[[S]] : tensor<8x16xf32>)
//       CHECK:     %[[MA:.+]]:3 = linalg.generic
//       CHECK:       arith.maximumf
//       CHECK:       math.exp
//       CHECK:     %[[P:.+]] = linalg.generic {{.*}} ins(%[[S]], %[[MA]]#2 : tensor<8x16xf32>, tensor<16xf32>)
//       CHECK:     %[[SUM1:.+]] = linalg.generic {{.*}} ins(%[[MA]]#1 : tensor<16xf32>)
//       CHECK:     %[[SUM2:.+]] = linalg.generic {{.*}}iterator_types = ["reduction", "parallel"]} ins(%[[P]] : tensor<8x16xf32>) outs(%[[SUM1]] : tensor<16xf32>)
//       CHECK:     %[[ACC1:.+]] = linalg.generic {{.*}} ins(%[[MA]]#1 : tensor<16xf32>)
//       CHECK:     %[[ACC2:.+]] = linalg.contract indexing_maps = [#[[PT]], #[[DU]], #[[TU]]] ins(%[[P]], %{{.+}} : tensor<8x16xf32>, tensor<8x4xf32>) outs(%[[ACC1]] : tensor<16x4xf32>)
//       CHECK:     scf.yield
//       CHECK:   %[[STATE:.+]]:3 = scf.for %[[K1:.+]] = %[[SEEN]] to %[[ENDV]] step %{{.+}} iter_args(%{{.+}} = %[[WHOLE]]#0, %{{.+}} = %[[WHOLE]]#1, %{{.+}} = %[[WHOLE]]#2)
//       CHECK:     %[[OFF:.+]] = affine.apply #[[OFFSET]]()[%[[K1]], %[[T]]]
//       CHECK:     linalg.generic
//       CHECK:       arith.addi %{{.+}}, %[[OFF]]
//       CHECK:       arith.cmpi sgt
//       CHECK:       arith.select
//       CHECK:     linalg.generic {indexing_maps = [#[[PT]], #[[DU]], #[[TU]]], iterator_types = ["parallel", "reduction", "parallel"]}
//       CHECK:       arith.cmpi sgt
//       CHECK:       arith.select
//       CHECK:     scf.yield
//       CHECK:   %[[ACCT:.+]] = tensor.extract_slice %[[STATE]]#0[%{{.+}}, %{{.+}}, 0, 0] [1, 1, 16, 4] [1, 1, 1, 1] : tensor<1x1x16x4xf32> to tensor<16x4xf32>
//       CHECK:   %[[SUMT:.+]] = tensor.extract_slice %[[STATE]]#2[0, 0, 0] [1, 1, 16] [1, 1, 1] : tensor<1x1x16xf32> to tensor<16xf32>
//       CHECK:   %[[SQ:.+]] = linalg.generic {{.*}} ins(%{{.+}} : tensor<16x8xf32>) outs(%{{.+}} : tensor<16x8xf32>)
//       CHECK:     math.exp
//       CHECK:   %[[MT:.+]] = tensor.extract_slice %[[M]][%[[B]], %[[KV]], 0, 0] [1, 1, 8, 4]
//       CHECK:   %[[ZT:.+]] = tensor.extract_slice %[[Z]][%[[B]], %[[KV]], 0] [1, 1, 8]
//       CHECK:   %[[NUM:.+]] = linalg.contract {{.*}} ins(%[[SQ]], %[[MT]] : tensor<16x8xf32>, tensor<8x4xf32>)
//       CHECK:   %[[DEN:.+]] = linalg.contract {{.*}} ins(%[[SQ]], %[[ZT]] : tensor<16x8xf32>, tensor<8xf32>)
//       CHECK:   %[[GT:.+]] = tensor.extract_slice %[[G]][%[[H]]] [1] [1]
//       CHECK:   %[[TILE:.+]] = linalg.generic {{.*}} ins(%[[ACCT]], %[[SUMT]], %[[NUM]], %[[DEN]], %[[GT]] : tensor<16x4xf32>, tensor<16xf32>, tensor<16x4xf32>, tensor<16xf32>, tensor<1xf32>)
//       CHECK:   scf.forall.in_parallel
//       CHECK:     tensor.parallel_insert_slice %[[TILE]] into %[[OUT]][%[[B]], %[[H]], %[[Q0]], 0] [1, 1, 16, 4]
//       CHECK: return %[[R]]
func.func @segment_gqa(%q: tensor<1x4x64x8xf32>, %k: tensor<1x2x64x8xf32>, %v: tensor<1x2x64x4xf32>,
                       %m: tensor<1x2x8x4xf32>, %z: tensor<1x2x8xf32>, %g: tensor<4xf32>)
    -> tensor<1x4x64x4xf32> {
  %r = infini.memory_retrieve %q, %m, %z
      : tensor<1x4x64x8xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32> -> tensor<1x4x64x4xf32>
  %l = infini.local_attention %q, %k, %v
      : tensor<1x4x64x8xf32>, tensor<1x2x64x8xf32>, tensor<1x2x64x4xf32> -> tensor<1x4x64x4xf32>
  %c = infini.gated_combine %r, %l, %g
      : tensor<1x4x64x4xf32>, tensor<1x4x64x4xf32>, tensor<4xf32> -> tensor<1x4x64x4xf32>
  return %c : tensor<1x4x64x4xf32>
}

// -----

// Local attention on its own, not causal: every key tile is visited, no
// mask, and the epilogue only normalises.
// CHECK-LABEL: func @flash_noncausal
//       CHECK: scf.forall (%{{.+}}, %{{.+}}, %{{.+}}) in (2, 2, 2)
//       CHECK:   scf.for %{{.+}} = %{{.+}} to %c32 step %c8
//   CHECK-NOT:     linalg.index
//       CHECK:     scf.yield
//       CHECK:   linalg.generic
//       CHECK:     arith.divf
//       CHECK:     arith.truncf %{{.+}} : f32 to bf16
//       CHECK:   scf.forall.in_parallel
func.func @flash_noncausal(%q: tensor<2x2x32x8xbf16>, %k: tensor<2x2x32x8xbf16>, %v: tensor<2x2x32x8xbf16>)
    -> tensor<2x2x32x8xbf16> {
  %l = infini.local_attention %q, %k, %v causal = false
      : tensor<2x2x32x8xbf16>, tensor<2x2x32x8xbf16>, tensor<2x2x32x8xbf16> -> tensor<2x2x32x8xbf16>
  return %l : tensor<2x2x32x8xbf16>
}

// -----

// A retrieval used elsewhere too is not fused; the local attention still
// gets the online-softmax kernel.
// CHECK-LABEL: func @shared_retrieval
//       CHECK: linalg.contract
//       CHECK: scf.forall
//       CHECK: linalg.generic
//       CHECK: return
func.func @shared_retrieval(%q: tensor<1x2x16x8xf32>, %m: tensor<1x2x8x8xf32>, %z: tensor<1x2x8xf32>, %g: tensor<2xf32>)
    -> (tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) {
  %r = infini.memory_retrieve %q, %m, %z
      : tensor<1x2x16x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32> -> tensor<1x2x16x8xf32>
  %l = infini.local_attention %q, %q, %q
      : tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32> -> tensor<1x2x16x8xf32>
  %c = infini.gated_combine %r, %l, %g
      : tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>, tensor<2xf32> -> tensor<1x2x16x8xf32>
  return %c, %r : tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>
}

// -----

// Memory updates run as one task per (batch, kv head): tiled into an
// scf.forall through their TilingInterface, then decomposed per tile.
// CHECK-LABEL: func @update_tasks
//       CHECK: %[[R:.+]]:2 = scf.forall (%[[B:.+]], %[[G:.+]]) in (2, 3) shared_outs(%{{.+}} = %{{.+}}, %{{.+}} = %{{.+}})
//       CHECK:   tensor.extract_slice %{{.+}}[%[[B]], %[[G]], 0, 0] [1, 1, 16, 8]
//       CHECK:   linalg.contract {{.*}} outs(%{{.+}} : tensor<1x1x8x4xf32>)
//       CHECK:   scf.forall.in_parallel
//   CHECK-NOT: infini.
//       CHECK: return %[[R]]#0, %[[R]]#1
func.func @update_tasks(%k: tensor<2x3x16x8xf32>, %v: tensor<2x3x16x4xf32>,
                        %m: tensor<2x3x8x4xf32>, %z: tensor<2x3x8xf32>)
    -> (tensor<2x3x8x4xf32>, tensor<2x3x8xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z rule = delta
      : tensor<2x3x16x8xf32>, tensor<2x3x16x4xf32>, tensor<2x3x8x4xf32>, tensor<2x3x8xf32>
      -> tensor<2x3x8x4xf32>, tensor<2x3x8xf32>
  return %m1, %z1 : tensor<2x3x8x4xf32>, tensor<2x3x8xf32>
}

// -----

// Bad tile sizes are a diagnostic, not a crash.
// RUN: not infini-opt %s -convert-infini-to-linalg="key-tile=0" -split-input-file 2>&1 | FileCheck %s --check-prefix=OPTIONS
// OPTIONS: error: convert-infini-to-linalg: query-tile and key-tile must be positive, got 64 and 0
func.func @bad_tiles() {
  return
}
