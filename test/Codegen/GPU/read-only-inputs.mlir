// RUN: infini-opt %s -infini-read-only-inputs | FileCheck %s

// Tensor arguments of public functions with a body become read-only for
// bufferization; an explicit attribute, other arguments, private and
// external functions are left alone. An argument the caller marked
// writable is also marked for infini-in-place-results.
// CHECK-LABEL: func.func @entry
// CHECK-SAME: %{{[a-z0-9]+}}: tensor<4xf32> {bufferization.writable = false}
// CHECK-SAME: %{{[a-z0-9]+}}: tensor<4xf32> {bufferization.writable = true, infini.in_place}
// CHECK-SAME: %{{[a-z0-9]+}}: tensor<4xf32> {bufferization.writable = false}
// CHECK-SAME: %{{[a-z0-9]+}}: index)
func.func @entry(%a: tensor<4xf32>, %b: tensor<4xf32> {bufferization.writable = true},
                 %c: tensor<4xf32> {bufferization.writable = false}, %i: index) -> tensor<4xf32> {
  return %a : tensor<4xf32>
}

// CHECK-LABEL: func.func private @helper
// CHECK-SAME: (%{{.*}}: tensor<4xf32>) -> tensor<4xf32>
func.func private @helper(%a: tensor<4xf32>) -> tensor<4xf32> {
  return %a : tensor<4xf32>
}

// CHECK: func.func private @external(tensor<4xf32>)
func.func private @external(tensor<4xf32>)
