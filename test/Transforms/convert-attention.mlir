// RUN: infini-opt %s -infini-convert-attention=segment-len=4 -split-input-file -verify-diagnostics | FileCheck %s
// RUN: not infini-opt %s -infini-convert-attention=segment-len=0 2>&1 | FileCheck %s --check-prefix=OPTION
// OPTION: infini-convert-attention: segment-len must be positive, got 0

// Each accepted form becomes one infini.attention with a zero memory and
// norm and gate logits of -18 (the default), and the chain is gone.

// linalg.generic everywhere: Q K^T with K read transposed by its map, a
// generic scaling by a captured constant, a select on linalg.index values
// for the mask, linalg.softmax, and a generic P V.
// CHECK-LABEL: func.func @generic_form
// CHECK-SAME: (%[[Q:.*]]: tensor<1x2x8x4xf32>, %[[K:.*]]: tensor<1x2x8x4xf32>, %[[V:.*]]: tensor<1x2x8x4xf32>)
// CHECK: tensor.empty() : tensor<1x2x4x4xf32>
// CHECK-NEXT: %[[C0:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: %[[M:.*]] = linalg.fill ins(%[[C0]] : f32) outs(%{{.*}} : tensor<1x2x4x4xf32>)
// CHECK: %[[C1:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: %[[Z:.*]] = linalg.fill ins(%[[C1]] : f32) outs(%{{.*}} : tensor<1x2x4xf32>)
// CHECK: %[[BETA:.*]] = arith.constant -1.800000e+01 : f32
// CHECK-NEXT: %[[G:.*]] = linalg.fill ins(%[[BETA]] : f32) outs(%{{.*}} : tensor<2xf32>)
// CHECK: %[[O:.*]], %{{.*}}, %{{.*}} = infini.attention %[[Q]], %[[K]], %[[V]], %[[M]], %[[Z]], %[[G]] segment_len = 4 scale = 5.000000e-01
// CHECK-NOT: linalg.softmax
// CHECK: return %[[O]]
#q = affine_map<(b, h, t, u, d) -> (b, h, t, d)>
#k = affine_map<(b, h, t, u, d) -> (b, h, u, d)>
#s = affine_map<(b, h, t, u, d) -> (b, h, t, u)>
#p = affine_map<(b, h, t, u, e) -> (b, h, t, u)>
#v = affine_map<(b, h, t, u, e) -> (b, h, u, e)>
#o = affine_map<(b, h, t, u, e) -> (b, h, t, e)>
#id = affine_map<(b, h, t, u) -> (b, h, t, u)>
func.func @generic_form(%q: tensor<1x2x8x4xf32>, %k: tensor<1x2x8x4xf32>, %v: tensor<1x2x8x4xf32>) -> tensor<1x2x8x4xf32> {
  %zero = arith.constant 0.0 : f32
  %scale = arith.constant 0.5 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %es = tensor.empty() : tensor<1x2x8x8xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<1x2x8x8xf32>) -> tensor<1x2x8x8xf32>
  %s = linalg.generic {indexing_maps = [#q, #k, #s], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
      ins(%q, %k : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>) outs(%fs : tensor<1x2x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %c, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x2x8x8xf32>
  %scaled = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%s : tensor<1x2x8x8xf32>) outs(%es : tensor<1x2x8x8xf32>) {
  ^bb0(%a: f32, %c: f32):
    %r = arith.mulf %a, %scale : f32
    linalg.yield %r : f32
  } -> tensor<1x2x8x8xf32>
  %masked = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%scaled : tensor<1x2x8x8xf32>) outs(%es : tensor<1x2x8x8xf32>) {
  ^bb0(%a: f32, %c: f32):
    %t = linalg.index 2 : index
    %u = linalg.index 3 : index
    %future = arith.cmpi ugt, %u, %t : index
    %r = arith.select %future, %ninf, %a : f32
    linalg.yield %r : f32
  } -> tensor<1x2x8x8xf32>
  %p = linalg.softmax dimension(3) ins(%masked : tensor<1x2x8x8xf32>) outs(%es : tensor<1x2x8x8xf32>) -> tensor<1x2x8x8xf32>
  %eo = tensor.empty() : tensor<1x2x8x4xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<1x2x8x4xf32>) -> tensor<1x2x8x4xf32>
  %o = linalg.generic {indexing_maps = [#p, #v, #o], iterator_types = ["parallel", "parallel", "parallel", "reduction", "parallel"]}
      ins(%p, %v : tensor<1x2x8x8xf32>, tensor<1x2x8x4xf32>) outs(%fo : tensor<1x2x8x4xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %m = arith.mulf %a, %b : f32
    %r = arith.addf %c, %m : f32
    linalg.yield %r : f32
  } -> tensor<1x2x8x4xf32>
  return %o : tensor<1x2x8x4xf32>
}

// -----

// Rank 3 ([B*H, T, D]): linalg.transpose of K and batch_matmul, division by
// a splat constant, the add of a constant causal mask, batch_matmul for P V.
// The op sees [1, B*H, T, D].
// CHECK-LABEL: func.func @batch_matmul_form
// CHECK: %[[Q4:.*]] = tensor.expand_shape %arg0 {{\[}}[0, 1], [2], [3]] output_shape [1, 3, 4, 2]
// CHECK: %[[O:.*]], %{{.*}}, %{{.*}} = infini.attention %[[Q4]], {{.*}} segment_len = 4 scale = 2.500000e-01
// CHECK: %[[O3:.*]] = tensor.collapse_shape %[[O]] {{\[}}[0, 1], [2], [3]] : tensor<1x3x4x2xf32> into tensor<3x4x2xf32>
// CHECK: return %[[O3]]
func.func @batch_matmul_form(%q: tensor<3x4x2xf32>, %k: tensor<3x4x2xf32>, %v: tensor<3x4x2xf32>) -> tensor<3x4x2xf32> {
  %zero = arith.constant 0.0 : f32
  %four = arith.constant dense<4.0> : tensor<3x4x4xf32>
  %mask = arith.constant dense<[[0.0, 0xFF800000, 0xFF800000, 0xFF800000],
                                [0.0, 0.0, 0xFF800000, 0xFF800000],
                                [0.0, 0.0, 0.0, 0xFF800000],
                                [0.0, 0.0, 0.0, 0.0]]> : tensor<4x4xf32>
  %et = tensor.empty() : tensor<3x2x4xf32>
  %kt = linalg.transpose ins(%k : tensor<3x4x2xf32>) outs(%et : tensor<3x2x4xf32>) permutation = [0, 2, 1]
  %es = tensor.empty() : tensor<3x4x4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<3x4x2xf32>, tensor<3x2x4xf32>) outs(%fs : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %scaled = linalg.div ins(%s, %four : tensor<3x4x4xf32>, tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %masked = linalg.generic {indexing_maps = [affine_map<(b, t, u) -> (b, t, u)>, affine_map<(b, t, u) -> (t, u)>, affine_map<(b, t, u) -> (b, t, u)>],
                            iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%scaled, %mask : tensor<3x4x4xf32>, tensor<4x4xf32>) outs(%es : tensor<3x4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %c: f32):
    %r = arith.addf %a, %m : f32
    linalg.yield %r : f32
  } -> tensor<3x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%masked : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %eo = tensor.empty() : tensor<3x4x2xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x4x4xf32>, tensor<3x4x2xf32>) outs(%fo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  return %o : tensor<3x4x2xf32>
}

// -----

// batch_matmul reading K transposed through indexing maps; the mask before
// the scale; no scale found means scale 1.
// CHECK-LABEL: func.func @indexing_maps_form
// CHECK: infini.attention {{.*}} segment_len = 4 scale = 1.000000e+00
// CHECK-NOT: linalg.batch_matmul
func.func @indexing_maps_form(%q: tensor<3x4x2xf32>, %k: tensor<3x4x2xf32>, %v: tensor<3x4x2xf32>) -> tensor<3x4x2xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %es = tensor.empty() : tensor<3x4x4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, t, u, d) -> (b, t, d)>,
                                            affine_map<(b, t, u, d) -> (b, u, d)>,
                                            affine_map<(b, t, u, d) -> (b, t, u)>]
      ins(%q, %k : tensor<3x4x2xf32>, tensor<3x4x2xf32>) outs(%fs : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %masked = linalg.generic {indexing_maps = [affine_map<(b, t, u) -> (b, t, u)>, affine_map<(b, t, u) -> (b, t, u)>],
                            iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%s : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) {
  ^bb0(%a: f32, %c: f32):
    %t = linalg.index 1 : index
    %u = linalg.index 2 : index
    %past = arith.cmpi ult, %t, %u : index
    %r = arith.select %past, %ninf, %a : f32
    linalg.yield %r : f32
  } -> tensor<3x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%masked : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %eo = tensor.empty() : tensor<3x4x2xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x4x4xf32>, tensor<3x4x2xf32>) outs(%fo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  return %o : tensor<3x4x2xf32>
}

