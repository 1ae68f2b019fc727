// REQUIRES: cuda-toolkit
// RUN: infini-opt %s -infini-lower-to-nvvm="format=isa chip=sm_90" -o %t.mlir
// RUN: %python %infini_src_root/scripts/nvvm-kernel-resources.py %t.mlir --ptxas %ptxas --chip sm_90 | FileCheck %s

// What each kernel of a layer at the benchmark's shape (layer L of
// bench/: B = 1, H = 8, D = 128, N = 2048, bf16; two segments here) costs
// on an sm_90 SM, from ptxas -v and the launches in the host code. No kernel
// spills or keeps a stack frame. The segment kernel is bounded by its
// shared memory (its query and key tiles, scores, softmax state and output
// accumulators: 89 KiB), two blocks per SM; its registers do not lower
// that (even 255 per thread would leave room for two blocks of 128
// threads). The update's kernels and the state copies fill an SM with
// threads.
// CHECK: layer_kernel: 256 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 0 bytes shared, 8 blocks per SM (threads)
// CHECK: layer_kernel_0: 256 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 0 bytes shared, 8 blocks per SM (threads)
// CHECK: layer_kernel_1: 128 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 91264 bytes shared, 2 blocks per SM (shared memory)
// CHECK: layer_kernel_2: 128 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 0 bytes shared, 16 blocks per SM (threads
// CHECK: layer_kernel_3: 128 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 0 bytes shared, 16 blocks per SM (threads
// CHECK: layer_kernel_4: 128 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 0 bytes shared, 16 blocks per SM (threads
// CHECK-NOT: layer_kernel
func.func @layer(%q: tensor<1x8x4096x128xbf16>, %k: tensor<1x8x4096x128xbf16>, %v: tensor<1x8x4096x128xbf16>,
                 %m: tensor<1x8x128x128xf32>, %z: tensor<1x8x128xf32>, %g: tensor<8xf32>)
    -> (tensor<1x8x4096x128xbf16>, tensor<1x8x128x128xf32>, tensor<1x8x128xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 2048 rule = linear
      : tensor<1x8x4096x128xbf16>, tensor<1x8x4096x128xbf16>, tensor<1x8x4096x128xbf16>,
        tensor<1x8x128x128xf32>, tensor<1x8x128xf32>, tensor<8xf32>
      -> tensor<1x8x4096x128xbf16>, tensor<1x8x128x128xf32>, tensor<1x8x128xf32>
  return %o, %m1, %z1 : tensor<1x8x4096x128xbf16>, tensor<1x8x128x128xf32>, tensor<1x8x128xf32>
}
