// RUN: infini-opt %s -infini-map-kernels-to-gpu -split-input-file -verify-diagnostics | FileCheck %s
// RUN: not infini-opt %s -infini-map-kernels-to-gpu=max-shared-memory=-1 -split-input-file 2>&1 | FileCheck %s --check-prefix=NEGATIVE
// NEGATIVE: error: infini-map-kernels-to-gpu: max-shared-memory must be at least 0, got -1

// A block kernel: grid from the block foralls' (dynamic) trip counts, 64
// threads from the thread foralls, the two scratch buffers as 16-byte
// aligned slices of 8 * 4 + 16 * 2 = 64 bytes of dynamic shared memory, a
// barrier after each phase.
// CHECK-LABEL: func.func @kernel
// CHECK-SAME: (%[[IN:.*]]: memref<?x64xf32>, %[[OUT:.*]]: memref<?x64xf32>, %[[N:.*]]: index)
// The grid is dynamic: CUDA rejects an empty one, so the launch is skipped
// when %n is 0.
// CHECK: %[[NONEMPTY:.*]] = arith.cmpi ugt, %[[N]], %c0
// CHECK: scf.if %[[NONEMPTY]] {
// CHECK-DAG: %[[C64:.*]] = arith.constant 64 : index
// CHECK-DAG: %[[SMEM:.*]] = arith.constant 64 : i32
// CHECK: gpu.launch blocks(%[[BX:.*]], %{{.*}}, %{{.*}}) in (%{{.*}} = %[[N]], %{{.*}} = %c1, %{{.*}} = %c1) threads(%[[TX:.*]], %{{.*}}, %{{.*}}) in (%{{.*}} = %[[C64]], %{{.*}} = %c1, %{{.*}} = %c1) dynamic_shared_memory_size %[[SMEM]]
// CHECK: %[[BASE:.*]] = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
// CHECK: memref.view %[[BASE]][%c0{{.*}}][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<8xf32, #gpu.address_space<workgroup>>
// CHECK: memref.view %[[BASE]][%c32{{.*}}][] : memref<?xi8, #gpu.address_space<workgroup>> to memref<16xf16, #gpu.address_space<workgroup>>
// CHECK-NOT: memref.alloca
// CHECK-NOT: scf.forall
// CHECK: gpu.thread_id x
// CHECK: memref.load %[[IN]][%[[BX]],
// CHECK: gpu.barrier
// CHECK: gpu.barrier
// CHECK: gpu.terminator
func.func @kernel(%in: memref<?x64xf32>, %out: memref<?x64xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  scf.forall (%b) in (%n) {
    %s = memref.alloca() : memref<8xf32>
    %t = memref.alloca() : memref<16xf16>
    scf.forall (%i) in (64) {
      %x = memref.load %in[%b, %i] : memref<?x64xf32>
      memref.store %x, %s[%c0] : memref<8xf32>
      %h = arith.truncf %x : f32 to f16
      memref.store %h, %t[%c0] : memref<16xf16>
    } {mapping = [#gpu.thread<x>]}
    scf.forall (%i) in (64) {
      %x = memref.load %s[%c0] : memref<8xf32>
      memref.store %x, %out[%b, %i] : memref<?x64xf32>
    } {mapping = [#gpu.thread<x>]}
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

// Scratch buffers share bytes when all their uses are in phases and the
// ops of the block body that hold them do not overlap: %a (phases 0-1, 128
// bytes) and %b (phase 2, 64 bytes) both start at 0; %c, used from phase 1
// to the loop, cannot overlap %a (phase 1) nor %b and goes after %a; %d,
// used in the loop only, shares %b's bytes. %e is read outside a phase,
// live throughout, and takes bytes of its own: 128 + 16 + 4 = 148 bytes.
// A warp forall (2 warps) in the loop: 64 threads.
// CHECK-LABEL: func.func @shared_bytes
// CHECK: gpu.launch {{.*}} threads(%{{.*}}, %{{.*}}, %{{.*}}) in (%{{.*}} = %c64{{.*}}, %{{.*}} = %c1{{.*}}, %{{.*}} = %c1{{.*}}) dynamic_shared_memory_size %c148_i32
// CHECK-DAG: %[[A:.*]] = memref.view %{{.*}}[%c0{{.*}}][] : {{.*}} to memref<32xf32, #gpu.address_space<workgroup>>
// CHECK-DAG: %[[B:.*]] = memref.view %{{.*}}[%c0{{.*}}][] : {{.*}} to memref<16xf32, #gpu.address_space<workgroup>>
// CHECK-DAG: %[[C:.*]] = memref.view %{{.*}}[%c128{{.*}}][] : {{.*}} to memref<4xf32, #gpu.address_space<workgroup>>
// CHECK-DAG: %[[D:.*]] = memref.view %{{.*}}[%c0{{.*}}][] : {{.*}} to memref<2xf32, #gpu.address_space<workgroup>>
// CHECK-DAG: %[[E:.*]] = memref.view %{{.*}}[%c144{{.*}}][] : {{.*}} to memref<1xf32, #gpu.address_space<workgroup>>
func.func @shared_bytes(%out: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %one = arith.constant 1.0 : f32
  scf.forall (%blk) in (8) {
    %a = memref.alloca() : memref<32xf32>
    %b = memref.alloca() : memref<16xf32>
    %c = memref.alloca() : memref<4xf32>
    %d = memref.alloca() : memref<2xf32>
    %e = memref.alloca() : memref<1xf32>
    scf.forall (%i) in (32) {
      memref.store %one, %a[%i] : memref<32xf32>
    } {mapping = [#gpu.thread<x>]}
    scf.forall (%i) in (4) {
      %x = memref.load %a[%i] : memref<32xf32>
      memref.store %x, %c[%i] : memref<4xf32>
    } {mapping = [#gpu.thread<x>]}
    scf.forall (%i) in (16) {
      memref.store %one, %b[%i] : memref<16xf32>
    } {mapping = [#gpu.thread<x>]}
    scf.for %k = %c0 to %c4 step %c1 {
      scf.forall (%w) in (2) {
        %x = memref.load %c[%w] : memref<4xf32>
        memref.store %x, %d[%w] : memref<2xf32>
      } {mapping = [#gpu.warp<x>]}
    }
    %y = memref.load %e[%c0] : memref<1xf32>
    memref.store %y, %out[%c0] : memref<4xf32>
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

// Loops mapped to grid y and x; a static grid needs no guard.
// CHECK-LABEL: func.func @grid_2d
// CHECK-NOT: scf.if
// CHECK: gpu.launch blocks(%[[BX:.*]], %[[BY:.*]], %{{.*}}) in (%{{.*}} = %c3{{.*}}, %{{.*}} = %c5{{.*}}, %{{.*}} = %c1{{.*}})
// CHECK: memref.store %{{.*}}, %{{.*}}[%[[BY]], %[[BX]]]
func.func @grid_2d(%out: memref<5x3xf32>) {
  %one = arith.constant 1.0 : f32
  scf.forall (%i, %j) in (5, 3) {
    scf.forall (%t) in (32) {
      memref.store %one, %out[%i, %j] : memref<5x3xf32>
    } {mapping = [#gpu.thread<x>]}
  } {mapping = [#gpu.block<y>, #gpu.block<x>]}
  return
}

// -----

func.func @too_much_shared_memory(%out: memref<4xf32>) {
  // expected-error @below {{needs 262144 bytes of shared memory, more than max-shared-memory=232448; its scratch buffers: 'memref<65536xf32>'}}
  scf.forall (%b) in (4) {
    %s = memref.alloca() : memref<65536xf32>
    scf.forall (%t) in (32) {
      %x = memref.load %s[%t] : memref<65536xf32>
      memref.store %x, %out[%b] : memref<4xf32>
    } {mapping = [#gpu.thread<x>]}
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

// Phases of different sizes: the block has the largest, the smaller ones
// run on the first threads only (upstream's mapping predicates them).
// CHECK-LABEL: func.func @different_block_sizes
// CHECK: gpu.launch
// CHECK-SAME: threads(%{{.*}}, %{{.*}}, %{{.*}}) in (%{{.*}} = %c64{{.*}}, %{{.*}} = %c1{{.*}}, %{{.*}} = %c1{{.*}})
// CHECK: arith.cmpi ult, %{{.*}}, %c32
// CHECK: scf.if
func.func @different_block_sizes(%out: memref<4xf32>) {
  %one = arith.constant 1.0 : f32
  scf.forall (%b) in (4) {
    scf.forall (%t) in (32) {
      memref.store %one, %out[%b] : memref<4xf32>
    } {mapping = [#gpu.thread<x>]}
    scf.forall (%t) in (64) {
      memref.store %one, %out[%b] : memref<4xf32>
    } {mapping = [#gpu.thread<x>]}
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

// A linear block mapping (as infini-tile-to-blocks writes): any number of
// loops over a one-dimensional grid of their product, block x delinearized
// (linear_dim_0, the innermost loop, fastest); a phase of two loops with a
// linear thread mapping over 4 x 8 = 32 threads.
// CHECK-LABEL: func.func @linear
// CHECK: %[[GRID:.*]] = affine.apply #{{.*}}()[%{{.*}}]
// CHECK: gpu.launch blocks(%[[BX:.*]], %{{.*}}, %{{.*}}) in (%{{.*}} = %[[GRID]], %{{.*}} = %c1{{.*}}, %{{.*}} = %c1{{.*}}) threads(%{{.*}}, %{{.*}}, %{{.*}}) in (%{{.*}} = %c32{{.*}}, %{{.*}} = %c1{{.*}}, %{{.*}} = %c1{{.*}})
// CHECK: %[[IDS:.*]]:4 = affine.delinearize_index %[[BX]] into (%{{.*}}, 3, 2, 5)
// CHECK: memref.store %{{.*}}, %{{.*}}[%[[IDS]]#0, %[[IDS]]#1, %[[IDS]]#2, %[[IDS]]#3]
func.func @linear(%out: memref<?x3x2x5xf32>, %n: index) {
  %one = arith.constant 1.0 : f32
  scf.forall (%a, %b, %c, %d) in (%n, 3, 2, 5) {
    scf.forall (%t, %u) in (4, 8) {
      memref.store %one, %out[%a, %b, %c, %d] : memref<?x3x2x5xf32>
    } {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
  } {mapping = [#gpu.block<linear_dim_3>, #gpu.block<linear_dim_2>, #gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
  return
}

// -----

func.func @scratch_escapes(%out: memref<4xf32>) {
  scf.forall (%b) in (4) {
    %s = memref.alloca() : memref<4xf32>
    // expected-error @below {{uses block scratch 'memref<4xf32>': only loads, stores and vector transfers can move it to shared memory}}
    memref.copy %s, %out : memref<4xf32> to memref<4xf32>
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

func.func @no_threads(%out: memref<4xf32>) {
  %one = arith.constant 1.0 : f32
  scf.forall (%b) in (4) {
    // expected-error @below {{has 0 threads; a CUDA block has 1 to 1024}}
    scf.forall (%t) in (0) {
      memref.store %one, %out[%b] : memref<4xf32>
    } {mapping = [#gpu.thread<x>]}
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

func.func @too_many_threads(%out: memref<4xf32>) {
  %one = arith.constant 1.0 : f32
  scf.forall (%b) in (4) {
    // expected-error @below {{has 2048 threads; a CUDA block has 1 to 1024}}
    scf.forall (%t) in (2048) {
      memref.store %one, %out[%b] : memref<4xf32>
    } {mapping = [#gpu.thread<x>]}
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

func.func @unmapped_phase(%out: memref<4xf32>) {
  %one = arith.constant 1.0 : f32
  scf.forall (%b) in (4) {
    // expected-error @below {{inside a GPU block kernel must have a #gpu.thread<...> or #gpu.warp<...> mapping}}
    scf.forall (%t) in (32) {
      memref.store %one, %out[%b] : memref<4xf32>
    }
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

func.func @two_dimensional_phase(%out: memref<4xf32>) {
  %one = arith.constant 1.0 : f32
  scf.forall (%b) in (4) {
    // expected-error @below {{a thread or warp forall of several loops must have a linear mapping (#gpu.thread<linear_dim_k>, #gpu.warp<linear_dim_k>)}}
    scf.forall (%t, %u) in (8, 4) {
      memref.store %one, %out[%b] : memref<4xf32>
    } {mapping = [#gpu.thread<x>, #gpu.thread<y>]}
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

func.func @dynamic_phase(%out: memref<4xf32>, %n: index) {
  %one = arith.constant 1.0 : f32
  scf.forall (%b) in (4) {
    // expected-error @below {{a thread forall must run from 0 with step 1 to static sizes}}
    scf.forall (%t) in (%n) {
      memref.store %one, %out[%b] : memref<4xf32>
    } {mapping = [#gpu.thread<x>]}
  } {mapping = [#gpu.block<x>]}
  return
}

// -----

func.func @tensor_kernel(%in: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @below {{must be bufferized before mapping to the GPU}}
  %r = scf.forall (%b) in (4) shared_outs(%o = %in) -> tensor<4xf32> {
  } {mapping = [#gpu.block<x>]}
  return %r : tensor<4xf32>
}

// -----

func.func @four_dimensional_grid(%out: memref<4xf32>) {
  // expected-error @below {{a GPU block kernel must have at most three dimensions unless its mapping is linear}}
  scf.forall (%a, %b, %c, %d) in (2, 2, 2, 2) {
  } {mapping = [#gpu.block<x>, #gpu.block<y>, #gpu.block<z>, #gpu.block<x>]}
  return
}

// -----

func.func @grid_dimension_twice(%out: memref<4xf32>) {
  // expected-error @below {{maps two loops to one grid dimension, or mixes linear and grid dimensions}}
  scf.forall (%a, %b) in (2, 2) {
  } {mapping = [#gpu.block<x>, #gpu.block<x>]}
  return
}

// -----

func.func @dynamic_scratch(%out: memref<4xf32>, %n: index) {
  scf.forall (%b) in (4) {
    // expected-error @below {{block scratch must have a static shape, an identity layout and a scalar element type, got 'memref<?xf32>'}}
    %s = memref.alloca(%n) : memref<?xf32>
  } {mapping = [#gpu.block<x>]}
  return
}