// -----

// Near-misses, left unchanged with a remark. Here the first product is
// Q K (the transpose swaps nothing), which is Q K'^T for K' the transpose
// of K: it would convert, but there is no mask.
// CHECK-LABEL: func.func @not_q_kt
// CHECK-NOT: infini.attention
// CHECK: linalg.softmax
func.func @not_q_kt(%q: tensor<3x4x2xf32>, %kt: tensor<3x2x4xf32>, %v: tensor<3x4x2xf32>) -> tensor<3x4x2xf32> {
  %zero = arith.constant 0.0 : f32
  %es = tensor.empty() : tensor<3x4x4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %et = tensor.empty() : tensor<3x2x4xf32>
  %k = linalg.transpose ins(%kt : tensor<3x2x4xf32>) outs(%et : tensor<3x2x4xf32>) permutation = [0, 1, 2]
  %s = linalg.batch_matmul ins(%q, %k : tensor<3x4x2xf32>, tensor<3x2x4xf32>) outs(%fs : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%s : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %eo = tensor.empty() : tensor<3x4x2xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  // expected-remark @below {{softmax attention left unchanged: no causal mask: the score at (query 0, key 1) is kept (infini.attention is causal)}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x4x4xf32>, tensor<3x4x2xf32>) outs(%fo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  return %o : tensor<3x4x2xf32>
}

// -----

// CHECK-LABEL: func.func @no_mask
// CHECK-NOT: infini.attention
func.func @no_mask(%q: tensor<3x4x2xf32>, %k: tensor<3x4x2xf32>, %v: tensor<3x4x2xf32>) -> tensor<3x4x2xf32> {
  %zero = arith.constant 0.0 : f32
  %es = tensor.empty() : tensor<3x4x4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, t, u, d) -> (b, t, d)>,
                                            affine_map<(b, t, u, d) -> (b, u, d)>,
                                            affine_map<(b, t, u, d) -> (b, t, u)>]
      ins(%q, %k : tensor<3x4x2xf32>, tensor<3x4x2xf32>) outs(%fs : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%s : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %eo = tensor.empty() : tensor<3x4x2xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  // expected-remark @below {{softmax attention left unchanged: no causal mask: the score at (query 0, key 1) is kept (infini.attention is causal)}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x4x4xf32>, tensor<3x4x2xf32>) outs(%fo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  return %o : tensor<3x4x2xf32>
}

