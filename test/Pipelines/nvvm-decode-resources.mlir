// REQUIRES: cuda-toolkit
// RUN: infini-opt %s -infini-lower-to-nvvm="format=isa chip=sm_90" -o %t.mlir
// RUN: %python %infini_src_root/scripts/nvvm-kernel-resources.py %t.mlir --ptxas %ptxas --chip sm_90 | FileCheck %s
// RUN: FileCheck %s --check-prefix=HOST < %t.mlir

// A decode step at the decode benchmark's shape (bench/decode.py: B = 1,
// H = 8, D = 128, N = 2048; bf16 here) on an sm_90 SM, from ptxas -v. The
// inputs are read only (the pipeline's convention), so six kernels first
// copy the state into the results (the caches' 4 MiB each among them);
// then the step's three kernels: the token into the state (a block per
// batch element and kv head: 8), the local attention over splits of 128
// cached keys (8 x 16 = 128 blocks, the partial online-softmax states), and
// their merge with the read-out and the gate (8 blocks); the last kernel
// advances the positions. None spills or keeps a stack frame.
// CHECK: decode_kernel: 256 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 0 bytes shared
// CHECK: decode_kernel_4: 256 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 0 bytes shared
// CHECK: decode_kernel_5: 128 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, {{[0-9]+}} bytes shared, 16 blocks per SM
// CHECK: decode_kernel_6: 128 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, {{[0-9]+}} bytes shared, 16 blocks per SM
// CHECK: decode_kernel_7: 128 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, {{[0-9]+}} bytes shared, 16 blocks per SM
// CHECK: decode_kernel_8: 1 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 0 bytes shared
// CHECK-NOT: decode_kernel

// The host: the partial states (three buffers) allocated once per call, ten
// launches on one stream, one synchronization.
// HOST-LABEL: llvm.func @decode(
// HOST-COUNT-10: gpu.launch_func
// HOST-NOT: gpu.launch_func
// HOST: llvm.call @mgpuStreamSynchronize
// HOST-NOT: llvm.call @mgpuStreamSynchronize
// HOST: llvm.return
func.func @decode(%q: tensor<1x8x1x128xbf16>, %k: tensor<1x8x1x128xbf16>, %v: tensor<1x8x1x128xbf16>,
    %m: tensor<1x8x128x128xf32>, %z: tensor<1x8x128xf32>, %g: tensor<8xf32>,
    %sm: tensor<1x8x128x128xf32>, %sz: tensor<1x8x128xf32>,
    %kc: tensor<1x8x2048x128xbf16>, %vc: tensor<1x8x2048x128xbf16>, %p: tensor<1xi64>)
    -> (tensor<1x8x1x128xbf16>, tensor<1x8x128x128xf32>, tensor<1x8x128xf32>, tensor<1x8x128x128xf32>,
        tensor<1x8x128xf32>, tensor<1x8x2048x128xbf16>, tensor<1x8x2048x128xbf16>, tensor<1xi64>) {
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %v, %m, %z, %g
      segment(%sm, %sz) cache(%kc, %vc) position(%p)
      : tensor<1x8x1x128xbf16>, tensor<1x8x1x128xbf16>, tensor<1x8x1x128xbf16>, tensor<1x8x128x128xf32>,
        tensor<1x8x128xf32>, tensor<8xf32>, tensor<1x8x128x128xf32>, tensor<1x8x128xf32>,
        tensor<1x8x2048x128xbf16>, tensor<1x8x2048x128xbf16>, tensor<1xi64> -> tensor<1x8x1x128xbf16>
  return %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 : tensor<1x8x1x128xbf16>, tensor<1x8x128x128xf32>, tensor<1x8x128xf32>, tensor<1x8x128x128xf32>,
        tensor<1x8x128xf32>, tensor<1x8x2048x128xbf16>, tensor<1x8x2048x128xbf16>, tensor<1xi64>
}
