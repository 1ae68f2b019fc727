// RUN: infini-opt %s -infini-decompose-attention -canonicalize -cse -split-input-file | FileCheck %s

// A decode step of two streams (delta rule, GQA, RoPE on the local path,
// f16): every (batch element, kv head) is independent, so the step is one
// scf.forall over both, each iteration one piece of one token at its
// stream's offset on its slices (the kv head's two query heads, its cache
// rows, memory and gates), no piece loop. The token sees every cached key,
// so the local attention is not masked, and the two query heads are the two
// rows of one query tile ([1, 2, 1, 8] -> [1, 1, 2, 8]), which reads the
// head's keys once. A new segment copies the memory into the segment
// memory's own rows (linalg.copy: an insert of the whole slice would fold to
// the memory that the update then writes).
// CHECK-LABEL: func @decode_delta_rotated_f16
//  CHECK-SAME: (%[[Q:[^:]+]]: tensor<2x4x1x8xf16>, %[[K:[^:]+]]: tensor<2x2x1x8xf16>, %[[V:[^:]+]]: tensor<2x2x1x4xf16>, %[[M:[^:]+]]: tensor<2x2x8x4xf32>, %[[Z:[^:]+]]: tensor<2x2x8xf32>, %[[G:[^:]+]]: tensor<4xf32>, %[[SM:[^:]+]]: tensor<2x2x8x4xf32>, %[[SZ:[^:]+]]: tensor<2x2x8xf32>, %[[KC:[^:]+]]: tensor<2x2x16x8xf16>, %[[VC:[^:]+]]: tensor<2x2x16x4xf16>, %[[P:[^:]+]]: tensor<2xi64>, %[[RQ:[^:]+]]: tensor<2x4x1x8xf16>, %[[RK:[^:]+]]: tensor<2x2x1x8xf16>)
//       CHECK: %[[STEP:.+]]:7 = scf.forall (%[[B:.+]], %[[H:.+]]) in (2, 2) shared_outs(%[[OUT:.+]] = %{{.+}}, %[[MEM:.+]] = %[[M]], %[[NORM:.+]] = %[[Z]], %[[SMEM:.+]] = %[[SM]], %[[SNORM:.+]] = %[[SZ]], %[[KCACHE:.+]] = %[[KC]], %[[VCACHE:.+]] = %[[VC]])
//       CHECK:   %[[QH:.+]] = affine.apply #{{.+}}()[%[[H]]]
//       CHECK:   %[[MROW:.+]] = tensor.extract_slice %[[MEM]][%[[B]], %[[H]], 0, 0] [1, 1, 8, 4]
//       CHECK:   %[[SMROW:.+]] = tensor.extract_slice %[[SMEM]][%[[B]], %[[H]], 0, 0] [1, 1, 8, 4]
//       CHECK:   %[[KROWS:.+]] = tensor.extract_slice %[[KCACHE]][%[[B]], %[[H]], 0, 0] [1, 1, 16, 8]
//       CHECK:   %[[RQP:.+]] = tensor.extract_slice %[[RQ]][%[[B]], %[[QH]], 0, 0] [1, 2, 1, 8]
//       CHECK:   %[[RKP:.+]] = tensor.extract_slice %[[RK]][%[[B]], %[[H]], 0, 0] [1, 1, 1, 8]
//       CHECK:   %[[GP:.+]] = tensor.extract_slice %[[G]][%[[QH]]] [2] [1]
//       CHECK:   %[[O:.+]] = arith.remui
//   CHECK-NOT:   scf.for
//       CHECK:   %[[NEW:.+]] = arith.cmpi eq, %[[O]], %{{.+}}
//       CHECK:   %[[SEG:.+]]:2 = scf.if %[[NEW]]
//       CHECK:     linalg.copy ins(%[[MROW]] : tensor<1x1x8x4xf32>) outs(%[[SMROW]] : tensor<1x1x8x4xf32>)
//       CHECK:   %[[KC1:.+]] = tensor.insert_slice %[[RKP]] into %[[KROWS]][0, 0, %[[O]], 0] [1, 1, 1, 8]
//       CHECK:   %[[SEEN:.+]] = arith.addi %[[O]], %{{.+}}
//       CHECK:   %[[KEYS:.+]] = tensor.extract_slice %[[KC1]][0, 0, 0, 0] [1, 1, %[[SEEN]], 8]
//       CHECK:   %[[FLAT:.+]] = tensor.collapse_shape %[[RQP]] {{\[}}[0], [1, 2], [3]] : tensor<1x2x1x8xf16> into tensor<1x2x8xf16>
//       CHECK:   %[[ROWS:.+]] = tensor.expand_shape %[[FLAT]] {{\[}}[0], [1, 2], [3]] output_shape [1, 1, 2, 8] : tensor<1x2x8xf16> into tensor<1x1x2x8xf16>
//       CHECK:   %[[ACC:.+]], %{{.+}}, %[[SUM:.+]] = infini.online_attention %[[ROWS]], %[[KEYS]], %{{.+}} query_offset = %[[O]] causal = false outs(
//       CHECK:   %[[LOCAL:.+]] = linalg.generic {{.*}} ins(%[[ACC]], %[[SUM]] : tensor<1x1x2x4xf32>, tensor<1x1x2xf32>)
//       CHECK:   %[[LFLAT:.+]] = tensor.collapse_shape %[[LOCAL]] {{\[}}[0], [1, 2], [3]] : tensor<1x1x2x4xf32> into tensor<1x2x4xf32>
//       CHECK:   %[[LHEADS:.+]] = tensor.expand_shape %[[LFLAT]] {{\[}}[0], [1, 2], [3]] output_shape [1, 2, 1, 4] : tensor<1x2x4xf32> into tensor<1x2x1x4xf32>
//       CHECK:   infini.memory_retrieve %{{.+}}, %[[SEG]]#0, %[[SEG]]#1
//       CHECK:   infini.gated_combine %{{.+}}, %[[LHEADS]], %[[GP]]
//       CHECK:   %[[NM:.+]], %[[NZ:.+]] = infini.memory_update %{{.+}}, %{{.+}}, %[[MROW]], %{{.+}} :
//       CHECK:   scf.forall.in_parallel
//   CHECK-DAG:     tensor.parallel_insert_slice %{{.+}} into %[[OUT]][%[[B]], %[[QH]], 0, 0] [1, 2, 1, 4]
//   CHECK-DAG:     tensor.parallel_insert_slice %[[NM]] into %[[MEM]][%[[B]], %[[H]], 0, 0] [1, 1, 8, 4]
//   CHECK-DAG:     tensor.parallel_insert_slice %[[SEG]]#0 into %[[SMEM]][%[[B]], %[[H]], 0, 0] [1, 1, 8, 4]
//   CHECK-DAG:     tensor.parallel_insert_slice %[[KC1]] into %[[KCACHE]][%[[B]], %[[H]], 0, 0] [1, 1, 16, 8]
//       CHECK: return %[[STEP]]#0, %[[STEP]]#1
func.func @decode_delta_rotated_f16(
    %q: tensor<2x4x1x8xf16>, %k: tensor<2x2x1x8xf16>, %v: tensor<2x2x1x4xf16>,
    %m: tensor<2x2x8x4xf32>, %z: tensor<2x2x8xf32>, %g: tensor<4xf32>,
    %sm: tensor<2x2x8x4xf32>, %sz: tensor<2x2x8xf32>,
    %kc: tensor<2x2x16x8xf16>, %vc: tensor<2x2x16x4xf16>, %p: tensor<2xi64>,
    %rq: tensor<2x4x1x8xf16>, %rk: tensor<2x2x1x8xf16>)
    -> (tensor<2x4x1x4xf16>, tensor<2x2x8x4xf32>, tensor<2x2x8xf32>, tensor<2x2x8x4xf32>,
        tensor<2x2x8xf32>, tensor<2x2x16x8xf16>, tensor<2x2x16x4xf16>, tensor<2xi64>) {
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %v, %m, %z, %g
      segment(%sm, %sz) cache(%kc, %vc) position(%p) rule = delta
      local_query(%rq : tensor<2x4x1x8xf16>) local_key(%rk : tensor<2x2x1x8xf16>)
      : tensor<2x4x1x8xf16>, tensor<2x2x1x8xf16>, tensor<2x2x1x4xf16>, tensor<2x2x8x4xf32>,
        tensor<2x2x8xf32>, tensor<4xf32>, tensor<2x2x8x4xf32>, tensor<2x2x8xf32>,
        tensor<2x2x16x8xf16>, tensor<2x2x16x4xf16>, tensor<2xi64> -> tensor<2x4x1x4xf16>
  return %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 : tensor<2x4x1x4xf16>, tensor<2x2x8x4xf32>, tensor<2x2x8xf32>, tensor<2x2x8x4xf32>,
        tensor<2x2x8xf32>, tensor<2x2x16x8xf16>, tensor<2x2x16x4xf16>, tensor<2xi64>
}

