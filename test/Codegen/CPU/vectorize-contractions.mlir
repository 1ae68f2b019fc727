// RUN: infini-opt %s -split-input-file --pass-pipeline="builtin.module(func.func(infini-vectorize-contractions{rows=8 cols=32}),canonicalize,loop-invariant-subset-hoisting,canonicalize)" | FileCheck %s
// RUN: not infini-opt %s -split-input-file --pass-pipeline="builtin.module(func.func(infini-vectorize-contractions{rows=0 cols=32}))" 2>&1 | FileCheck %s --check-prefix=OPTION
// OPTION: error: infini-vectorize-contractions: rows and cols must be positive, got 0 and 32

// A static (m, k, n) matmul becomes 8 x 32 output blocks with the reduction
// innermost: each step is the outer product of a column of the left operand
// and a row of the right one (a vector.contract, which lowers to fused
// multiply-adds), and the block's accumulator is a vector carried across
// the reduction loop (in registers), read and written once per block.
// CHECK-LABEL: func @scores
//       CHECK: scf.for %{{.+}} = %c0 to %c64 step %c8
//       CHECK:   scf.for %{{.+}} = %c0 to %c64 step %c32
//       CHECK:     %[[INIT:.+]] = vector.transfer_read {{.*}} : tensor<8x32xf32>, vector<8x32xf32>
//       CHECK:     %[[ACC:.+]] = scf.for %{{.+}} = %c0 to %c16 step %c1 iter_args(%[[A:.+]] = %[[INIT]]) -> (vector<8x32xf32>)
//       CHECK:       %[[L:.+]] = vector.transfer_read {{.*}} : tensor<8x1xf32>, vector<8x1xf32>
//       CHECK:       %[[R:.+]] = vector.transfer_read {{.*}} : tensor<1x32xf32>, vector<1x32xf32>
//       CHECK:       vector.contract {{.*}} %[[L]], %[[R]], %[[A]] : vector<8x1xf32>, vector<1x32xf32> into vector<8x32xf32>
//       CHECK:     vector.transfer_write %[[ACC]]
//   CHECK-NOT: linalg.contract
func.func @scores(%q: tensor<64x16xf32>, %kt: tensor<16x64xf32>, %acc: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %r = linalg.contract indexing_maps = [affine_map<(m, k, n) -> (m, k)>, affine_map<(m, k, n) -> (k, n)>,
                                        affine_map<(m, k, n) -> (m, n)>]
      ins(%q, %kt : tensor<64x16xf32>, tensor<16x64xf32>) outs(%acc : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}

// -----

// P V of a kernel step: acc[t, e] += P^T[u, t] V[u, e]. The outer block loop
// runs over the columns of V (n), so that a column block of V stays in L1
// while every block row of P^T, the smaller operand, is read against it.
// CHECK-LABEL: func @weighted_values
//       CHECK: scf.for %{{.+}} = %c0 to %c128 step %c32
//       CHECK:   scf.for %{{.+}} = %c0 to %c64 step %c8
//       CHECK:     scf.for %{{.+}} = %c0 to %c64 step %c1 iter_args(%{{.+}} = %{{.+}}) -> (vector<8x32xf32>)
func.func @weighted_values(%pt: tensor<64x64xf32>, %v: tensor<64x128xf32>, %acc: tensor<64x128xf32>) -> tensor<64x128xf32> {
  %r = linalg.contract indexing_maps = [affine_map<(t, u, e) -> (u, t)>, affine_map<(t, u, e) -> (u, e)>,
                                        affine_map<(t, u, e) -> (t, e)>]
      ins(%pt, %v : tensor<64x64xf32>, tensor<64x128xf32>) outs(%acc : tensor<64x128xf32>) -> tensor<64x128xf32>
  return %r : tensor<64x128xf32>
}

// -----

// The memory update per (batch, kv head): M[d, e] += sum_t sigma(K)[t, d] V[t, e]
// with unit batch dims and the left operand transposed. m = d, n = e and the
// reduction over tokens is innermost.
// CHECK-LABEL: func @update_block
// (The single block of 32 columns needs no loop.)
//       CHECK: scf.for %{{.+}} = %c0 to %c64 step %c8
//       CHECK:   scf.for %{{.+}} = %c0 to %c128 step %c1 iter_args(%{{.+}} = %{{.+}}) -> (vector<1x1x8x32xf32>)
//       CHECK:     vector.transfer_read {{.*}} : tensor<1x1x1x8xf32>, vector<1x1x1x8xf32>
//       CHECK:     vector.contract {{.*}} : vector<1x1x1x8xf32>, vector<1x1x1x32xf32> into vector<1x1x8x32xf32>
//   CHECK-NOT: linalg.contract
func.func @update_block(%sk: tensor<1x1x128x64xf32>, %v: tensor<1x1x128x32xf32>, %m: tensor<1x1x64x32xf32>)
    -> tensor<1x1x64x32xf32> {
  %r = linalg.contract indexing_maps = [affine_map<(b, g, t, d, e) -> (b, g, t, d)>,
                                        affine_map<(b, g, t, d, e) -> (b, g, t, e)>,
                                        affine_map<(b, g, t, d, e) -> (b, g, d, e)>]
      ins(%sk, %v : tensor<1x1x128x64xf32>, tensor<1x1x128x32xf32>) outs(%m : tensor<1x1x64x32xf32>)
      -> tensor<1x1x64x32xf32>
  return %r : tensor<1x1x64x32xf32>
}

// -----

// The same update over a run-time number of tokens (a prompt's piece): the
// reduction, tiled by 1, may be dynamic; the blocks stay static.
// CHECK-LABEL: func @update_dynamic_tokens
//       CHECK: %[[T:.+]] = tensor.dim %{{.+}}, %c2
//       CHECK: scf.for %{{.+}} = %c0 to %c64 step %c8
//       CHECK:   scf.for %{{.+}} = %c0 to %[[T]] step %c1 iter_args(%{{.+}} = %{{.+}}) -> (vector<1x1x8x32xf32>)
//       CHECK:     vector.contract {{.*}} : vector<1x1x1x8xf32>, vector<1x1x1x32xf32> into vector<1x1x8x32xf32>
//   CHECK-NOT: linalg.contract
func.func @update_dynamic_tokens(%sk: tensor<1x1x?x64xf32>, %v: tensor<1x1x?x32xf32>, %m: tensor<1x1x64x32xf32>)
    -> tensor<1x1x64x32xf32> {
  %r = linalg.contract indexing_maps = [affine_map<(b, g, t, d, e) -> (b, g, t, d)>,
                                        affine_map<(b, g, t, d, e) -> (b, g, t, e)>,
                                        affine_map<(b, g, t, d, e) -> (b, g, d, e)>]
      ins(%sk, %v : tensor<1x1x?x64xf32>, tensor<1x1x?x32xf32>) outs(%m : tensor<1x1x64x32xf32>)
      -> tensor<1x1x64x32xf32>
  return %r : tensor<1x1x64x32xf32>
}

// -----

// Blocks that do not divide the output are left to the scalar lowering. A
// run-time m (a prompt's query rows) gets blocks of one row each, the rows
// streamed past each column block (the column loop outside), as wide as
// the columns allow up to the accumulators of a whole block (8 x 32): all
// 64 columns here, so that each row's reduction carries 64 / 32 chains.
// CHECK-LABEL: func @left_alone
//       CHECK: linalg.contract {{.*}} -> tensor<60x64xf32>
//       CHECK: %[[M:.+]] = tensor.dim %{{.+}}, %c0 : tensor<?x16xf32>
//       CHECK: scf.for %{{.+}} = %c0 to %[[M]] step %c1
//       CHECK:   scf.for %{{.+}} = %c0 to %c16 step %c1 iter_args(%{{.+}} = %{{.+}}) -> (vector<1x64xf32>)
//       CHECK:     vector.contract {{.*}} : vector<1x1xf32>, vector<1x64xf32> into vector<1x64xf32>
//   CHECK-NOT: linalg.contract
func.func @left_alone(%a: tensor<60x16xf32>, %b: tensor<16x64xf32>, %c: tensor<60x64xf32>,
                      %d: tensor<?x16xf32>, %f: tensor<?x64xf32>)
    -> (tensor<60x64xf32>, tensor<?x64xf32>) {
  %r = linalg.contract indexing_maps = [affine_map<(m, k, n) -> (m, k)>, affine_map<(m, k, n) -> (k, n)>,
                                        affine_map<(m, k, n) -> (m, n)>]
      ins(%a, %b : tensor<60x16xf32>, tensor<16x64xf32>) outs(%c : tensor<60x64xf32>) -> tensor<60x64xf32>
  %s = linalg.contract indexing_maps = [affine_map<(m, k, n) -> (m, k)>, affine_map<(m, k, n) -> (k, n)>,
                                        affine_map<(m, k, n) -> (m, n)>]
      ins(%d, %b : tensor<?x16xf32>, tensor<16x64xf32>) outs(%f : tensor<?x64xf32>) -> tensor<?x64xf32>
  return %r, %s : tensor<60x64xf32>, tensor<?x64xf32>
}

// -----

// Complex elements cannot live in vectors: the contraction is left alone.
// CHECK-LABEL: func.func @complex_elements
// CHECK: linalg.contract
// CHECK-NOT: vector.
// CHECK: return
#a = affine_map<(m, n, k) -> (m, k)>
#b = affine_map<(m, n, k) -> (k, n)>
#c = affine_map<(m, n, k) -> (m, n)>
func.func @complex_elements(%x: tensor<8x4xcomplex<f32>>, %y: tensor<4x32xcomplex<f32>>, %z: tensor<8x32xcomplex<f32>>) -> tensor<8x32xcomplex<f32>> {
  %r = linalg.contract indexing_maps = [#a, #b, #c] ins(%x, %y : tensor<8x4xcomplex<f32>>, tensor<4x32xcomplex<f32>>) outs(%z : tensor<8x32xcomplex<f32>>) -> tensor<8x32xcomplex<f32>>
  return %r : tensor<8x32xcomplex<f32>>
}

// -----

// Operands of two element types (f32 probabilities, bf16 values) cannot be
// one vector.contract: the block is vectorized as a multiply and a
// reduction instead, with the bf16 operand extended.
// CHECK-LABEL: func @mixed_types
//       CHECK: scf.for %{{.+}} = %c0 to %c16 step %c1 iter_args(%{{.+}} = %{{.+}}) -> (vector<8x32xf32>)
//       CHECK:   arith.extf {{.*}} : vector<8x1x32xbf16> to vector<8x1x32xf32>
//       CHECK:   arith.mulf {{.*}} : vector<8x1x32xf32>
//   CHECK-NOT: vector.contract
func.func @mixed_types(%p: tensor<64x16xf32>, %v: tensor<16x64xbf16>, %acc: tensor<64x64xf32>) -> tensor<64x64xf32> {
  %r = linalg.contract indexing_maps = [affine_map<(m, k, n) -> (m, k)>, affine_map<(m, k, n) -> (k, n)>,
                                        affine_map<(m, k, n) -> (m, n)>]
      ins(%p, %v : tensor<64x16xf32>, tensor<16x64xbf16>) outs(%acc : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %r : tensor<64x64xf32>
}

// -----

// A linalg.generic shaped like a contraction is blocked the same way: the
// kernels' masked P V on diagonal tiles (P^T read transposed, a future key's
// value replaced by 0 before the multiply-add). Its mask is causal
// (u > t + off), so each block of rows [t0, t0 + 8) splits its key loop:
// keys u <= t0 + off, visible to all 8 rows, without the mask; the next 7
// with it; later keys, future to every row, not at all. Without `contract`
// on its multiply and add, they stay apart.
//       CHECK: #[[VIS:.+]] = affine_map<()[s0, s1] -> (32, s0 + s1 + 1)>
//       CHECK: #[[NONNEG:.+]] = affine_map<()[s0] -> (0, s0)>
//       CHECK: #[[END:.+]] = affine_map<()[s0, s1] -> (32, s0 + s1 + 8)>
// CHECK-LABEL: func @masked_pv
//  CHECK-SAME: %[[OFF:[a-z0-9]+]]: index
//       CHECK: scf.for %[[T0:.+]] = %c0 to %c64 step %c8
//       CHECK:   %[[V0:.+]] = affine.min #[[VIS]]()[%[[T0]], %[[OFF]]]
//       CHECK:   %[[V:.+]] = affine.max #[[NONNEG]]()[%[[V0]]]
//       CHECK:   %[[E0:.+]] = affine.min #[[END]]()[%[[T0]], %[[OFF]]]
//       CHECK:   %[[E:.+]] = affine.max #[[NONNEG]]()[%[[E0]]]
//       CHECK:   %[[ALL:.+]] = scf.for %{{.+}} = %c0 to %[[V]] step %c1 iter_args(%[[A:.+]] = %{{.+}}) -> (vector<8x32xf32>)
//   CHECK-NOT:     arith.select
//       CHECK:     arith.mulf {{.*}} : vector<8x1x32xf32>
//       CHECK:     arith.addf %[[A]], {{.*}} : vector<8x32xf32>
//       CHECK:   scf.for %{{.+}} = %[[V]] to %[[E]] step %c1 iter_args(%[[B:.+]] = %[[ALL]]) -> (vector<8x32xf32>)
//       CHECK:     arith.cmpi sgt, {{.*}} : vector<8x1x32xindex>
//       CHECK:     arith.select {{.*}} : vector<8x1x32xi1>, vector<8x1x32xf32>
//       CHECK:     arith.mulf {{.*}} : vector<8x1x32xf32>
//       CHECK:     arith.addf %[[B]], {{.*}} : vector<8x32xf32>
//   CHECK-NOT: linalg.generic
func.func @masked_pv(%pt: tensor<32x64xf32>, %v: tensor<32x32xf32>, %acc: tensor<64x32xf32>, %off: index) -> tensor<64x32xf32> {
  %zero = arith.constant 0.0 : f32
  %r = linalg.generic {indexing_maps = [affine_map<(t, u, e) -> (u, t)>, affine_map<(t, u, e) -> (u, e)>,
                                        affine_map<(t, u, e) -> (t, e)>],
                       iterator_types = ["parallel", "reduction", "parallel"]}
      ins(%pt, %v : tensor<32x64xf32>, tensor<32x32xf32>) outs(%acc : tensor<64x32xf32>) {
  ^bb0(%p: f32, %x: f32, %a: f32):
    %t = linalg.index 0 : index
    %u = linalg.index 1 : index
    %tt = arith.addi %t, %off : index
    %future = arith.cmpi sgt, %u, %tt : index
    %visible = arith.select %future, %zero, %x : f32
    %m = arith.mulf %p, %visible : f32
    %s = arith.addf %a, %m : f32
    linalg.yield %s : f32
  } -> tensor<64x32xf32>
  return %r : tensor<64x32xf32>
}

// -----

// With `contract` on both (as the kernels build it), each step is one fused
// multiply-add: the vectorizer's add reduction over the unit reduction
// dimension, which has no fast-math flags of its own, becomes vector.fma.
// CHECK-LABEL: func @masked_pv_contract
//       CHECK: scf.for %{{.+}} iter_args(%[[A:.+]] = %{{.+}}) -> (vector<8x32xf32>)
//   CHECK-NOT:   arith.select
//       CHECK:   vector.fma {{.*}}, %[[A]] : vector<8x32xf32>
//       CHECK: scf.for %{{.+}} iter_args(%[[B:.+]] = %{{.+}}) -> (vector<8x32xf32>)
//       CHECK:   arith.cmpi sgt, {{.*}} : vector<8x1x32xindex>
//       CHECK:   arith.select {{.*}} : vector<8x1x32xi1>, vector<8x1x32xf32>
//       CHECK:   vector.fma {{.*}}, %[[B]] : vector<8x32xf32>
//   CHECK-NOT: arith.mulf
//   CHECK-NOT: arith.addf
//   CHECK-NOT: linalg.generic
func.func @masked_pv_contract(%pt: tensor<32x64xf32>, %v: tensor<32x32xf32>, %acc: tensor<64x32xf32>, %off: index) -> tensor<64x32xf32> {
  %zero = arith.constant 0.0 : f32
  %r = linalg.generic {indexing_maps = [affine_map<(t, u, e) -> (u, t)>, affine_map<(t, u, e) -> (u, e)>,
                                        affine_map<(t, u, e) -> (t, e)>],
                       iterator_types = ["parallel", "reduction", "parallel"]}
      ins(%pt, %v : tensor<32x64xf32>, tensor<32x32xf32>) outs(%acc : tensor<64x32xf32>) {
  ^bb0(%p: f32, %x: f32, %a: f32):
    %t = linalg.index 0 : index
    %u = linalg.index 1 : index
    %tt = arith.addi %t, %off : index
    %future = arith.cmpi sgt, %u, %tt : index
    %visible = arith.select %future, %zero, %x : f32
    %m = arith.mulf %p, %visible fastmath<contract> : f32
    %s = arith.addf %a, %m fastmath<contract> : f32
    linalg.yield %s : f32
  } -> tensor<64x32xf32>
  return %r : tensor<64x32xf32>
}

// -----

// A decode step's memory read-out (GQA form): sigma(q) [B, Hkv, G, N, Dk] M
// [B, Hkv, Dk, Dv] with one query (N = 1) of a group of one (G = 1). The unit
// m dims are batch dims of size 1, and the single row is a block of one row
// (fewer rows than the pass's 8), which takes all 64 columns at once (up to
// 8 x 32 / 1 would fit): the reduction carries two vectors' chains of
// multiply-adds instead of one, each column block's after the other's.
// CHECK-LABEL: func @decode_readout
//       CHECK: scf.for %{{.+}} = %c0 to %c2 step %c1
//   CHECK-NOT:   scf.for %{{.+}} step %c32
//       CHECK:   scf.for %{{.+}} = %c0 to %c16 step %c1 iter_args(%{{.+}} = %{{.+}}) -> (vector<1x1x1x1x64xf32>)
//       CHECK:     vector.contract
//   CHECK-NOT: linalg.contract
func.func @decode_readout(%sq: tensor<1x2x1x1x16xf32>, %m: tensor<1x2x16x64xf32>, %acc: tensor<1x2x1x1x64xf32>)
    -> tensor<1x2x1x1x64xf32> {
  %r = linalg.contract indexing_maps = [affine_map<(b, g, j, t, e, d) -> (b, g, j, t, d)>,
                                        affine_map<(b, g, j, t, e, d) -> (b, g, d, e)>,
                                        affine_map<(b, g, j, t, e, d) -> (b, g, j, t, e)>]
      ins(%sq, %m : tensor<1x2x1x1x16xf32>, tensor<1x2x16x64xf32>) outs(%acc : tensor<1x2x1x1x64xf32>)
      -> tensor<1x2x1x1x64xf32>
  return %r : tensor<1x2x1x1x64xf32>
}

// -----

// Two rows of a query group against 8 x 32 blocks: one block of both rows
// and four times the columns, the accumulators of a whole block.
// CHECK-LABEL: func @two_rows
//   CHECK-NOT: scf.for %{{.+}} step %c32
//       CHECK: scf.for %{{.+}} = %c0 to %c64 step %c1 iter_args(%{{.+}} = %{{.+}}) -> (vector<2x128xf32>)
//   CHECK-NOT: linalg.contract
func.func @two_rows(%pt: tensor<64x2xf32>, %v: tensor<64x128xf32>, %acc: tensor<2x128xf32>) -> tensor<2x128xf32> {
  %r = linalg.contract indexing_maps = [affine_map<(t, u, e) -> (u, t)>, affine_map<(t, u, e) -> (u, e)>,
                                        affine_map<(t, u, e) -> (t, e)>]
      ins(%pt, %v : tensor<64x2xf32>, tensor<64x128xf32>) outs(%acc : tensor<2x128xf32>) -> tensor<2x128xf32>
  return %r : tensor<2x128xf32>
}

// -----

// A decode step's scores, S^T = K q^T, with its single query as the one
// column (fewer than a vector block's 32): the feature dimension d is the
// innermost of both K and q^T, so each block of 8 keys takes 8 dot products,
// a multiply of two vector<16xf32> and a reassociating sum each, instead of
// outer products that would read K one strided element per lane.
// CHECK-LABEL: func @decode_scores
//       CHECK: scf.for %{{.+}} = %c0 to %c64 step %c8
//       CHECK:   tensor.extract_slice %{{.+}}[0, 0] [16, 1] [1, 1] : tensor<16x1xf32> to tensor<16xf32>
//       CHECK:   vector.transfer_read {{.+}} : tensor<16xf32>, vector<16xf32>
// CHECK-COUNT-8:   vector.reduction <add>, %{{.+}}, %{{.+}} fastmath<reassoc,contract> : vector<16xf32> into f32
//   CHECK-NOT: vector.reduction
//       CHECK:   scf.yield
//   CHECK-NOT: linalg.contract
func.func @decode_scores(%k: tensor<64x16xf32>, %qt: tensor<16x1xf32>, %acc: tensor<64x1xf32>) -> tensor<64x1xf32> {
  %r = linalg.contract indexing_maps = [affine_map<(u, d, t) -> (u, d)>, affine_map<(u, d, t) -> (d, t)>,
                                        affine_map<(u, d, t) -> (u, t)>]
      ins(%k, %qt : tensor<64x16xf32>, tensor<16x1xf32>) outs(%acc : tensor<64x1xf32>) -> tensor<64x1xf32>
  return %r : tensor<64x1xf32>
}

// -----

// The scores of a cache's last, partial key tile: a run-time number of keys
// against the single query. Dot products one key at a time.
// CHECK-LABEL: func @decode_scores_dynamic
//       CHECK: %[[N:.+]] = tensor.dim %{{.+}}, %c0 : tensor<?x16xf32>
//       CHECK: scf.for %{{.+}} = %c0 to %[[N]] step %c1
//       CHECK:   vector.transfer_read {{.+}} : tensor<16xf32>, vector<16xf32>
//       CHECK:   vector.reduction <add>, %{{.+}}, %{{.+}} fastmath<reassoc,contract> : vector<16xf32> into f32
//   CHECK-NOT: vector.reduction
//   CHECK-NOT: linalg.contract
func.func @decode_scores_dynamic(%k: tensor<?x16xf32>, %qt: tensor<16x1xf32>, %acc: tensor<?x1xf32>) -> tensor<?x1xf32> {
  %r = linalg.contract indexing_maps = [affine_map<(u, d, t) -> (u, d)>, affine_map<(u, d, t) -> (d, t)>,
                                        affine_map<(u, d, t) -> (u, t)>]
      ins(%k, %qt : tensor<?x16xf32>, tensor<16x1xf32>) outs(%acc : tensor<?x1xf32>) -> tensor<?x1xf32>
  return %r : tensor<?x1xf32>
}

// -----

// A GQA decode step's scores: the 4 query heads of a kv head are the
// columns, and the kernels transpose the queries to Q^T [d, t] (for the
// outer products of many query rows). The dot products read the queries
// before the transpose, where d is contiguous: 8 x 4 per block of keys, and
// the transpose is gone.
// CHECK-LABEL: func @decode_group_scores
//   CHECK-NOT: linalg.transpose
//       CHECK: scf.for %{{.+}} = %c0 to %c64 step %c8
//       CHECK:   tensor.extract_slice %{{.+}}[0, 0] [1, 16] [1, 1] : tensor<4x16xf32> to tensor<16xf32>
// CHECK-COUNT-32:   vector.reduction <add>, %{{.+}}, %{{.+}} fastmath<reassoc,contract> : vector<16xf32> into f32
//   CHECK-NOT: vector.reduction
//   CHECK-NOT: linalg.contract
func.func @decode_group_scores(%k: tensor<64x16xf32>, %q: tensor<4x16xf32>, %acc: tensor<64x4xf32>) -> tensor<64x4xf32> {
  %e = tensor.empty() : tensor<16x4xf32>
  %qt = linalg.transpose ins(%q : tensor<4x16xf32>) outs(%e : tensor<16x4xf32>) permutation = [1, 0]
  %r = linalg.contract indexing_maps = [affine_map<(u, d, t) -> (u, d)>, affine_map<(u, d, t) -> (d, t)>,
                                        affine_map<(u, d, t) -> (u, t)>]
      ins(%k, %qt : tensor<64x16xf32>, tensor<16x4xf32>) outs(%acc : tensor<64x4xf32>) -> tensor<64x4xf32>
  return %r : tensor<64x4xf32>
}

// -----

// Two columns whose reduction is strided in one input (q^T of two query
// rows, [d, t]): no dot products; the 2 columns are too few for a 32-column
// block, so the contraction is left alone.
// CHECK-LABEL: func @strided_scores
//       CHECK: linalg.contract
//   CHECK-NOT: vector.reduction
func.func @strided_scores(%k: tensor<64x16xf32>, %qt: tensor<16x2xf32>, %acc: tensor<64x2xf32>) -> tensor<64x2xf32> {
  %r = linalg.contract indexing_maps = [affine_map<(u, d, t) -> (u, d)>, affine_map<(u, d, t) -> (d, t)>,
                                        affine_map<(u, d, t) -> (u, t)>]
      ins(%k, %qt : tensor<64x16xf32>, tensor<16x2xf32>) outs(%acc : tensor<64x2xf32>) -> tensor<64x2xf32>
  return %r : tensor<64x2xf32>
}
