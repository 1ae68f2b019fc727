// RUN: infini-opt %s -convert-infini-to-gpu -split-input-file | FileCheck %s
// RUN: infini-opt %s -convert-infini-to-gpu="query-tile=16 key-tile=8 block-size=64" -split-input-file | FileCheck %s --check-prefix=TILES

// A segment (retrieve + local attention joined by gated_combine) is the CPU's
// fused kernel with a GPU schedule: a block per (batch, head, query tile),
// each linalg op a phase over the block's threads (linear mapping, at most
// block-size threads), the temporaries static (bounded by the tiles).
// CHECK-LABEL: func.func @segment
// CHECK: scf.forall (%{{.*}}, %{{.*}}, %{{.*}}) in (2, 4, 2) shared_outs(%{{.*}} = %{{.*}}) -> (tensor<2x4x48x8xf16>)
// The fresh state: acc, max and sum, each in a buffer of the tile's bound.
// CHECK: bufferization.alloc_tensor() : tensor<1x1x32x8xf32>
// CHECK: scf.forall (%{{.*}}, %{{.*}}) in (16, 8)
// CHECK: linalg.fill
// CHECK: {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// CHECK: bufferization.alloc_tensor() : tensor<1x1x32xf32>
// CHECK: scf.forall (%{{.*}}) in (32)
// Q^T of the query tile, once per block (hoisted out of the key loop).
// CHECK: scf.forall (%{{.*}}, %{{.*}}) in (4, 32)
// CHECK: linalg.transpose
// The online softmax over the key tiles: S^T = K Q^T into a 32 x 32 buffer,
// then the step's reductions and P V.
// CHECK: scf.for
// CHECK: bufferization.alloc_tensor() : tensor<32x32xf32>
// CHECK: scf.forall (%{{.*}}, %{{.*}}) in (4, 32)
// CHECK: linalg.contract
// CHECK: scf.forall (%{{.*}}) in (32)
// CHECK: arith.maximumf
// CHECK: math.exp
// CHECK: scf.yield
// The key tiles on the diagonal: the same step, masked.
// CHECK: scf.for
// CHECK: arith.cmpi sgt
// CHECK: scf.yield
// Epilogue: sigma(Q) M and sigma(Q) z, then the gate, written once.
// CHECK: linalg.contract
// CHECK: linalg.contract
// CHECK: math.exp
// CHECK: arith.truncf %{{.*}} : f32 to f16
// CHECK: tensor.parallel_insert_slice %{{.*}} into %{{.*}}[%{{.*}}, %{{.*}}, %{{.*}}, 0] [1, 1, %{{.*}}, 8] [1, 1, 1, 1] : tensor<?x8xf16> into tensor<2x4x48x8xf16>
// CHECK: {mapping = [#gpu.block<z>, #gpu.block<y>, #gpu.block<x>]}
// No temporary of a dynamic size is left for bufferization.
// CHECK-NOT: tensor.empty(
// CHECK: return

// Smaller tiles, fewer threads: 16 query rows, 8 keys per step, 64 threads.
// TILES-LABEL: func.func @segment
// TILES: scf.forall (%{{.*}}, %{{.*}}, %{{.*}}) in (2, 4, 3)
// TILES: scf.forall (%{{.*}}, %{{.*}}) in (8, 8)
// TILES: bufferization.alloc_tensor() : tensor<8x16xf32>
// TILES: scf.forall (%{{.*}}, %{{.*}}) in (4, 16)
// TILES-NOT: scf.forall (%{{.*}}) in (128)
func.func @segment(%q: tensor<2x4x48x16xf16>, %k: tensor<2x2x48x16xf16>, %v: tensor<2x2x48x8xf16>,
                   %m: tensor<2x2x16x8xf32>, %z: tensor<2x2x16xf32>, %g: tensor<4xf32>) -> tensor<2x4x48x8xf16> {
  %r = infini.memory_retrieve %q, %m, %z : tensor<2x4x48x16xf16>, tensor<2x2x16x8xf32>, tensor<2x2x16xf32> -> tensor<2x4x48x8xf16>
  %l = infini.local_attention %q, %k, %v : tensor<2x4x48x16xf16>, tensor<2x2x48x16xf16>, tensor<2x2x48x8xf16> -> tensor<2x4x48x8xf16>
  %o = infini.gated_combine %r, %l, %g : tensor<2x4x48x8xf16>, tensor<2x4x48x8xf16>, tensor<4xf32> -> tensor<2x4x48x8xf16>
  return %o : tensor<2x4x48x8xf16>
}