// -----

// A chunk of 3 tokens of two streams (delta rule, GQA, RoPE on the local
// path, f16). Each batch element gets its own loop over pieces, from its
// own position; a piece at offset 0 of its segment first makes the memory so far
// the segment's memory. The local keys and values go into the caches at the
// piece's offset, and the local attention reads the cache up to the piece's
// end with that offset as query_offset. The queries' memory read-out and the
// delta rule's subtraction read the segment's memory; the update adds to the
// memory so far with the linear rule, in f32.
// CHECK-LABEL: func @chunk3_delta_rotated_f16
//  CHECK-SAME: (%[[Q:[^:]+]]: tensor<2x4x3x8xf16>, %[[K:[^:]+]]: tensor<2x2x3x8xf16>, %[[V:[^:]+]]: tensor<2x2x3x4xf16>, %[[M:[^:]+]]: tensor<2x2x8x4xf32>, %[[Z:[^:]+]]: tensor<2x2x8xf32>, %[[G:[^:]+]]: tensor<4xf32>, %[[SM:[^:]+]]: tensor<2x2x8x4xf32>, %[[SZ:[^:]+]]: tensor<2x2x8xf32>, %[[KC:[^:]+]]: tensor<2x2x16x8xf16>, %[[VC:[^:]+]]: tensor<2x2x16x4xf16>, %[[P:[^:]+]]: tensor<2xi64>, %[[RQ:[^:]+]]: tensor<2x4x3x8xf16>, %[[RK:[^:]+]]: tensor<2x2x3x8xf16>)
//   CHECK-DAG: %[[C16:.+]] = arith.constant 16 : index
//   CHECK-DAG: %[[C0:.+]] = arith.constant 0 : index
//   CHECK-DAG: %[[C1:.+]] = arith.constant 1 : index
//   CHECK-DAG: %[[C2:.+]] = arith.constant 2 : index
//   CHECK-DAG: %[[C3:.+]] = arith.constant 3 : index
//       CHECK: %[[BATCH:.+]]:7 = scf.for %[[B:.+]] = %[[C0]] to %[[C2]] step %[[C1]] iter_args(%{{.+}} = %{{.+}}, %[[M0:.+]] = %[[M]], %[[Z0:.+]] = %[[Z]], %[[SM0:.+]] = %[[SM]], %[[SZ0:.+]] = %[[SZ]], %[[KC0:.+]] = %[[KC]], %[[VC0:.+]] = %[[VC]])
//       CHECK:   %[[POS:.+]] = tensor.extract %[[P]][%[[B]]]
//       CHECK:   %[[POSI:.+]] = arith.index_cast %[[POS]]
//       CHECK:   %[[O:.+]] = arith.remsi %[[POSI]], %[[C16]]
//       CHECK:   %[[END:.+]] = arith.addi %[[O]], %[[C3]]
//       CHECK:   %[[PIECES:.+]] = arith.ceildivsi %[[END]], %[[C16]]
//       CHECK:   scf.for %[[I:.+]] = %[[C0]] to %[[PIECES]] step %[[C1]] iter_args(%[[OUT:.+]] = %{{.+}}, %[[MEM:.+]] = %[[M0]], %[[NORM:.+]] = %[[Z0]], %[[SMEM:.+]] = %[[SM0]], %[[SNORM:.+]] = %[[SZ0]], %[[KCACHE:.+]] = %[[KC0]], %[[VCACHE:.+]] = %[[VC0]])
//       CHECK:     %[[IN:.+]] = arith.muli %[[I]], %[[C16]]
//       CHECK:     %[[BEGIN:.+]] = arith.subi %[[IN]], %[[O]]
//       CHECK:     %[[FIRST:.+]] = arith.maxsi %[[BEGIN]], %[[C0]]
//       CHECK:     %[[LEN:.+]] = arith.subi %{{.+}}, %[[FIRST]]
//       CHECK:     %[[BACK:.+]] = arith.subi %[[O]], %[[IN]]
//       CHECK:     %[[OFF:.+]] = arith.maxsi %[[BACK]], %[[C0]]
//       CHECK:     %[[NEW:.+]] = arith.cmpi eq, %[[OFF]], %[[C0]]
//       CHECK:     %[[SEG:.+]]:2 = scf.if %[[NEW]]
//       CHECK:       %[[MB:.+]] = tensor.extract_slice %[[MEM]][%[[B]], 0, 0, 0] [1, 2, 8, 4]
//       CHECK:       %[[SMB:.+]] = tensor.extract_slice %[[SMEM]][%[[B]], 0, 0, 0] [1, 2, 8, 4]
//       CHECK:       %[[MCOPY:.+]] = linalg.copy ins(%[[MB]] : tensor<1x2x8x4xf32>) outs(%[[SMB]] : tensor<1x2x8x4xf32>)
//       CHECK:       tensor.insert_slice %[[MCOPY]] into %[[SMEM]][%[[B]], 0, 0, 0] [1, 2, 8, 4]
//       CHECK:     } else {
//       CHECK:       scf.yield %[[SMEM]], %[[SNORM]]
//       CHECK:     %[[READM:.+]] = tensor.extract_slice %[[SEG]]#0[%[[B]], 0, 0, 0] [1, 2, 8, 4]
//       CHECK:     %[[READZ:.+]] = tensor.extract_slice %[[SEG]]#1[%[[B]], 0, 0] [1, 2, 8]
//       CHECK:     %[[QP:.+]] = tensor.extract_slice %[[Q]][%[[B]], 0, %[[FIRST]], 0] [1, 4, %[[LEN]], 8]
//       CHECK:     %[[KP:.+]] = tensor.extract_slice %[[K]][%[[B]], 0, %[[FIRST]], 0] [1, 2, %[[LEN]], 8]
//       CHECK:     %[[VP:.+]] = tensor.extract_slice %[[V]][%[[B]], 0, %[[FIRST]], 0] [1, 2, %[[LEN]], 4]
//       CHECK:     %[[RQP:.+]] = tensor.extract_slice %[[RQ]][%[[B]], 0, %[[FIRST]], 0] [1, 4, %[[LEN]], 8]
//       CHECK:     %[[RKP:.+]] = tensor.extract_slice %[[RK]][%[[B]], 0, %[[FIRST]], 0] [1, 2, %[[LEN]], 8]
//       CHECK:     %[[KC1:.+]] = tensor.insert_slice %[[RKP]] into %[[KCACHE]][%[[B]], 0, %[[OFF]], 0] [1, 2, %[[LEN]], 8]
//       CHECK:     %[[VC1:.+]] = tensor.insert_slice %[[VP]] into %[[VCACHE]][%[[B]], 0, %[[OFF]], 0] [1, 2, %[[LEN]], 4]
//       CHECK:     %[[SEEN:.+]] = arith.addi %[[OFF]], %[[LEN]]
//       CHECK:     %[[KEYS:.+]] = tensor.extract_slice %[[KC1]][%[[B]], 0, 0, 0] [1, 2, %[[SEEN]], 8]
//       CHECK:     %[[VALS:.+]] = tensor.extract_slice %[[VC1]][%[[B]], 0, 0, 0] [1, 2, %[[SEEN]], 4]
//       CHECK:     %[[ACC:.+]], %{{.+}}, %[[SUM:.+]] = infini.online_attention %[[RQP]], %[[KEYS]], %[[VALS]] query_offset = %[[OFF]] outs(
//       CHECK:     %[[LOCAL:.+]] = linalg.generic {{.*}} ins(%[[ACC]], %[[SUM]] :
//       CHECK:       arith.divf
//       CHECK:     %[[Q32:.+]] = linalg.generic {{.*}} ins(%[[QP]] : tensor<1x4x?x8xf16>) outs(%{{.+}} : tensor<1x4x?x8xf32>)
//       CHECK:     %[[FROMMEM:.+]] = infini.memory_retrieve %[[Q32]], %[[READM]], %[[READZ]] :
//       CHECK:     %[[MIX:.+]] = infini.gated_combine %[[FROMMEM]], %[[LOCAL]], %[[G]] : tensor<1x4x?x4xf32>
//       CHECK:     %[[MIX16:.+]] = linalg.generic {{.*}} ins(%[[MIX]] : tensor<1x4x?x4xf32>) outs(%{{.+}} : tensor<1x4x?x4xf16>)
//       CHECK:       arith.truncf
//       CHECK:     %[[OUT1:.+]] = tensor.insert_slice %[[MIX16]] into %[[OUT]][%[[B]], 0, %[[FIRST]], 0]
//       CHECK:     %[[K32:.+]] = linalg.generic {{.*}} ins(%[[KP]] : tensor<1x2x?x8xf16>)
//       CHECK:     %[[OLD:.+]] = infini.memory_retrieve %[[K32]], %[[READM]], %[[READZ]] :
//       CHECK:     %[[V32:.+]] = linalg.generic {{.*}} ins(%[[VP]] : tensor<1x2x?x4xf16>)
//       CHECK:     %[[NEWV:.+]] = linalg.generic {{.*}} ins(%[[V32]], %[[OLD]] :
//       CHECK:       arith.subf
//       CHECK:     %[[MROW:.+]] = tensor.extract_slice %[[MEM]][%[[B]], 0, 0, 0] [1, 2, 8, 4]
//       CHECK:     %[[ZROW:.+]] = tensor.extract_slice %[[NORM]][%[[B]], 0, 0] [1, 2, 8]
//       CHECK:     %[[NM:.+]], %[[NZ:.+]] = infini.memory_update %[[K32]], %[[NEWV]], %[[MROW]], %[[ZROW]] :
//   CHECK-NOT:     rule = delta
//       CHECK:     %[[MEM1:.+]] = tensor.insert_slice %[[NM]] into %[[MEM]][%[[B]], 0, 0, 0]
//       CHECK:     %[[NORM1:.+]] = tensor.insert_slice %[[NZ]] into %[[NORM]][%[[B]], 0, 0]
//       CHECK:     scf.yield %[[OUT1]], %[[MEM1]], %[[NORM1]], %[[SEG]]#0, %[[SEG]]#1, %[[KC1]], %[[VC1]]
//       CHECK: %[[NEXT:.+]] = linalg.generic {{.*}} ins(%[[P]] : tensor<2xi64>)
//       CHECK:   arith.addi %{{.+}}, %{{.+}} : i64
//       CHECK: return %[[BATCH]]#0, %[[BATCH]]#1, %[[BATCH]]#2, %[[BATCH]]#3, %[[BATCH]]#4, %[[BATCH]]#5, %[[BATCH]]#6, %[[NEXT]]
func.func @chunk3_delta_rotated_f16(
    %q: tensor<2x4x3x8xf16>, %k: tensor<2x2x3x8xf16>, %v: tensor<2x2x3x4xf16>,
    %m: tensor<2x2x8x4xf32>, %z: tensor<2x2x8xf32>, %g: tensor<4xf32>,
    %sm: tensor<2x2x8x4xf32>, %sz: tensor<2x2x8xf32>,
    %kc: tensor<2x2x16x8xf16>, %vc: tensor<2x2x16x4xf16>, %p: tensor<2xi64>,
    %rq: tensor<2x4x3x8xf16>, %rk: tensor<2x2x3x8xf16>)
    -> (tensor<2x4x3x4xf16>, tensor<2x2x8x4xf32>, tensor<2x2x8xf32>, tensor<2x2x8x4xf32>,
        tensor<2x2x8xf32>, tensor<2x2x16x8xf16>, tensor<2x2x16x4xf16>, tensor<2xi64>) {
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %v, %m, %z, %g
      segment(%sm, %sz) cache(%kc, %vc) position(%p) rule = delta
      local_query(%rq : tensor<2x4x3x8xf16>) local_key(%rk : tensor<2x2x3x8xf16>)
      : tensor<2x4x3x8xf16>, tensor<2x2x3x8xf16>, tensor<2x2x3x4xf16>, tensor<2x2x8x4xf32>,
        tensor<2x2x8xf32>, tensor<4xf32>, tensor<2x2x8x4xf32>, tensor<2x2x8xf32>,
        tensor<2x2x16x8xf16>, tensor<2x2x16x4xf16>, tensor<2xi64> -> tensor<2x4x3x4xf16>
  return %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 : tensor<2x4x3x4xf16>, tensor<2x2x8x4xf32>, tensor<2x2x8xf32>, tensor<2x2x8x4xf32>,
        tensor<2x2x8xf32>, tensor<2x2x16x8xf16>, tensor<2x2x16x4xf16>, tensor<2xi64>
}

