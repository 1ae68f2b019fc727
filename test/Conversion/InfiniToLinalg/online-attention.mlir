// RUN: infini-opt %s -convert-infini-to-linalg="fuse-attention=false" -split-input-file | FileCheck %s --check-prefix=STEP
// RUN: infini-opt %s -convert-infini-to-linalg="query-tile=16 key-tile=8" -split-input-file | FileCheck %s --check-prefix=TILED

// One step of the online softmax on a (batch, head) tile: the decomposition
// every kernel's tiles go through, with the scores transposed (S^T = K Q^T,
// reduced over keys along its outer dimension). Causal: the scores are masked where key u
// lies after query t + query_offset (signed: the offset may be negative),
// and P V leaves those keys out.
// STEP-LABEL: func @step
//  STEP-SAME: %[[OFF:[^:]+]]: index)
//   STEP-NOT: scf.forall
//       STEP: linalg.transpose
//       STEP: linalg.contract
//       STEP: linalg.generic {{.*}}iterator_types = ["reduction", "parallel"]
//       STEP:   %[[T:.+]] = arith.addi %{{.+}}, %[[OFF]]
//       STEP:   arith.cmpi sgt, %{{.+}}, %[[T]]
//       STEP:   arith.maximumf
// Rows that have seen no key shift by 0, not by -inf.
//       STEP: linalg.generic
//       STEP:   arith.cmpf one
//       STEP:   arith.select
//       STEP:   math.exp
//       STEP: linalg.generic {indexing_maps = [#{{.+}}, #{{.+}}, #{{.+}}], iterator_types = ["parallel", "reduction", "parallel"]}
//       STEP:   arith.cmpi sgt
//       STEP:   arith.select
//       STEP: tensor.insert_slice
//       STEP: tensor.insert_slice
//       STEP: tensor.insert_slice
//   STEP-NOT: infini.
func.func @step(%q: tensor<1x1x4x8xf32>, %k: tensor<1x1x6x8xf32>, %v: tensor<1x1x6x4xf32>,
                %acc: tensor<1x1x4x4xf32>, %m: tensor<1x1x4xf32>, %s: tensor<1x1x4xf32>, %off: index)
    -> (tensor<1x1x4x4xf32>, tensor<1x1x4xf32>, tensor<1x1x4xf32>) {
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off outs(%acc, %m, %s)
      : tensor<1x1x4x8xf32>, tensor<1x1x6x8xf32>, tensor<1x1x6x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>, tensor<1x1x4xf32>
  return %a, %b, %c : tensor<1x1x4x4xf32>, tensor<1x1x4xf32>, tensor<1x1x4xf32>
}

// -----

// Several batches and heads: one step per (batch, head) in an scf.forall;
// query head h reads kv head h / (H / Hkv).
// Not causal: no mask, P V is a contraction.
// STEP-LABEL: func @heads
//       STEP: scf.forall (%{{.+}}, %[[H:.+]]) in (2, 4) shared_outs
//       STEP:   %[[G:.+]] = arith.divui %c4, %c2
//       STEP:   %[[KV:.+]] = arith.divui %[[H]], %[[G]]
//       STEP:   tensor.extract_slice %{{.+}}[%{{.+}}, %[[KV]], 0, 0]
//   STEP-NOT:   arith.cmpi
//       STEP:   linalg.contract
//   STEP-NOT:   arith.cmpi
//       STEP:   scf.forall.in_parallel
//       STEP:     tensor.parallel_insert_slice
//       STEP:     tensor.parallel_insert_slice
//       STEP:     tensor.parallel_insert_slice
func.func @heads(%q: tensor<2x4x4x8xf32>, %k: tensor<2x2x6x8xf32>, %v: tensor<2x2x6x4xf32>,
                 %acc: tensor<2x4x4x4xf32>, %m: tensor<2x4x4xf32>, %s: tensor<2x4x4xf32>, %off: index)
    -> (tensor<2x4x4x4xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>) {
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off causal = false outs(%acc, %m, %s)
      : tensor<2x4x4x8xf32>, tensor<2x2x6x8xf32>, tensor<2x2x6x4xf32>, tensor<2x4x4x4xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>
  return %a, %b, %c : tensor<2x4x4x4xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>
}

// -----

