// RUN: infini-opt %s -infini-decompose-attention -split-input-file | FileCheck %s

// T = 48 = 3 x 16: one loop over full segments of a static size, no tail.
// Retrieval and the update both read the state carried into the iteration
// (the memory from before this segment); the combined output is written back
// at the segment's offset.
// CHECK-LABEL: func @three_segments
//  CHECK-SAME: (%[[Q:[^:]+]]: tensor<1x4x48x8xf32>, %[[K:[^:]+]]: tensor<1x2x48x8xf32>, %[[V:[^:]+]]: tensor<1x2x48x4xf32>, %[[M:[^:]+]]: tensor<1x2x8x4xf32>, %[[Z:[^:]+]]: tensor<1x2x8xf32>, %[[G:[^:]+]]: tensor<4xf32>)
//   CHECK-DAG: %[[C0:.+]] = arith.constant 0 : index
//   CHECK-DAG: %[[C16:.+]] = arith.constant 16 : index
//   CHECK-DAG: %[[C48:.+]] = arith.constant 48 : index
//   CHECK-DAG: %[[INIT:.+]] = tensor.empty() : tensor<1x4x48x4xf32>
//       CHECK: %[[LOOP:.+]]:3 = scf.for %[[IV:.+]] = %[[C0]] to %[[C48]] step %[[C16]] iter_args(%[[OUT:.+]] = %[[INIT]], %[[MEM:.+]] = %[[M]], %[[NORM:.+]] = %[[Z]])
//       CHECK:   %[[QS:.+]] = tensor.extract_slice %[[Q]][0, 0, %[[IV]], 0] [1, 4, 16, 8] [1, 1, 1, 1]
//       CHECK:   %[[KS:.+]] = tensor.extract_slice %[[K]][0, 0, %[[IV]], 0] [1, 2, 16, 8] [1, 1, 1, 1]
//       CHECK:   %[[VS:.+]] = tensor.extract_slice %[[V]][0, 0, %[[IV]], 0] [1, 2, 16, 4] [1, 1, 1, 1]
//       CHECK:   %[[R:.+]] = infini.memory_retrieve %[[QS]], %[[MEM]], %[[NORM]] :
//       CHECK:   %[[L:.+]] = infini.local_attention %[[QS]], %[[KS]], %[[VS]] :
//       CHECK:   %[[C:.+]] = infini.gated_combine %[[R]], %[[L]], %[[G]] :
//       CHECK:   %[[NM:.+]], %[[NZ:.+]] = infini.memory_update %[[KS]], %[[VS]], %[[MEM]], %[[NORM]] :
//       CHECK:   %[[W:.+]] = tensor.insert_slice %[[C]] into %[[OUT]][0, 0, %[[IV]], 0] [1, 4, 16, 4] [1, 1, 1, 1]
//       CHECK:   scf.yield %[[W]], %[[NM]], %[[NZ]]
//   CHECK-NOT: infini.memory_retrieve
//       CHECK: return %[[LOOP]]#0, %[[LOOP]]#1, %[[LOOP]]#2
func.func @three_segments(%q: tensor<1x4x48x8xf32>, %k: tensor<1x2x48x8xf32>, %v: tensor<1x2x48x4xf32>,
                          %m: tensor<1x2x8x4xf32>, %z: tensor<1x2x8xf32>, %g: tensor<4xf32>)
    -> (tensor<1x4x48x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 16
      : tensor<1x4x48x8xf32>, tensor<1x2x48x8xf32>, tensor<1x2x48x4xf32>,
        tensor<1x2x8x4xf32>, tensor<1x2x8xf32>, tensor<4xf32>
      -> tensor<1x4x48x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>
  return %o, %m1, %z1 : tensor<1x4x48x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>
}

// -----

// T = 40: two full segments in the loop, then one segment of 8 tokens at
// offset 32 that starts from the loop's final state. Attributes are forwarded.
// CHECK-LABEL: func @static_tail
//   CHECK-DAG: %[[C32:.+]] = arith.constant 32 : index
//       CHECK: %[[LOOP:.+]]:3 = scf.for %{{.+}} = %{{.+}} to %[[C32]] step
//       CHECK:   infini.memory_retrieve {{.*}} epsilon = 9.99999974E-6 : tensor<1x4x16x8xf32>
//       CHECK:   infini.local_attention {{.*}} scale = 5.000000e-01 : tensor<1x4x16x8xf32>
//       CHECK:   infini.memory_update {{.*}} rule = delta epsilon = 9.99999974E-6
//       CHECK:   scf.yield
//       CHECK: %[[QT:.+]] = tensor.extract_slice %{{.+}}[0, 0, %{{.+}}, 0] [1, 4, 8, 8] [1, 1, 1, 1] : tensor<1x4x40x8xf32> to tensor<1x4x8x8xf32>
//       CHECK: infini.memory_retrieve %[[QT]], %[[LOOP]]#1, %[[LOOP]]#2
//       CHECK: %[[NM:.+]], %[[NZ:.+]] = infini.memory_update {{.*}}, %[[LOOP]]#1, %[[LOOP]]#2 rule = delta
//       CHECK: %[[OUT:.+]] = tensor.insert_slice %{{.+}} into %[[LOOP]]#0[0, 0, %{{.+}}, 0] [1, 4, 8, 4]
//       CHECK: return %[[OUT]], %[[NM]], %[[NZ]]
func.func @static_tail(%q: tensor<1x4x40x8xf32>, %k: tensor<1x2x40x8xf32>, %v: tensor<1x2x40x4xf32>,
                       %m: tensor<1x2x8x4xf32>, %z: tensor<1x2x8xf32>, %g: tensor<4x4xf32>)
    -> (tensor<1x4x40x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 16 rule = delta
      scale = 0.5 epsilon = 1.0e-5
      : tensor<1x4x40x8xf32>, tensor<1x2x40x8xf32>, tensor<1x2x40x4xf32>,
        tensor<1x2x8x4xf32>, tensor<1x2x8xf32>, tensor<4x4xf32>
      -> tensor<1x4x40x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>
  return %o, %m1, %z1 : tensor<1x4x40x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>
}

