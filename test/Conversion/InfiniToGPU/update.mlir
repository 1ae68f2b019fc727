// RUN: infini-opt %s -convert-infini-to-gpu -split-input-file | FileCheck %s

// The update: its linalg decomposition tiled into blocks. The new memory
// has a block per (batch, kv head, 32 x 32 tile of M: 16 x 32 here, a
// loop shorter than its tile being one tile of its static size), which
// computes the
// tiles it needs of sigma(K), of what the memory already holds for the
// segment's keys (delta rule: sigma(K) M / sigma(K) z) and of V minus it
// (40 tokens x 32 columns: small enough to fuse), then accumulates
// sigma(K)^T (V - V_old) into its tile of M. The norm's sums are a kernel
// of their own.
// CHECK-LABEL: func.func @delta
// CHECK: scf.forall ({{.*}}) = (0, 0, 0, 0) to (1, 2, 16, 48) step (1, 1, 16, 32) shared_outs(%{{.*}} = %{{.*}}) -> (tensor<1x2x16x48xf32>)
// CHECK: math.exp
// CHECK: linalg.contract
// CHECK: linalg.contract
// CHECK: arith.divf
// CHECK: arith.subf
// CHECK: linalg.contract
// CHECK: {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// CHECK: {mapping = [#gpu.block<linear_dim_3>, #gpu.block<linear_dim_2>, #gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
// CHECK: scf.forall ({{.*}}) = (0, 0, 0) to (1, 2, 16) step (1, 2, 16) shared_outs(%{{.*}} = %{{.*}}) -> (tensor<1x2x16xf32>)
// CHECK: iterator_types = ["parallel", "parallel", "reduction", "parallel"]
// CHECK: {mapping = [#gpu.block<linear_dim_2>, #gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
func.func @delta(%k: tensor<1x2x40x16xbf16>, %v: tensor<1x2x40x48xbf16>, %m: tensor<1x2x16x48xf32>, %z: tensor<1x2x16xf32>) -> (tensor<1x2x16x48xf32>, tensor<1x2x16xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z rule = delta : tensor<1x2x40x16xbf16>, tensor<1x2x40x48xbf16>, tensor<1x2x16x48xf32>, tensor<1x2x16xf32> -> tensor<1x2x16x48xf32>, tensor<1x2x16xf32>
  return %m1, %z1 : tensor<1x2x16x48xf32>, tensor<1x2x16xf32>
}

// -----

// The linear rule reads no memory: sigma(K)^T V straight into M's tile.
// CHECK-LABEL: func.func @linear
// CHECK: scf.forall ({{.*}}) = (0, 0, 0, 0) to (1, 2, 16, 16) step (1, 1, 16, 16)
// CHECK-NOT: arith.divf
// CHECK: linalg.contract
// CHECK: {mapping = [#gpu.block<linear_dim_3>, #gpu.block<linear_dim_2>, #gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
func.func @linear(%k: tensor<1x2x40x16xf32>, %v: tensor<1x2x40x16xf32>, %m: tensor<1x2x16x16xf32>, %z: tensor<1x2x16xf32>) -> (tensor<1x2x16x16xf32>, tensor<1x2x16xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z : tensor<1x2x40x16xf32>, tensor<1x2x40x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32> -> tensor<1x2x16x16xf32>, tensor<1x2x16xf32>
  return %m1, %z1 : tensor<1x2x16x16xf32>, tensor<1x2x16xf32>
}

// -----

// The whole layer: the full segment (32 tokens) inline, then the tail (8
// tokens): each a fused segment kernel and the update's kernels.
// CHECK-LABEL: func.func @layer
// CHECK: scf.forall (%{{.*}}, %{{.*}}, %{{.*}}) in (1, 2, 1) shared_outs(%{{.*}} = %{{.*}}) -> (tensor<1x2x32x16xf32>)
// CHECK: {mapping = [#gpu.block<z>, #gpu.block<y>, #gpu.block<x>]}
// CHECK: scf.forall ({{.*}}) = (0, 0, 0, 0) to (1, 1, 16, 16) step (1, 1, 16, 16)
// CHECK: scf.forall (%{{.*}}, %{{.*}}, %{{.*}}) in (1, 2, 1) shared_outs(%{{.*}} = %{{.*}}) -> (tensor<1x2x8x16xf32>)
// CHECK: {mapping = [#gpu.block<z>, #gpu.block<y>, #gpu.block<x>]}
// CHECK: scf.forall ({{.*}}) = (0, 0, 0, 0) to (1, 1, 16, 16) step (1, 1, 16, 16)
// CHECK: return
func.func @layer(%q: tensor<1x2x40x16xf32>, %k: tensor<1x1x40x16xf32>, %v: tensor<1x1x40x16xf32>,
                 %m: tensor<1x1x16x16xf32>, %z: tensor<1x1x16xf32>, %g: tensor<2xf32>)
    -> (tensor<1x2x40x16xf32>, tensor<1x1x16x16xf32>, tensor<1x1x16xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 32
      : tensor<1x2x40x16xf32>, tensor<1x1x40x16xf32>, tensor<1x1x40x16xf32>,
        tensor<1x1x16x16xf32>, tensor<1x1x16xf32>, tensor<2xf32>
      -> tensor<1x2x40x16xf32>, tensor<1x1x16x16xf32>, tensor<1x1x16xf32>
  return %o, %m1, %z1 : tensor<1x2x40x16xf32>, tensor<1x1x16x16xf32>, tensor<1x1x16xf32>
}
