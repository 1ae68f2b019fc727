// The element-per-thread kernels of infini-parallel-loops-to-kernels, run on
// the CPU (blocks and threads one after the other): a 3 x 5 loop with steps
// and offsets, 15 iterations over blocks of 4 threads (one partial block),
// must visit each iteration exactly once.
// RUN: infini-opt %s -infini-parallel-loops-to-kernels=block-size=4 \
// RUN:   -scf-forall-to-for -convert-scf-to-cf -expand-strided-metadata \
// RUN:   -finalize-memref-to-llvm -convert-arith-to-llvm -convert-func-to-llvm \
// RUN:   -convert-cf-to-llvm -reconcile-unrealized-casts \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils \
// RUN: | FileCheck %s

func.func private @printMemrefF32(memref<*xf32>)

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c7 = arith.constant 7 : index
  %c11 = arith.constant 11 : index
  %c10 = arith.constant 10.0 : f32
  %zero = arith.constant 0.0 : f32
  %out = memref.alloc() : memref<7x11xf32>
  scf.for %i = %c0 to %c7 step %c1 {
    scf.for %j = %c0 to %c11 step %c1 {
      memref.store %zero, %out[%i, %j] : memref<7x11xf32>
    }
  }
  // Rows 1, 3, 5 and columns 2, 4, ..., 10 get 10 * row + column, plus
  // whatever was there (so a twice-visited element shows).
  scf.parallel (%i, %j) = (%c1, %c2) to (%c7, %c11) step (%c2, %c2) {
    %ii = arith.index_cast %i : index to i32
    %jj = arith.index_cast %j : index to i32
    %fi = arith.sitofp %ii : i32 to f32
    %fj = arith.sitofp %jj : i32 to f32
    %w = arith.mulf %fi, %c10 : f32
    %x = arith.addf %w, %fj : f32
    %old = memref.load %out[%i, %j] : memref<7x11xf32>
    %new = arith.addf %old, %x : f32
    memref.store %new, %out[%i, %j] : memref<7x11xf32>
  }
  %u = memref.cast %out : memref<7x11xf32> to memref<*xf32>
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  memref.dealloc %out : memref<7x11xf32>
  return
}
// CHECK: [0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0],
// CHECK-NEXT: [0,   0,   12,   0,   14,   0,   16,   0,   18,   0,   20],
// CHECK-NEXT: [0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0],
// CHECK-NEXT: [0,   0,   32,   0,   34,   0,   36,   0,   38,   0,   40],
// CHECK-NEXT: [0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0],
// CHECK-NEXT: [0,   0,   52,   0,   54,   0,   56,   0,   58,   0,   60],
// CHECK-NEXT: [0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0]]
