// An Infini-Transformer attention block as model IR, for one chunk of
// T = 1024 tokens (batch 1, model width 256): projections to Q/K/V, rotary
// position embedding (RoPE) on the local path only, one infini.attention
// carrying the compressive memory across chunks, the output projection and
// the residual. 4 query heads share 2 key/value heads (Dk = Dv = 64);
// segments of 512 tokens, delta rule.
//
// Operands: x [T, 256]; wq [256, 4*64], wk and wv [256, 2*64], wo [4*64, 256];
// cos and sin [T, 32], the RoPE tables for this chunk's positions (one
// frequency per pair of channels, rotate-half convention); the memory and
// norm left by the previous chunk; per-head gate logits. Results: the block's
// output [T, 256] and the state for the next chunk.
//
// tools/infini-stream streams a long input through it chunk by chunk:
//   build/bin/infini-stream examples/infini-block.mlir --tokens=65536

#rows = affine_map<(b, h, t, d) -> (b, h, t, d)>
#table = affine_map<(b, h, t, d) -> (t, d)>
#elementwise = affine_map<(t, d) -> (t, d)>

func.func @infini_block(
    %x: tensor<1024x256xf32>,
    %wq: tensor<256x256xf32>, %wk: tensor<256x128xf32>,
    %wv: tensor<256x128xf32>, %wo: tensor<256x256xf32>,
    %cos: tensor<1024x32xf32>, %sin: tensor<1024x32xf32>,
    %memory: tensor<1x2x64x64xf32>, %norm: tensor<1x2x64xf32>,
    %gate: tensor<4xf32>)
    -> (tensor<1024x256xf32>, tensor<1x2x64x64xf32>, tensor<1x2x64xf32>) {
  %zero = arith.constant 0.0 : f32

  // Projections: [T, 256] x [256, heads * 64].
  %e256 = tensor.empty() : tensor<1024x256xf32>
  %f256 = linalg.fill ins(%zero : f32) outs(%e256 : tensor<1024x256xf32>) -> tensor<1024x256xf32>
  %e128 = tensor.empty() : tensor<1024x128xf32>
  %f128 = linalg.fill ins(%zero : f32) outs(%e128 : tensor<1024x128xf32>) -> tensor<1024x128xf32>
  %q2 = linalg.matmul ins(%x, %wq : tensor<1024x256xf32>, tensor<256x256xf32>)
                      outs(%f256 : tensor<1024x256xf32>) -> tensor<1024x256xf32>
  %k2 = linalg.matmul ins(%x, %wk : tensor<1024x256xf32>, tensor<256x128xf32>)
                      outs(%f128 : tensor<1024x128xf32>) -> tensor<1024x128xf32>
  %v2 = linalg.matmul ins(%x, %wv : tensor<1024x256xf32>, tensor<256x128xf32>)
                      outs(%f128 : tensor<1024x128xf32>) -> tensor<1024x128xf32>

  // [T, heads * 64] -> [1, heads, T, 64].
  %q = call @split_heads_4(%q2) : (tensor<1024x256xf32>) -> tensor<1x4x1024x64xf32>
  %k = call @split_heads_2(%k2) : (tensor<1024x128xf32>) -> tensor<1x2x1024x64xf32>
  %v = call @split_heads_2(%v2) : (tensor<1024x128xf32>) -> tensor<1x2x1024x64xf32>

  // RoPE for the local path; the memory reads and writes unrotated q and k.
  %qd = tensor.cast %q : tensor<1x4x1024x64xf32> to tensor<1x?x1024x64xf32>
  %kd = tensor.cast %k : tensor<1x2x1024x64xf32> to tensor<1x?x1024x64xf32>
  %qr = call @rope(%qd, %cos, %sin) : (tensor<1x?x1024x64xf32>, tensor<1024x32xf32>, tensor<1024x32xf32>) -> tensor<1x?x1024x64xf32>
  %kr = call @rope(%kd, %cos, %sin) : (tensor<1x?x1024x64xf32>, tensor<1024x32xf32>, tensor<1024x32xf32>) -> tensor<1x?x1024x64xf32>
  %q_rot = tensor.cast %qr : tensor<1x?x1024x64xf32> to tensor<1x4x1024x64xf32>
  %k_rot = tensor.cast %kr : tensor<1x?x1024x64xf32> to tensor<1x2x1024x64xf32>

  %a, %memory1, %norm1 = infini.attention %q, %k, %v, %memory, %norm, %gate
      segment_len = 512 rule = delta
      local_query(%q_rot : tensor<1x4x1024x64xf32>)
      local_key(%k_rot : tensor<1x2x1024x64xf32>)
      : tensor<1x4x1024x64xf32>, tensor<1x2x1024x64xf32>, tensor<1x2x1024x64xf32>,
        tensor<1x2x64x64xf32>, tensor<1x2x64xf32>, tensor<4xf32>
      -> tensor<1x4x1024x64xf32>, tensor<1x2x64x64xf32>, tensor<1x2x64xf32>

  // [1, 4, T, 64] -> [T, 256], output projection, residual.
  %a3 = tensor.collapse_shape %a [[0, 1], [2], [3]] : tensor<1x4x1024x64xf32> into tensor<4x1024x64xf32>
  %et = tensor.empty() : tensor<1024x4x64xf32>
  %at = linalg.transpose ins(%a3 : tensor<4x1024x64xf32>) outs(%et : tensor<1024x4x64xf32>) permutation = [1, 0, 2]
  %a2 = tensor.collapse_shape %at [[0], [1, 2]] : tensor<1024x4x64xf32> into tensor<1024x256xf32>
  %o = linalg.matmul ins(%a2, %wo : tensor<1024x256xf32>, tensor<256x256xf32>)
                     outs(%f256 : tensor<1024x256xf32>) -> tensor<1024x256xf32>
  %y = linalg.generic {indexing_maps = [#elementwise, #elementwise, #elementwise],
                       iterator_types = ["parallel", "parallel"]}
      ins(%o, %x : tensor<1024x256xf32>, tensor<1024x256xf32>) outs(%e256 : tensor<1024x256xf32>) {
  ^bb0(%p: f32, %r: f32, %unused: f32):
    %s = arith.addf %p, %r : f32
    linalg.yield %s : f32
  } -> tensor<1024x256xf32>
  return %y, %memory1, %norm1 : tensor<1024x256xf32>, tensor<1x2x64x64xf32>, tensor<1x2x64xf32>
}

func.func private @split_heads_4(%x: tensor<1024x256xf32>) -> tensor<1x4x1024x64xf32> {
  %x3 = tensor.expand_shape %x [[0], [1, 2]] output_shape [1024, 4, 64] : tensor<1024x256xf32> into tensor<1024x4x64xf32>
  %e = tensor.empty() : tensor<4x1024x64xf32>
  %t = linalg.transpose ins(%x3 : tensor<1024x4x64xf32>) outs(%e : tensor<4x1024x64xf32>) permutation = [1, 0, 2]
  %y = tensor.expand_shape %t [[0, 1], [2], [3]] output_shape [1, 4, 1024, 64] : tensor<4x1024x64xf32> into tensor<1x4x1024x64xf32>
  return %y : tensor<1x4x1024x64xf32>
}

func.func private @split_heads_2(%x: tensor<1024x128xf32>) -> tensor<1x2x1024x64xf32> {
  %x3 = tensor.expand_shape %x [[0], [1, 2]] output_shape [1024, 2, 64] : tensor<1024x128xf32> into tensor<1024x2x64xf32>
  %e = tensor.empty() : tensor<2x1024x64xf32>
  %t = linalg.transpose ins(%x3 : tensor<1024x2x64xf32>) outs(%e : tensor<2x1024x64xf32>) permutation = [1, 0, 2]
  %y = tensor.expand_shape %t [[0, 1], [2], [3]] output_shape [1, 2, 1024, 64] : tensor<2x1024x64xf32> into tensor<1x2x1024x64xf32>
  return %y : tensor<1x2x1024x64xf32>
}

// Rotate-half RoPE: channel pair (d, d + 32) of token t turns by angle
// theta(t, d): (x1, x2) -> (x1 cos - x2 sin, x2 cos + x1 sin).
func.func private @rope(%x: tensor<1x?x1024x64xf32>, %cos: tensor<1024x32xf32>,
                        %sin: tensor<1024x32xf32>) -> tensor<1x?x1024x64xf32> {
  %c1 = arith.constant 1 : index
  %h = tensor.dim %x, %c1 : tensor<1x?x1024x64xf32>
  %lo = tensor.extract_slice %x[0, 0, 0, 0] [1, %h, 1024, 32] [1, 1, 1, 1] : tensor<1x?x1024x64xf32> to tensor<1x?x1024x32xf32>
  %hi = tensor.extract_slice %x[0, 0, 0, 32] [1, %h, 1024, 32] [1, 1, 1, 1] : tensor<1x?x1024x64xf32> to tensor<1x?x1024x32xf32>
  %e = tensor.empty(%h) : tensor<1x?x1024x32xf32>
  %lo_rot = linalg.generic {indexing_maps = [#rows, #rows, #table, #table, #rows],
                            iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%lo, %hi, %cos, %sin : tensor<1x?x1024x32xf32>, tensor<1x?x1024x32xf32>, tensor<1024x32xf32>, tensor<1024x32xf32>)
      outs(%e : tensor<1x?x1024x32xf32>) {
  ^bb0(%x1: f32, %x2: f32, %c: f32, %s: f32, %unused: f32):
    %a = arith.mulf %x1, %c : f32
    %b = arith.mulf %x2, %s : f32
    %r = arith.subf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x?x1024x32xf32>
  %hi_rot = linalg.generic {indexing_maps = [#rows, #rows, #table, #table, #rows],
                            iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%lo, %hi, %cos, %sin : tensor<1x?x1024x32xf32>, tensor<1x?x1024x32xf32>, tensor<1024x32xf32>, tensor<1024x32xf32>)
      outs(%e : tensor<1x?x1024x32xf32>) {
  ^bb0(%x1: f32, %x2: f32, %c: f32, %s: f32, %unused: f32):
    %a = arith.mulf %x2, %c : f32
    %b = arith.mulf %x1, %s : f32
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x?x1024x32xf32>
  %out = tensor.empty(%h) : tensor<1x?x1024x64xf32>
  %o1 = tensor.insert_slice %lo_rot into %out[0, 0, 0, 0] [1, %h, 1024, 32] [1, 1, 1, 1] : tensor<1x?x1024x32xf32> into tensor<1x?x1024x64xf32>
  %o2 = tensor.insert_slice %hi_rot into %o1[0, 0, 0, 32] [1, %h, 1024, 32] [1, 1, 1, 1] : tensor<1x?x1024x32xf32> into tensor<1x?x1024x64xf32>
  return %o2 : tensor<1x?x1024x64xf32>
}
