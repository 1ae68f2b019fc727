// RUN: infini-opt %s -infini-distribute-to-threads="threads=128 mma" -canonicalize -cse -split-input-file | FileCheck %s
// RUN: infini-opt %s -infini-distribute-to-threads="threads=128 mma mma-round-operands" -canonicalize -cse -split-input-file | FileCheck %s --check-prefix=ROUND
// RUN: infini-opt %s -infini-distribute-to-threads="threads=128" -split-input-file | FileCheck %s --check-prefix=OFF

// Scores of a 32-key x 32-query block, S^T = K Q^T over a head dimension of
// 64, in bf16 (the segment kernel's first product): 2 x 4 output tiles of
// 16 x 8 over 4 warps, each warp a 16 x 16 block (2 tiles), 4 steps of 16
// along k. K, read from outside the kernel, is first copied into a
// temporary of the kernel by a thread phase; Q^T, which the kernel computes
// into a temporary, is read where it is. K is read in (m, k) order as
// stored; Q^T, stored (k, n), through a transposing permutation map. Each A
// tile is read once per step for both of its output tiles; the
// accumulators go from their reads through the steps' contracts to their
// writes.
// CHECK-DAG: #[[T:.*]] = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-DAG: #[[MK:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[NK:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG: #[[MN:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @scores
// CHECK: %[[QT:.*]] = scf.forall (%{{.*}}, %{{.*}})
// CHECK: linalg.transpose
// CHECK: %[[FILL:.*]] = scf.forall {{.*}} in (4, 32)
// CHECK: linalg.fill
// CHECK: %[[KBUF:.*]] = bufferization.alloc_tensor() : tensor<32x64xbf16>
// CHECK: %[[K:.*]] = scf.forall (%{{.*}}, %{{.*}}) in (2, 64) shared_outs(%{{.*}} = %[[KBUF]])
// CHECK: linalg.copy ins(%{{.*}} : tensor<16x1xbf16>)
// CHECK-NOT: linalg.copy
// CHECK: scf.forall (%[[WM:.*]], %[[WN:.*]]) in (2, 2) shared_outs(%[[O:.*]] = %[[FILL]])
// CHECK: %[[TILE:.*]] = tensor.extract_slice %[[O]][%{{.*}}, %{{.*}}] [16, 16] [1, 1]
// CHECK: %[[C0:.*]] = vector.transfer_read %[[TILE]][%c0, %c0], %{{.*}} {in_bounds = [true, true]} : tensor<16x16xf32>, vector<16x8xf32>
// CHECK: %[[C1:.*]] = vector.transfer_read %[[TILE]][%c0, %c8], %{{.*}} : tensor<16x16xf32>, vector<16x8xf32>
// CHECK: %[[A:.*]] = vector.transfer_read %[[K]][%{{.*}}, %c0], %{{.*}} {in_bounds = [true, true]} : tensor<32x64xbf16>, vector<16x16xbf16>
// CHECK: %[[AE:.*]] = arith.extf %[[A]] : vector<16x16xbf16> to vector<16x16xf32>
// CHECK: %[[B:.*]] = vector.transfer_read %[[QT]][%c0, %{{.*}}], %{{.*}} {in_bounds = [true, true], permutation_map = #[[T]]} : tensor<64x32xbf16>, vector<8x16xbf16>
// CHECK: %[[BE:.*]] = arith.extf %[[B]]
// CHECK: vector.transfer_read %[[QT]]
// CHECK: %[[S0:.*]] = vector.contract {indexing_maps = [#[[MK]], #[[NK]], #[[MN]]], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %[[AE]], %[[BE]], %[[C0]] : vector<16x16xf32>, vector<8x16xf32> into vector<16x8xf32>
// CHECK: vector.contract {{.*}} %[[AE]], %{{.*}}, %[[C1]]
// CHECK-COUNT-6: vector.contract
// CHECK-NOT: vector.contract
// CHECK: %[[W:.*]] = vector.transfer_write %{{.*}}, %[[TILE]][%c0, %c0]
// CHECK: %[[W1:.*]] = vector.transfer_write %{{.*}}, %[[W]][%c0, %c8]
// CHECK: tensor.parallel_insert_slice %[[W1]] into %[[O]]
// CHECK: {mapping = [#gpu.warp<linear_dim_1>, #gpu.warp<linear_dim_0>]}
// Without mma: a thread phase.
// OFF-LABEL: func.func @scores
// OFF: linalg.contract
// OFF: {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// OFF-NOT: gpu.warp
func.func @scores(%k: tensor<32x64xbf16>, %q: tensor<32x64xbf16>) -> tensor<2x32x32xf32> {
  %zero = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<2x32x32xf32>
  %r = scf.forall (%b) in (2) shared_outs(%o = %init) -> (tensor<2x32x32xf32>) {
    %te = tensor.empty() : tensor<64x32xbf16>
    %qt = linalg.transpose ins(%q : tensor<32x64xbf16>) outs(%te : tensor<64x32xbf16>) permutation = [1, 0]
    %e = tensor.empty() : tensor<32x32xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<32x32xf32>) -> tensor<32x32xf32>
    %s = linalg.contract indexing_maps = [affine_map<(u, d, t) -> (u, d)>, affine_map<(u, d, t) -> (d, t)>, affine_map<(u, d, t) -> (u, t)>]
        ins(%k, %qt : tensor<32x64xbf16>, tensor<64x32xbf16>) outs(%f : tensor<32x32xf32>) -> tensor<32x32xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%b, 0, 0] [1, 32, 32] [1, 1, 1] : tensor<32x32xf32> into tensor<2x32x32xf32>
    }
  } {mapping = [#gpu.block<x>]}
  return %r : tensor<2x32x32xf32>
}

// -----

// P V with P in f32 and V in f16, acc[t, e] += P^T[u, t] V[u, e]. Without
// rounding, P^T is split by a thread phase of its own into two f16 parts
// (the f16 rounding and the f16 rounding of what it leaves; an infinite
// part leaves 0), V copied into a temporary, and the warp phase takes a
// contract per part and tile, the same B tile for both parts. With
// rounding, P^T is rounded to f16 by a thread phase of its own into a
// temporary, V copied into one, and the product is a warp phase reading
// P^T in (m, k) order through a transposing map. 32 x 64 outputs: 2 x 8
// tiles, 4 warps of 4 (32 x 16 blocks, which read as many operand rows as
// 16 x 32 ones).
// CHECK-LABEL: func.func @probs_values
// CHECK: %[[HI:.*]] = bufferization.alloc_tensor() : tensor<32x32xf16>
// CHECK: %[[LO:.*]] = bufferization.alloc_tensor() : tensor<32x32xf16>
// CHECK: %[[PARTS:.*]]:2 = scf.forall {{.*}} shared_outs(%{{.*}} = %[[HI]], %{{.*}} = %[[LO]])
// CHECK: ^bb0(%[[X:.*]]: f32, %{{.*}}: f16, %{{.*}}: f16):
// CHECK: %[[H:.*]] = arith.truncf %[[X]] : f32 to f16
// CHECK: %[[HX:.*]] = arith.extf %[[H]] : f16 to f32
// CHECK: %[[REST:.*]] = arith.subf %[[X]], %[[HX]] : f32
// CHECK: %[[ABS:.*]] = math.absf %[[HX]] : f32
// CHECK: %[[INF:.*]] = arith.cmpf oeq, %[[ABS]], %{{.*}} : f32
// CHECK: %[[LEFT:.*]] = arith.select %[[INF]], %{{.*}}, %[[REST]] : f32
// CHECK: %[[L:.*]] = arith.truncf %[[LEFT]] : f32 to f16
// CHECK: linalg.yield %[[H]], %[[L]] : f16, f16
// CHECK: {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// CHECK: %[[V:.*]] = scf.forall
// CHECK: linalg.copy
// CHECK: scf.forall (%{{.*}}, %{{.*}}) in (1, 4) shared_outs
// CHECK: %[[A0:.*]] = vector.transfer_read %[[PARTS]]#0[%c0, %c0]
// CHECK: %[[A0X:.*]] = arith.extf %[[A0]]
// CHECK: %[[A1:.*]] = vector.transfer_read %[[PARTS]]#1[%c0, %c0]
// CHECK: %[[A1X:.*]] = arith.extf %[[A1]]
// CHECK: %[[B0:.*]] = vector.transfer_read %[[V]][%c0, %{{.*}}]
// CHECK: %[[B0X:.*]] = arith.extf %[[B0]]
// CHECK: %[[C0:.*]] = vector.contract {{.*}} %[[A0X]], %[[B0X]], %{{.*}}
// CHECK: vector.contract {{.*}} %[[A1X]], %[[B0X]], %[[C0]]
// CHECK-COUNT-14: vector.contract
// CHECK-NOT: vector.contract
// CHECK: {mapping = [#gpu.warp<linear_dim_1>, #gpu.warp<linear_dim_0>]}
// ROUND-LABEL: func.func @probs_values
// ROUND: %[[BUF:.*]] = bufferization.alloc_tensor() : tensor<32x32xf16>
// ROUND: %[[P16:.*]] = scf.forall {{.*}} shared_outs(%{{.*}} = %[[BUF]])
// ROUND: arith.truncf %{{.*}} : f32 to f16
// ROUND: {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// ROUND: %[[V:.*]] = scf.forall
// ROUND: linalg.copy
// ROUND: scf.forall (%{{.*}}, %{{.*}}) in (1, 4) shared_outs
// ROUND: tensor.extract_slice %{{.*}} [32, 16] [1, 1]
// ROUND: vector.transfer_read %[[P16]][%c0, %{{.*}}], %{{.*}} {in_bounds = [true, true], permutation_map = #{{.*}}} : tensor<32x32xf16>, vector<16x16xf16>
// ROUND: vector.transfer_read %[[V]][%c0, %{{.*}}], %{{.*}} {in_bounds = [true, true], permutation_map = #{{.*}}} : tensor<32x64xf16>, vector<8x16xf16>
// ROUND-COUNT-8: vector.contract
// ROUND-NOT: vector.contract
// ROUND: {mapping = [#gpu.warp<linear_dim_1>, #gpu.warp<linear_dim_0>]}
func.func @probs_values(%p: tensor<32x32xf32>, %v: tensor<32x64xf16>, %acc: tensor<32x64xf32>) -> tensor<2x32x64xf32> {
  %init = tensor.empty() : tensor<2x32x64xf32>
  %r = scf.forall (%b) in (2) shared_outs(%o = %init) -> (tensor<2x32x64xf32>) {
    %s = linalg.contract indexing_maps = [affine_map<(t, u, e) -> (u, t)>, affine_map<(t, u, e) -> (u, e)>, affine_map<(t, u, e) -> (t, e)>]
        ins(%p, %v : tensor<32x32xf32>, tensor<32x64xf16>) outs(%acc : tensor<32x64xf32>) -> tensor<32x64xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%b, 0, 0] [1, 32, 64] [1, 1, 1] : tensor<32x64xf32> into tensor<2x32x64xf32>
    }
  } {mapping = [#gpu.block<x>]}
  return %r : tensor<2x32x64xf32>
}

// -----

// Not tensor-core products, thread phases: sizes that are not whole MMA
// tiles (24 rows), a body that is not a multiply-add.
// CHECK-LABEL: func.func @others
// CHECK-NOT: gpu.warp
// CHECK-COUNT-2: #gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// CHECK-NOT: gpu.warp
func.func @others(%a: tensor<24x16xbf16>, %b: tensor<16x32xbf16>, %c: tensor<24x32xf32>,
                  %x: tensor<32x16xf32>, %y: tensor<16x32xf32>, %z: tensor<32x32xf32>) -> (tensor<24x32xf32>, tensor<32x32xf32>) {
  %r:2 = scf.forall (%i) in (1) shared_outs(%o0 = %c, %o2 = %z) -> (tensor<24x32xf32>, tensor<32x32xf32>) {
    %p = linalg.matmul ins(%a, %b : tensor<24x16xbf16>, tensor<16x32xbf16>) outs(%o0 : tensor<24x32xf32>) -> tensor<24x32xf32>
    %m = linalg.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>],
                         iterator_types = ["parallel", "parallel", "reduction"]}
        ins(%x, %y : tensor<32x16xf32>, tensor<16x32xf32>) outs(%o2 : tensor<32x32xf32>) {
    ^bb0(%u: f32, %w: f32, %acc: f32):
      %s = arith.addf %u, %w : f32
      %mx = arith.maximumf %acc, %s : f32
      linalg.yield %mx : f32
    } -> tensor<32x32xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %p into %o0[0, 0] [24, 32] [1, 1] : tensor<24x32xf32> into tensor<24x32xf32>
      tensor.parallel_insert_slice %m into %o2[0, 0] [32, 32] [1, 1] : tensor<32x32xf32> into tensor<32x32xf32>
    }
  } {mapping = [#gpu.block<x>]}
  return %r#0, %r#1 : tensor<24x32xf32>, tensor<32x32xf32>
}

// -----

// A product of two f32 operands: without rounding both are split into
// three bf16 parts, each in a thread phase of its own, and the warp
// program keeps the 6 products of parts x_p y_q with p + q < 3 per tile
// and step (32 x 32 outputs: 8 tiles, 4 warps of 2; one step of 16: 12
// contracts). With rounding (the attention kernels), an f32 product stays
// a thread phase of FMAs.
// CHECK-LABEL: func.func @f32_product
// CHECK: %[[X:.*]]:3 = scf.forall
// CHECK: linalg.yield %{{.*}}, %{{.*}}, %{{.*}} : bf16, bf16, bf16
// CHECK: %[[Y:.*]]:3 = scf.forall
// CHECK: linalg.yield %{{.*}}, %{{.*}}, %{{.*}} : bf16, bf16, bf16
// CHECK: scf.forall
// CHECK-DAG: %[[X0:.*]] = vector.transfer_read %[[X]]#0
// CHECK-DAG: %[[X1:.*]] = vector.transfer_read %[[X]]#1
// CHECK-DAG: %[[X2:.*]] = vector.transfer_read %[[X]]#2
// CHECK-DAG: %[[Y0:.*]] = vector.transfer_read %[[Y]]#0
// CHECK-DAG: %[[Y1:.*]] = vector.transfer_read %[[Y]]#1
// CHECK-DAG: %[[Y2:.*]] = vector.transfer_read %[[Y]]#2
// CHECK-COUNT-12: vector.contract
// CHECK-NOT: vector.contract
// CHECK: {mapping = [#gpu.warp<linear_dim_1>, #gpu.warp<linear_dim_0>]}
// ROUND-LABEL: func.func @f32_product
// ROUND-NOT: gpu.warp
// ROUND: linalg.matmul
// ROUND-NOT: gpu.warp
// ROUND: return
func.func @f32_product(%x: tensor<32x16xf32>, %y: tensor<16x32xf32>, %z: tensor<32x32xf32>) -> tensor<32x32xf32> {
  %r = scf.forall (%i) in (1) shared_outs(%o = %z) -> (tensor<32x32xf32>) {
    %q = linalg.matmul ins(%x, %y : tensor<32x16xf32>, tensor<16x32xf32>) outs(%o : tensor<32x32xf32>) -> tensor<32x32xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %q into %o[0, 0] [32, 32] [1, 1] : tensor<32x32xf32> into tensor<32x32xf32>
    }
  } {mapping = [#gpu.block<x>]}
  return %r : tensor<32x32xf32>
}

// -----

// A tile of the linear update, M[d, e] += sum_t sigma(K)[t, d] V[t, e], as
// tile-to-blocks leaves it: unit batch and head loops, sigma(K) in f32 and
// V in bf16. The unit loops are dropped (rank-reduced slices of the
// operands, the result inserted back), sigma(K) is split into three bf16
// parts (8 + 8 + 8 bits) and each of a warp's tiles takes three contracts
// per step of 16 tokens: 32 x 16 outputs, 4 warps of one 16 x 8 tile, 4
// steps, 12 contracts.
// CHECK-LABEL: func.func @update_tile
// CHECK: %[[SK:.*]] = tensor.extract_slice %{{.*}}[0, 0, 0, 0] [1, 1, 64, 32] [1, 1, 1, 1] : tensor<1x1x64x32xf32> to tensor<64x32xf32>
// CHECK: %[[PARTS:.*]]:3 = scf.forall
// CHECK: linalg.yield %{{.*}}, %{{.*}}, %{{.*}} : bf16, bf16, bf16
// CHECK: scf.forall (%{{.*}}, %{{.*}}) in (2, 2) shared_outs
// CHECK-COUNT-12: vector.contract
// CHECK-NOT: vector.contract
// CHECK: {mapping = [#gpu.warp<linear_dim_1>, #gpu.warp<linear_dim_0>]}
// CHECK: tensor.insert_slice %{{.*}} into %{{.*}}[0, 0, 0, 0] [1, 1, 32, 16] [1, 1, 1, 1] : tensor<32x16xf32> into tensor<1x1x32x16xf32>
// With rounding, sigma(K) is rounded to bf16 instead: one contract per
// tile and step.
// ROUND-LABEL: func.func @update_tile
// ROUND: arith.truncf %{{.*}} : f32 to bf16
// ROUND-COUNT-4: vector.contract
// ROUND-NOT: vector.contract
// ROUND: {mapping = [#gpu.warp<linear_dim_1>, #gpu.warp<linear_dim_0>]}
func.func @update_tile(%sk: tensor<2x1x64x32xf32>, %v: tensor<2x1x64x16xbf16>, %m: tensor<2x1x32x16xf32>) -> tensor<2x1x32x16xf32> {
  %r = scf.forall (%b) in (2) shared_outs(%o = %m) -> (tensor<2x1x32x16xf32>) {
    %ks = tensor.extract_slice %sk[%b, 0, 0, 0] [1, 1, 64, 32] [1, 1, 1, 1] : tensor<2x1x64x32xf32> to tensor<1x1x64x32xf32>
    %vs = tensor.extract_slice %v[%b, 0, 0, 0] [1, 1, 64, 16] [1, 1, 1, 1] : tensor<2x1x64x16xbf16> to tensor<1x1x64x16xbf16>
    %ms = tensor.extract_slice %o[%b, 0, 0, 0] [1, 1, 32, 16] [1, 1, 1, 1] : tensor<2x1x32x16xf32> to tensor<1x1x32x16xf32>
    %u = linalg.generic {indexing_maps = [affine_map<(b, g, t, d, e) -> (b, g, t, d)>,
                                          affine_map<(b, g, t, d, e) -> (b, g, t, e)>,
                                          affine_map<(b, g, t, d, e) -> (b, g, d, e)>],
                         iterator_types = ["parallel", "parallel", "reduction", "parallel", "parallel"]}
        ins(%ks, %vs : tensor<1x1x64x32xf32>, tensor<1x1x64x16xbf16>) outs(%ms : tensor<1x1x32x16xf32>) {
    ^bb0(%x: f32, %y: bf16, %acc: f32):
      %ye = arith.extf %y : bf16 to f32
      %p = arith.mulf %x, %ye : f32
      %s = arith.addf %acc, %p : f32
      linalg.yield %s : f32
    } -> tensor<1x1x32x16xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %u into %o[%b, 0, 0, 0] [1, 1, 32, 16] [1, 1, 1, 1] : tensor<1x1x32x16xf32> into tensor<2x1x32x16xf32>
    }
  } {mapping = [#gpu.block<x>]}
  return %r : tensor<2x1x32x16xf32>
}

// -----

// A split operand whose parts would take more than 32 KiB of scratch
// (32 x 512 sigma(K) values in three bf16 parts: 96 KiB) stays a thread
// phase of FMAs; rounded (one part, as in the attention kernels) it is a
// warp phase.
// CHECK-LABEL: func.func @large_split
// CHECK-NOT: gpu.warp
// CHECK: return
// ROUND-LABEL: func.func @large_split
// ROUND: {mapping = [#gpu.warp<linear_dim_1>, #gpu.warp<linear_dim_0>]}
func.func @large_split(%sk: tensor<512x32xf32>, %v: tensor<512x16xbf16>, %m: tensor<32x16xf32>) -> tensor<32x16xf32> {
  %r = scf.forall (%i) in (1) shared_outs(%o = %m) -> (tensor<32x16xf32>) {
    %u = linalg.generic {indexing_maps = [affine_map<(t, d, e) -> (t, d)>,
                                          affine_map<(t, d, e) -> (t, e)>,
                                          affine_map<(t, d, e) -> (d, e)>],
                         iterator_types = ["reduction", "parallel", "parallel"]}
        ins(%sk, %v : tensor<512x32xf32>, tensor<512x16xbf16>) outs(%o : tensor<32x16xf32>) {
    ^bb0(%x: f32, %y: bf16, %acc: f32):
      %ye = arith.extf %y : bf16 to f32
      %p = arith.mulf %x, %ye : f32
      %s = arith.addf %acc, %p : f32
      linalg.yield %s : f32
    } -> tensor<32x16xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %u into %o[0, 0] [32, 16] [1, 1] : tensor<32x16xf32> into tensor<32x16xf32>
    }
  } {mapping = [#gpu.block<x>]}
  return %r : tensor<32x16xf32>
}