// With the fused kernels an online_attention of the input is tiled like a
// segment's: query tiles in parallel (upstream tiling into an scf.forall
// that carries the state), each tiled along its keys, with the tiles every
// row sees whole before the diagonal and none after the last visible key.
//  STEP-LABEL: func @tiled
// TILED-LABEL: func @tiled
//       TILED: scf.forall ({{.*}}) = (0, 0, 0) to (1, 2, 64) step (1, 1, 16) shared_outs({{.*}}) -> (tensor<1x2x64x4xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>)
//       TILED:   %[[E:.+]] = affine.min
//       TILED:   %[[END:.+]] = affine.max #{{.+}}()[%[[E]]]
//       TILED:   %[[SEEN:.+]] = affine.max
//       TILED:   %[[WHOLE:.+]]:3 = scf.for %{{.+}} = %{{.+}} to %[[SEEN]] step %c8
//   TILED-NOT:     arith.cmpi
//       TILED:     scf.yield
//       TILED:   scf.for %{{.+}} = %[[SEEN]] to %[[END]] step %c8 iter_args(%{{.+}} = %[[WHOLE]]#0, %{{.+}} = %[[WHOLE]]#1, %{{.+}} = %[[WHOLE]]#2)
//       TILED:     arith.cmpi sgt
//       TILED:   scf.forall.in_parallel
//   TILED-NOT: infini.
func.func @tiled(%q: tensor<1x2x64x8xf32>, %k: tensor<1x1x96x8xf32>, %v: tensor<1x1x96x4xf32>,
                 %acc: tensor<1x2x64x4xf32>, %m: tensor<1x2x64xf32>, %s: tensor<1x2x64xf32>, %off: index)
    -> (tensor<1x2x64x4xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>) {
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off outs(%acc, %m, %s)
      : tensor<1x2x64x8xf32>, tensor<1x1x96x8xf32>, tensor<1x1x96x4xf32>, tensor<1x2x64x4xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>
  return %a, %b, %c : tensor<1x2x64x4xf32>, tensor<1x2x64xf32>, tensor<1x2x64xf32>
}

// -----

// The query tile may be more or less static than the state: the new rows
// take the state's shape.
// STEP-LABEL: func @rows_static_state
//       STEP: linalg.generic {{.*}} outs(%{{.+}}, %{{.+}}, %{{.+}} : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
//       STEP: return
func.func @rows_static_state(%q: tensor<1x1x?x8xf32>, %k: tensor<1x1x6x8xf32>, %v: tensor<1x1x6x4xf32>,
                             %acc: tensor<1x1x4x4xf32>, %m: tensor<1x1x4xf32>, %s: tensor<1x1x4xf32>, %off: index)
    -> (tensor<1x1x4x4xf32>, tensor<1x1x4xf32>, tensor<1x1x4xf32>) {
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off outs(%acc, %m, %s)
      : tensor<1x1x?x8xf32>, tensor<1x1x6x8xf32>, tensor<1x1x6x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>, tensor<1x1x4xf32>
  return %a, %b, %c : tensor<1x1x4x4xf32>, tensor<1x1x4xf32>, tensor<1x1x4xf32>
}

// -----

// Query rows known only at run time (a prompt's piece of a stream): the
// whole tiles run in a parallel loop of their own, each of the static size
// the CPU schedule vectorizes, then the rows after them (fewer than a tile)
// as one more tile per (batch, head), from row (rows floordiv 16) * 16.
// TILED-DAG: #[[WHOLE:.+]] = affine_map<()[s0] -> (s0 floordiv 16)>
// TILED-DAG: #[[SPLIT:.+]] = affine_map<()[s0] -> ((s0 floordiv 16) * 16)>
// TILED-LABEL: func @dynamic_rows
//       TILED: %[[ROWS:.+]] = tensor.dim %arg0, %c2
//       TILED: %[[N:.+]] = affine.apply #[[WHOLE]]()[%[[ROWS]]]
//       TILED: %[[S:.+]] = affine.apply #[[SPLIT]]()[%[[ROWS]]]
//       TILED: %[[TILES:.+]]:3 = scf.forall (%{{.+}}, %{{.+}}, %{{.+}}) in (1, 1, %[[N]]) shared_outs
//       TILED:   tensor.extract_slice %arg0[%{{.+}}, %{{.+}}, %{{.+}}, 0] [1, 1, 16, 8] [1, 1, 1, 1] : tensor<1x1x?x8xf32> to tensor<1x1x16x8xf32>
//       TILED:   tensor.parallel_insert_slice %{{.+}} into %{{.+}} [1, 1, 16, 4] [1, 1, 1, 1] : tensor<1x1x16x4xf32> into tensor<1x1x?x4xf32>
//       TILED: tensor.extract_slice %arg0[0, 0, %[[S]], 0] [1, 1, %[[R:[^,]+]], 8]
//       TILED: %[[TAIL:.+]]:3 = scf.forall (%{{.+}}, %{{.+}}, %{{.+}}) = (0, 0, 0) to (1, 1, %[[R]]) step (1, 1, 16)
//       TILED: %[[ACC:.+]] = tensor.insert_slice %[[TAIL]]#0 into %[[TILES]]#0[0, 0, %[[S]], 0] [1, 1, %[[R]], 4]
//       TILED: return %[[ACC]]
func.func @dynamic_rows(%q: tensor<1x1x?x8xf32>, %k: tensor<1x1x?x8xf32>, %v: tensor<1x1x?x4xf32>,
                        %acc: tensor<1x1x?x4xf32>, %m: tensor<1x1x?xf32>, %s: tensor<1x1x?xf32>, %off: index)
    -> (tensor<1x1x?x4xf32>, tensor<1x1x?xf32>, tensor<1x1x?xf32>) {
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off outs(%acc, %m, %s)
      : tensor<1x1x?x8xf32>, tensor<1x1x?x8xf32>, tensor<1x1x?x4xf32>, tensor<1x1x?x4xf32>, tensor<1x1x?xf32>, tensor<1x1x?xf32>
  return %a, %b, %c : tensor<1x1x?x4xf32>, tensor<1x1x?xf32>, tensor<1x1x?xf32>
}
