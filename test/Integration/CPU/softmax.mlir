// linalg.softmax, which torch-mlir does not emit but other frontends and
// users do, lowers through infini-lower-to-cpu and runs (issue 13: the
// pipeline used to exit 0 with it left in its output, and mlir-runner then
// failed with "Dialect `linalg' not found"). Expected: softmax of each row,
// computed in float64 by hand: exp(x - max) / sum.
// RUN: infini-opt %s -infini-lower-to-cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils,%libomp \
// RUN: | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>)

// CHECK: [0.0320586,   0.0871443,   0.236883,   0.643914]
// CHECK-NEXT: [0.25,   0.25,   0.25,   0.25]
func.func @main() {
  %x = arith.constant dense<[[1.0, 2.0, 3.0, 4.0], [-7.5, -7.5, -7.5, -7.5]]> : tensor<2x4xf32>
  %e = tensor.empty() : tensor<2x4xf32>
  %r = linalg.softmax dimension(1) ins(%x : tensor<2x4xf32>) outs(%e : tensor<2x4xf32>) -> tensor<2x4xf32>
  %u = tensor.cast %r : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