// -----

// Dynamic batch and length: the loop ends at (T floordiv 16) * 16 and the tail
// has T mod 16 tokens (possibly none). Rotated queries and keys feed the local
// attention only; the memory reads and writes the un-rotated ones.
// CHECK-DAG: #[[FULL:.+]] = affine_map<()[s0] -> ((s0 floordiv 16) * 16)>
// CHECK-DAG: #[[TAIL:.+]] = affine_map<()[s0] -> (s0 mod 16)>
// CHECK-LABEL: func @dynamic_rotated
//  CHECK-SAME: (%[[Q:[^:]+]]: tensor<?x4x?x8xf32>, %[[K:[^:]+]]: tensor<?x2x?x8xf32>, %{{[^:]+}}: tensor<?x2x?x4xf32>, %{{[^:]+}}: tensor<?x2x8x4xf32>, %{{[^:]+}}: tensor<?x2x8xf32>, %{{[^:]+}}: tensor<4xf32>, %[[RQ:[^:]+]]: tensor<?x4x?x8xf32>, %[[RK:[^:]+]]: tensor<?x2x?x8xf32>)
//       CHECK: %[[T:.+]] = tensor.dim %[[Q]], %c2
//       CHECK: %[[END:.+]] = affine.apply #[[FULL]]()[%[[T]]]
//       CHECK: scf.for %[[IV:.+]] = %{{.+}} to %[[END]] step
//       CHECK:   %[[QS:.+]] = tensor.extract_slice %[[Q]][0, 0, %[[IV]], 0]
//       CHECK:   %[[KS:.+]] = tensor.extract_slice %[[K]][0, 0, %[[IV]], 0]
//       CHECK:   %[[VS:.+]] = tensor.extract_slice
//       CHECK:   %[[RQS:.+]] = tensor.extract_slice %[[RQ]][0, 0, %[[IV]], 0]
//       CHECK:   %[[RKS:.+]] = tensor.extract_slice %[[RK]][0, 0, %[[IV]], 0]
//       CHECK:   infini.memory_retrieve %[[QS]],
//       CHECK:   infini.local_attention %[[RQS]], %[[RKS]], %[[VS]]
//       CHECK:   infini.memory_update %[[KS]], %[[VS]],
//       CHECK: %[[LEN:.+]] = affine.apply #[[TAIL]]()[%[[T]]]
//       CHECK: tensor.extract_slice %[[Q]][0, 0, %[[END]], 0] [%{{.+}}, 4, %[[LEN]], 8] [1, 1, 1, 1] : tensor<?x4x?x8xf32> to tensor<?x4x?x8xf32>
func.func @dynamic_rotated(%q: tensor<?x4x?x8xf32>, %k: tensor<?x2x?x8xf32>, %v: tensor<?x2x?x4xf32>,
                           %m: tensor<?x2x8x4xf32>, %z: tensor<?x2x8xf32>, %g: tensor<4xf32>,
                           %rq: tensor<?x4x?x8xf32>, %rk: tensor<?x2x?x8xf32>)
    -> (tensor<?x4x?x4xf32>, tensor<?x2x8x4xf32>, tensor<?x2x8xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 16
      local_query(%rq : tensor<?x4x?x8xf32>) local_key(%rk : tensor<?x2x?x8xf32>)
      : tensor<?x4x?x8xf32>, tensor<?x2x?x8xf32>, tensor<?x2x?x4xf32>,
        tensor<?x2x8x4xf32>, tensor<?x2x8xf32>, tensor<4xf32>
      -> tensor<?x4x?x4xf32>, tensor<?x2x8x4xf32>, tensor<?x2x8xf32>
  return %o, %m1, %z1 : tensor<?x4x?x4xf32>, tensor<?x2x8x4xf32>, tensor<?x2x8xf32>
}

// -----

// Results more static than the state operands are cast once at the end.
// CHECK-LABEL: func @cast_results
//       CHECK: %[[LOOP:.+]]:3 = scf.for
//       CHECK: tensor.cast %[[LOOP]]#1 : tensor<?x1x4x4xf32> to tensor<1x1x4x4xf32>
//       CHECK: tensor.cast %[[LOOP]]#2 : tensor<?x1x4xf32> to tensor<1x1x4xf32>
func.func @cast_results(%q: tensor<1x1x8x4xf32>, %m: tensor<?x1x4x4xf32>, %z: tensor<?x1x4xf32>, %g: tensor<1xf32>)
    -> (tensor<1x1x8x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>) {
  %o, %m1, %z1 = infini.attention %q, %q, %q, %m, %z, %g segment_len = 4
      : tensor<1x1x8x4xf32>, tensor<1x1x8x4xf32>, tensor<1x1x8x4xf32>,
        tensor<?x1x4x4xf32>, tensor<?x1x4xf32>, tensor<1xf32>
      -> tensor<1x1x8x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>
  return %o, %m1, %z1 : tensor<1x1x8x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>
}