// -----

// The mask's triangle is the wrong way round (keys before the query hidden).
// CHECK-LABEL: func.func @anti_causal_mask
// CHECK-NOT: infini.attention
func.func @anti_causal_mask(%q: tensor<3x4x2xf32>, %k: tensor<3x4x2xf32>, %v: tensor<3x4x2xf32>) -> tensor<3x4x2xf32> {
  %zero = arith.constant 0.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %es = tensor.empty() : tensor<3x4x4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, t, u, d) -> (b, t, d)>,
                                            affine_map<(b, t, u, d) -> (b, u, d)>,
                                            affine_map<(b, t, u, d) -> (b, t, u)>]
      ins(%q, %k : tensor<3x4x2xf32>, tensor<3x4x2xf32>) outs(%fs : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %masked = linalg.generic {indexing_maps = [affine_map<(b, t, u) -> (b, t, u)>, affine_map<(b, t, u) -> (b, t, u)>],
                            iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%s : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) {
  ^bb0(%a: f32, %c: f32):
    %t = linalg.index 1 : index
    %u = linalg.index 2 : index
    %before = arith.cmpi ult, %u, %t : index
    %r = arith.select %before, %ninf, %a : f32
    linalg.yield %r : f32
  } -> tensor<3x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%masked : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %eo = tensor.empty() : tensor<3x4x2xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  // expected-remark @below {{softmax attention left unchanged: no causal mask: the score at (query 0, key 1) is kept (infini.attention is causal)}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x4x4xf32>, tensor<3x4x2xf32>) outs(%fo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  return %o : tensor<3x4x2xf32>
}

