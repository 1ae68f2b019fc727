// RUN: infini-opt %s -infini-distribute-to-threads=threads=64 -split-input-file -verify-diagnostics | FileCheck %s
// RUN: not infini-opt %s -infini-distribute-to-threads=threads=2048 2>&1 | FileCheck %s --check-prefix=OPTION

// OPTION: infini-distribute-to-threads: threads must be in [1, 1024] (CUDA's threads per block), got 2048

// In a block of a 40 x 48 product (32 x 32 tiles): each op a phase of 64
// threads, 32 on the columns (innermost first) and 2 on the rows; the
// matmul's reduction stays whole in each thread. The block's temporary for
// its scores, of size min(32, 40 - i) x min(32, 48 - j), gets a 32 x 32
// buffer of its own, sliced.
// CHECK-LABEL: func.func @block
// CHECK: scf.forall (%[[I:.*]], %[[J:.*]]) = (0, 0) to (40, 48) step (32, 32)
// CHECK: %[[BUF:.*]] = bufferization.alloc_tensor() : tensor<32x32xf32>
// CHECK: %[[TMP:.*]] = tensor.extract_slice %[[BUF]][0, 0] [%{{.*}}, %{{.*}}] [1, 1] : tensor<32x32xf32> to tensor<?x?xf32>
// CHECK: %[[F:.*]] = scf.forall (%{{.*}}, %{{.*}}) in (2, 32) shared_outs(%{{.*}} = %[[TMP]])
// CHECK: linalg.fill
// CHECK: {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// CHECK: scf.forall (%{{.*}}, %{{.*}}) in (2, 32) shared_outs(%{{.*}} = %[[F]])
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<?x16xf32>, tensor<16x?xf32>)
// CHECK: {mapping = [#gpu.thread<linear_dim_1>, #gpu.thread<linear_dim_0>]}
// A row vector of the tile: its 32 elements over 32 of the 64 threads.
// CHECK: scf.forall (%{{.*}}) in (32)
// CHECK: {mapping = [#gpu.thread<linear_dim_0>]}
// CHECK: {mapping = [#gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
func.func @block(%a: tensor<40x16xf32>, %b: tensor<16x48xf32>) -> tensor<40x32xf32> {
  %zero = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<40x32xf32>
  %r = scf.forall (%i, %j) = (0, 0) to (40, 48) step (32, 32) shared_outs(%o = %init) -> (tensor<40x32xf32>) {
    %m = affine.min affine_map<(d0) -> (-d0 + 40, 32)>(%i)
    %n = affine.min affine_map<(d0) -> (-d0 + 48, 32)>(%j)
    %as = tensor.extract_slice %a[%i, 0] [%m, 16] [1, 1] : tensor<40x16xf32> to tensor<?x16xf32>
    %bs = tensor.extract_slice %b[0, %j] [16, %n] [1, 1] : tensor<16x48xf32> to tensor<16x?xf32>
    %e = tensor.empty(%m, %n) : tensor<?x?xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<?x?xf32>) -> tensor<?x?xf32>
    %p = linalg.matmul ins(%as, %bs : tensor<?x16xf32>, tensor<16x?xf32>) outs(%f : tensor<?x?xf32>) -> tensor<?x?xf32>
    %row = tensor.extract_slice %o[%i, 0] [1, 32] [1, 1] : tensor<40x32xf32> to tensor<32xf32>
    %s = linalg.fill ins(%zero : f32) outs(%row : tensor<32xf32>) -> tensor<32xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i, 0] [1, 32] [1, 1] : tensor<32xf32> into tensor<40x32xf32>
    }
  } {mapping = [#gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
  return %r : tensor<40x32xf32>
}

// -----

// Ops outside kernels are left alone.
// CHECK-LABEL: func.func @host
// CHECK-NOT: scf.forall
func.func @host(%x: tensor<8xf32>) -> tensor<8xf32> {
  %zero = arith.constant 0.0 : f32
  %f = linalg.fill ins(%zero : f32) outs(%x : tensor<8xf32>) -> tensor<8xf32>
  return %f : tensor<8xf32>
}

// -----

func.func @unbounded(%n: index) -> tensor<4xf32> {
  %zero = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<4xf32>
  %r = scf.forall (%i) in (4) shared_outs(%o = %init) -> (tensor<4xf32>) {
    // expected-error @below {{is a temporary of a GPU kernel whose size 'tensor<?xf32>' has no constant upper bound (dimension 0): make the kernel's tile sizes static}}
    %e = tensor.empty(%n) : tensor<?xf32>
    %f = linalg.fill ins(%zero : f32) outs(%e : tensor<?xf32>) -> tensor<?xf32>
    %x = tensor.extract %f[%i] : tensor<?xf32>
    %s = tensor.from_elements %x : tensor<1xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%i] [1] [1] : tensor<1xf32> into tensor<4xf32>
    }
  } {mapping = [#gpu.block<x>]}
  return %r : tensor<4xf32>
}
