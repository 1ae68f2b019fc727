// A whole layer through infini-lower-to-cpu and mlir-runner: two query heads
// share one kv head, T = 3 in segments of 2 (a full one and a tail of 1), the
// delta rule, a per-head gate, starting from an empty memory. Expected
// numbers are SPEC's layer loop evaluated by hand in float64.
// RUN: infini-opt %s -infini-lower-to-cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils,%libomp \
// RUN: | FileCheck %s
// Compiled for an AVX2-only CPU (4 x 16 register blocks), run on this one:
// RUN: %if host-avx2 %{ infini-opt %s -infini-lower-to-cpu="target-cpu=haswell" \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils,%libomp \
// RUN: | FileCheck %s %}
// The GPU-style kernels of convert-infini-to-gpu through the CPU pipeline as
// it is (without gpu-kernels=true): blocks and threads become OpenMP and
// serial loops, their scratch ordinary buffers (issue 15 saw the kernels of
// the time reach upstream's multi-block memref.alloca_scope there).
// RUN: infini-opt %s -convert-infini-to-gpu | infini-opt -infini-lower-to-cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils,%libomp \
// RUN: | FileCheck %s
// The same through upstream mlir-opt with our plugin:
// RUN: %if infini-plugin %{ mlir-opt %s --load-dialect-plugin=%infini_plugin \
// RUN:     --load-pass-plugin=%infini_plugin \
// RUN:     --pass-pipeline="builtin.module(infini-lower-to-cpu)" \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils,%libomp \
// RUN: | FileCheck %s %}

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %q = arith.constant dense<[[[[0.5, -1.0], [1.0, 0.5], [-0.5, 0.25]],
                              [[0.25, 0.75], [-1.0, 1.0], [2.0, -0.5]]]]> : tensor<1x2x3x2xf32>
  %k = arith.constant dense<[[[[1.0, 0.0], [0.0, 1.0], [0.5, -0.5]]]]> : tensor<1x1x3x2xf32>
  %v = arith.constant dense<[[[[1.0, 2.0], [-1.0, 0.5], [0.25, -0.75]]]]> : tensor<1x1x3x2xf32>
  %m = arith.constant dense<0.0> : tensor<1x1x2x2xf32>
  %z = arith.constant dense<0.0> : tensor<1x1x2xf32>
  %beta = arith.constant dense<[0.0, 1.5]> : tensor<2xf32>
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %beta segment_len = 2 rule = delta
      : tensor<1x2x3x2xf32>, tensor<1x1x3x2xf32>, tensor<1x1x3x2xf32>,
        tensor<1x1x2x2xf32>, tensor<1x1x2xf32>, tensor<2xf32>
      -> tensor<1x2x3x2xf32>, tensor<1x1x2x2xf32>, tensor<1x1x2xf32>

  // Head 0. Token 0: empty memory, so (1 - sigmoid(0)) * v0.
  // CHECK: [0.5, 1]
  // CHECK-NEXT: [0.087479, 0.690609]
  // CHECK-NEXT: [0.0672337, 0.206675]
  // Head 1 reads the same kv head with its own queries and gate.
  // CHECK-NEXT: [0.182426, 0.364851]
  // -0.1110715 in float64: f32 rounding may print either last digit.
  // CHECK-NEXT: [{{-0.11107[12]}}, 0.144728]
  // CHECK-NEXT: [0.226467, 1.02079]
  %ou = tensor.cast %o : tensor<1x2x3x2xf32> to tensor<*xf32>
  call @printMemrefF32(%ou) : (tensor<*xf32>) -> ()
  // CHECK: [1.16293, 1.34095]
  // CHECK-NEXT: [-0.934119, 1.72262]
  %mu = tensor.cast %m1 : tensor<1x1x2x2xf32> to tensor<*xf32>
  call @printMemrefF32(%mu) : (tensor<*xf32>) -> ()
  // CHECK: [4.5, 3.60653]
  %zu = tensor.cast %z1 : tensor<1x1x2xf32> to tensor<*xf32>
  call @printMemrefF32(%zu) : (tensor<*xf32>) -> ()
  return
}
