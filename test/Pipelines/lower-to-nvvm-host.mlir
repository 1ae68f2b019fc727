// REQUIRES: cuda-toolkit
// RUN: infini-opt %s -infini-lower-to-nvvm -mlir-print-ir-after=gpu-kernel-outlining -o /dev/null 2>&1 | FileCheck %s
// RUN: infini-opt %s -infini-lower-to-nvvm | FileCheck %s --check-prefix=LLVM

// The host side of a layer of two whole segments (T = 512, N = 256) after
// outlining. The initial state is an input and only read: two kernels copy
// it into the result buffers (%arg7, %arg8), which the updates then write
// in place. The temporaries (sigma(K) of a segment, and the partial sums
// of the new memory and norm over its two chunks of 128 tokens) are
// allocated once, before the segment loop; each segment launches its six
// kernels (segment, sigma(K), partial sums and their sum for the memory,
// the same for the norm) and allocates, frees and copies nothing (its
// output goes straight into the caller's buffer).
// The kernels see the buffers with the static shapes and strides the entry
// checks established (no `?` in what they are passed), and the constants
// they use are sunk into them (gpu-launch-sink-index-computations): a
// segment's kernels take its offset and static buffers, nothing else, so
// their sizes, strides and tile bounds are constants in the kernel code.
// CHECK-LABEL: func.func @layer(
// CHECK: %[[M_IN:.*]] = memref.reinterpret_cast %arg3
// CHECK: %[[Z_IN:.*]] = memref.reinterpret_cast %arg4
// CHECK: %[[M_OUT:.*]] = memref.reinterpret_cast %arg7
// CHECK: %[[Z_OUT:.*]] = memref.reinterpret_cast %arg8
// CHECK: gpu.launch_func @layer_kernel::@layer_kernel {{.*}} args(%[[M_IN]] : {{.*}}, %[[M_OUT]] :
// CHECK: gpu.launch_func @layer_kernel_0::@layer_kernel {{.*}} args(%[[Z_IN]] : {{.*}}, %[[Z_OUT]] :
// CHECK: %[[SK:.*]] = gpu.alloc () : memref<1x1x256x16xf32>
// CHECK-NEXT: %[[PM:.*]] = gpu.alloc () : memref<2x1x1x16x16xf32>
// CHECK-NEXT: %[[PZ:.*]] = gpu.alloc () : memref<2x1x1x16xf32>
// CHECK-NEXT: scf.for
// CHECK-COUNT-6: gpu.launch_func {{[^?]*}} args({{((%arg9 : index|%[a-z_0-9]+ : memref<[0-9a-z]+>)(, )?)+}}){{$}}
// CHECK-NOT: gpu.
// CHECK: }
// CHECK-NEXT: gpu.dealloc %[[SK]]
// CHECK-NEXT: gpu.dealloc %[[PM]]
// CHECK-NEXT: gpu.dealloc %[[PZ]]
// CHECK-NOT: gpu.launch_func
// CHECK: return

// The lowered host code puts all of it on one stream: created once, after
// the entry checks; the segment loop carries it and launches on it, with no
// runtime call of its own; the host waits for it once, after the free.
// LLVM-LABEL: llvm.func @layer(
// LLVM-NOT: llvm.call @mgpu{{Stream|Event}}
// LLVM: llvm.call @mgpuStreamCreate()
// LLVM-NOT: llvm.call @mgpu{{Stream|Event}}
// LLVM-COUNT-3: llvm.call @mgpuMemAlloc
// LLVM-NOT: llvm.call
// LLVM: llvm.br ^bb[[HEAD:[0-9]+]](
// LLVM-NEXT: ^bb[[HEAD]](%{{.*}}: i64, %[[STREAM:.*]]: !llvm.ptr):
// LLVM-NEXT: llvm.icmp
// LLVM-NEXT: llvm.cond_br
// LLVM-NEXT: {{\^bb[0-9]+}}:  // pred
// LLVM-COUNT-6: gpu.launch_func <%[[STREAM]] : !llvm.ptr>
// LLVM-NOT: llvm.call
// LLVM: llvm.br ^bb[[HEAD]](
// LLVM-NEXT: {{\^bb[0-9]+}}:  // pred
// LLVM-COUNT-3: llvm.call @mgpuMemFree(%{{.*}}, %[[STREAM]])
// LLVM-NEXT: llvm.call @mgpuStreamSynchronize(%[[STREAM]])
// LLVM-NEXT: llvm.call @mgpuStreamDestroy(%[[STREAM]])
// LLVM-NEXT: llvm.return
func.func @layer(%q: tensor<1x2x512x16xbf16>, %k: tensor<1x1x512x16xbf16>, %v: tensor<1x1x512x16xbf16>,
                 %m: tensor<1x1x16x16xf32>, %z: tensor<1x1x16xf32>, %g: tensor<2xf32>)
    -> (tensor<1x2x512x16xbf16>, tensor<1x1x16x16xf32>, tensor<1x1x16xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 256 rule = linear
      : tensor<1x2x512x16xbf16>, tensor<1x1x512x16xbf16>, tensor<1x1x512x16xbf16>,
        tensor<1x1x16x16xf32>, tensor<1x1x16xf32>, tensor<2xf32>
      -> tensor<1x2x512x16xbf16>, tensor<1x1x16x16xf32>, tensor<1x1x16xf32>
  return %o, %m1, %z1 : tensor<1x2x512x16xbf16>, tensor<1x1x16x16xf32>, tensor<1x1x16xf32>
}
