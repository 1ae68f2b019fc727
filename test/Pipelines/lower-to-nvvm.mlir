// REQUIRES: cuda-toolkit
// RUN: infini-opt %s -infini-lower-to-nvvm -o %t.mlir
// RUN: FileCheck %s --check-prefix=BINARY < %t.mlir
// RUN: infini-opt %s -infini-lower-to-nvvm="format=isa chip=sm_90 features=+ptx80" -o %t.isa.mlir
// RUN: FileCheck %s --check-prefix=PTX < %t.isa.mlir
// RUN: FileCheck %s --check-prefix=SHARED < %t.isa.mlir
// RUN: FileCheck %s --check-prefixes=FMA,UNFUSED < %t.isa.mlir
// RUN: mlir-translate -mlir-to-llvmir %t.mlir -o %t.ll
// RUN: FileCheck %s --check-prefix=HOST < %t.ll
// RUN: llc -O2 -filetype=obj -relocation-model=pic %t.ll -o %t.o
// Every host call resolves in the runtime (--no-undefined).
// RUN: %clangxx -shared %t.o -L%infini_lib_dir -linfini_cuda_runtime -Wl,--no-undefined -fuse-ld=lld -o %t.so
// Without features the PTX version follows the chip (sm_100a needs PTX 8.6;
// the old default +ptx80 made LLVM kill the process):
// RUN: infini-opt %s -infini-lower-to-nvvm="chip=sm_100a format=isa" | FileCheck %s --check-prefix=SM100
// SM100: #nvvm.target<chip = "sm_100a", features = "+ptx86">
// SM100: .version 8.6
// SM100: .target sm_100a
// RUN: env -u CUDA_ROOT -u CUDA_HOME -u CUDA_PATH not infini-opt %s -infini-lower-to-nvvm 2>&1 | FileCheck %s --check-prefix=NOTOOLKIT

// T = 40 tokens in segments of 32: one full segment, then the 8-token tail.
// Each segment runs a fused segment kernel (local attention, retrieval and
// gate), which writes into the layer's output, and the update's kernels
// (the new memory, which computes its tiles of sigma(K) and of the delta
// rule's read-out itself, and the norm's sums, which compute their tile of
// sigma(K)), each with an element-per-thread kernel before it that copies
// the state it starts from (for the first segment the initial state, an
// input, only read): 10 kernels, each embedded as a fatbin for sm_90.
// The entry point takes device buffers, results last (9 descriptors); the
// host never allocates host memory.
// BINARY-NOT: llvm.call @malloc
// BINARY: llvm.func @_mlir_ciface_layer(%arg0: !llvm.ptr, {{.*}}, %arg8: !llvm.ptr)
// BINARY-NOT: llvm.call @malloc
// BINARY-COUNT-10: gpu.binary @layer_kernel{{.*}} [#gpu.object<#nvvm.target<chip = "sm_90", features = "+ptx80">, properties = {{{.*}}}, "P\EDU\BA
// BINARY-NOT: gpu.binary

// The segment kernels, the new memory's and the norm sums' (two each)
// keep their temporaries in dynamic shared memory (an extern array, as
// CUDA declares it; infini-extern-dynamic-shared-memory), synchronize their
// 128 threads between phases, read bf16 and compute in f32 with FMAs and
// exp2.
// SHARED-COUNT-6: .extern .shared .align 16 .b8 __dynamic_shmem__0[];
// SHARED-NOT: .shared .align 16 .b8 __dynamic_shmem__0
// PTX-DAG: .maxntid 128, 1, 1
// PTX-DAG: ld.global.b16
// PTX-DAG: cvt.f32.bf16
// PTX-DAG: st.shared.b32
// PTX-DAG: bar.sync {{.*}}0;
// PTX-DAG: ld.shared.b32
// PTX-DAG: fma.rn.f32
// PTX-DAG: ex2.approx
// PTX-DAG: cvt.rn.bf16.f32

// The products fuse with the sums they feed (infini-gpu-contract-products):
// an FMA of three registers is a term of a dot product, and no sum of two
// registers is rounded on its own as `add.rn` (the only `add.rn` left, with
// an immediate, is inside the expansion of exp).
// UNFUSED-NOT: add.rn.f32 \09{{%r[0-9]+, %r[0-9]+, %r[0-9]+}};
// FMA: fma.rn.f32 \09{{%r[0-9]+, %r[0-9]+, %r[0-9]+, %r[0-9]+}};
// UNFUSED-NOT: add.rn.f32 \09{{%r[0-9]+, %r[0-9]+, %r[0-9]+}};

// The host: modules load in a constructor, buffers in device memory, kernels
// launched through the mgpu* runtime.
// HOST-DAG: call ptr @mgpuModuleLoad(ptr @layer_kernel_binary
// HOST-DAG: call ptr @mgpuMemAlloc(
// HOST-DAG: call void @mgpuMemFree(
// HOST-DAG: call void @mgpuLaunchKernel(
// HOST-DAG: call void @mgpuStreamSynchronize(

// NOTOOLKIT: error: no CUDA toolkit
func.func @layer(%q: tensor<1x2x40x16xbf16>, %k: tensor<1x1x40x16xbf16>, %v: tensor<1x1x40x16xbf16>,
                 %m: tensor<1x1x16x16xf32>, %z: tensor<1x1x16xf32>, %g: tensor<2xf32>)
    -> (tensor<1x2x40x16xbf16>, tensor<1x1x16x16xf32>, tensor<1x1x16xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 32 rule = delta
      : tensor<1x2x40x16xbf16>, tensor<1x1x40x16xbf16>, tensor<1x1x40x16xbf16>,
        tensor<1x1x16x16xf32>, tensor<1x1x16xf32>, tensor<2xf32>
      -> tensor<1x2x40x16xbf16>, tensor<1x1x16x16xf32>, tensor<1x1x16xf32>
  return %o, %m1, %z1 : tensor<1x2x40x16xbf16>, tensor<1x1x16x16xf32>, tensor<1x1x16xf32>
}