// -----

// The scores are also returned: converting would lose them.
// CHECK-LABEL: func.func @scores_used_elsewhere
// CHECK-NOT: infini.attention
func.func @scores_used_elsewhere(%q: tensor<3x4x2xf32>, %k: tensor<3x4x2xf32>, %v: tensor<3x4x2xf32>) -> (tensor<3x4x2xf32>, tensor<3x4x4xf32>) {
  %zero = arith.constant 0.0 : f32
  %mask = arith.constant dense<[[[0.0, 0xFF800000, 0xFF800000, 0xFF800000],
                                 [0.0, 0.0, 0xFF800000, 0xFF800000],
                                 [0.0, 0.0, 0.0, 0xFF800000],
                                 [0.0, 0.0, 0.0, 0.0]],
                                [[0.0, 0xFF800000, 0xFF800000, 0xFF800000],
                                 [0.0, 0.0, 0xFF800000, 0xFF800000],
                                 [0.0, 0.0, 0.0, 0xFF800000],
                                 [0.0, 0.0, 0.0, 0.0]],
                                [[0.0, 0xFF800000, 0xFF800000, 0xFF800000],
                                 [0.0, 0.0, 0xFF800000, 0xFF800000],
                                 [0.0, 0.0, 0.0, 0xFF800000],
                                 [0.0, 0.0, 0.0, 0.0]]]> : tensor<3x4x4xf32>
  %es = tensor.empty() : tensor<3x4x4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %s = linalg.batch_matmul indexing_maps = [affine_map<(b, t, u, d) -> (b, t, d)>,
                                            affine_map<(b, t, u, d) -> (b, u, d)>,
                                            affine_map<(b, t, u, d) -> (b, t, u)>]
      ins(%q, %k : tensor<3x4x2xf32>, tensor<3x4x2xf32>) outs(%fs : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %masked = linalg.add ins(%s, %mask : tensor<3x4x4xf32>, tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%masked : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %eo = tensor.empty() : tensor<3x4x2xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  // expected-remark @below {{softmax attention left unchanged: intermediate scores have other uses}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x4x4xf32>, tensor<3x4x2xf32>) outs(%fo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  return %o, %masked : tensor<3x4x2xf32>, tensor<3x4x4xf32>
}

// -----

// The batch_matmul form on f64: infini.attention takes f32, f16 or bf16.
// CHECK-LABEL: func.func @f64_elements
// CHECK-NOT: infini.attention
func.func @f64_elements(%q: tensor<3x4x2xf64>, %k: tensor<3x4x2xf64>, %v: tensor<3x4x2xf64>) -> tensor<3x4x2xf64> {
  %zero = arith.constant 0.0 : f64
  %four = arith.constant dense<4.0> : tensor<3x4x4xf64>
  %mask = arith.constant dense<[[0.0, 0xFFF0000000000000, 0xFFF0000000000000, 0xFFF0000000000000],
                                [0.0, 0.0, 0xFFF0000000000000, 0xFFF0000000000000],
                                [0.0, 0.0, 0.0, 0xFFF0000000000000],
                                [0.0, 0.0, 0.0, 0.0]]> : tensor<4x4xf64>
  %et = tensor.empty() : tensor<3x2x4xf64>
  %kt = linalg.transpose ins(%k : tensor<3x4x2xf64>) outs(%et : tensor<3x2x4xf64>) permutation = [0, 2, 1]
  %es = tensor.empty() : tensor<3x4x4xf64>
  %fs = linalg.fill ins(%zero : f64) outs(%es : tensor<3x4x4xf64>) -> tensor<3x4x4xf64>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<3x4x2xf64>, tensor<3x2x4xf64>) outs(%fs : tensor<3x4x4xf64>) -> tensor<3x4x4xf64>
  %scaled = linalg.div ins(%s, %four : tensor<3x4x4xf64>, tensor<3x4x4xf64>) outs(%es : tensor<3x4x4xf64>) -> tensor<3x4x4xf64>
  %masked = linalg.generic {indexing_maps = [affine_map<(b, t, u) -> (b, t, u)>, affine_map<(b, t, u) -> (t, u)>, affine_map<(b, t, u) -> (b, t, u)>],
                            iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%scaled, %mask : tensor<3x4x4xf64>, tensor<4x4xf64>) outs(%es : tensor<3x4x4xf64>) {
  ^bb0(%a: f64, %m: f64, %c: f64):
    %r = arith.addf %a, %m : f64
    linalg.yield %r : f64
  } -> tensor<3x4x4xf64>
  %p = linalg.softmax dimension(2) ins(%masked : tensor<3x4x4xf64>) outs(%es : tensor<3x4x4xf64>) -> tensor<3x4x4xf64>
  %eo = tensor.empty() : tensor<3x4x2xf64>
  %fo = linalg.fill ins(%zero : f64) outs(%eo : tensor<3x4x2xf64>) -> tensor<3x4x2xf64>
  // expected-remark @below {{softmax attention left unchanged: the element type is f64; infini.attention takes f32, f16 or bf16}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x4x4xf64>, tensor<3x4x2xf64>) outs(%fo : tensor<3x4x2xf64>) -> tensor<3x4x2xf64>
  return %o : tensor<3x4x2xf64>
}

// -----

// A negative scale (division by -4): infini.attention's scale must be > 0.
// CHECK-LABEL: func.func @negative_scale
// CHECK-NOT: infini.attention
func.func @negative_scale(%q: tensor<3x4x2xf32>, %k: tensor<3x4x2xf32>, %v: tensor<3x4x2xf32>) -> tensor<3x4x2xf32> {
  %zero = arith.constant 0.0 : f32
  %four = arith.constant dense<-4.0> : tensor<3x4x4xf32>
  %mask = arith.constant dense<[[0.0, 0xFF800000, 0xFF800000, 0xFF800000],
                                [0.0, 0.0, 0xFF800000, 0xFF800000],
                                [0.0, 0.0, 0.0, 0xFF800000],
                                [0.0, 0.0, 0.0, 0.0]]> : tensor<4x4xf32>
  %et = tensor.empty() : tensor<3x2x4xf32>
  %kt = linalg.transpose ins(%k : tensor<3x4x2xf32>) outs(%et : tensor<3x2x4xf32>) permutation = [0, 2, 1]
  %es = tensor.empty() : tensor<3x4x4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<3x4x2xf32>, tensor<3x2x4xf32>) outs(%fs : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %scaled = linalg.div ins(%s, %four : tensor<3x4x4xf32>, tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %masked = linalg.generic {indexing_maps = [affine_map<(b, t, u) -> (b, t, u)>, affine_map<(b, t, u) -> (t, u)>, affine_map<(b, t, u) -> (b, t, u)>],
                            iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%scaled, %mask : tensor<3x4x4xf32>, tensor<4x4xf32>) outs(%es : tensor<3x4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %c: f32):
    %r = arith.addf %a, %m : f32
    linalg.yield %r : f32
  } -> tensor<3x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%masked : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %eo = tensor.empty() : tensor<3x4x2xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  // expected-remark @below {{softmax attention left unchanged: the scale -2.500000e-01 is not a finite f32 > 0 (infini.attention's scale must be)}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x4x4xf32>, tensor<3x4x2xf32>) outs(%fo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  return %o : tensor<3x4x2xf32>
}

// -----

// K in f16, Q, V and the output in f32: no one element type.
// CHECK-LABEL: func.func @key_f16
// CHECK-NOT: infini.attention
func.func @key_f16(%q: tensor<3x4x2xf32>, %k: tensor<3x4x2xf16>, %v: tensor<3x4x2xf32>) -> tensor<3x4x2xf32> {
  %zero = arith.constant 0.0 : f32
  %four = arith.constant dense<4.0> : tensor<3x4x4xf32>
  %mask = arith.constant dense<[[0.0, 0xFF800000, 0xFF800000, 0xFF800000],
                                [0.0, 0.0, 0xFF800000, 0xFF800000],
                                [0.0, 0.0, 0.0, 0xFF800000],
                                [0.0, 0.0, 0.0, 0.0]]> : tensor<4x4xf32>
  %et = tensor.empty() : tensor<3x2x4xf16>
  %kt = linalg.transpose ins(%k : tensor<3x4x2xf16>) outs(%et : tensor<3x2x4xf16>) permutation = [0, 2, 1]
  %es = tensor.empty() : tensor<3x4x4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<3x4x2xf32>, tensor<3x2x4xf16>) outs(%fs : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %scaled = linalg.div ins(%s, %four : tensor<3x4x4xf32>, tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %masked = linalg.generic {indexing_maps = [affine_map<(b, t, u) -> (b, t, u)>, affine_map<(b, t, u) -> (t, u)>, affine_map<(b, t, u) -> (b, t, u)>],
                            iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%scaled, %mask : tensor<3x4x4xf32>, tensor<4x4xf32>) outs(%es : tensor<3x4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %c: f32):
    %r = arith.addf %a, %m : f32
    linalg.yield %r : f32
  } -> tensor<3x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%masked : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %eo = tensor.empty() : tensor<3x4x2xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  // expected-remark @below {{softmax attention left unchanged: Q, K, V and the output do not share one element type}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x4x4xf32>, tensor<3x4x2xf32>) outs(%fo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  return %o : tensor<3x4x2xf32>
}

// -----

// Division by 1e-45 (a denormal): a scale beyond f32's range.
// CHECK-LABEL: func.func @scale_beyond_f32
// CHECK-NOT: infini.attention
func.func @scale_beyond_f32(%q: tensor<3x4x2xf32>, %k: tensor<3x4x2xf32>, %v: tensor<3x4x2xf32>) -> tensor<3x4x2xf32> {
  %zero = arith.constant 0.0 : f32
  %four = arith.constant dense<1.0e-45> : tensor<3x4x4xf32>
  %mask = arith.constant dense<[[0.0, 0xFF800000, 0xFF800000, 0xFF800000],
                                [0.0, 0.0, 0xFF800000, 0xFF800000],
                                [0.0, 0.0, 0.0, 0xFF800000],
                                [0.0, 0.0, 0.0, 0.0]]> : tensor<4x4xf32>
  %et = tensor.empty() : tensor<3x2x4xf32>
  %kt = linalg.transpose ins(%k : tensor<3x4x2xf32>) outs(%et : tensor<3x2x4xf32>) permutation = [0, 2, 1]
  %es = tensor.empty() : tensor<3x4x4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<3x4x2xf32>, tensor<3x2x4xf32>) outs(%fs : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %scaled = linalg.div ins(%s, %four : tensor<3x4x4xf32>, tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %masked = linalg.generic {indexing_maps = [affine_map<(b, t, u) -> (b, t, u)>, affine_map<(b, t, u) -> (t, u)>, affine_map<(b, t, u) -> (b, t, u)>],
                            iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%scaled, %mask : tensor<3x4x4xf32>, tensor<4x4xf32>) outs(%es : tensor<3x4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %c: f32):
    %r = arith.addf %a, %m : f32
    linalg.yield %r : f32
  } -> tensor<3x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%masked : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %eo = tensor.empty() : tensor<3x4x2xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  // expected-remark @below {{softmax attention left unchanged: the scale inf is not a finite f32 > 0 (infini.attention's scale must be)}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x4x4xf32>, tensor<3x4x2xf32>) outs(%fo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  return %o : tensor<3x4x2xf32>
}

// -----

// Heads of size 0: infini.attention lets only the token count be 0.
// CHECK-LABEL: func.func @zero_head_dim
// CHECK-NOT: infini.attention
func.func @zero_head_dim(%q: tensor<3x4x0xf32>, %k: tensor<3x4x0xf32>, %v: tensor<3x4x0xf32>) -> tensor<3x4x0xf32> {
  %zero = arith.constant 0.0 : f32
  %four = arith.constant dense<4.0> : tensor<3x4x4xf32>
  %mask = arith.constant dense<[[0.0, 0xFF800000, 0xFF800000, 0xFF800000],
                                [0.0, 0.0, 0xFF800000, 0xFF800000],
                                [0.0, 0.0, 0.0, 0xFF800000],
                                [0.0, 0.0, 0.0, 0.0]]> : tensor<4x4xf32>
  %et = tensor.empty() : tensor<3x0x4xf32>
  %kt = linalg.transpose ins(%k : tensor<3x4x0xf32>) outs(%et : tensor<3x0x4xf32>) permutation = [0, 2, 1]
  %es = tensor.empty() : tensor<3x4x4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<3x4x0xf32>, tensor<3x0x4xf32>) outs(%fs : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %scaled = linalg.div ins(%s, %four : tensor<3x4x4xf32>, tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %masked = linalg.generic {indexing_maps = [affine_map<(b, t, u) -> (b, t, u)>, affine_map<(b, t, u) -> (t, u)>, affine_map<(b, t, u) -> (b, t, u)>],
                            iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%scaled, %mask : tensor<3x4x4xf32>, tensor<4x4xf32>) outs(%es : tensor<3x4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %c: f32):
    %r = arith.addf %a, %m : f32
    linalg.yield %r : f32
  } -> tensor<3x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%masked : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %eo = tensor.empty() : tensor<3x4x0xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<3x4x0xf32>) -> tensor<3x4x0xf32>
  // expected-remark @below {{softmax attention left unchanged: a head dimension is 0}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x4x4xf32>, tensor<3x4x0xf32>) outs(%fo : tensor<3x4x0xf32>) -> tensor<3x4x0xf32>
  return %o : tensor<3x4x0xf32>
}

