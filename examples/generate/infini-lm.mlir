// A small Infini-Transformer language model in the infini dialect and linalg:
// token embedding, then two blocks (RMSNorm, Q/K/V projections, RoPE on the
// local path, infini.attention_chunk with 4 query heads over 2 kv heads,
// output projection, residual; RMSNorm, SwiGLU MLP, residual), a final
// RMSNorm and the LM head.
//
//   @forward(ids [1, C], weights..., state...) -> (logits [C, V], state...)
//
// takes a chunk of C >= 1 tokens of one stream: a prompt of any length, or
// one token (a decode step). The state of both blocks' attention (memory,
// segment memory, key/value caches of the current segment of 8 tokens,
// position) comes in and goes out, so that any chunking gives the logits of
// one call over the whole stream. RoPE angles come from the stream's
// position (the first block's `position`).
//
// `infini-generate` compiles it with infini-lower-to-cpu, prefills a prompt,
// decodes greedily, and with --check compares every step's logits with one
// prefill over the same tokens.
//
// Sizes: vocabulary 64, width 32, 4 heads of 8 (2 kv heads), MLP 64,
// segments of 8 tokens.

!ids = tensor<1x?xi64>
!x = tensor<?x32xf32>
!m = tensor<1x2x8x8xf32>
!z = tensor<1x2x8xf32>
!kc = tensor<1x2x8x8xf32>
!p = tensor<1xi64>

#id2 = affine_map<(c, d) -> (c, d)>
#row = affine_map<(c, d) -> (c)>
#col = affine_map<(c, d) -> (d)>
#id4 = affine_map<(b, h, c, e) -> (b, h, c, e)>

