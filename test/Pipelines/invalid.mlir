// Input the pipelines cannot compile fails with a diagnostic from the pass
// that cannot handle it, never a crash.
// RUN: not infini-opt %s -infini-lower-to-cpu="query-tile=0" 2>&1 | FileCheck %s --check-prefix=TILE
// RUN: not infini-opt %s -infini-lower-to-cpu="target-cpu=foo" 2>&1 | FileCheck %s --check-prefix=CPU
// RUN: not infini-opt %s -infini-lower-to-cpu="gpu-kernels" 2>&1 | FileCheck %s --check-prefix=GPU
// RUN: %if cuda-toolkit %{ not infini-opt %s -infini-lower-to-nvvm 2>&1 | FileCheck %s --check-prefix=GPU %}
// RUN: %if cuda-toolkit %{ not infini-opt %s -infini-lower-to-nvvm="block-size=4096" 2>&1 | FileCheck %s --check-prefix=THREADS %}
// Target options that do not fit together fail before any work (LLVM would
// kill the process on a PTX version too old for the chip; upstream's
// gpu-module-to-binary reports an unknown format but exits 0):
// RUN: %if cuda-toolkit %{ not infini-opt %s -infini-lower-to-nvvm="chip=sm_100a features=+ptx80" 2>&1 | FileCheck %s --check-prefix=PTX %}
// RUN: %if cuda-toolkit %{ not infini-opt %s -infini-lower-to-nvvm="format=garbage" 2>&1 | FileCheck %s --check-prefix=FORMAT %}
// RUN: %if cuda-toolkit %{ not infini-opt %s -infini-lower-to-nvvm="max-shared-memory=-1" 2>&1 | FileCheck %s --check-prefix=SHARED %}

// TILE: error: convert-infini-to-linalg: query-tile and key-tile must be positive, got 0 and 64
// CPU: error: infini-set-target-cpu: 'foo' is not an x86 CPU LLVM knows
// PTX: error: chip=sm_100a needs PTX 8.6 or newer, but features=+ptx80 asks for PTX 8.0: pass features=+ptx86
// PTX-NOT: LLVM ERROR
// FORMAT: error: format=garbage is not a kernel binary format
// SHARED: error: max-shared-memory=-1 must be at least 0 (0: the chip's opt-in maximum)
// GPU: invalid.mlir:[[@LINE+4]]:8: error: 'infini.memory_retrieve' op needs static head dimensions on the GPU, but 'query' is 'tensor<1x2x8x?xf32>'
// THREADS: error: convert-infini-to-gpu: block-size must be at most 1024 (CUDA's limit of threads per block), got 4096
func.func @dynamic_head_dims(%q: tensor<1x2x8x?xf32>, %m: tensor<1x2x?x4xf32>, %z: tensor<1x2x?xf32>)
    -> tensor<1x2x8x4xf32> {
  %r = infini.memory_retrieve %q, %m, %z : tensor<1x2x8x?xf32>, tensor<1x2x?x4xf32>, tensor<1x2x?xf32> -> tensor<1x2x8x4xf32>
  return %r : tensor<1x2x8x4xf32>
}