// -----

// No tokens (a dynamic chunk may be empty): no piece runs. The linear rule
// stores the values as they are. (One batch element: the batch loop folds
// away.)
// CHECK-LABEL: func @dynamic_chunk_linear
//       CHECK: %[[C:.+]] = tensor.dim %{{.+}}, %c2
//       CHECK: %[[EMPTY:.+]] = arith.cmpi eq, %[[C]], %c0
//       CHECK: %[[N:.+]] = arith.select %[[EMPTY]], %c0, %{{.+}}
//       CHECK: scf.for %{{.+}} = %c0 to %[[N]]
//       CHECK:   infini.memory_retrieve
//   CHECK-NOT:   infini.memory_retrieve
//       CHECK:   infini.memory_update
//       CHECK:   scf.yield
func.func @dynamic_chunk_linear(
    %q: tensor<1x2x?x8xf32>, %k: tensor<1x2x?x8xf32>, %v: tensor<1x2x?x8xf32>,
    %m: tensor<1x2x8x8xf32>, %z: tensor<1x2x8xf32>, %g: tensor<2xf32>,
    %kc: tensor<1x2x32x8xf32>, %vc: tensor<1x2x32x8xf32>, %p: tensor<1xi64>)
    -> tensor<1x2x?x8xf32> {
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %v, %m, %z, %g
      segment(%m, %z) cache(%kc, %vc) position(%p)
      : tensor<1x2x?x8xf32>, tensor<1x2x?x8xf32>, tensor<1x2x?x8xf32>, tensor<1x2x8x8xf32>,
        tensor<1x2x8xf32>, tensor<2xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8xf32>,
        tensor<1x2x32x8xf32>, tensor<1x2x32x8xf32>, tensor<1xi64> -> tensor<1x2x?x8xf32>
  return %o : tensor<1x2x?x8xf32>
}
