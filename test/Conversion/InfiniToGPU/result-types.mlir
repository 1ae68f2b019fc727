// RUN: infini-opt %s -convert-infini-to-gpu -split-input-file | FileCheck %s
// RUN: infini-opt %s -infini-lower-to-cpu="gpu-kernels" -split-input-file -o /dev/null

// An op's result may be more or less static than its operands (the verifier
// only requires the sizes to agree). The kernels have the operands' shapes;
// their results are cast to the op's type.

// CHECK-LABEL: func @combine_dynamic_result
// CHECK: %[[K:.*]] = scf.forall {{.*}} -> (tensor<1x2x8x4xf32>)
// CHECK: %[[C:.*]] = tensor.cast %[[K]] : tensor<1x2x8x4xf32> to tensor<1x2x8x?xf32>
// CHECK: return %[[C]]
func.func @combine_dynamic_result(%a: tensor<1x2x8x4xf32>, %b: tensor<1x2x8x4xf32>, %g: tensor<2xf32>) -> tensor<1x2x8x?xf32> {
  %c = infini.gated_combine %a, %b, %g : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<2xf32> -> tensor<1x2x8x?xf32>
  return %c : tensor<1x2x8x?xf32>
}

// -----

// CHECK-LABEL: func @local_static_result
// CHECK: %[[K:.*]] = scf.forall {{.*}} -> (tensor<?x2x?x4xf32>)
// CHECK: %[[C:.*]] = tensor.cast %[[K]] : tensor<?x2x?x4xf32> to tensor<1x2x8x4xf32>
// CHECK: return %[[C]]
func.func @local_static_result(%q: tensor<?x2x?x4xf32>, %k: tensor<?x2x?x4xf32>, %v: tensor<?x2x?x4xf32>) -> tensor<1x2x8x4xf32> {
  %l = infini.local_attention %q, %k, %v : tensor<?x2x?x4xf32>, tensor<?x2x?x4xf32>, tensor<?x2x?x4xf32> -> tensor<1x2x8x4xf32>
  return %l : tensor<1x2x8x4xf32>
}

// -----

// CHECK-LABEL: func @update_dynamic_result
// CHECK: %[[M:.*]] = scf.forall {{.*}} -> (tensor<1x2x4x4xf32>)
// CHECK: %[[C:.*]] = tensor.cast %[[M]] : tensor<1x2x4x4xf32> to tensor<?x2x4x4xf32>
// CHECK: return %[[C]], %{{.*}} : tensor<?x2x4x4xf32>, tensor<1x2x4xf32>
func.func @update_dynamic_result(%k: tensor<1x2x8x4xf32>, %v: tensor<1x2x8x4xf32>, %m: tensor<1x2x4x4xf32>, %z: tensor<1x2x4xf32>) -> (tensor<?x2x4x4xf32>, tensor<1x2x4xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4xf32> -> tensor<?x2x4x4xf32>, tensor<1x2x4xf32>
  return %m1, %z1 : tensor<?x2x4x4xf32>, tensor<1x2x4xf32>
}

// -----

// A per-channel gate with a dynamic Dv: Dv comes from the data operands.
// CHECK-LABEL: func @combine_dynamic_gate
// CHECK: %[[K:.*]] = scf.forall {{.*}} -> (tensor<1x2x8x4xf32>)
// CHECK: return %[[K]] : tensor<1x2x8x4xf32>
func.func @combine_dynamic_gate(%a: tensor<1x2x8x4xf32>, %b: tensor<1x2x8x4xf32>, %g: tensor<2x?xf32>) -> tensor<1x2x8x4xf32> {
  %c = infini.gated_combine %a, %b, %g : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<2x?xf32> -> tensor<1x2x8x4xf32>
  return %c : tensor<1x2x8x4xf32>
}
