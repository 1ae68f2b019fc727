// A function compiled by infini-lower-to-nvvm, called through its C
// interface with device buffers of the wrong shape, reports the mismatch on
// the host and stops before it launches a kernel (infini-check-entry-shapes,
// on by default in the pipeline). Without a GPU the caller links
// recording-runtime.cpp, whose launches only print; linked against the CUDA
// runtime (always built; bench/gpu/build.sh takes it to the GPU machine),
// the right call computes the result where a GPU is present.
// REQUIRES: cuda-toolkit
// RUN: infini-opt %s -infini-lower-to-nvvm | mlir-translate -mlir-to-llvmir -o %t.ll
// RUN: llc -O2 -filetype=obj -relocation-model=pic %t.ll -o %t.o
// RUN: %clangxx %S/Inputs/call-retrieve-device.cpp %S/Inputs/recording-runtime.cpp \
// RUN:   %t.o -fuse-ld=lld -o %t-recorded.exe
// RUN: %t-recorded.exe right 2>&1 | FileCheck %s --check-prefix=RIGHT
// RUN: not --crash %t-recorded.exe wrong-tokens 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=NO-LAUNCH,TOKENS
// RUN: not --crash %t-recorded.exe wrong-out 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=NO-LAUNCH,OUT
// RUN: not --crash %t-recorded.exe wrong-stride 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=NO-LAUNCH,STRIDE
// RUN: %clangxx %S/Inputs/call-retrieve-device.cpp %t.o \
// RUN:   -L%infini_lib_dir -linfini_cuda_runtime -Wl,-rpath,%infini_lib_dir \
// RUN:   -fuse-ld=lld -o %t-cuda.exe
// RUN: %if cuda-gpu %{ %t-cuda.exe right | FileCheck %s --check-prefix=GPU %}
// RUN: %if cuda-gpu %{ not --crash %t-cuda.exe wrong-tokens 2>&1 \
// RUN:   | FileCheck %s --check-prefix=TOKENS %}

// The right call launches the retrieval's kernel (a block per batch, head
// and 32 x 32 output tile, on a linear grid) and the copy of its grouped
// result into the caller's buffer; the recorded run computes nothing. After the caller's own stream has filled the buffers, the
// function makes a stream of its own, launches on it and waits for it once.
// RIGHT: runtime: load module
// RIGHT: runtime: stream synchronize
// RIGHT-NEXT: runtime: stream create
// RIGHT-NEXT: runtime: launch {{.*}} grid 2x1x1
// RIGHT-NEXT: runtime: launch
// RIGHT-NEXT: runtime: stream synchronize
// RIGHT-NEXT: runtime: stream destroy
// RIGHT: out[0] = 0
// GPU: out[0] = 0.25

// NO-LAUNCH: runtime: load module
// NO-LAUNCH-NOT: runtime: launch
// TOKENS: infini: @retrieve argument #0: size of dimension 2 is not 4 (compiled for memref<1x2x4x4xf32>)
// OUT: infini: @retrieve argument #3: size of dimension 2 is not 4 (compiled for memref<1x2x4x4xf32>)
// STRIDE: infini: @retrieve argument #1: stride of dimension 2 is not 4 (compiled for memref<1x1x4x4xf32>)
// NO-LAUNCH-NOT: runtime: launch

func.func @retrieve(%q: tensor<1x2x4x4xf32>, %m: tensor<1x1x4x4xf32>, %z: tensor<1x1x4xf32>)
    -> tensor<1x2x4x4xf32> {
  %r = infini.memory_retrieve %q, %m, %z
      : tensor<1x2x4x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32> -> tensor<1x2x4x4xf32>
  return %r : tensor<1x2x4x4xf32>
}
