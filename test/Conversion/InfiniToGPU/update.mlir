// RUN: infini-opt %s -convert-infini-to-gpu -split-input-file | FileCheck %s

// The update: a block per (batch, kv head, 32 value columns): 48 columns
// make two column tiles. Scratch: sigma(K) tile, (V - V_old) tile, the
// delta rule's row normalisers, the sigma(K)^T V tile and the norm's sum.
// CHECK-LABEL: func.func @delta
// CHECK-DAG: %[[M:.*]] = memref.alloc() : memref<1x2x16x48xf32>
// CHECK-DAG: %[[Z:.*]] = memref.alloc() : memref<1x2x16xf32>
// CHECK: scf.forall (%{{.*}}, %{{.*}}, %{{.*}}) in (%{{.*}}, %{{.*}}, %c2{{.*}}) {
// CHECK: memref.alloca() : memref<32x17xf32>
// CHECK: memref.alloca() : memref<32x32xf32>
// CHECK: memref.alloca() : memref<32xf32>
// CHECK: memref.alloca() : memref<16x32xf32>
// CHECK: memref.alloca() : memref<16xf32>
// Init, then per token tile: sigma(K), normalisers, V - V_old, accumulate.
// CHECK: } {mapping = [#gpu.thread<x>]}
// CHECK: scf.for
// CHECK-COUNT-4: } {mapping = [#gpu.thread<x>]}
// CHECK: }
// CHECK: memref.store %{{.*}}, %[[M]]
// CHECK: memref.store %{{.*}}, %[[Z]]
// CHECK: } {mapping = [#gpu.thread<x>]}
// CHECK-NEXT: } {mapping = [#gpu.block<z>, #gpu.block<y>, #gpu.block<x>]}
// CHECK-DAG: bufferization.to_tensor %[[M]] restrict writable
// CHECK-DAG: bufferization.to_tensor %[[Z]] restrict writable
func.func @delta(%k: tensor<1x2x40x16xbf16>, %v: tensor<1x2x40x48xbf16>, %m: tensor<1x2x16x48xf32>, %z: tensor<1x2x16xf32>) -> (tensor<1x2x16x48xf32>, tensor<1x2x16xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z rule = delta : tensor<1x2x40x16xbf16>, tensor<1x2x40x48xbf16>, tensor<1x2x16x48xf32>, tensor<1x2x16xf32> -> tensor<1x2x16x48xf32>, tensor<1x2x16xf32>
  return %m1, %z1 : tensor<1x2x16x48xf32>, tensor<1x2x16xf32>
}

// -----

// The linear rule has no normaliser phase.
// CHECK-LABEL: func.func @linear
// CHECK: } {mapping = [#gpu.thread<x>]}
// CHECK: scf.for
// CHECK-COUNT-3: } {mapping = [#gpu.thread<x>]}
// CHECK-NEXT: }
func.func @linear(%k: tensor<1x2x40x16xf32>, %v: tensor<1x2x40x16xf32>, %m: tensor<1x2x16x16xf32>, %z: tensor<1x2x16xf32>) -> (tensor<1x2x16x16xf32>, tensor<1x2x16xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z : tensor<1x2x40x16xf32>, tensor<1x2x40x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32> -> tensor<1x2x16x16xf32>, tensor<1x2x16xf32>
  return %m1, %z1 : tensor<1x2x16x16xf32>, tensor<1x2x16xf32>
}

// -----

// The whole layer: a loop of segments with one segment kernel and one
// update kernel each, plus the tail segment (T = 40 = 32 + 8).
// CHECK-LABEL: func.func @layer
// CHECK: scf.for
// CHECK-COUNT-2: } {mapping = [#gpu.block<z>, #gpu.block<y>, #gpu.block<x>]}
// CHECK: scf.yield
// CHECK-COUNT-2: } {mapping = [#gpu.block<z>, #gpu.block<y>, #gpu.block<x>]}
// CHECK-NOT: #gpu.block
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
