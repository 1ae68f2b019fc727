// RUN: infini-opt %s -convert-infini-to-gpu=decode-key-split=4 -canonicalize -cse | FileCheck %s
// RUN: infini-opt %s -convert-infini-to-gpu=decode-key-split=0 -canonicalize -cse | FileCheck %s --check-prefix=WHOLE

// A decode step of two streams (GQA: 2 query heads per kv head, caches of
// 16 rows) as kernels over its (batch element, kv head) pairs.
//
// First the token goes into the state, a block per pair: the segment swap
// when the stream's offset o = position mod 16 is 0, the caches' row o, and
// the memory update.
// CHECK-LABEL: func.func @decode
//       CHECK: %[[STORED:.+]]:6 = scf.forall (%[[B:.+]], %[[H:.+]]) in (2, 2) shared_outs(
//       CHECK:   %[[POS:.+]] = tensor.extract %{{.+}}[%[[B]]] : tensor<2xi64>
//       CHECK:   %[[O:.+]] = arith.remui %{{.+}}, %c16
//       CHECK:   scf.if
//       CHECK:   tensor.insert_slice %{{.+}} into %{{.+}}[0, 0, %[[O]], 0] [1, 1, 1, 8]
//       CHECK: } {mapping = [#gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
//
// Then the local attention, a block per pair and split of 4 cached rows
// (flash-decoding): the online softmax's state over rows [4 s, 4 s + len),
// len = clamp(o + 1 - 4 s, 0, 4), into the partial states
// [B, Hkv * splits, 2 (, Dv)].
//       CHECK: %[[ACC:.+]] = tensor.empty() : tensor<2x8x2x8xf32>
//       CHECK: %[[ROWS:.+]] = tensor.empty() : tensor<2x8x2xf32>
//       CHECK: %[[PART:.+]]:3 = scf.forall (%{{.+}}, %{{.+}}, %[[S:.+]]) in (2, 2, 4) shared_outs(%{{.+}} = %[[ACC]], %{{.+}} = %[[ROWS]], %{{.+}} = %[[ROWS]])
//       CHECK:   %[[SHORT:.+]] = affine.min #{{.+}}(%{{.+}}, %[[S]])
//       CHECK:   %[[LEN:.+]] = affine.max #{{.+}}()[%[[SHORT]]]
//       CHECK:   tensor.extract_slice %[[STORED]]#4[%{{.+}}, %{{.+}}, %{{.+}}, 0] [1, 1, %[[LEN]], 8]
//       CHECK:   scf.for %{{.+}} = %c0 to %[[LEN]] step %c32
//       CHECK: } {mapping = [#gpu.block<linear_dim_2>, #gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
//
// Last, a block per pair merges its 4 splits (exp(max_s - max) weights), adds
// the read-out of the segment memory and the gate, and writes its 2 query
// heads' rows of the result.
//       CHECK: scf.forall (%{{.+}}, %{{.+}}) in (2, 2) shared_outs(%{{.+}} = %{{.+}}) -> (tensor<2x4x1x8xbf16>)
//   CHECK-DAG:   tensor.extract_slice %[[PART]]#0[%{{.+}}, %{{.+}}, 0, 0] [1, 4, 2, 8] [1, 1, 1, 1] : tensor<2x8x2x8xf32> to tensor<4x2x8xf32>
//   CHECK-DAG:   tensor.extract_slice %[[PART]]#1[%{{.+}}, %{{.+}}, 0] [1, 4, 2] [1, 1, 1] : tensor<2x8x2xf32> to tensor<4x2xf32>
//   CHECK-DAG:   tensor.extract_slice %[[STORED]]#2[
//       CHECK:   math.exp
//       CHECK: } {mapping = [#gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}

// Without splits, one kernel: a block per pair does the whole step.
// WHOLE-LABEL: func.func @decode
//       WHOLE: scf.forall (%{{.+}}, %{{.+}}) in (2, 2) shared_outs(%{{.+}}) -> (tensor<2x4x1x8xbf16>, tensor<2x2x8x8xf32>, tensor<2x2x8xf32>, tensor<2x2x8x8xf32>, tensor<2x2x8xf32>, tensor<2x2x16x8xbf16>, tensor<2x2x16x8xbf16>)
//       WHOLE:   scf.for
//       WHOLE: } {mapping = [#gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
//   WHOLE-NOT: scf.forall {{.*}} in (2, 2, {{[0-9]+}})
func.func @decode(%q: tensor<2x4x1x8xbf16>, %k: tensor<2x2x1x8xbf16>, %v: tensor<2x2x1x8xbf16>,
    %m: tensor<2x2x8x8xf32>, %z: tensor<2x2x8xf32>, %g: tensor<4xf32>,
    %sm: tensor<2x2x8x8xf32>, %sz: tensor<2x2x8xf32>,
    %kc: tensor<2x2x16x8xbf16>, %vc: tensor<2x2x16x8xbf16>, %p: tensor<2xi64>)
    -> (tensor<2x4x1x8xbf16>, tensor<2x2x8x8xf32>, tensor<2x2x8xf32>, tensor<2x2x8x8xf32>,
        tensor<2x2x8xf32>, tensor<2x2x16x8xbf16>, tensor<2x2x16x8xbf16>, tensor<2xi64>) {
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %v, %m, %z, %g
      segment(%sm, %sz) cache(%kc, %vc) position(%p)
      : tensor<2x4x1x8xbf16>, tensor<2x2x1x8xbf16>, tensor<2x2x1x8xbf16>, tensor<2x2x8x8xf32>,
        tensor<2x2x8xf32>, tensor<4xf32>, tensor<2x2x8x8xf32>, tensor<2x2x8xf32>,
        tensor<2x2x16x8xbf16>, tensor<2x2x16x8xbf16>, tensor<2xi64> -> tensor<2x4x1x8xbf16>
  return %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 : tensor<2x4x1x8xbf16>, tensor<2x2x8x8xf32>, tensor<2x2x8xf32>, tensor<2x2x8x8xf32>,
        tensor<2x2x8xf32>, tensor<2x2x16x8xbf16>, tensor<2x2x16x8xbf16>, tensor<2xi64>
}
