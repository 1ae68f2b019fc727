// RUN: infini-opt %s -split-input-file -infini-raise-attention | FileCheck %s

// infini-raise-attention ends by merging chains of infini.attention: the
// second op of each pair reads the memory and norm that only the first
// writes, with the same gate and attributes, so one op over the tokens of
// both computes the same (the segments are those of the two ops, in order).
// Here three segments of 4 tokens become one op over 12; the outputs are
// slices of its output, and what read the first outputs (the adds) moves
// after it.
// CHECK-LABEL: func.func @chain
//  CHECK-SAME: (%[[Q0:.*]]: tensor<1x2x4x8xf32>, %[[Q1:.*]]: tensor<1x2x4x8xf32>, %[[Q2:.*]]: tensor<1x2x4x8xf32>, %[[M:.*]]: tensor<1x2x8x8xf32>, %[[Z:.*]]: tensor<1x2x8xf32>, %[[G:.*]]: tensor<2xf32>)
//       CHECK: %[[Q01:.*]] = tensor.concat dim(2) %[[Q0]], %[[Q1]] : (tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>) -> tensor<1x2x8x8xf32>
//       CHECK: %[[Q:.*]] = tensor.concat dim(2) %[[Q01]], %[[Q2]] : (tensor<1x2x8x8xf32>, tensor<1x2x4x8xf32>) -> tensor<1x2x12x8xf32>
//       CHECK: %[[O:.*]], %[[M3:.*]], %[[Z3:.*]] = infini.attention %[[Q]], %{{.*}}, %{{.*}}, %[[M]], %[[Z]], %[[G]] segment_len = 4 rule = delta
//  CHECK-SAME: -> tensor<1x2x12x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>
//   CHECK-NOT: infini.attention
//   CHECK-DAG: %[[O0:.*]] = tensor.extract_slice %[[O]][0, 0, 0, 0] [1, 2, 4, 8] [1, 1, 1, 1]
//   CHECK-DAG: %[[O1:.*]] = tensor.extract_slice %[[O]][0, 0, 4, 0] [1, 2, 4, 8] [1, 1, 1, 1]
//   CHECK-DAG: %[[O2:.*]] = tensor.extract_slice %[[O]][0, 0, 8, 0] [1, 2, 4, 8] [1, 1, 1, 1]
//       CHECK: return %{{.*}}, %[[O2]], %[[M3]], %[[Z3]]
func.func @chain(%q0: tensor<1x2x4x8xf32>, %q1: tensor<1x2x4x8xf32>, %q2: tensor<1x2x4x8xf32>,
                 %m: tensor<1x2x8x8xf32>, %z: tensor<1x2x8xf32>, %g: tensor<2xf32>)
    -> (tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>) {
  %o0, %m1, %z1 = infini.attention %q0, %q0, %q0, %m, %z, %g segment_len = 4 rule = delta
      : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>, tensor<2xf32>
      -> tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>
  %o1, %m2, %z2 = infini.attention %q1, %q1, %q1, %m1, %z1, %g segment_len = 4 rule = delta
      : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>, tensor<2xf32>
      -> tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>
  %sum = arith.addf %o0, %o1 : tensor<1x2x4x8xf32>
  %o2, %m3, %z3 = infini.attention %q2, %q2, %q2, %m2, %z2, %g segment_len = 4 rule = delta
      : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>, tensor<2xf32>
      -> tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>
  return %sum, %o2, %m3, %z3 : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>
}

// -----

// Pairs that are not merged: the second's gate differs; the first ends
// inside a segment; the first's memory is also returned; the second's
// queries are computed from the first's output; the two read different
// element types.
// CHECK-LABEL: func.func @not_chains
// CHECK-COUNT-10: infini.attention
// CHECK-NOT: tensor.concat
func.func @not_chains(%q: tensor<1x2x4x8xf32>, %m: tensor<1x2x8x8xf32>, %z: tensor<1x2x8xf32>,
                      %g: tensor<2xf32>, %h: tensor<2xf32>, %qh: tensor<1x2x4x8xf16>)
    -> (tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x4x8xf32>) {
  %a0, %am1, %az1 = infini.attention %q, %q, %q, %m, %z, %g segment_len = 4
      : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>, tensor<2xf32>
      -> tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>
  %a1, %am2, %az2 = infini.attention %q, %q, %q, %am1, %az1, %h segment_len = 4
      : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>, tensor<2xf32>
      -> tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>
  %b0, %bm1, %bz1 = infini.attention %q, %q, %q, %m, %z, %g segment_len = 3
      : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>, tensor<2xf32>
      -> tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>
  %b1, %bm2, %bz2 = infini.attention %q, %q, %q, %bm1, %bz1, %g segment_len = 3
      : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>, tensor<2xf32>
      -> tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>
  %c0, %cm1, %cz1 = infini.attention %q, %q, %q, %m, %z, %g segment_len = 4
      : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>, tensor<2xf32>
      -> tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>
  %c1, %cm2, %cz2 = infini.attention %q, %q, %q, %cm1, %cz1, %g segment_len = 4
      : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>, tensor<2xf32>
      -> tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>
  %d0, %dm1, %dz1 = infini.attention %q, %q, %q, %m, %z, %g segment_len = 4
      : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>, tensor<2xf32>
      -> tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>
  %d1, %dm2, %dz2 = infini.attention %d0, %q, %q, %dm1, %dz1, %g segment_len = 4
      : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>, tensor<2xf32>
      -> tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>
  %e0, %em1, %ez1 = infini.attention %qh, %qh, %qh, %m, %z, %g segment_len = 4
      : tensor<1x2x4x8xf16>, tensor<1x2x4x8xf16>, tensor<1x2x4x8xf16>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>, tensor<2xf32>
      -> tensor<1x2x4x8xf16>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>
  %e1, %em2, %ez2 = infini.attention %q, %q, %q, %em1, %ez1, %g segment_len = 4
      : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>, tensor<2xf32>
      -> tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>
  return %a1, %b1, %cm1, %d1, %cm2, %e1 : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x4x8xf32>
}
