// RUN: infini-opt %s -convert-infini-to-gpu -split-input-file | FileCheck %s
// RUN: infini-opt %s -convert-infini-to-gpu="query-tile=16 key-tile=8 block-size=64" -split-input-file | FileCheck %s --check-prefix=TILES

// A segment (retrieve + local attention joined by gated_combine) is one
// kernel: a block per (batch, head, query tile), scratch as block-level
// allocas, phases as thread foralls of block-size iterations.
// CHECK-LABEL: func.func @segment
// CHECK-SAME: (%[[Q:[^:]*]]: tensor<2x4x48x16xf16>
// CHECK: bufferization.to_buffer %[[Q]] read_only : tensor<2x4x48x16xf16> to memref<2x4x48x16xf16, strided<[?, ?, ?, ?], offset: ?>>
// CHECK: %[[OUT:.*]] = memref.alloc() : memref<2x4x48x8xf16>
// CHECK: scf.forall (%{{.*}}, %{{.*}}, %{{.*}}) in (%{{.*}}, %{{.*}}, %{{.*}}) {
// Q tile, row normalisers, sigma(Q) M, K and V tiles, scores, accumulator,
// max, sum, rescale; the tiles read a row per thread have a padding column.
// CHECK: memref.alloca() : memref<32x17xf32>
// CHECK-NEXT: memref.alloca() : memref<32xf32>
// CHECK-NEXT: memref.alloca() : memref<32x8xf32>
// CHECK-NEXT: memref.alloca() : memref<32x17xf32>
// CHECK-NEXT: memref.alloca() : memref<32x8xf32>
// CHECK-NEXT: memref.alloca() : memref<32x33xf32>
// CHECK-NEXT: memref.alloca() : memref<32x8xf32>
// CHECK-COUNT-3: memref.alloca() : memref<32xf32>
// The init phase, then the online softmax over key tiles in four phases.
// CHECK: scf.forall (%{{.*}}) in (128) {
// CHECK: } {mapping = [#gpu.thread<x>]}
// CHECK: scf.for
// CHECK-COUNT-4: } {mapping = [#gpu.thread<x>]}
// CHECK: }
// Epilogue: sigma(Q) and its normalisers; sigma(Q) M, the rows of M staged
// 16 at a time (Dk = 16: one step) in the value tile's buffer; the gated
// output.
// CHECK-COUNT-2: } {mapping = [#gpu.thread<x>]}
// CHECK: scf.for %{{.*}} = %c0{{.*}} to %c1{{.*}} step %c1
// CHECK: memref.load %{{.*}}[%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}] : memref<2x2x16x8xf32, strided<[?, ?, ?, ?], offset: ?>>
// CHECK-COUNT-2: } {mapping = [#gpu.thread<x>]}
// CHECK-NEXT: }
// CHECK-NEXT: scf.forall
// CHECK: } {mapping = [#gpu.thread<x>]}
// CHECK-NEXT: } {mapping = [#gpu.block<z>, #gpu.block<y>, #gpu.block<x>]}
// CHECK: %[[R:.*]] = bufferization.to_tensor %[[OUT]] restrict writable
// CHECK: return %[[R]]
// CHECK-NOT: infini.
// TILES-LABEL: func.func @segment
// TILES: memref.alloca() : memref<16x17xf32>
// TILES: memref.alloca() : memref<8x17xf32>
// TILES: memref.alloca() : memref<8x8xf32>
// TILES: memref.alloca() : memref<16x9xf32>
// TILES: scf.forall (%{{.*}}) in (64)
func.func @segment(%q: tensor<2x4x48x16xf16>, %k: tensor<2x2x48x16xf16>, %v: tensor<2x2x48x8xf16>,
                   %m: tensor<2x2x16x8xf32>, %z: tensor<2x2x16xf32>, %g: tensor<4xf32>) -> tensor<2x4x48x8xf16> {
  %r = infini.memory_retrieve %q, %m, %z : tensor<2x4x48x16xf16>, tensor<2x2x16x8xf32>, tensor<2x2x16xf32> -> tensor<2x4x48x8xf16>
  %l = infini.local_attention %q, %k, %v : tensor<2x4x48x16xf16>, tensor<2x2x48x16xf16>, tensor<2x2x48x8xf16> -> tensor<2x4x48x8xf16>
  %o = infini.gated_combine %r, %l, %g : tensor<2x4x48x8xf16>, tensor<2x4x48x8xf16>, tensor<4xf32> -> tensor<2x4x48x8xf16>
  return %o : tensor<2x4x48x8xf16>
}

