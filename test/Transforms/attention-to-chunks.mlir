// RUN: infini-opt %s -infini-attention-to-chunks -split-input-file -verify-diagnostics | FileCheck %s

// The layer's memory stays where it was; the rest of the stream's state is
// appended to the arguments and the results, and the layer continues the
// stream from its position.
// CHECK-LABEL: func @step
//  CHECK-SAME: (%[[X:[^:]+]]: tensor<1x4x100x16xbf16>, %[[M:[^:]+]]: tensor<1x2x16x8xf32>, %[[Z:[^:]+]]: tensor<1x2x16xf32>, %[[G:[^:]+]]: tensor<4xf32>, %[[K:[^:]+]]: tensor<1x2x100x16xbf16>, %[[V:[^:]+]]: tensor<1x2x100x8xbf16>, %[[RQ:[^:]+]]: tensor<1x4x100x16xbf16>, %[[RK:[^:]+]]: tensor<1x2x100x16xbf16>,
//  CHECK-SAME: %[[SM:[^:]+]]: tensor<1x2x16x8xf32>, %[[SZ:[^:]+]]: tensor<1x2x16xf32>, %[[KC:[^:]+]]: tensor<1x2x64x16xbf16>, %[[VC:[^:]+]]: tensor<1x2x64x8xbf16>, %[[P:[^:]+]]: tensor<1xi64>)
//  CHECK-SAME: -> (tensor<1x4x100x8xbf16>, tensor<1x2x16x8xf32>, tensor<1x2x16xf32>, tensor<1x2x16x8xf32>, tensor<1x2x16xf32>, tensor<1x2x64x16xbf16>, tensor<1x2x64x8xbf16>, tensor<1xi64>)
//       CHECK: %[[O:[^,]+]], %[[M1:[^,]+]], %[[Z1:[^,]+]], %[[SM1:[^,]+]], %[[SZ1:[^,]+]], %[[KC1:[^,]+]], %[[VC1:[^,]+]], %[[P1:[^ ]+]] = infini.attention_chunk %[[X]], %[[K]], %[[V]], %[[M]], %[[Z]], %[[G]] segment(%[[SM]], %[[SZ]]) cache(%[[KC]], %[[VC]]) position(%[[P]]) rule = delta scale = 2.500000e-01 local_query(%[[RQ]] : tensor<1x4x100x16xbf16>) local_key(%[[RK]] : tensor<1x2x100x16xbf16>)
//       CHECK: return %[[O]], %[[M1]], %[[Z1]], %[[SM1]], %[[SZ1]], %[[KC1]], %[[VC1]], %[[P1]]
func.func @step(%x: tensor<1x4x100x16xbf16>, %m: tensor<1x2x16x8xf32>, %z: tensor<1x2x16xf32>,
                %g: tensor<4xf32>, %k: tensor<1x2x100x16xbf16>, %v: tensor<1x2x100x8xbf16>,
                %rq: tensor<1x4x100x16xbf16>, %rk: tensor<1x2x100x16xbf16>)
    -> (tensor<1x4x100x8xbf16>, tensor<1x2x16x8xf32>, tensor<1x2x16xf32>) {
  %o, %m1, %z1 = infini.attention %x, %k, %v, %m, %z, %g segment_len = 64 rule = delta scale = 0.25
      local_query(%rq : tensor<1x4x100x16xbf16>) local_key(%rk : tensor<1x2x100x16xbf16>)
      : tensor<1x4x100x16xbf16>, tensor<1x2x100x16xbf16>, tensor<1x2x100x8xbf16>,
        tensor<1x2x16x8xf32>, tensor<1x2x16xf32>, tensor<4xf32>
      -> tensor<1x4x100x8xbf16>, tensor<1x2x16x8xf32>, tensor<1x2x16xf32>
  return %o, %m1, %z1 : tensor<1x4x100x8xbf16>, tensor<1x2x16x8xf32>, tensor<1x2x16xf32>
}

// -----