// -----

// Local attention alone: the same kernel without the memory epilogue; the
// key loops run to the diagonal only (causal): the unmasked one to the
// first tile the query tile's first row cannot see whole, the masked one on
// to min(q0 + 32, N). Batch and tokens may be dynamic.
// CHECK-LABEL: func.func @local
// CHECK: %[[B:.*]] = tensor.dim %{{.*}}, %c0
// CHECK: scf.forall (%{{.*}}, %{{.*}}, %[[QT:.*]]) in (%[[B]], 4, %{{.*}})
// CHECK: %[[END:.*]] = affine.max #{{.*}}()[%{{.*}}]
// CHECK: %[[SPLIT:.*]] = affine.max #{{.*}}()[%{{.*}}]
// CHECK: scf.for %{{.*}} = %c0 to %[[SPLIT]] step %c32
// CHECK: math.exp
// CHECK: scf.for %{{.*}} = %[[SPLIT]] to %[[END]] step %c32
// CHECK: arith.cmpi sgt
// Normalised by the row sums, no memory read-out.
// CHECK: arith.divf
// CHECK-NOT: linalg.contract
// CHECK: {mapping = [#gpu.block<z>, #gpu.block<y>, #gpu.block<x>]}
func.func @local(%q: tensor<?x4x?x16xf32>, %k: tensor<?x4x?x16xf32>, %v: tensor<?x4x?x16xf32>) -> tensor<?x4x?x16xf32> {
  %l = infini.local_attention %q, %k, %v : tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32> -> tensor<?x4x?x16xf32>
  return %l : tensor<?x4x?x16xf32>
}

// -----

// A retrieval alone and a gated_combine alone: their linalg decompositions,
// tiled into blocks of 32 x 32 outputs (here one 8 x 4 tile each; linear
// block mapping over all parallel loops). The retrieval's kernel computes the sigma(Q) tile and
// both products itself (producers fused into the consumer's tile).
// CHECK-LABEL: func.func @retrieve_then_combine
// CHECK: scf.forall ({{.*}}) = (0, 0, 0, 0, 0) to (1, 2, 1, 8, 4) step (1, 1, 1, 8, 4)
// CHECK: math.exp
// CHECK: linalg.contract
// CHECK: linalg.contract
// CHECK: arith.divf
// CHECK: {mapping = [#gpu.block<linear_dim_4>, #gpu.block<linear_dim_3>, #gpu.block<linear_dim_2>, #gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
// CHECK: scf.forall ({{.*}}) = (0, 0, 0, 0) to (1, 2, 8, 4) step (1, 1, 8, 4)
// CHECK: math.exp
// CHECK: {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// CHECK: {mapping = [#gpu.block<linear_dim_3>, #gpu.block<linear_dim_2>, #gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
func.func @retrieve_then_combine(%q: tensor<1x2x8x16xf32>, %m: tensor<1x2x16x4xf32>, %z: tensor<1x2x16xf32>,
                                 %l: tensor<1x2x8x4xf32>, %g: tensor<2x4xf32>) -> tensor<1x2x8x4xf32> {
  %r = infini.memory_retrieve %q, %m, %z : tensor<1x2x8x16xf32>, tensor<1x2x16x4xf32>, tensor<1x2x16xf32> -> tensor<1x2x8x4xf32>
  %o = infini.gated_combine %r, %l, %g : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<2x4xf32> -> tensor<1x2x8x4xf32>
  return %o : tensor<1x2x8x4xf32>
}