// -----

// Local attention alone: the same kernel without the memory epilogue; the
// key loop runs to the diagonal only (causal), i.e. up to
// ceil(min(q0 + 32, N) / 32) tiles. Batch and tokens may be dynamic.
// CHECK-LABEL: func.func @local
// CHECK: %[[N:.*]] = memref.dim %{{.*}}, %c2{{.*}} : memref<?x4x?x16xf32
// CHECK: scf.forall
// CHECK: %[[Q0:.*]] = arith.muli %{{.*}}, %c32
// CHECK: %[[END:.*]] = arith.addi %[[Q0]], %c32
// CHECK: %[[LAST:.*]] = arith.minui %[[END]], %[[N]]
// CHECK: %[[NKT:.*]] = arith.ceildivui %[[LAST]], %c32
// CHECK: scf.for %{{.*}} = %{{.*}} to %[[NKT]]
// CHECK: math.exp
// CHECK-COUNT-2: } {mapping = [#gpu.thread<x>]}
// CHECK-NEXT: }
// CHECK-NEXT: scf.forall
// CHECK: arith.divf
// CHECK: } {mapping = [#gpu.thread<x>]}
// CHECK-NEXT: } {mapping = [#gpu.block<z>, #gpu.block<y>, #gpu.block<x>]}
func.func @local(%q: tensor<?x4x?x16xf32>, %k: tensor<?x4x?x16xf32>, %v: tensor<?x4x?x16xf32>) -> tensor<?x4x?x16xf32> {
  %l = infini.local_attention %q, %k, %v : tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32> -> tensor<?x4x?x16xf32>
  return %l : tensor<?x4x?x16xf32>
}

// -----

// A retrieval alone and a gated_combine alone. The retrieval stages M in
// its own buffer, all Dk = 16 rows at once.
// CHECK-LABEL: func.func @retrieve_then_combine
// CHECK: memref.alloca() : memref<32x17xf32>
// CHECK-NEXT: memref.alloca() : memref<32xf32>
// CHECK-NEXT: memref.alloca() : memref<32x4xf32>
// CHECK-NEXT: memref.alloca() : memref<16x4xf32>
// CHECK: } {mapping = [#gpu.block<z>, #gpu.block<y>, #gpu.block<x>]}
// CHECK: scf.forall
// CHECK-NOT: memref.alloca
// CHECK: math.exp
// CHECK: } {mapping = [#gpu.block<z>, #gpu.block<y>, #gpu.block<x>]}
func.func @retrieve_then_combine(%q: tensor<1x2x8x16xf32>, %m: tensor<1x2x16x4xf32>, %z: tensor<1x2x16xf32>,
                                 %l: tensor<1x2x8x4xf32>, %g: tensor<2x4xf32>) -> tensor<1x2x8x4xf32> {
  %r = infini.memory_retrieve %q, %m, %z : tensor<1x2x8x16xf32>, tensor<1x2x16x4xf32>, tensor<1x2x16xf32> -> tensor<1x2x8x4xf32>
  %o = infini.gated_combine %r, %l, %g : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<2x4xf32> -> tensor<1x2x8x4xf32>
  return %o : tensor<1x2x8x4xf32>
}