// Two layers: each gets its own state, in order. A result more static than
// the layer's state operand is cast back.
// CHECK-LABEL: func @two_layers
//  CHECK-SAME: %{{[^:]+}}: tensor<?x2x8x8xf32>, %{{[^:]+}}: tensor<?x2x8xf32>, %{{[^:]+}}: tensor<?x2x32x8xf32>, %{{[^:]+}}: tensor<?x2x32x8xf32>, %{{[^:]+}}: tensor<?xi64>,
//  CHECK-SAME: %{{[^:]+}}: tensor<?x2x8x8xf32>, %{{[^:]+}}: tensor<?x2x8xf32>, %{{[^:]+}}: tensor<?x2x16x8xf32>, %{{[^:]+}}: tensor<?x2x16x8xf32>, %{{[^:]+}}: tensor<?xi64>)
//       CHECK: %[[O:[^,]+]], %[[M1:[^,]+]], %{{[^,]+}}, %[[A3:[^,]+]], %[[A4:[^,]+]], %[[A5:[^,]+]], %[[A6:[^,]+]], %[[A7:[^ ]+]] = infini.attention_chunk
//       CHECK: %[[CAST:.+]] = tensor.cast %[[M1]] : tensor<?x2x8x8xf32> to tensor<2x2x8x8xf32>
//       CHECK: %[[O2:[^,]+]], %{{[^,]+}}, %{{[^,]+}}, %[[B3:[^,]+]], %[[B4:[^,]+]], %[[B5:[^,]+]], %[[B6:[^,]+]], %[[B7:[^ ]+]] = infini.attention_chunk %[[O]], %[[O]], %[[O]]
//       CHECK: return %[[O2]], %[[CAST]], %[[A3]], %[[A4]], %[[A5]], %[[A6]], %[[A7]], %[[B3]], %[[B4]], %[[B5]], %[[B6]], %[[B7]] :
func.func @two_layers(%x: tensor<?x2x40x8xf32>, %m: tensor<?x2x8x8xf32>, %z: tensor<?x2x8xf32>, %g: tensor<2xf32>)
    -> (tensor<?x2x40x8xf32>, tensor<2x2x8x8xf32>) {
  %o, %m1, %z1 = infini.attention %x, %x, %x, %m, %z, %g segment_len = 32
      : tensor<?x2x40x8xf32>, tensor<?x2x40x8xf32>, tensor<?x2x40x8xf32>, tensor<?x2x8x8xf32>, tensor<?x2x8xf32>, tensor<2xf32>
      -> tensor<?x2x40x8xf32>, tensor<2x2x8x8xf32>, tensor<?x2x8xf32>
  %o2, %m2, %z2 = infini.attention %o, %o, %o, %m, %z, %g segment_len = 16
      : tensor<?x2x40x8xf32>, tensor<?x2x40x8xf32>, tensor<?x2x40x8xf32>, tensor<?x2x8x8xf32>, tensor<?x2x8xf32>, tensor<2xf32>
      -> tensor<?x2x40x8xf32>, tensor<?x2x8x8xf32>, tensor<?x2x8xf32>
  return %o2, %m1 : tensor<?x2x40x8xf32>, tensor<2x2x8x8xf32>
}

// -----

func.func @nested(%x: tensor<1x2x8x4xf32>, %m: tensor<1x2x4x4xf32>, %z: tensor<1x2x4xf32>, %g: tensor<2xf32>, %c: i1)
    -> tensor<1x2x8x4xf32> {
  %r = scf.if %c -> tensor<1x2x8x4xf32> {
    // expected-error @below {{is nested in a region of @nested: infini-attention-to-chunks threads the stream state through the function's arguments and results, which only an op of its body can read and return}}
    %o, %m1, %z1 = infini.attention %x, %x, %x, %m, %z, %g segment_len = 4
        : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4xf32>, tensor<2xf32>
        -> tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4xf32>
    scf.yield %o : tensor<1x2x8x4xf32>
  } else {
    scf.yield %x : tensor<1x2x8x4xf32>
  }
  return %r : tensor<1x2x8x4xf32>
}

// -----

// expected-error @below {{is called in the module: infini-attention-to-chunks changes its signature (it adds the stream state of its infini.attention ops)}}
func.func @callee(%x: tensor<1x2x8x4xf32>, %m: tensor<1x2x4x4xf32>, %z: tensor<1x2x4xf32>, %g: tensor<2xf32>)
    -> tensor<1x2x8x4xf32> {
  %o, %m1, %z1 = infini.attention %x, %x, %x, %m, %z, %g segment_len = 4
      : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4xf32>, tensor<2xf32>
      -> tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4xf32>
  return %o : tensor<1x2x8x4xf32>
}

func.func @caller(%x: tensor<1x2x8x4xf32>, %m: tensor<1x2x4x4xf32>, %z: tensor<1x2x4xf32>, %g: tensor<2xf32>)
    -> tensor<1x2x8x4xf32> {
  %o = func.call @callee(%x, %m, %z, %g) : (tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4xf32>, tensor<2xf32>) -> tensor<1x2x8x4xf32>
  return %o : tensor<1x2x8x4xf32>
}
