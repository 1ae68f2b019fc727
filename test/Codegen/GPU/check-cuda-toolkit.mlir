// RUN: env -u CUDA_ROOT -u CUDA_HOME -u CUDA_PATH not infini-opt %s -infini-check-cuda-toolkit 2>&1 | FileCheck %s --check-prefix=NONE
// RUN: not infini-opt %s -infini-check-cuda-toolkit=toolkit=%t.nowhere 2>&1 | FileCheck %s --check-prefix=EMPTY
// RUN: mkdir -p %t.fake/bin && touch %t.fake/bin/ptxas
// RUN: env CUDA_ROOT=%t.fake not infini-opt %s -infini-check-cuda-toolkit 2>&1 | FileCheck %s --check-prefix=LIBDEVICE

// NONE: error: no CUDA toolkit: set the pipeline's toolkit= option or CUDA_ROOT, CUDA_HOME or CUDA_PATH (e.g. /usr/local/cuda)
// EMPTY: error: the CUDA toolkit at toolkit={{.*}}.nowhere has no bin/ptxas: MLIR's NVVM serializer needs it
// LIBDEVICE: error: the CUDA toolkit at CUDA_ROOT={{.*}}.fake has no nvvm/libdevice/libdevice.10.bc
module {}
