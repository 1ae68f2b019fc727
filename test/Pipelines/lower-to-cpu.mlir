// The pipeline ends in the LLVM dialect, gives public functions a C entry
// point, and its output translates to LLVM IR and compiles to an object file.
// RUN: infini-opt %s -infini-lower-to-cpu | FileCheck %s
// RUN: infini-opt %s -infini-lower-to-cpu | mlir-translate -mlir-to-llvmir | llc -O2 -filetype=obj -relocation-model=pic -o %t.o
// RUN: infini-opt %s -infini-lower-to-cpu=emit-c-interface=false | FileCheck %s --check-prefix=NOCIFACE
// RUN: infini-opt %s --pass-pipeline="builtin.module(infini-lower-to-cpu{emit-c-interface=false})" | FileCheck %s --check-prefix=NOCIFACE
// Register blocks of the kernels' matmuls are multiply-adds on whole vectors
// that LLVM may fuse (llvm.intr.fmuladd: an FMA where the CPU has one). A
// single kv head (B = Hkv = 1, where deallocation clones the state) needs no
// runtime library either (the CHECK-NOT memrefCopy above).
// RUN: infini-opt %s -infini-lower-to-cpu="target-cpu=skylake-avx512" | FileCheck %s --check-prefix=FMA
// The blocks follow the target's vector registers: AVX2 has 16 of 8 lanes,
// so 4 x 16 blocks (8 accumulators) instead of AVX-512's 8 x 32 (16 of 32
// registers).
// RUN: infini-opt %s -infini-lower-to-cpu="target-cpu=haswell" | FileCheck %s --check-prefix=AVX2
// The softmax's exponentials (2^n built in the exponent bits) run in whole
// vectors of the target's width too, not in the 256 bits LLVM's loop
// vectorizer prefers on Intel server cores.
// RUN: infini-opt %s -infini-lower-to-cpu="target-cpu=skylake-avx512" | FileCheck %s --check-prefix=EXP512
// RUN: infini-opt %s -infini-lower-to-cpu="target-cpu=haswell" | FileCheck %s --check-prefix=EXP256
// The fused kernels' tiles run on OpenMP threads unless parallel=false,
// each thread taking the next tile when it is free (schedule(dynamic)).
// RUN: infini-opt %s -infini-lower-to-cpu | FileCheck %s --check-prefix=OMP
// RUN: infini-opt %s -infini-lower-to-cpu="parallel=false" | FileCheck %s --check-prefix=SERIAL
// RUN: infini-opt %s -infini-lower-to-cpu="parallel=true num-threads=2" | FileCheck %s --check-prefix=THREADS
// RUN: infini-opt %s -infini-lower-to-cpu="parallel-runtime=async" | FileCheck %s --check-prefix=ASYNC

// CHECK-NOT: = infini.
// CHECK-NOT: linalg.
// CHECK-NOT: memref.copy
// CHECK-NOT: memrefCopy
// CHECK: llvm.func @layer(
// CHECK: llvm.func @_mlir_ciface_layer(
// NOCIFACE-NOT: _mlir_ciface_
// OMP: omp.parallel
// OMP: omp.wsloop schedule(dynamic)
// SERIAL-NOT: omp.
// THREADS: omp.parallel num_threads(
// ASYNC-NOT: omp.
// ASYNC: llvm.call @mlirAsyncRuntime
func.func @layer(%q: tensor<1x4x40x8xbf16>, %k: tensor<1x2x40x8xbf16>, %v: tensor<1x2x40x4xbf16>,
                 %m: tensor<1x2x8x4xf32>, %z: tensor<1x2x8xf32>, %g: tensor<4xf32>)
    -> (tensor<1x4x40x4xbf16>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 16 rule = delta
      : tensor<1x4x40x8xbf16>, tensor<1x2x40x8xbf16>, tensor<1x2x40x4xbf16>,
        tensor<1x2x8x4xf32>, tensor<1x2x8xf32>, tensor<4xf32>
      -> tensor<1x4x40x4xbf16>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>
  return %o, %m1, %z1 : tensor<1x4x40x4xbf16>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>
}

// Every size dynamic, heads included: the GQA head split must still lower
// (LLVM 22's expand-strided-metadata alone crashes on it).
// CHECK: llvm.func @all_dynamic(
func.func @all_dynamic(%q: tensor<?x?x?x?xf32>, %k: tensor<?x?x?x?xf32>, %v: tensor<?x?x?x?xf32>,
                       %m: tensor<?x?x?x?xf32>, %z: tensor<?x?x?xf32>, %g: tensor<?xf32>)
    -> (tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 16
      : tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>,
        tensor<?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?xf32>
      -> tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?xf32>
  return %o, %m1, %z1 : tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?xf32>
}

// No stack buffers in the kernels (n-D vector transfers are unrolled, not
// staged through allocas that would grow the stack in every iteration).
// FMA-LABEL: llvm.func @blocks(
//   FMA-NOT: llvm.alloca
//       FMA: llvm.intr.fmuladd({{.*}}) : (vector<32xf32>, vector<32xf32>, vector<32xf32>) -> vector<32xf32>
//   FMA-NOT: llvm.alloca
//       FMA: llvm.func @_mlir_ciface_blocks(
// AVX2-LABEL: llvm.func @blocks(
//   AVX2-NOT: vector<32xf32>
//       AVX2: llvm.intr.fmuladd({{.*}}) : (vector<16xf32>, vector<16xf32>, vector<16xf32>) -> vector<16xf32>
//   AVX2-NOT: vector<32xf32>
//       AVX2: llvm.func @_mlir_ciface_blocks(
// EXP512-LABEL: llvm.func @blocks(
//       EXP512: llvm.shl {{.*}} : vector<16xi32>
//       EXP512: llvm.func @_mlir_ciface_blocks(
// EXP256-LABEL: llvm.func @blocks(
//   EXP256-NOT: vector<16xi32>
//       EXP256: llvm.shl {{.*}} : vector<8xi32>
//   EXP256-NOT: vector<16xi32>
//       EXP256: llvm.func @_mlir_ciface_blocks(
func.func @blocks(%q: tensor<1x1x128x32xf32>, %k: tensor<1x1x128x32xf32>, %v: tensor<1x1x128x32xf32>,
                  %m: tensor<1x1x32x32xf32>, %z: tensor<1x1x32xf32>, %g: tensor<1xf32>)
    -> (tensor<1x1x128x32xf32>, tensor<1x1x32x32xf32>, tensor<1x1x32xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 64
      : tensor<1x1x128x32xf32>, tensor<1x1x128x32xf32>, tensor<1x1x128x32xf32>,
        tensor<1x1x32x32xf32>, tensor<1x1x32xf32>, tensor<1xf32>
      -> tensor<1x1x128x32xf32>, tensor<1x1x32x32xf32>, tensor<1x1x32xf32>
  return %o, %m1, %z1 : tensor<1x1x128x32xf32>, tensor<1x1x32x32xf32>, tensor<1x1x32xf32>
}
