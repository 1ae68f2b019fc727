// RUN: infini-opt %s -convert-infini-to-linalg="query-tile=16 key-tile=8" -split-input-file | FileCheck %s

// A segment (retrieve + local attention + combine) is one kernel: a forall
// over (batch, head, query tile), an online softmax over key tiles that stops
// at the diagonal, and an epilogue with the memory read-out and the gate that
// writes each output tile once. Nothing is N x N. Contractions keep the
// reduced dim in the middle of the domain ((t, d, u) and (t, u, e)) so the
// innermost loop is a contiguous output column.
// CHECK-DAG: #[[TD:.+]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-DAG: #[[DU:.+]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[TU:.+]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-LABEL: func @segment_gqa
//  CHECK-SAME: (%[[Q:[^:]+]]: tensor<1x4x64x8xf32>, %[[K:[^:]+]]: tensor<1x2x64x8xf32>, %[[V:[^:]+]]: tensor<1x2x64x4xf32>, %[[M:[^:]+]]: tensor<1x2x8x4xf32>, %[[Z:[^:]+]]: tensor<1x2x8xf32>, %[[G:[^:]+]]: tensor<4xf32>)
//   CHECK-NOT: infini.
//       CHECK: %[[R:.+]] = scf.forall (%[[B:.+]], %[[H:.+]], %[[T:.+]]) in (1, 4, 4) shared_outs(%[[OUT:.+]] = %{{.+}}) -> (tensor<1x4x64x4xf32>)
//       CHECK:   %[[Q0:.+]] = affine.apply #{{.+}}()[%[[T]]]
//       CHECK:   %[[KV:.+]] = affine.apply #{{.+}}()[%[[H]]]
//       CHECK:   %[[QT:.+]] = tensor.extract_slice %[[Q]][%[[B]], %[[H]], %[[Q0]], 0] [1, 1, 16, 8] [1, 1, 1, 1] : tensor<1x4x64x8xf32> to tensor<16x8xf32>
// The key tiles every row of the query tile sees whole come first, with
// plain contractions; the tiles on the diagonal follow, with P V masked so
// that a future key's value is never multiplied (0 * NaN).
//       CHECK:   %[[END:.+]] = affine.apply #{{.+}}()[%[[T]]]
//       CHECK:   %[[SEEN:.+]] = affine.apply #{{.+}}()[%[[T]]]
//       CHECK:   %[[WHOLE:.+]]:3 = scf.for %[[K0:.+]] = %{{.+}} to %[[SEEN]] step %{{.+}} iter_args(%[[MX:.+]] = %{{.+}}, %[[SUM:.+]] = %{{.+}}, %[[ACC:.+]] = %{{.+}}) -> (tensor<16xf32>, tensor<16xf32>, tensor<16x4xf32>)
//       CHECK:     %[[KT:.+]] = tensor.extract_slice %[[K]][%[[B]], %[[KV]], %[[K0]], 0] [1, 1, 8, 8] [1, 1, 1, 1] : tensor<1x2x64x8xf32> to tensor<8x8xf32>
//       CHECK:     %[[VT:.+]] = tensor.extract_slice %[[V]][%[[B]], %[[KV]], %[[K0]], 0] [1, 1, 8, 4] [1, 1, 1, 1] : tensor<1x2x64x4xf32> to tensor<8x4xf32>
//       CHECK:     %[[KTT:.+]] = linalg.transpose ins(%[[KT]] : tensor<8x8xf32>) outs(%{{.+}} : tensor<8x8xf32>) permutation = [1, 0]
//       CHECK:     %[[S:.+]] = linalg.contract indexing_maps = [#[[TD]], #[[DU]], #[[TU]]] ins(%[[QT]], %[[KTT]] : tensor<16x8xf32>, tensor<8x8xf32>) outs(%{{.+}} : tensor<16x8xf32>)
//       CHECK:     linalg.index
//       CHECK:     arith.cmpi ugt
//       CHECK:     %[[MA:.+]]:2 = linalg.generic {{.*}} outs(%[[MX]], %{{.+}} : tensor<16xf32>, tensor<16xf32>)
//       CHECK:       arith.maximumf
//       CHECK:       math.exp
//       CHECK:     %[[P:.+]] = linalg.generic {{.*}} ins(%[[S]], %[[MA]]#0 : tensor<16x8xf32>, tensor<16xf32>)
//       CHECK:     %[[SUM1:.+]] = linalg.generic {{.*}} ins(%[[MA]]#1 : tensor<16xf32>) outs(%[[SUM]] : tensor<16xf32>)
//       CHECK:     %[[SUM2:.+]] = linalg.generic {{.*}} ins(%[[P]] : tensor<16x8xf32>) outs(%[[SUM1]] : tensor<16xf32>)
//       CHECK:     %[[ACC1:.+]] = linalg.generic {{.*}} ins(%[[MA]]#1 : tensor<16xf32>) outs(%[[ACC]] : tensor<16x4xf32>)
//       CHECK:     %[[ACC2:.+]] = linalg.contract indexing_maps = [#[[TD]], #[[DU]], #[[TU]]] ins(%[[P]], %[[VT]] : tensor<16x8xf32>, tensor<8x4xf32>) outs(%[[ACC1]] : tensor<16x4xf32>)
//       CHECK:     scf.yield %[[MA]]#0, %[[SUM2]], %[[ACC2]]
//       CHECK:   %[[STATE:.+]]:3 = scf.for %{{.+}} = %[[SEEN]] to %[[END]] step %{{.+}} iter_args(%{{.+}} = %[[WHOLE]]#0, %{{.+}} = %[[WHOLE]]#1, %{{.+}} = %[[WHOLE]]#2)
//       CHECK:     linalg.generic {indexing_maps = [#[[TD]], #[[DU]], #[[TU]]], iterator_types = ["parallel", "reduction", "parallel"]}
//       CHECK:       arith.cmpi ugt
//       CHECK:       arith.select
//       CHECK:     scf.yield
//       CHECK:   %[[SQ:.+]] = linalg.generic {{.*}} ins(%{{.+}} : tensor<16x8xf32>) outs(%{{.+}} : tensor<16x8xf32>)
//       CHECK:     math.exp
//       CHECK:   %[[MT:.+]] = tensor.extract_slice %[[M]][%[[B]], %[[KV]], 0, 0] [1, 1, 8, 4]
//       CHECK:   %[[ZT:.+]] = tensor.extract_slice %[[Z]][%[[B]], %[[KV]], 0] [1, 1, 8]
//       CHECK:   %[[NUM:.+]] = linalg.contract {{.*}} ins(%[[SQ]], %[[MT]] : tensor<16x8xf32>, tensor<8x4xf32>)
//       CHECK:   %[[DEN:.+]] = linalg.contract {{.*}} ins(%[[SQ]], %[[ZT]] : tensor<16x8xf32>, tensor<8xf32>)
//       CHECK:   %[[GT:.+]] = tensor.extract_slice %[[G]][%[[H]]] [1] [1]
//       CHECK:   %[[TILE:.+]] = linalg.generic {{.*}} ins(%[[STATE]]#2, %[[STATE]]#1, %[[NUM]], %[[DEN]], %[[GT]] : tensor<16x4xf32>, tensor<16xf32>, tensor<16x4xf32>, tensor<16xf32>, tensor<1xf32>)
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
//       CHECK:   scf.for %{{.+}} = %c0 to %c32 step %c8
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