// -----

// Not attention at all (no softmax): untouched, no remark.
// CHECK-LABEL: func.func @two_matmuls
// CHECK-COUNT-2: linalg.batch_matmul
func.func @two_matmuls(%a: tensor<3x4x4xf32>, %b: tensor<3x4x2xf32>, %c: tensor<3x2x2xf32>) -> tensor<3x4x2xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<3x4x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  %ab = linalg.batch_matmul ins(%a, %b : tensor<3x4x4xf32>, tensor<3x4x2xf32>) outs(%f : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  %abc = linalg.batch_matmul ins(%ab, %c : tensor<3x4x2xf32>, tensor<3x2x2xf32>) outs(%f : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  return %abc : tensor<3x4x2xf32>
}

// -----

// A causal mask with an ALiBi-style bias -0.5 (t - u) on the kept
// scores: more than a scale, so not infini.attention.
// CHECK-LABEL: func.func @alibi_bias
// CHECK-NOT: infini.attention
func.func @alibi_bias(%q: tensor<3x4x2xf32>, %k: tensor<3x4x2xf32>, %v: tensor<3x4x2xf32>) -> tensor<3x4x2xf32> {
  %zero = arith.constant 0.0 : f32
  %mask = arith.constant dense<[[0.0, 0xFF800000, 0xFF800000, 0xFF800000], [-0.5, 0.0, 0xFF800000, 0xFF800000], [-1.0, -0.5, 0.0, 0xFF800000], [-1.5, -1.0, -0.5, 0.0]]> : tensor<4x4xf32>
  %et = tensor.empty() : tensor<3x2x4xf32>
  %kt = linalg.transpose ins(%k : tensor<3x4x2xf32>) outs(%et : tensor<3x2x4xf32>) permutation = [0, 2, 1]
  %es = tensor.empty() : tensor<3x4x4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<3x4x2xf32>, tensor<3x2x4xf32>) outs(%fs : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %masked = linalg.generic {indexing_maps = [affine_map<(b, t, u) -> (b, t, u)>, affine_map<(b, t, u) -> (t, u)>, affine_map<(b, t, u) -> (b, t, u)>],
                            iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%s, %mask : tensor<3x4x4xf32>, tensor<4x4xf32>) outs(%es : tensor<3x4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %c: f32):
    %r = arith.addf %a, %m : f32
    linalg.yield %r : f32
  } -> tensor<3x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%masked : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %eo = tensor.empty() : tensor<3x4x2xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  // expected-remark @below {{softmax attention left unchanged: the scores at (query 1, key 0) are changed by more than a constant scale (an additive bias or a non-causal mask)}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x4x4xf32>, tensor<3x4x2xf32>) outs(%fo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  return %o : tensor<3x4x2xf32>
}

