// REQUIRES: cuda-toolkit
// RUN: infini-opt %s -infini-lower-to-nvvm="format=isa chip=sm_90" -o %t.mlir
// RUN: %python %infini_src_root/scripts/nvvm-kernel-resources.py %t.mlir --ptxas %ptxas --chip sm_90 | FileCheck %s
// RUN: FileCheck %s --check-prefix=MMA < %t.mlir
// RUN: FileCheck %s --check-prefix=LDX4 < %t.mlir
// RUN: FileCheck %s --check-prefix=LDX4T < %t.mlir
// RUN: FileCheck %s --check-prefix=LDX2 < %t.mlir
// RUN: infini-opt %s -infini-lower-to-nvvm="format=isa chip=sm_90 tensor-cores=false" | FileCheck %s --check-prefix=NOTC
// RUN: infini-opt %s -infini-lower-to-nvvm="format=isa chip=sm_75" | FileCheck %s --check-prefix=NOTC

// What each kernel of a layer at the benchmark's shape (layer L of
// bench/: B = 1, H = 8, D = 128, N = 2048, bf16; two segments here) costs
// on an sm_90 SM, from ptxas -v and the launches in the host code. No kernel
// spills or keeps a stack frame. The segment kernel runs 3 blocks per SM,
// bounded by its registers (the warps' MMA accumulators among them) and its
// shared memory alike: its query, key and value tiles, scores,
// probabilities in f32 and bf16, softmax state and output accumulators
// take 59 KiB, the two key loops' temporaries and the epilogue's sharing
// bytes. The update is sigma(K) (kernel 2), the new memory's partial sums
// over chunks of 128 tokens (3: a 32 x 32 tile of one head and chunk per
// block, 2048 blocks; 6 per SM, bounded by the 32 KiB of its staged V tile
// and sigma(K)'s three bf16 parts), their sum (4), and the same two for
// the norm (5, 6); those and the state copies fill an SM with threads.
// CHECK: layer_kernel: 256 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 0 bytes shared, 8 blocks per SM (threads)
// CHECK: layer_kernel_0: 256 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 0 bytes shared, 8 blocks per SM (threads)
// CHECK: layer_kernel_1: 128 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 60032 bytes shared, 3 blocks per SM (registers, shared memory)
// CHECK: layer_kernel_2: 128 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 0 bytes shared, 16 blocks per SM (threads
// CHECK: layer_kernel_3: 128 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 32768 bytes shared, 6 blocks per SM (shared memory)
// CHECK: layer_kernel_4: 128 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 0 bytes shared, 16 blocks per SM (threads
// CHECK: layer_kernel_5: 128 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 0 bytes shared, 16 blocks per SM (threads
// CHECK: layer_kernel_6: 128 threads, {{[0-9]+}} registers, 0 spill bytes, 0 bytes stack, 0 bytes shared, 16 blocks per SM (threads
// CHECK-NOT: layer_kernel

// The segment kernel computes Q K^T and P V on tensor cores. Per key tile
// of 32, each of its 4 warps owns a 16 x 16 block of S^T = K Q^T (2 tiles,
// 8 steps along D = 128: 16 mma.sync) and a 32 x 32 block of P V (8 tiles,
// 2 steps along the keys: 16); the diagonal tile's P V, masked, stays FMAs:
// 16 + 16 in the unmasked loop, 16 in the diagonal one. All operands come
// from shared memory with ldmatrix: K (A of the scores, stored (keys, D),
// staged by a copy phase) plain .x4, once per tile and step: 8 + 8; Q^T (B
// of the scores, stored (D, queries)) .x2.trans: 16 + 16, and V (B of P V,
// stored (keys, D), staged) .x2.trans: 8; P^T in bf16 (A of P V, stored
// (keys, queries)) .x4.trans: 4.
// The update's partial sums of sigma(K)^T V are on tensor cores too: each
// warp owns a 16 x 16 block of the 32 x 32 tile (2 tiles) over 8 steps of
// 16 tokens, with three mma.sync per tile and step, one per bf16 part of
// sigma(K) (48); sigma(K)'s parts (A, stored (tokens, Dk)) .x4.trans, 3 per
// step: 24, and V (B, stored (tokens, Dv), staged) .x2.trans, 2 per step:
// 16. No other kernel has a product.
// With tensor-cores=false, or for a chip before sm_80 (whose mma.sync has
// no m16n8k16 shape), the products are FMAs.
// NOTC: gpu.binary @layer_kernel_1
// NOTC-NOT: mma.sync
// NOTC-NOT: ldmatrix
// NOTC: gpu.binary @layer_kernel_6
// MMA: gpu.binary @layer_kernel_1
// MMA-COUNT-48: mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32
// MMA-NOT: mma.sync
// MMA: gpu.binary @layer_kernel_3
// MMA-COUNT-48: mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32
// MMA-NOT: mma.sync
// MMA: gpu.binary @layer_kernel_4
// MMA-NOT: mma.sync
// LDX4: gpu.binary @layer_kernel_1
// LDX4-COUNT-16: ldmatrix.sync.aligned.m8n8.x4.shared.b16
// LDX4-NOT: ldmatrix.sync.aligned.m8n8.x4.shared
// LDX4: gpu.binary @layer_kernel_2
// LDX4T: gpu.binary @layer_kernel_1
// LDX4T-COUNT-4: ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16
// LDX4T-NOT: ldmatrix.sync.aligned.m8n8.x4.trans
// LDX4T: gpu.binary @layer_kernel_3
// LDX4T-COUNT-24: ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16
// LDX4T-NOT: ldmatrix.sync.aligned.m8n8.x4.trans
// LDX4T: gpu.binary @layer_kernel_4
// LDX2: gpu.binary @layer_kernel_1
// LDX2-COUNT-40: ldmatrix.sync.aligned.m8n8.x2.trans.shared.b16
// LDX2-NOT: ldmatrix
// LDX2: gpu.binary @layer_kernel_3
// LDX2-COUNT-16: ldmatrix.sync.aligned.m8n8.x2.trans.shared.b16
// LDX2-NOT: ldmatrix
// LDX2: gpu.binary @layer_kernel_4
// LDX2-NOT: ldmatrix
func.func @layer(%q: tensor<1x8x4096x128xbf16>, %k: tensor<1x8x4096x128xbf16>, %v: tensor<1x8x4096x128xbf16>,
                 %m: tensor<1x8x128x128xf32>, %z: tensor<1x8x128xf32>, %g: tensor<8xf32>)
    -> (tensor<1x8x4096x128xbf16>, tensor<1x8x128x128xf32>, tensor<1x8x128xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 2048 rule = linear
      : tensor<1x8x4096x128xbf16>, tensor<1x8x4096x128xbf16>, tensor<1x8x4096x128xbf16>,
        tensor<1x8x128x128xf32>, tensor<1x8x128xf32>, tensor<8xf32>
      -> tensor<1x8x4096x128xbf16>, tensor<1x8x128x128xf32>, tensor<1x8x128xf32>
  return %o, %m1, %z1 : tensor<1x8x4096x128xbf16>, tensor<1x8x128x128xf32>, tensor<1x8x128xf32>
}
