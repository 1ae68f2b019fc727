// RUN: infini-opt %s -infini-allocate-kernel-scratch -split-input-file -verify-diagnostics | FileCheck %s

// A buffer of the block (here one a loop of the kernel allocates in every
// iteration) becomes scratch at the top of the block body; one of a thread
// at the top of the thread's body; one of a dynamic but bounded size a view
// of scratch of its bound.
// CHECK-LABEL: func.func @kernel
// CHECK: scf.forall (%{{.*}}) in (4) {
// CHECK-NEXT: %[[S:.*]] = memref.alloca() {alignment = 64 : i64} : memref<8xf32>
// CHECK: scf.for
// CHECK-NOT: memref.alloc
// CHECK: memref.store %{{.*}}, %[[S]]
// CHECK: scf.forall (%[[T:.*]]) in (32) {
// CHECK-NEXT: %[[P:.*]] = memref.alloca() : memref<4xf32>
// CHECK: %[[N:.*]] = affine.min
// CHECK: %[[V:.*]] = memref.subview %[[P]][0] [%[[N]]] [1] : memref<4xf32> to memref<?xf32, strided<[1]>>
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%[[V]] : memref<?xf32, strided<[1]>>)
// CHECK: } {mapping = [#gpu.thread<x>]}
// CHECK-NOT: memref.alloc(
// CHECK-NOT: memref.dealloc
func.func @kernel(%out: memref<4xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f32
  scf.forall (%b) in (4) {
    scf.for %i = %c0 to %n step %c1 {
      %s = memref.alloc() {alignment = 64 : i64} : memref<8xf32>
      memref.store %one, %s[%c0] : memref<8xf32>
    }
    scf.forall (%t) in (32) {
      %m = affine.min affine_map<(d0) -> (-d0 + 35, 4)>(%t)
      %p = memref.alloc(%m) : memref<?xf32>
      linalg.fill ins(%one : f32) outs(%p : memref<?xf32>)
      memref.dealloc %p : memref<?xf32>
    } {mapping = [#gpu.thread<x>]}
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

// A subview of a buffer of dynamic size (a copy of a partial tile) is
// rebuilt on the view of the scratch, with the layout that follows.
// CHECK-LABEL: func.func @dynamic_subview
// CHECK: %[[S:.*]] = memref.alloca() : memref<16x9xf32>
// CHECK: %[[V:.*]] = memref.subview %[[S]][0, 0] [16, %{{.*}}] [1, 1] : memref<16x9xf32> to memref<16x?xf32, strided<[9, 1]>>
// CHECK: %[[W:.*]] = memref.subview %[[V]][0, 0] [8, %{{.*}}] [1, 1] : memref<16x?xf32, strided<[9, 1]>> to memref<8x?xf32, strided<[9, 1]>>
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%[[W]] : memref<8x?xf32, strided<[9, 1]>>)
func.func @dynamic_subview(%n: index) {
  %one = arith.constant 1.0 : f32
  scf.forall (%b) = (0) to (16) step (9) {
    %m = affine.min affine_map<(d0) -> (-d0 + 16, 9)>(%b)
    %p = memref.alloc(%m) : memref<16x?xf32>
    %c0 = arith.constant 0 : index
    %v = memref.subview %p[0, 0] [8, %m] [1, 1] : memref<16x?xf32> to memref<8x?xf32, strided<[?, 1]>>
    linalg.fill ins(%one : f32) outs(%v : memref<8x?xf32, strided<[?, 1]>>)
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

// Buffers outside kernels are left alone.
// CHECK-LABEL: func.func @host
// CHECK: memref.alloc(%{{.*}}) : memref<?xf32>
func.func @host(%n: index) -> memref<?xf32> {
  %a = memref.alloc(%n) : memref<?xf32>
  return %a : memref<?xf32>
}

// -----

func.func @unbounded(%n: index) {
  %one = arith.constant 1.0 : f32
  scf.forall (%b) in (4) {
    // expected-error @below {{allocates a buffer 'memref<?xf32>' inside a GPU kernel whose size has no constant upper bound; kernels have static scratch}}
    %p = memref.alloc(%n) : memref<?xf32>
    linalg.fill ins(%one : f32) outs(%p : memref<?xf32>)
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

func.func @dynamic_bad_user(%out: memref<4xf32>) {
  scf.forall (%b) in (4) {
    %m = affine.min affine_map<(d0) -> (-d0 + 3, 4)>(%b)
    %p = memref.alloc(%m) : memref<?xf32>
    // expected-error @below {{uses a buffer of dynamic size 'memref<?xf32>' inside a GPU kernel, which can only become a view of static scratch for linalg ops, copies, loads, stores and subviews}}
    %c = memref.cast %p : memref<?xf32> to memref<4xf32>
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

// A warp's program runs on all of its lanes: it may not allocate.
func.func @in_warp_phase() {
  scf.forall (%b) in (4) {
    scf.forall (%w) in (2) {
      // expected-error @below {{allocates a buffer 'memref<8xf32>' inside a warp-mapped phase; a warp's program keeps its values in registers}}
      %s = memref.alloc() : memref<8xf32>
      memref.dealloc %s : memref<8xf32>
    } {mapping = [#gpu.warp<x>]}
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

func.func @carried(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.forall (%b) in (4) {
    %init = memref.alloca() : memref<8xf32>
    %r = scf.for %i = %c0 to %n step %c1 iter_args(%prev = %init) -> memref<8xf32> {
      // expected-error @below {{allocates a buffer 'memref<8xf32>' that a GPU kernel carries across loop iterations}}
      %s = memref.alloc() : memref<8xf32>
      scf.yield %s : memref<8xf32>
    }
  } {mapping = [#gpu.block<x>]}
  return
}