// -----

// A sliding window of 2 keys: causal, but it also masks keys more than
// one step back.
// CHECK-LABEL: func.func @sliding_window
// CHECK-NOT: infini.attention
func.func @sliding_window(%q: tensor<3x4x2xf32>, %k: tensor<3x4x2xf32>, %v: tensor<3x4x2xf32>) -> tensor<3x4x2xf32> {
  %zero = arith.constant 0.0 : f32
  %mask = arith.constant dense<[[0.0, 0xFF800000, 0xFF800000, 0xFF800000], [0.0, 0.0, 0xFF800000, 0xFF800000], [0xFF800000, 0.0, 0.0, 0xFF800000], [0xFF800000, 0xFF800000, 0.0, 0.0]]> : tensor<4x4xf32>
  %et = tensor.empty() : tensor<3x2x4xf32>
  %kt = linalg.transpose ins(%k : tensor<3x4x2xf32>) outs(%et : tensor<3x2x4xf32>) permutation = [0, 2, 1]
  %es = tensor.empty() : tensor<3x4x4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<3x4x2xf32>, tensor<3x2x4xf32>) outs(%fs : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %masked = linalg.generic {indexing_maps = [affine_map<(b, t, u) -> (b, t, u)>, affine_map<(b, t, u) -> (t, u)>, affine_map<(b, t, u) -> (b, t, u)>],
                            iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%s, %mask : tensor<3x4x4xf32>, tensor<4x4xf32>) outs(%es : tensor<3x4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %c: f32):
    %r = arith.addf %a, %m : f32
    linalg.yield %r : f32
  } -> tensor<3x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%masked : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %eo = tensor.empty() : tensor<3x4x2xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  // expected-remark @below {{softmax attention left unchanged: the mask is not causal: the score at (query 2, key 0) is masked}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x4x4xf32>, tensor<3x4x2xf32>) outs(%fo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  return %o : tensor<3x4x2xf32>
}

