// Inputs with no tokens (a tail segment of 0 tokens, say) build no kernel,
// fused for the CPU or for the GPU: the state comes back as it is, the
// outputs are empty. Every pipeline compiles them (the unfused one into
// linalg ops on empty tensors).
// RUN: infini-opt %s -convert-infini-to-linalg -canonicalize -split-input-file | FileCheck %s
// RUN: infini-opt %s -convert-infini-to-gpu -canonicalize -split-input-file | FileCheck %s
// RUN: infini-opt %s -infini-lower-to-cpu -split-input-file -o /dev/null
// RUN: infini-opt %s -infini-lower-to-cpu=fuse-attention=false -split-input-file -o /dev/null
// RUN: infini-opt %s -infini-lower-to-cpu=gpu-kernels -split-input-file -o /dev/null
// RUN: %if cuda-toolkit %{ infini-opt %s -infini-lower-to-nvvm=format=isa -split-input-file -o /dev/null %}

// CHECK-LABEL: func.func @update
// CHECK-SAME: (%{{[^:]*}}: tensor<1x2x0x16xf32>, %{{[^:]*}}: tensor<1x2x0x16xf32>, %[[M:[^:]*]]: tensor<1x2x16x16xf32>, %[[Z:[^:]*]]: tensor<1x2x16xf32>)
// CHECK-NOT: linalg
// CHECK: return %[[M]], %[[Z]]
func.func @update(%k: tensor<1x2x0x16xf32>, %v: tensor<1x2x0x16xf32>, %m: tensor<1x2x16x16xf32>, %z: tensor<1x2x16xf32>) -> (tensor<1x2x16x16xf32>, tensor<1x2x16xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z rule = delta : tensor<1x2x0x16xf32>, tensor<1x2x0x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16xf32> -> tensor<1x2x16x16xf32>, tensor<1x2x16xf32>
  return %m1, %z1 : tensor<1x2x16x16xf32>, tensor<1x2x16xf32>
}

// -----

// CHECK-LABEL: func.func @local
// CHECK-NOT: linalg
// CHECK: %[[E:.*]] = tensor.empty() : tensor<1x2x0x16xf32>
// CHECK-NOT: linalg
// CHECK: return %[[E]]
func.func @local(%q: tensor<1x2x0x16xf32>, %k: tensor<1x2x0x16xf32>, %v: tensor<1x2x0x16xf32>) -> tensor<1x2x0x16xf32> {
  %l = infini.local_attention %q, %k, %v : tensor<1x2x0x16xf32>, tensor<1x2x0x16xf32>, tensor<1x2x0x16xf32> -> tensor<1x2x0x16xf32>
  return %l : tensor<1x2x0x16xf32>
}

// -----

// CHECK-LABEL: func.func @segment
// CHECK-NOT: linalg
// CHECK: %[[E:.*]] = tensor.empty() : tensor<1x2x0x4xf32>
// CHECK-NOT: linalg
// CHECK: return %[[E]]
func.func @segment(%q: tensor<1x2x0x16xf32>, %k: tensor<1x2x0x16xf32>, %v: tensor<1x2x0x4xf32>, %m: tensor<1x2x16x4xf32>, %z: tensor<1x2x16xf32>, %g: tensor<2xf32>) -> tensor<1x2x0x4xf32> {
  %r = infini.memory_retrieve %q, %m, %z : tensor<1x2x0x16xf32>, tensor<1x2x16x4xf32>, tensor<1x2x16xf32> -> tensor<1x2x0x4xf32>
  %l = infini.local_attention %q, %k, %v : tensor<1x2x0x16xf32>, tensor<1x2x0x16xf32>, tensor<1x2x0x4xf32> -> tensor<1x2x0x4xf32>
  %o = infini.gated_combine %r, %l, %g : tensor<1x2x0x4xf32>, tensor<1x2x0x4xf32>, tensor<2xf32> -> tensor<1x2x0x4xf32>
  return %o : tensor<1x2x0x4xf32>
}

// -----

// No rows, or no keys: the online state is the result.
// CHECK-LABEL: func.func @online_no_rows
// CHECK-SAME: %[[ACC:[^:]*]]: tensor<1x2x0x4xf32>, %[[MAX:[^:]*]]: tensor<1x2x0xf32>, %[[SUM:[^:]*]]: tensor<1x2x0xf32>
// CHECK-NOT: linalg
// CHECK: return %[[ACC]], %[[MAX]], %[[SUM]]
func.func @online_no_rows(%q: tensor<1x2x0x4xf32>, %k: tensor<1x2x8x4xf32>, %v: tensor<1x2x8x4xf32>,
                          %acc: tensor<1x2x0x4xf32>, %mx: tensor<1x2x0xf32>, %s: tensor<1x2x0xf32>, %off: index)
    -> (tensor<1x2x0x4xf32>, tensor<1x2x0xf32>, tensor<1x2x0xf32>) {
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off outs(%acc, %mx, %s)
      : tensor<1x2x0x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x0x4xf32>, tensor<1x2x0xf32>, tensor<1x2x0xf32>
  return %a, %b, %c : tensor<1x2x0x4xf32>, tensor<1x2x0xf32>, tensor<1x2x0xf32>
}

// -----

// CHECK-LABEL: func.func @online_no_keys
// CHECK-SAME: %[[ACC:[^:]*]]: tensor<1x2x3x4xf32>, %[[MAX:[^:]*]]: tensor<1x2x3xf32>, %[[SUM:[^:]*]]: tensor<1x2x3xf32>
// CHECK-NOT: linalg
// CHECK: return %[[ACC]], %[[MAX]], %[[SUM]]
func.func @online_no_keys(%q: tensor<1x2x3x4xf32>, %k: tensor<1x2x0x4xf32>, %v: tensor<1x2x0x4xf32>,
                          %acc: tensor<1x2x3x4xf32>, %mx: tensor<1x2x3xf32>, %s: tensor<1x2x3xf32>, %off: index)
    -> (tensor<1x2x3x4xf32>, tensor<1x2x3xf32>, tensor<1x2x3xf32>) {
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off outs(%acc, %mx, %s)
      : tensor<1x2x3x4xf32>, tensor<1x2x0x4xf32>, tensor<1x2x0x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3xf32>, tensor<1x2x3xf32>
  return %a, %b, %c : tensor<1x2x3x4xf32>, tensor<1x2x3xf32>, tensor<1x2x3xf32>
}

// -----

// A dynamic token count in segments of 1: the tail segment has 0 tokens.
// CHECK-LABEL: func.func @layer
// CHECK: return
func.func @layer(%q: tensor<1x2x?x16xf32>, %k: tensor<1x1x?x16xf32>, %v: tensor<1x1x?x16xf32>,
                 %m: tensor<1x1x16x16xf32>, %z: tensor<1x1x16xf32>, %g: tensor<2xf32>)
    -> (tensor<1x2x?x16xf32>, tensor<1x1x16x16xf32>, tensor<1x1x16xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 1 rule = delta
      : tensor<1x2x?x16xf32>, tensor<1x1x?x16xf32>, tensor<1x1x?x16xf32>,
        tensor<1x1x16x16xf32>, tensor<1x1x16xf32>, tensor<2xf32>
      -> tensor<1x2x?x16xf32>, tensor<1x1x16x16xf32>, tensor<1x1x16xf32>
  return %o, %m1, %z1 : tensor<1x2x?x16xf32>, tensor<1x1x16x16xf32>, tensor<1x1x16xf32>
}
