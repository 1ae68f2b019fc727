// RUN: infini-opt %s -convert-infini-to-linalg -split-input-file | FileCheck %s --check-prefixes=CHECK,FUSED
// RUN: infini-opt %s -convert-infini-to-linalg="fuse-attention=false" -split-input-file | FileCheck %s
// RUN: infini-opt %s -infini-lower-to-cpu -split-input-file -o /dev/null

// An op's result may be more or less static than its operands; the lowering
// computes on the operands' shapes and casts to the op's result types.

// The update (with fused kernels, tiled into a forall over (batch, kv
// head)), then cast.
// CHECK-LABEL: func @update_dynamic_result
// FUSED: scf.forall
// CHECK: %[[C:.*]] = tensor.cast %{{.*}} : tensor<1x2x4x4xf32> to tensor<?x2x4x4xf32>
// CHECK: return %[[C]], %{{.*}} : tensor<?x2x4x4xf32>, tensor<1x2x4xf32>
func.func @update_dynamic_result(%k: tensor<1x2x8x4xf32>, %v: tensor<1x2x8x4xf32>, %m: tensor<1x2x4x4xf32>, %z: tensor<1x2x4xf32>) -> (tensor<?x2x4x4xf32>, tensor<1x2x4xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4xf32> -> tensor<?x2x4x4xf32>, tensor<1x2x4xf32>
  return %m1, %z1 : tensor<?x2x4x4xf32>, tensor<1x2x4xf32>
}

// -----

// CHECK-LABEL: func @local_static_result
// CHECK: %[[C:.*]] = tensor.cast %{{.*}} : tensor<?x2x?x4xf32> to tensor<1x2x8x4xf32>
// CHECK: return %[[C]]
func.func @local_static_result(%q: tensor<?x2x?x4xf32>, %k: tensor<?x2x?x4xf32>, %v: tensor<?x2x?x4xf32>) -> tensor<1x2x8x4xf32> {
  %l = infini.local_attention %q, %k, %v : tensor<?x2x?x4xf32>, tensor<?x2x?x4xf32>, tensor<?x2x?x4xf32> -> tensor<1x2x8x4xf32>
  return %l : tensor<1x2x8x4xf32>
}

// -----

// Results dynamic where the tiled dimensions' sizes are static (issue 15:
// the update's tiles used to take the result types' trailing sizes and did
// not insert where the operands put them).
// CHECK-LABEL: func @update_dynamic_trailing
// FUSED: scf.forall
// CHECK-DAG: tensor.cast %{{.*}} : tensor<1x2x4x4xf32> to tensor<?x?x?x?xf32>
// CHECK-DAG: tensor.cast %{{.*}} : tensor<1x2x4xf32> to tensor<?x2x?xf32>
func.func @update_dynamic_trailing(%k: tensor<1x2x8x4xf32>, %v: tensor<1x2x8x4xf32>, %m: tensor<1x2x4x4xf32>, %z: tensor<1x2x4xf32>)
    -> (tensor<?x?x?x?xf32>, tensor<?x2x?xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4xf32>
      -> tensor<?x?x?x?xf32>, tensor<?x2x?xf32>
  return %m1, %z1 : tensor<?x?x?x?xf32>, tensor<?x2x?xf32>
}

// -----

// A partly dynamic norm inside infini.attention: the update's new norm is
// as dynamic as the norm, its size from the static memory.
// CHECK-LABEL: func @attention_dynamic_norm
// CHECK-NOT: infini.
func.func @attention_dynamic_norm(%q: tensor<1x2x8x4xf32>, %m: tensor<1x2x4x4xf32>, %z: tensor<1x2x?xf32>, %g: tensor<2xf32>)
    -> (tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x?xf32>) {
  %o, %m1, %z1 = infini.attention %q, %q, %q, %m, %z, %g segment_len = 4 rule = delta
      : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x?xf32>, tensor<2xf32>
      -> tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x?xf32>
  return %o, %m1, %z1 : tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x?xf32>
}