// -----

// The mask is an argument (padding, or anything computed at run time):
// what it holds is not known, so it is not converted.
// CHECK-LABEL: func.func @mask_argument
// CHECK-NOT: infini.attention
func.func @mask_argument(%q: tensor<3x4x2xf32>, %k: tensor<3x4x2xf32>, %v: tensor<3x4x2xf32>, %pad: tensor<4x4xf32>) -> tensor<3x4x2xf32> {
  %zero = arith.constant 0.0 : f32
  %mask = arith.constant dense<0.0> : tensor<4x4xf32>
  %et = tensor.empty() : tensor<3x2x4xf32>
  %kt = linalg.transpose ins(%k : tensor<3x4x2xf32>) outs(%et : tensor<3x2x4xf32>) permutation = [0, 2, 1]
  %es = tensor.empty() : tensor<3x4x4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<3x4x2xf32>, tensor<3x2x4xf32>) outs(%fs : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %masked = linalg.generic {indexing_maps = [affine_map<(b, t, u) -> (b, t, u)>, affine_map<(b, t, u) -> (t, u)>, affine_map<(b, t, u) -> (b, t, u)>],
                            iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%s, %pad : tensor<3x4x4xf32>, tensor<4x4xf32>) outs(%es : tensor<3x4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %c: f32):
    %r = arith.addf %a, %m : f32
    linalg.yield %r : f32
  } -> tensor<3x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%masked : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %eo = tensor.empty() : tensor<3x4x2xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  // expected-remark @below {{softmax attention left unchanged: the mask depends on function argument #3 (a data-dependent mask, e.g. padding; infini.attention is causal only)}}
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x4x4xf32>, tensor<3x4x2xf32>) outs(%fo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  return %o : tensor<3x4x2xf32>
}
