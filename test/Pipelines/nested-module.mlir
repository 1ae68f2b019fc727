// Both pipelines compile the functions of the module they run on. A function
// in a nested module is refused before any work, with the way to compile it
// (before: the CPU pipeline's function passes skipped it and
// convert-arith-to-llvm broke the leftover linalg.contract body).
// RUN: not infini-opt %s -infini-lower-to-cpu 2>&1 | FileCheck %s --check-prefix=CPU
// RUN: %if cuda-toolkit %{ not infini-opt %s -infini-lower-to-nvvm 2>&1 | FileCheck %s --check-prefix=NVVM %}
// Run on the nested module, the pipeline lowers it completely.
// RUN: infini-opt %s --pass-pipeline="builtin.module(builtin.module(infini-lower-to-cpu))" | FileCheck %s --check-prefix=NESTED

// CPU: error: infini-lower-to-cpu compiles the functions of the module it runs on, not those of nested modules: this module (@inner) holds @layer; run the pipeline on it, e.g. --pass-pipeline='builtin.module(builtin.module(infini-lower-to-cpu))'
// NVVM: error: infini-lower-to-nvvm compiles the functions of the module it runs on, not those of nested modules
// NESTED: module @inner
// NESTED: llvm.func @layer(
// NESTED-NOT: infini.
// NESTED-NOT: linalg.
// NESTED-NOT: tensor.
module {
  module @inner {
    func.func @layer(%q: tensor<1x2x64x32xf32>, %m: tensor<1x2x32x32xf32>, %z: tensor<1x2x32xf32>, %g: tensor<2xf32>)
        -> (tensor<1x2x64x32xf32>, tensor<1x2x32x32xf32>, tensor<1x2x32xf32>) {
      %o, %m1, %z1 = infini.attention %q, %q, %q, %m, %z, %g segment_len = 32
          : tensor<1x2x64x32xf32>, tensor<1x2x64x32xf32>, tensor<1x2x64x32xf32>, tensor<1x2x32x32xf32>, tensor<1x2x32xf32>, tensor<2xf32>
          -> tensor<1x2x64x32xf32>, tensor<1x2x32x32xf32>, tensor<1x2x32xf32>
      return %o, %m1, %z1 : tensor<1x2x64x32xf32>, tensor<1x2x32x32xf32>, tensor<1x2x32xf32>
    }
  }
}
