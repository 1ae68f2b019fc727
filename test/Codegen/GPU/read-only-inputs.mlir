// RUN: infini-opt %s -infini-read-only-inputs | FileCheck %s

// Tensor arguments of public functions with a body become read-only for
// bufferization; an explicit attribute, other arguments, private and
// external functions are left alone.
// CHECK-LABEL: func.func @entry
// CHECK-SAME: %{{.*}}: tensor<4xf32> {bufferization.writable = false}
// CHECK-SAME: %{{.*}}: tensor<4xf32> {bufferization.writable = true}
// CHECK-SAME: %{{.*}}: index)
func.func @entry(%a: tensor<4xf32>, %b: tensor<4xf32> {bufferization.writable = true}, %i: index) -> tensor<4xf32> {
  return %a : tensor<4xf32>
}

// CHECK-LABEL: func.func private @helper
// CHECK-SAME: (%{{.*}}: tensor<4xf32>) -> tensor<4xf32>
func.func private @helper(%a: tensor<4xf32>) -> tensor<4xf32> {
  return %a : tensor<4xf32>
}

// CHECK: func.func private @external(tensor<4xf32>)
func.func private @external(tensor<4xf32>)
