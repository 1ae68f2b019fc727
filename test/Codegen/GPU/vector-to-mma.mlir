// RUN: infini-opt %s -infini-gpu-vector-to-mma -canonicalize -cse -split-input-file -verify-diagnostics | FileCheck %s

#mk = affine_map<(m, n, k) -> (m, k)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>
#t = affine_map<(d0, d1) -> (d1, d0)>
#last2 = affine_map<(d0, d1, d2, d3) -> (d2, d3)>

// S^T = K Q^T as a warp computes it (bf16, two steps along k): K from global
// memory, each lane loading its 8 elements of the A fragment (rows g and
// g + 8, columns 2t, 2t + 1, 2t + 8, 2t + 9); Q^T from shared memory, stored
// (k, n), with ldmatrix .trans (2 blocks: lane l addresses row l % 16, the
// block's first column); the accumulator loaded once (4 values per lane),
// carried through both mma.sync, stored once. bf16 pairs go as i32.
// CHECK-LABEL: gpu.func @scores
// CHECK-DAG: %[[LANE:.*]] = gpu.lane_id
// CHECK-DAG: %[[G:.*]] = arith.divui %[[LANE]], %c4
// CHECK-DAG: %[[T:.*]] = arith.remui %[[LANE]], %c4
// CHECK-COUNT-4: memref.load %arg2[{{.*}}] : memref<32x32xf32, #gpu.address_space<workgroup>>
// CHECK: %[[A0:.*]] = memref.load %arg0[%c0, %c1, %{{.*}}, %{{.*}}] : memref<1x2x32x64xbf16>
// CHECK: %[[A1:.*]] = memref.load %arg0
// CHECK: vector.from_elements %[[A0]], %[[A1]] : vector<2xbf16>
// CHECK-COUNT-6: memref.load %arg0
// CHECK: %[[B:.*]] = nvgpu.ldmatrix %arg1[%{{.*}}, %{{.*}}] {numTiles = 2 : i32, transpose = true} : memref<64x32xbf16, #gpu.address_space<workgroup>> -> vector<2x2xbf16>
// CHECK: vector.bitcast %{{.*}} : vector<2xbf16> to vector<1xi32>
// CHECK: %[[D0:.*]] = nvvm.mma.sync A[%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}] B[%{{.*}}, %{{.*}}] C[%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}] {layoutA = #nvvm.mma_layout<row>, layoutB = #nvvm.mma_layout<col>, multiplicandAPtxType = #nvvm.mma_type<bf16>, multiplicandBPtxType = #nvvm.mma_type<bf16>, shape = #nvvm.shape<m = 16, n = 8, k = 16>} : (i32, i32, f32) -> !llvm.struct<(f32, f32, f32, f32)>
// CHECK: %[[E0:.*]] = llvm.extractvalue %[[D0]][0]
// CHECK: %[[D1:.*]] = nvvm.mma.sync A[{{.*}}] B[{{.*}}] C[%[[E0]], %{{.*}}, %{{.*}}, %{{.*}}]
// CHECK: %[[F0:.*]] = llvm.extractvalue %[[D1]][0]
// CHECK: memref.store %[[F0]], %arg2[%{{.*}}, %{{.*}}] : memref<32x32xf32, #gpu.address_space<workgroup>>
// CHECK-COUNT-3: memref.store
// CHECK-NOT: vector.transfer
// CHECK-NOT: vector.contract
// CHECK: gpu.return
gpu.module @kernels {
  gpu.func @scores(%k: memref<1x2x32x64xbf16>, %qt: memref<64x32xbf16, #gpu.address_space<workgroup>>,
                   %s: memref<32x32xf32, #gpu.address_space<workgroup>>) kernel {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %pad = arith.constant 0.0 : bf16
    %zero = arith.constant 0.0 : f32
    %c = vector.transfer_read %s[%c16, %c8], %zero {in_bounds = [true, true]} : memref<32x32xf32, #gpu.address_space<workgroup>>, vector<16x8xf32>
    %a0 = vector.transfer_read %k[%c0, %c1, %c16, %c0], %pad {in_bounds = [true, true], permutation_map = #last2} : memref<1x2x32x64xbf16>, vector<16x16xbf16>
    %b0 = vector.transfer_read %qt[%c0, %c8], %pad {in_bounds = [true, true], permutation_map = #t} : memref<64x32xbf16, #gpu.address_space<workgroup>>, vector<8x16xbf16>
    %a0e = arith.extf %a0 : vector<16x16xbf16> to vector<16x16xf32>
    %b0e = arith.extf %b0 : vector<8x16xbf16> to vector<8x16xf32>
    %c1v = vector.contract {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a0e, %b0e, %c : vector<16x16xf32>, vector<8x16xf32> into vector<16x8xf32>
    %a1 = vector.transfer_read %k[%c0, %c1, %c16, %c16], %pad {in_bounds = [true, true], permutation_map = #last2} : memref<1x2x32x64xbf16>, vector<16x16xbf16>
    %b1 = vector.transfer_read %qt[%c16, %c8], %pad {in_bounds = [true, true], permutation_map = #t} : memref<64x32xbf16, #gpu.address_space<workgroup>>, vector<8x16xbf16>
    %a1e = arith.extf %a1 : vector<16x16xbf16> to vector<16x16xf32>
    %b1e = arith.extf %b1 : vector<8x16xbf16> to vector<8x16xf32>
    %c2v = vector.contract {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a1e, %b1e, %c1v : vector<16x16xf32>, vector<8x16xf32> into vector<16x8xf32>
    vector.transfer_write %c2v, %s[%c16, %c8] {in_bounds = [true, true]} : vector<16x8xf32>, memref<32x32xf32, #gpu.address_space<workgroup>>
    gpu.return
  }
}

// -----

#mk = affine_map<(m, n, k) -> (m, k)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>
#t = affine_map<(d0, d1) -> (d1, d0)>

// P V in f16: P^T in shared memory, stored (k, m), with ldmatrix .trans of 4
// blocks (block i = l / 8 at rows k from 8 (i / 2) + l % 8, columns m from
// 8 (i % 2)); a B tile stored (n, k) with plain ldmatrix (rows n = l % 8,
// columns k from 8 ((l / 8) % 2)). f16 pairs go to mma.sync as they are. A
// row offset that is not a multiple of 8 elements (12) cannot be an aligned
// ldmatrix row: that A tile is loaded element by element. (Operands are
// loaded where they are read, so the accumulator's loads come first.)
// CHECK-LABEL: gpu.func @probs_values
// CHECK: nvgpu.ldmatrix %arg0[{{.*}}] {numTiles = 4 : i32, transpose = true} : memref<32x32xf16, #gpu.address_space<workgroup>> -> vector<4x2xf16>
// CHECK: nvgpu.ldmatrix %arg1[{{.*}}] {numTiles = 2 : i32, transpose = false} : memref<64x32xf16, #gpu.address_space<workgroup>> -> vector<2x2xf16>
// CHECK: nvvm.mma.sync {{.*}} {layoutA = #nvvm.mma_layout<row>, layoutB = #nvvm.mma_layout<col>, shape = #nvvm.shape<m = 16, n = 8, k = 16>} : (vector<2xf16>, vector<2xf16>, f32) -> !llvm.struct<(f32, f32, f32, f32)>
// CHECK-COUNT-8: memref.load %arg0
// The B tile both contracts use is loaded once.
// CHECK-NOT: nvgpu.ldmatrix
// CHECK: nvvm.mma.sync
// CHECK: gpu.return
gpu.module @kernels {
  gpu.func @probs_values(%pt: memref<32x32xf16, #gpu.address_space<workgroup>>, %v: memref<64x32xf16, #gpu.address_space<workgroup>>,
                         %acc: memref<32x64xf32>) kernel {
    %c0 = arith.constant 0 : index
    %c8 = arith.constant 8 : index
    %c12 = arith.constant 12 : index
    %c16 = arith.constant 16 : index
    %pad = arith.constant 0.0 : f16
    %zero = arith.constant 0.0 : f32
    %c = vector.transfer_read %acc[%c0, %c8], %zero {in_bounds = [true, true]} : memref<32x64xf32>, vector<16x8xf32>
    %a = vector.transfer_read %pt[%c0, %c16], %pad {in_bounds = [true, true], permutation_map = #t} : memref<32x32xf16, #gpu.address_space<workgroup>>, vector<16x16xf16>
    %b = vector.transfer_read %v[%c8, %c16], %pad {in_bounds = [true, true]} : memref<64x32xf16, #gpu.address_space<workgroup>>, vector<8x16xf16>
    %ae = arith.extf %a : vector<16x16xf16> to vector<16x16xf32>
    %be = arith.extf %b : vector<8x16xf16> to vector<8x16xf32>
    %d = vector.contract {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %ae, %be, %c : vector<16x16xf32>, vector<8x16xf32> into vector<16x8xf32>
    %a2 = vector.transfer_read %pt[%c16, %c12], %pad {in_bounds = [true, true], permutation_map = #t} : memref<32x32xf16, #gpu.address_space<workgroup>>, vector<16x16xf16>
    %a2e = arith.extf %a2 : vector<16x16xf16> to vector<16x16xf32>
    %d2 = vector.contract {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a2e, %be, %d : vector<16x16xf32>, vector<8x16xf32> into vector<16x8xf32>
    vector.transfer_write %d2, %acc[%c0, %c8] {in_bounds = [true, true]} : vector<16x8xf32>, memref<32x64xf32>
    gpu.return
  }
}

// -----

#mk = affine_map<(m, n, k) -> (m, k)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>

gpu.module @kernels {
  gpu.func @not_a_tile(%a: vector<16x8xf32>, %b: vector<8x8xf32>, %c: vector<16x8xf32>) kernel {
    // expected-error @below {{in a GPU kernel is not a 16x8x16 warp-level MMA tile (A 16x16 in (m, k), B 8x16 in (n, k), C 16x8 f32)}}
    %d = vector.contract {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c : vector<16x8xf32>, vector<8x8xf32> into vector<16x8xf32>
    gpu.return
  }
}

// -----

#mk = affine_map<(m, n, k) -> (m, k)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>

gpu.module @kernels {
  gpu.func @elementwise_accumulator(%a: memref<16x16xbf16>, %b: memref<8x16xbf16>, %c: memref<16x8xf32>) kernel {
    %c0 = arith.constant 0 : index
    %pad = arith.constant 0.0 : bf16
    %zero = arith.constant 0.0 : f32
    %va = vector.transfer_read %a[%c0, %c0], %pad {in_bounds = [true, true]} : memref<16x16xbf16>, vector<16x16xbf16>
    %vb = vector.transfer_read %b[%c0, %c0], %pad {in_bounds = [true, true]} : memref<8x16xbf16>, vector<8x16xbf16>
    %vc = vector.transfer_read %c[%c0, %c0], %zero {in_bounds = [true, true]} : memref<16x8xf32>, vector<16x8xf32>
    %ae = arith.extf %va : vector<16x16xbf16> to vector<16x16xf32>
    %be = arith.extf %vb : vector<8x16xbf16> to vector<8x16xf32>
    %d = vector.contract {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %ae, %be, %vc : vector<16x16xf32>, vector<8x16xf32> into vector<16x8xf32>
    // expected-error @below {{uses a warp program's accumulator tile; only a chained contract or a vector.transfer_write to memory can once it is in mma.sync registers}}
    %e = arith.mulf %d, %d : vector<16x8xf32>
    vector.transfer_write %e, %c[%c0, %c0] {in_bounds = [true, true]} : vector<16x8xf32>, memref<16x8xf32>
    gpu.return
  }
}

// -----

#mk = affine_map<(m, n, k) -> (m, k)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>

gpu.module @kernels {
  gpu.func @f32_operands(%a: memref<16x16xf32>, %b: memref<8x16xf32>, %c: memref<16x8xf32>) kernel {
    %c0 = arith.constant 0 : index
    %zero = arith.constant 0.0 : f32
    %va = vector.transfer_read %a[%c0, %c0], %zero {in_bounds = [true, true]} : memref<16x16xf32>, vector<16x16xf32>
    %vb = vector.transfer_read %b[%c0, %c0], %zero {in_bounds = [true, true]} : memref<8x16xf32>, vector<8x16xf32>
    %vc = vector.transfer_read %c[%c0, %c0], %zero {in_bounds = [true, true]} : memref<16x8xf32>, vector<16x8xf32>
    // expected-error @below {{multiplies 'f32' by 'f32' tiles; mma.sync takes two f16 or two bf16 tiles}}
    %d = vector.contract {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %va, %vb, %vc : vector<16x16xf32>, vector<8x16xf32> into vector<16x8xf32>
    vector.transfer_write %d, %c[%c0, %c0] {in_bounds = [true, true]} : vector<16x8xf32>, memref<16x8xf32>
    gpu.return
  }
}