func.func @forward(%ids: !ids, %emb: tensor<64x32xf32>,
    %n1a: tensor<32xf32>, %wq_a: tensor<32x32xf32>, %wk_a: tensor<32x16xf32>,
    %wv_a: tensor<32x16xf32>, %wo_a: tensor<32x32xf32>, %g_a: tensor<4xf32>,
    %n2a: tensor<32xf32>, %w1_a: tensor<32x64xf32>, %w3_a: tensor<32x64xf32>,
    %w2_a: tensor<64x32xf32>,
    %n1b: tensor<32xf32>, %wq_b: tensor<32x32xf32>, %wk_b: tensor<32x16xf32>,
    %wv_b: tensor<32x16xf32>, %wo_b: tensor<32x32xf32>, %g_b: tensor<4xf32>,
    %n2b: tensor<32xf32>, %w1_b: tensor<32x64xf32>, %w3_b: tensor<32x64xf32>,
    %w2_b: tensor<64x32xf32>,
    %nf: tensor<32xf32>, %head: tensor<32x64xf32>,
    %m_a: !m, %z_a: !z, %sm_a: !m, %sz_a: !z, %kc_a: !kc, %vc_a: !kc, %p_a: !p,
    %m_b: !m, %z_b: !z, %sm_b: !m, %sz_b: !z, %kc_b: !kc, %vc_b: !kc, %p_b: !p)
    -> (tensor<?x64xf32>, !m, !z, !m, !z, !kc, !kc, !p,
        !m, !z, !m, !z, !kc, !kc, !p) {
  %c1 = arith.constant 1 : index
  %len = tensor.dim %ids, %c1 : !ids
  // Embedding: x[c] = emb[ids[0, c]].
  %flat = tensor.collapse_shape %ids [[0, 1]] : !ids into tensor<?xi64>
  %e0 = tensor.empty(%len) : !x
  %x0 = linalg.generic {indexing_maps = [#row, #id2],
                        iterator_types = ["parallel", "parallel"]}
      ins(%flat : tensor<?xi64>) outs(%e0 : !x) {
  ^bb0(%id: i64, %o: f32):
    %i = arith.index_cast %id : i64 to index
    %d = linalg.index 1 : index
    %v = tensor.extract %emb[%i, %d] : tensor<64x32xf32>
    linalg.yield %v : f32
  } -> !x
  %x1, %m_a1, %z_a1, %sm_a1, %sz_a1, %kc_a1, %vc_a1, %p_a1 = func.call @block(
      %x0, %p_a, %n1a, %wq_a, %wk_a, %wv_a, %wo_a, %g_a, %n2a, %w1_a, %w3_a,
      %w2_a, %m_a, %z_a, %sm_a, %sz_a, %kc_a, %vc_a, %p_a)
      : (!x, !p, tensor<32xf32>, tensor<32x32xf32>, tensor<32x16xf32>,
         tensor<32x16xf32>, tensor<32x32xf32>, tensor<4xf32>, tensor<32xf32>,
         tensor<32x64xf32>, tensor<32x64xf32>, tensor<64x32xf32>,
         !m, !z, !m, !z, !kc, !kc, !p)
      -> (!x, !m, !z, !m, !z, !kc, !kc, !p)
  %x2, %m_b1, %z_b1, %sm_b1, %sz_b1, %kc_b1, %vc_b1, %p_b1 = func.call @block(
      %x1, %p_a, %n1b, %wq_b, %wk_b, %wv_b, %wo_b, %g_b, %n2b, %w1_b, %w3_b,
      %w2_b, %m_b, %z_b, %sm_b, %sz_b, %kc_b, %vc_b, %p_b)
      : (!x, !p, tensor<32xf32>, tensor<32x32xf32>, tensor<32x16xf32>,
         tensor<32x16xf32>, tensor<32x32xf32>, tensor<4xf32>, tensor<32xf32>,
         tensor<32x64xf32>, tensor<32x64xf32>, tensor<64x32xf32>,
         !m, !z, !m, !z, !kc, !kc, !p)
      -> (!x, !m, !z, !m, !z, !kc, !kc, !p)
  %xf = func.call @rmsnorm(%x2, %nf) : (!x, tensor<32xf32>) -> !x
  %zero = arith.constant 0.0 : f32
  %le = tensor.empty(%len) : tensor<?x64xf32>
  %lz = linalg.fill ins(%zero : f32) outs(%le : tensor<?x64xf32>) -> tensor<?x64xf32>
  %logits = linalg.matmul ins(%xf, %head : !x, tensor<32x64xf32>)
      outs(%lz : tensor<?x64xf32>) -> tensor<?x64xf32>
  return %logits, %m_a1, %z_a1, %sm_a1, %sz_a1, %kc_a1, %vc_a1, %p_a1,
         %m_b1, %z_b1, %sm_b1, %sz_b1, %kc_b1, %vc_b1, %p_b1
      : tensor<?x64xf32>, !m, !z, !m, !z, !kc, !kc, !p,
        !m, !z, !m, !z, !kc, !kc, !p
}

// One block: x + attention(norm(x)), then + MLP(norm(.)). `%pos` is the
// stream's position before the chunk (for RoPE).
func.func private @block(%x: !x, %pos: !p, %n1: tensor<32xf32>,
    %wq: tensor<32x32xf32>, %wk: tensor<32x16xf32>, %wv: tensor<32x16xf32>,
    %wo: tensor<32x32xf32>, %gate: tensor<4xf32>, %n2: tensor<32xf32>,
    %w1: tensor<32x64xf32>, %w3: tensor<32x64xf32>, %w2: tensor<64x32xf32>,
    %m: !m, %z: !z, %sm: !m, %sz: !z, %kc: !kc, %vc: !kc, %p: !p)
    -> (!x, !m, !z, !m, !z, !kc, !kc, !p) {
  %c0 = arith.constant 0 : index
  %len = tensor.dim %x, %c0 : !x
  %h = func.call @rmsnorm(%x, %n1) : (!x, tensor<32xf32>) -> !x
  %q = func.call @heads4(%h, %wq) : (!x, tensor<32x32xf32>) -> tensor<1x4x?x8xf32>
  %k = func.call @heads2(%h, %wk) : (!x, tensor<32x16xf32>) -> tensor<1x2x?x8xf32>
  %v = func.call @heads2(%h, %wv) : (!x, tensor<32x16xf32>) -> tensor<1x2x?x8xf32>
  %qd = tensor.cast %q : tensor<1x4x?x8xf32> to tensor<1x?x?x8xf32>
  %kd = tensor.cast %k : tensor<1x2x?x8xf32> to tensor<1x?x?x8xf32>
  %rqd = func.call @rope(%qd, %pos) : (tensor<1x?x?x8xf32>, !p) -> tensor<1x?x?x8xf32>
  %rkd = func.call @rope(%kd, %pos) : (tensor<1x?x?x8xf32>, !p) -> tensor<1x?x?x8xf32>
  %rq = tensor.cast %rqd : tensor<1x?x?x8xf32> to tensor<1x4x?x8xf32>
  %rk = tensor.cast %rkd : tensor<1x?x?x8xf32> to tensor<1x2x?x8xf32>
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk
      %q, %k, %v, %m, %z, %gate segment(%sm, %sz) cache(%kc, %vc) position(%p)
      rule = delta
      local_query(%rq : tensor<1x4x?x8xf32>) local_key(%rk : tensor<1x2x?x8xf32>)
      : tensor<1x4x?x8xf32>, tensor<1x2x?x8xf32>, tensor<1x2x?x8xf32>, !m, !z,
        tensor<4xf32>, !m, !z, !kc, !kc, !p -> tensor<1x4x?x8xf32>
  // [1, 4, C, 8] -> [C, 4, 8] -> [C, 32], then the output projection.
  %oc = tensor.collapse_shape %o [[0, 1], [2], [3]] : tensor<1x4x?x8xf32> into tensor<4x?x8xf32>
  %te = tensor.empty(%len) : tensor<?x4x8xf32>
  %ot = linalg.transpose ins(%oc : tensor<4x?x8xf32>) outs(%te : tensor<?x4x8xf32>) permutation = [1, 0, 2]
  %of = tensor.collapse_shape %ot [[0], [1, 2]] : tensor<?x4x8xf32> into !x
  %a = func.call @matmul32(%of, %wo) : (!x, tensor<32x32xf32>) -> !x
  %x1 = func.call @add(%x, %a) : (!x, !x) -> !x
  // SwiGLU MLP.
  %h2 = func.call @rmsnorm(%x1, %n2) : (!x, tensor<32xf32>) -> !x
  %zero = arith.constant 0.0 : f32
  %fe = tensor.empty(%len) : tensor<?x64xf32>
  %fz = linalg.fill ins(%zero : f32) outs(%fe : tensor<?x64xf32>) -> tensor<?x64xf32>
  %u = linalg.matmul ins(%h2, %w1 : !x, tensor<32x64xf32>) outs(%fz : tensor<?x64xf32>) -> tensor<?x64xf32>
  %g = linalg.matmul ins(%h2, %w3 : !x, tensor<32x64xf32>) outs(%fz : tensor<?x64xf32>) -> tensor<?x64xf32>
  %s = linalg.generic {indexing_maps = [#id2, #id2, #id2],
                       iterator_types = ["parallel", "parallel"]}
      ins(%u, %g : tensor<?x64xf32>, tensor<?x64xf32>) outs(%fe : tensor<?x64xf32>) {
  ^bb0(%a0: f32, %b0: f32, %o0: f32):
    // silu(a) * b = a * b / (1 + exp(-a))
    %one = arith.constant 1.0 : f32
    %na = arith.negf %a0 : f32
    %e = math.exp %na : f32
    %den = arith.addf %one, %e : f32
    %ab = arith.mulf %a0, %b0 : f32
    %r = arith.divf %ab, %den : f32
    linalg.yield %r : f32
  } -> tensor<?x64xf32>
  %xe = tensor.empty(%len) : !x
  %xz = linalg.fill ins(%zero : f32) outs(%xe : !x) -> !x
  %d = linalg.matmul ins(%s, %w2 : tensor<?x64xf32>, tensor<64x32xf32>) outs(%xz : !x) -> !x
  %x2 = func.call @add(%x1, %d) : (!x, !x) -> !x
  return %x2, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 : !x, !m, !z, !m, !z, !kc, !kc, !p
}

// x / sqrt(mean(x^2) + 1e-6) * w.
func.func private @rmsnorm(%x: !x, %w: tensor<32xf32>) -> !x {
  %c0 = arith.constant 0 : index
  %len = tensor.dim %x, %c0 : !x
  %zero = arith.constant 0.0 : f32
  %se = tensor.empty(%len) : tensor<?xf32>
  %sz = linalg.fill ins(%zero : f32) outs(%se : tensor<?xf32>) -> tensor<?xf32>
  %ss = linalg.generic {indexing_maps = [#id2, #row],
                        iterator_types = ["parallel", "reduction"]}
      ins(%x : !x) outs(%sz : tensor<?xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %sq = arith.mulf %a, %a : f32
    %r = arith.addf %acc, %sq : f32
    linalg.yield %r : f32
  } -> tensor<?xf32>
  %e = tensor.empty(%len) : !x
  %y = linalg.generic {indexing_maps = [#id2, #row, #col, #id2],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x, %ss, %w : !x, tensor<?xf32>, tensor<32xf32>) outs(%e : !x) {
  ^bb0(%a: f32, %s: f32, %g: f32, %o: f32):
    %n = arith.constant 32.0 : f32
    %eps = arith.constant 1.0e-6 : f32
    %mean = arith.divf %s, %n : f32
    %me = arith.addf %mean, %eps : f32
    %inv = math.rsqrt %me : f32
    %t = arith.mulf %a, %inv : f32
    %r = arith.mulf %t, %g : f32
    linalg.yield %r : f32
  } -> !x
  return %y : !x
}

func.func private @matmul32(%x: !x, %w: tensor<32x32xf32>) -> !x {
  %c0 = arith.constant 0 : index
  %len = tensor.dim %x, %c0 : !x
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty(%len) : !x
  %z = linalg.fill ins(%zero : f32) outs(%e : !x) -> !x
  %y = linalg.matmul ins(%x, %w : !x, tensor<32x32xf32>) outs(%z : !x) -> !x
  return %y : !x
}

func.func private @add(%a: !x, %b: !x) -> !x {
  %c0 = arith.constant 0 : index
  %len = tensor.dim %a, %c0 : !x
  %e = tensor.empty(%len) : !x
  %y = linalg.add ins(%a, %b : !x, !x) outs(%e : !x) -> !x
  return %y : !x
}

// x W as heads: [C, 32] x [32, 4 * 8] -> [1, 4, C, 8].
func.func private @heads4(%x: !x, %w: tensor<32x32xf32>) -> tensor<1x4x?x8xf32> {
  %c0 = arith.constant 0 : index
  %len = tensor.dim %x, %c0 : !x
  %y = func.call @matmul32(%x, %w) : (!x, tensor<32x32xf32>) -> !x
  %s = tensor.expand_shape %y [[0], [1, 2]] output_shape [%len, 4, 8] : !x into tensor<?x4x8xf32>
  %e = tensor.empty(%len) : tensor<4x?x8xf32>
  %t = linalg.transpose ins(%s : tensor<?x4x8xf32>) outs(%e : tensor<4x?x8xf32>) permutation = [1, 0, 2]
  %r = tensor.expand_shape %t [[0, 1], [2], [3]] output_shape [1, 4, %len, 8] : tensor<4x?x8xf32> into tensor<1x4x?x8xf32>
  return %r : tensor<1x4x?x8xf32>
}

// [C, 32] x [32, 2 * 8] -> [1, 2, C, 8].
func.func private @heads2(%x: !x, %w: tensor<32x16xf32>) -> tensor<1x2x?x8xf32> {
  %c0 = arith.constant 0 : index
  %len = tensor.dim %x, %c0 : !x
  %zero = arith.constant 0.0 : f32
  %e0 = tensor.empty(%len) : tensor<?x16xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e0 : tensor<?x16xf32>) -> tensor<?x16xf32>
  %y = linalg.matmul ins(%x, %w : !x, tensor<32x16xf32>) outs(%z : tensor<?x16xf32>) -> tensor<?x16xf32>
  %s = tensor.expand_shape %y [[0], [1, 2]] output_shape [%len, 2, 8] : tensor<?x16xf32> into tensor<?x2x8xf32>
  %e = tensor.empty(%len) : tensor<2x?x8xf32>
  %t = linalg.transpose ins(%s : tensor<?x2x8xf32>) outs(%e : tensor<2x?x8xf32>) permutation = [1, 0, 2]
  %r = tensor.expand_shape %t [[0, 1], [2], [3]] output_shape [1, 2, %len, 8] : tensor<2x?x8xf32> into tensor<1x2x?x8xf32>
  return %r : tensor<1x2x?x8xf32>
}

// Rotate-half RoPE of token c at position pos + c, base 10000:
//   y[i] = x[i] cos(t_i) - x[i + 4] sin(t_i), y[i + 4] = x[i + 4] cos(t_i) + x[i] sin(t_i),
// t_i = (pos + c) * 10000^(-i / 4), for i < 4.
func.func private @rope(%x: tensor<1x?x?x8xf32>, %pos: !p) -> tensor<1x?x?x8xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %heads = tensor.dim %x, %c1 : tensor<1x?x?x8xf32>
  %len = tensor.dim %x, %c2 : tensor<1x?x?x8xf32>
  %p0 = tensor.extract %pos[%c0] : !p
  %pf = arith.sitofp %p0 : i64 to f32
  %e = tensor.empty(%heads, %len) : tensor<1x?x?x8xf32>
  %y = linalg.generic {indexing_maps = [#id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      outs(%e : tensor<1x?x?x8xf32>) {
  ^bb0(%o: f32):
    %h = linalg.index 1 : index
    %c = linalg.index 2 : index
    %i = linalg.index 3 : index
    %c4 = arith.constant 4 : index
    %hi = arith.cmpi uge, %i, %c4 : index
    %j = arith.remui %i, %c4 : index
    // The partner of channel i: i + 4 below half, i - 4 above.
    %up = arith.addi %i, %c4 : index
    %down = arith.subi %i, %c4 : index
    %other = arith.select %hi, %down, %up : index
    %xi = tensor.extract %x[%c0, %h, %c, %i] : tensor<1x?x?x8xf32>
    %xo = tensor.extract %x[%c0, %h, %c, %other] : tensor<1x?x?x8xf32>
    %ci = arith.index_cast %c : index to i64
    %cf = arith.sitofp %ci : i64 to f32
    %t0 = arith.addf %pf, %cf : f32
    %ji = arith.index_cast %j : index to i64
    %jf = arith.sitofp %ji : i64 to f32
    // 10000^(-j/4) = exp(-j * ln(10000) / 4)
    %k = arith.constant -2.30258509 : f32
    %ex = arith.mulf %jf, %k : f32
    %freq = math.exp %ex : f32
    %t = arith.mulf %t0, %freq : f32
    %cos = math.cos %t : f32
    %sin = math.sin %t : f32
    %a = arith.mulf %xi, %cos : f32
    %b = arith.mulf %xo, %sin : f32
    %lo = arith.subf %a, %b : f32
    %hi2 = arith.addf %a, %b : f32
    %r = arith.select %hi, %hi2, %lo : f32
    linalg.yield %r : f32
  } -> tensor<1x?x?x8xf32>
  return %y : tensor<1x?x?x8xf32>
}
