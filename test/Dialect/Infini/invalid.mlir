// One case per verifier rule, each checking the message.
// RUN: infini-opt %s -split-input-file -verify-diagnostics

func.func @unranked(%q: tensor<*xf32>, %m: tensor<1x1x4x4xf32>, %z: tensor<1x1x4xf32>) {
  // expected-error @below {{operand #0 must be 4-D tensor of f32, f16 or bf16, but got 'tensor<*xf32>'}}
  %r = "infini.memory_retrieve"(%q, %m, %z) : (tensor<*xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>) -> tensor<1x1x4x4xf32>
  return
}

// -----

func.func @query_rank(%q: tensor<4x16x32xf32>, %m: tensor<1x4x32x8xf32>, %z: tensor<1x4x32xf32>) {
  // expected-error @below {{'query' must be a rank-4 tensor [B, H, N, Dk], got 'tensor<4x16x32xf32>'}}
  %r = infini.memory_retrieve %q, %m, %z : tensor<4x16x32xf32>, tensor<1x4x32x8xf32>, tensor<1x4x32xf32> -> tensor<1x4x16x8xf32>
  return
}

// -----

func.func @norm_rank(%k: tensor<1x4x16x32xf32>, %v: tensor<1x4x16x8xf32>, %m: tensor<1x4x32x8xf32>, %z: tensor<1x4x32x1xf32>) {
  // expected-error @below {{'norm' must be a rank-3 tensor [B, Hkv, Dk], got 'tensor<1x4x32x1xf32>'}}
  %m1, %z1 = infini.memory_update %k, %v, %m, %z : tensor<1x4x16x32xf32>, tensor<1x4x16x8xf32>, tensor<1x4x32x8xf32>, tensor<1x4x32x1xf32> -> tensor<1x4x32x8xf32>, tensor<1x4x32xf32>
  return
}

// -----

func.func @attention_key_rank(%q: tensor<1x4x64x32xf32>, %k: tensor<4x64x32xf32>, %v: tensor<1x4x64x32xf32>,
                              %m: tensor<1x4x32x32xf32>, %z: tensor<1x4x32xf32>, %g: tensor<4xf32>) {
  // expected-error @below {{'key' must be a rank-4 tensor [B, Hkv, T, Dk], got 'tensor<4x64x32xf32>'}}
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 16
      : tensor<1x4x64x32xf32>, tensor<4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>, tensor<4xf32>
      -> tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>
  return
}

// -----

func.func @gate_rank(%a: tensor<1x4x16x8xf32>, %g: tensor<1x4x8xf32>) {
  // expected-error @below {{'gate' must be [H] or [H, Dv], got 'tensor<1x4x8xf32>'}}
  %c = infini.gated_combine %a, %a, %g : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>, tensor<1x4x8xf32> -> tensor<1x4x16x8xf32>
  return
}

// -----

func.func @memory_f16(%q: tensor<1x4x16x32xf16>, %m: tensor<1x4x32x8xf16>, %z: tensor<1x4x32xf32>) {
  // expected-error @below {{'memory' must have f32 elements, got 'f16'}}
  %r = infini.memory_retrieve %q, %m, %z : tensor<1x4x16x32xf16>, tensor<1x4x32x8xf16>, tensor<1x4x32xf32> -> tensor<1x4x16x8xf16>
  return
}

// -----

func.func @new_norm_bf16(%k: tensor<1x4x16x32xf32>, %v: tensor<1x4x16x8xf32>, %m: tensor<1x4x32x8xf32>, %z: tensor<1x4x32xf32>) {
  // expected-error @below {{'new_norm' must have f32 elements, got 'bf16'}}
  %m1, %z1 = infini.memory_update %k, %v, %m, %z : tensor<1x4x16x32xf32>, tensor<1x4x16x8xf32>, tensor<1x4x32x8xf32>, tensor<1x4x32xf32> -> tensor<1x4x32x8xf32>, tensor<1x4x32xbf16>
  return
}

// -----

func.func @gate_f16(%a: tensor<1x4x16x8xf32>, %g: tensor<4xf16>) {
  // expected-error @below {{'gate' must have f32 elements, got 'f16'}}
  %c = infini.gated_combine %a, %a, %g : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>, tensor<4xf16> -> tensor<1x4x16x8xf32>
  return
}

// -----

func.func @query_i32(%q: tensor<1x4x16x32xi32>, %k: tensor<1x4x16x32xi32>, %v: tensor<1x4x16x8xi32>) {
  // expected-error @below {{'query' must have f32, f16 or bf16 elements, got 'i32'}}
  %a = infini.local_attention %q, %k, %v : tensor<1x4x16x32xi32>, tensor<1x4x16x32xi32>, tensor<1x4x16x8xi32> -> tensor<1x4x16x8xi32>
  return
}

// -----

func.func @query_f64(%q: tensor<1x4x16x32xf64>, %m: tensor<1x4x32x8xf32>, %z: tensor<1x4x32xf32>) {
  // expected-error @below {{'query' must have f32, f16 or bf16 elements, got 'f64'}}
  %r = infini.memory_retrieve %q, %m, %z : tensor<1x4x16x32xf64>, tensor<1x4x32x8xf32>, tensor<1x4x32xf32> -> tensor<1x4x16x8xf64>
  return
}

// -----

func.func @mixed_data_types(%q: tensor<1x4x16x32xf32>, %k: tensor<1x4x16x32xf16>, %v: tensor<1x4x16x8xf32>) {
  // expected-error @below {{'key' has element type 'f16' but 'query' has 'f32'}}
  %a = infini.local_attention %q, %k, %v : tensor<1x4x16x32xf32>, tensor<1x4x16x32xf16>, tensor<1x4x16x8xf32> -> tensor<1x4x16x8xf32>
  return
}

// -----

func.func @result_type(%a: tensor<1x4x16x8xbf16>, %g: tensor<4xf32>) {
  // expected-error @below {{'result' has element type 'f32' but 'memory_out' has 'bf16'}}
  %c = infini.gated_combine %a, %a, %g : tensor<1x4x16x8xbf16>, tensor<1x4x16x8xbf16>, tensor<4xf32> -> tensor<1x4x16x8xf32>
  return
}

// -----

func.func @batch(%q: tensor<2x4x16x32xf32>, %m: tensor<3x4x32x8xf32>, %z: tensor<3x4x32xf32>) {
  // expected-error @below {{'query' has batch size 2 but 'memory' has 3}}
  %r = infini.memory_retrieve %q, %m, %z : tensor<2x4x16x32xf32>, tensor<3x4x32x8xf32>, tensor<3x4x32xf32> -> tensor<2x4x16x8xf32>
  return
}

// -----

func.func @heads(%q: tensor<1x4x16x32xf32>, %m: tensor<1x4x32x8xf32>, %z: tensor<1x4x32xf32>) {
  // expected-error @below {{'query' has 4 heads but 'result' has 2}}
  %r = infini.memory_retrieve %q, %m, %z : tensor<1x4x16x32xf32>, tensor<1x4x32x8xf32>, tensor<1x4x32xf32> -> tensor<1x2x16x8xf32>
  return
}

// -----

func.func @kv_heads(%k: tensor<1x3x16x32xf32>, %v: tensor<1x2x16x8xf32>, %m: tensor<1x3x32x8xf32>, %z: tensor<1x3x32xf32>) {
  // expected-error @below {{'key' has 3 kv heads but 'value' has 2}}
  %m1, %z1 = infini.memory_update %k, %v, %m, %z : tensor<1x3x16x32xf32>, tensor<1x2x16x8xf32>, tensor<1x3x32x8xf32>, tensor<1x3x32xf32> -> tensor<1x3x32x8xf32>, tensor<1x3x32xf32>
  return
}

// -----

func.func @tokens(%q: tensor<1x4x16x32xf32>, %k: tensor<1x4x8x32xf32>, %v: tensor<1x4x8x8xf32>) {
  // expected-error @below {{'query' has 16 tokens but 'key' has 8}}
  %a = infini.local_attention %q, %k, %v : tensor<1x4x16x32xf32>, tensor<1x4x8x32xf32>, tensor<1x4x8x8xf32> -> tensor<1x4x16x8xf32>
  return
}

// -----

func.func @key_dim(%q: tensor<1x4x16x32xf32>, %m: tensor<1x4x16x8xf32>, %z: tensor<1x4x16xf32>) {
  // expected-error @below {{'query' has key dim 32 but 'memory' has 16}}
  %r = infini.memory_retrieve %q, %m, %z : tensor<1x4x16x32xf32>, tensor<1x4x16x8xf32>, tensor<1x4x16xf32> -> tensor<1x4x16x8xf32>
  return
}

// -----

func.func @value_dim(%k: tensor<1x4x16x32xf32>, %v: tensor<1x4x16x8xf32>, %m: tensor<1x4x32x8xf32>, %z: tensor<1x4x32xf32>) {
  // expected-error @below {{'value' has value dim 8 but 'new_memory' has 4}}
  %m1, %z1 = infini.memory_update %k, %v, %m, %z : tensor<1x4x16x32xf32>, tensor<1x4x16x8xf32>, tensor<1x4x32x8xf32>, tensor<1x4x32xf32> -> tensor<1x4x32x4xf32>, tensor<1x4x32xf32>
  return
}

// -----

func.func @gate_heads(%a: tensor<1x4x16x8xf32>, %g: tensor<3xf32>) {
  // expected-error @below {{'memory_out' has 4 heads but 'gate' has 3}}
  %c = infini.gated_combine %a, %a, %g : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>, tensor<3xf32> -> tensor<1x4x16x8xf32>
  return
}

// -----

func.func @gate_channels(%a: tensor<1x4x16x8xf32>, %g: tensor<4x16xf32>) {
  // expected-error @below {{'memory_out' has value dim 8 but 'gate' has 16}}
  %c = infini.gated_combine %a, %a, %g : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>, tensor<4x16xf32> -> tensor<1x4x16x8xf32>
  return
}

// -----

func.func @local_query_tokens(%q: tensor<1x4x64x32xf32>, %v: tensor<1x4x64x32xf32>, %m: tensor<1x4x32x32xf32>,
                              %z: tensor<1x4x32xf32>, %g: tensor<4xf32>, %rq: tensor<1x4x32x32xf32>) {
  // expected-error @below {{'query' has 64 tokens but 'local_query' has 32}}
  %o, %m1, %z1 = infini.attention %q, %q, %v, %m, %z, %g segment_len = 16
      local_query(%rq : tensor<1x4x32x32xf32>)
      : tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>, tensor<4xf32>
      -> tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>
  return
}

// -----

func.func @local_key_type(%q: tensor<1x4x64x32xf32>, %v: tensor<1x4x64x32xf32>, %m: tensor<1x4x32x32xf32>,
                          %z: tensor<1x4x32xf32>, %g: tensor<4xf32>, %rk: tensor<1x4x64x32xbf16>) {
  // expected-error @below {{'local_key' has element type 'bf16' but 'query' has 'f32'}}
  %o, %m1, %z1 = infini.attention %q, %q, %v, %m, %z, %g segment_len = 16
      local_key(%rk : tensor<1x4x64x32xbf16>)
      : tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>, tensor<4xf32>
      -> tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>
  return
}

// -----

func.func @gqa_multiple(%q: tensor<1x6x16x32xf32>, %m: tensor<1x4x32x8xf32>, %z: tensor<1x4x32xf32>) {
  // expected-error @below {{'query' has 6 heads, which is not a multiple of the 4 kv heads of 'memory'}}
  %r = infini.memory_retrieve %q, %m, %z : tensor<1x6x16x32xf32>, tensor<1x4x32x8xf32>, tensor<1x4x32xf32> -> tensor<1x6x16x8xf32>
  return
}

// -----

func.func @zero_kv_heads(%q: tensor<1x4x16x32xf32>, %k: tensor<1x0x16x32xf32>, %v: tensor<1x0x16x8xf32>) {
  // expected-error @below {{'key' has 0 kv heads; only the token count N may be 0}}
  %a = infini.local_attention %q, %k, %v : tensor<1x4x16x32xf32>, tensor<1x0x16x32xf32>, tensor<1x0x16x8xf32> -> tensor<1x4x16x8xf32>
  return
}

// -----

func.func @zero_heads(%q: tensor<1x0x16x32xf32>, %k: tensor<1x0x16x32xf32>, %v: tensor<1x0x16x8xf32>) {
  // expected-error @below {{'query' has 0 heads; only the token count N may be 0}}
  %a = infini.local_attention %q, %k, %v : tensor<1x0x16x32xf32>, tensor<1x0x16x32xf32>, tensor<1x0x16x8xf32> -> tensor<1x0x16x8xf32>
  return
}

// -----

func.func @zero_batch(%q: tensor<0x4x16x32xf32>, %m: tensor<0x4x32x8xf32>, %z: tensor<0x4x32xf32>) {
  // expected-error @below {{'query' has batch size 0; only the token count N may be 0}}
  %r = infini.memory_retrieve %q, %m, %z : tensor<0x4x16x32xf32>, tensor<0x4x32x8xf32>, tensor<0x4x32xf32> -> tensor<0x4x16x8xf32>
  return
}

// -----

func.func @zero_key_dim(%q: tensor<1x2x8x0xf32>, %m: tensor<1x2x0x4xf32>, %z: tensor<1x2x0xf32>) {
  // expected-error @below {{'query' has key dim 0; only the token count N may be 0}}
  %r = infini.memory_retrieve %q, %m, %z : tensor<1x2x8x0xf32>, tensor<1x2x0x4xf32>, tensor<1x2x0xf32> -> tensor<1x2x8x4xf32>
  return
}

// -----

func.func @zero_value_dim(%k: tensor<1x2x8x4xf32>, %v: tensor<1x2x8x0xf32>, %m: tensor<1x2x4x0xf32>, %z: tensor<1x2x4xf32>) {
  // expected-error @below {{'value' has value dim 0; only the token count N may be 0}}
  %m1, %z1 = infini.memory_update %k, %v, %m, %z : tensor<1x2x8x4xf32>, tensor<1x2x8x0xf32>, tensor<1x2x4x0xf32>, tensor<1x2x4xf32> -> tensor<1x2x4x0xf32>, tensor<1x2x4xf32>
  return
}

// -----

func.func @zero_value_dim_whole_layer(%q: tensor<1x2x8x4xf32>, %k: tensor<1x2x8x4xf32>, %v: tensor<1x2x8x0xf32>, %m: tensor<1x2x4x0xf32>, %z: tensor<1x2x4xf32>, %g: tensor<2xf32>) {
  // expected-error @below {{'value' has value dim 0; only the token count T may be 0}}
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 4 : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8x0xf32>, tensor<1x2x4x0xf32>, tensor<1x2x4xf32>, tensor<2xf32> -> tensor<1x2x8x0xf32>, tensor<1x2x4x0xf32>, tensor<1x2x4xf32>
  return
}

// -----

func.func @epsilon_negative(%q: tensor<1x4x16x32xf32>, %m: tensor<1x4x32x8xf32>, %z: tensor<1x4x32xf32>) {
  // expected-error @below {{'epsilon' must be finite and > 0, got -1}}
  %r = infini.memory_retrieve %q, %m, %z epsilon = -1.0 : tensor<1x4x16x32xf32>, tensor<1x4x32x8xf32>, tensor<1x4x32xf32> -> tensor<1x4x16x8xf32>
  return
}

// -----

func.func @epsilon_zero(%k: tensor<1x4x16x32xf32>, %v: tensor<1x4x16x8xf32>, %m: tensor<1x4x32x8xf32>, %z: tensor<1x4x32xf32>) {
  // expected-error @below {{'epsilon' must be finite and > 0, got 0}}
  %m1, %z1 = infini.memory_update %k, %v, %m, %z rule = delta epsilon = 0.0 : tensor<1x4x16x32xf32>, tensor<1x4x16x8xf32>, tensor<1x4x32x8xf32>, tensor<1x4x32xf32> -> tensor<1x4x32x8xf32>, tensor<1x4x32xf32>
  return
}

// -----

func.func @scale_negative(%q: tensor<1x4x16x32xf32>, %v: tensor<1x4x16x8xf32>) {
  // expected-error @below {{'scale' must be finite and > 0, got -0.5}}
  %a = infini.local_attention %q, %q, %v scale = -0.5 : tensor<1x4x16x32xf32>, tensor<1x4x16x32xf32>, tensor<1x4x16x8xf32> -> tensor<1x4x16x8xf32>
  return
}

// -----

func.func @scale_infinite(%q: tensor<1x4x16x32xf32>, %v: tensor<1x4x16x8xf32>) {
  // expected-error @below {{'scale' must be finite and > 0, got +Inf}}
  %a = infini.local_attention %q, %q, %v scale = 0x7F800000 : tensor<1x4x16x32xf32>, tensor<1x4x16x32xf32>, tensor<1x4x16x8xf32> -> tensor<1x4x16x8xf32>
  return
}

// -----

func.func @scale_nan(%q: tensor<1x4x64x32xf32>, %v: tensor<1x4x64x32xf32>, %m: tensor<1x4x32x32xf32>,
                     %z: tensor<1x4x32xf32>, %g: tensor<4xf32>) {
  // expected-error @below {{'scale' must be finite and > 0, got NaN}}
  %o, %m1, %z1 = infini.attention %q, %q, %v, %m, %z, %g segment_len = 16 scale = 0x7FC00000
      : tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>, tensor<4xf32>
      -> tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>
  return
}

// -----

func.func @segment_len(%q: tensor<1x4x64x32xf32>, %v: tensor<1x4x64x32xf32>, %m: tensor<1x4x32x32xf32>,
                       %z: tensor<1x4x32xf32>, %g: tensor<4xf32>) {
  // expected-error @below {{'segment_len' must be > 0, got 0}}
  %o, %m1, %z1 = infini.attention %q, %q, %v, %m, %z, %g segment_len = 0
      : tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>, tensor<4xf32>
      -> tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>
  return
}

// -----

// The attribute is an i64: a negative length (or 2^64 - 1, which is -1 as an
// i64) is refused, not read as a huge unsigned length.
func.func @segment_len_negative(%q: tensor<1x4x64x32xf32>, %v: tensor<1x4x64x32xf32>, %m: tensor<1x4x32x32xf32>,
                       %z: tensor<1x4x32xf32>, %g: tensor<4xf32>) {
  // expected-error @below {{'segment_len' must be > 0, got -1}}
  %o, %m1, %z1 = infini.attention %q, %q, %v, %m, %z, %g segment_len = -1
      : tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>, tensor<4xf32>
      -> tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>
  return
}

// -----

// 2^64 - 1 parses as the i64 -1.
func.func @segment_len_wraps(%q: tensor<1x4x64x32xf32>, %v: tensor<1x4x64x32xf32>, %m: tensor<1x4x32x32xf32>,
                       %z: tensor<1x4x32xf32>, %g: tensor<4xf32>) {
  // expected-error @below {{'segment_len' must be > 0, got -1}}
  %o, %m1, %z1 = infini.attention %q, %q, %v, %m, %z, %g segment_len = 18446744073709551615
      : tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>, tensor<4xf32>
      -> tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>
  return
}

// -----

func.func @segment_len_min(%q: tensor<1x4x64x32xf32>, %v: tensor<1x4x64x32xf32>, %m: tensor<1x4x32x32xf32>,
                       %z: tensor<1x4x32xf32>, %g: tensor<4xf32>) {
  // expected-error @below {{'segment_len' must be > 0, got -9223372036854775808}}
  %o, %m1, %z1 = infini.attention %q, %q, %v, %m, %z, %g segment_len = -9223372036854775808
      : tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>, tensor<4xf32>
      -> tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>
  return
}

// -----

func.func @bad_rule(%k: tensor<1x4x16x32xf32>, %v: tensor<1x4x16x8xf32>, %m: tensor<1x4x32x8xf32>, %z: tensor<1x4x32xf32>) {
  // expected-error @below {{expected update rule 'linear' or 'delta', got 'hebbian'}}
  %m1, %z1 = infini.memory_update %k, %v, %m, %z rule = hebbian : tensor<1x4x16x32xf32>, tensor<1x4x16x8xf32>, tensor<1x4x32x8xf32>, tensor<1x4x32xf32> -> tensor<1x4x32x8xf32>, tensor<1x4x32xf32>
  return
}

// -----

func.func @online_key_tokens(%q: tensor<1x2x8x4xf32>, %k: tensor<1x2x6x4xf32>, %v: tensor<1x2x5x4xf32>,
                             %acc: tensor<1x2x8x4xf32>, %m: tensor<1x2x8xf32>, %s: tensor<1x2x8xf32>, %off: index) {
  // expected-error @below {{'key' has 6 key tokens but 'value' has 5}}
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off outs(%acc, %m, %s)
      : tensor<1x2x8x4xf32>, tensor<1x2x6x4xf32>, tensor<1x2x5x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>, tensor<1x2x8xf32>
  return
}

// -----

func.func @online_state_rows(%q: tensor<1x2x8x4xf32>, %k: tensor<1x2x6x4xf32>, %v: tensor<1x2x6x4xf32>,
                             %acc: tensor<1x2x8x4xf32>, %m: tensor<1x2x7xf32>, %s: tensor<1x2x8xf32>, %off: index) {
  // expected-error @below {{'query' has 8 tokens but 'max' has 7}}
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off outs(%acc, %m, %s)
      : tensor<1x2x8x4xf32>, tensor<1x2x6x4xf32>, tensor<1x2x6x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x7xf32>, tensor<1x2x8xf32>
  return
}

// -----

func.func @online_state_f16(%q: tensor<1x2x8x4xf16>, %k: tensor<1x2x6x4xf16>, %v: tensor<1x2x6x4xf16>,
                            %acc: tensor<1x2x8x4xf16>, %m: tensor<1x2x8xf32>, %s: tensor<1x2x8xf32>, %off: index) {
  // expected-error @below {{'acc' must have f32 elements, got 'f16'}}
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off outs(%acc, %m, %s)
      : tensor<1x2x8x4xf16>, tensor<1x2x6x4xf16>, tensor<1x2x6x4xf16>, tensor<1x2x8x4xf16>, tensor<1x2x8xf32>, tensor<1x2x8xf32>
  return
}

// -----

func.func @online_acc_dv(%q: tensor<1x2x8x4xf32>, %k: tensor<1x2x6x4xf32>, %v: tensor<1x2x6x3xf32>,
                         %acc: tensor<1x2x8x4xf32>, %m: tensor<1x2x8xf32>, %s: tensor<1x2x8xf32>, %off: index) {
  // expected-error @below {{'value' has value dim 3 but 'acc' has 4}}
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off outs(%acc, %m, %s)
      : tensor<1x2x8x4xf32>, tensor<1x2x6x4xf32>, tensor<1x2x6x3xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>, tensor<1x2x8xf32>
  return
}

// -----

func.func @online_scale(%q: tensor<1x2x8x4xf32>, %k: tensor<1x2x6x4xf32>, %v: tensor<1x2x6x4xf32>,
                        %acc: tensor<1x2x8x4xf32>, %m: tensor<1x2x8xf32>, %s: tensor<1x2x8xf32>, %off: index) {
  // expected-error @below {{'scale' must be finite and > 0, got -1}}
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off scale = -1.0 outs(%acc, %m, %s)
      : tensor<1x2x8x4xf32>, tensor<1x2x6x4xf32>, tensor<1x2x6x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>, tensor<1x2x8xf32>
  return
}

// -----

func.func @online_zero_kv_heads(%q: tensor<1x2x8x4xf32>, %k: tensor<1x0x6x4xf32>, %v: tensor<1x0x6x4xf32>,
                                %acc: tensor<1x2x8x4xf32>, %m: tensor<1x2x8xf32>, %s: tensor<1x2x8xf32>, %off: index) {
  // expected-error @below {{'key' has 0 kv heads; only the token counts N and Nk may be 0}}
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off outs(%acc, %m, %s)
      : tensor<1x2x8x4xf32>, tensor<1x0x6x4xf32>, tensor<1x0x6x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>, tensor<1x2x8xf32>
  return
}

// -----

func.func @chunk_position_f32(%q: tensor<1x2x1x4xf32>, %k: tensor<1x1x1x4xf32>, %m: tensor<1x1x4x4xf32>,
                              %z: tensor<1x1x4xf32>, %g: tensor<2xf32>, %c: tensor<1x1x8x4xf32>, %p: tensor<1xf32>) {
  // expected-error @below {{'position' must have i64 elements, got 'f32'}}
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %k, %m, %z, %g
      segment(%m, %z) cache(%c, %c) position(%p)
      : tensor<1x2x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>,
        tensor<2xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>, tensor<1x1x8x4xf32>, tensor<1x1x8x4xf32>, tensor<1xf32>
      -> tensor<1x2x1x4xf32>
  return
}

// -----

func.func @chunk_position_batch(%q: tensor<2x2x1x4xf32>, %k: tensor<2x1x1x4xf32>, %m: tensor<2x1x4x4xf32>,
                                %z: tensor<2x1x4xf32>, %g: tensor<2xf32>, %c: tensor<2x1x8x4xf32>, %p: tensor<3xi64>) {
  // expected-error @below {{'query' has batch size 2 but 'position' has 3}}
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %k, %m, %z, %g
      segment(%m, %z) cache(%c, %c) position(%p)
      : tensor<2x2x1x4xf32>, tensor<2x1x1x4xf32>, tensor<2x1x1x4xf32>, tensor<2x1x4x4xf32>, tensor<2x1x4xf32>,
        tensor<2xf32>, tensor<2x1x4x4xf32>, tensor<2x1x4xf32>, tensor<2x1x8x4xf32>, tensor<2x1x8x4xf32>, tensor<3xi64>
      -> tensor<2x2x1x4xf32>
  return
}

// -----

func.func @chunk_caches_disagree(%q: tensor<1x2x1x4xf32>, %k: tensor<1x1x1x4xf32>, %m: tensor<1x1x4x4xf32>,
                                 %z: tensor<1x1x4xf32>, %g: tensor<2xf32>, %kc: tensor<1x1x8x4xf32>,
                                 %vc: tensor<1x1x6x4xf32>, %p: tensor<1xi64>) {
  // expected-error @below {{'key_cache' has 8 key tokens but 'value_cache' has 6}}
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %k, %m, %z, %g
      segment(%m, %z) cache(%kc, %vc) position(%p)
      : tensor<1x2x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>,
        tensor<2xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>, tensor<1x1x8x4xf32>, tensor<1x1x6x4xf32>, tensor<1xi64>
      -> tensor<1x2x1x4xf32>
  return
}

// -----

func.func @chunk_empty_cache(%q: tensor<1x2x1x4xf32>, %k: tensor<1x1x1x4xf32>, %m: tensor<1x1x4x4xf32>,
                             %z: tensor<1x1x4xf32>, %g: tensor<2xf32>, %c: tensor<1x1x0x4xf32>, %p: tensor<1xi64>) {
  // expected-error @below {{'key_cache' has 0 key tokens; only the token count C may be 0}}
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %k, %m, %z, %g
      segment(%m, %z) cache(%c, %c) position(%p)
      : tensor<1x2x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>,
        tensor<2xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>, tensor<1x1x0x4xf32>, tensor<1x1x0x4xf32>, tensor<1xi64>
      -> tensor<1x2x1x4xf32>
  return
}

// -----

func.func @chunk_cache_type(%q: tensor<1x2x1x4xf16>, %k: tensor<1x1x1x4xf16>, %m: tensor<1x1x4x4xf32>,
                            %z: tensor<1x1x4xf32>, %g: tensor<2xf32>, %c: tensor<1x1x8x4xf32>, %p: tensor<1xi64>) {
  // expected-error @below {{'key_cache' has element type 'f32' but 'query' has 'f16'}}
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %k, %m, %z, %g
      segment(%m, %z) cache(%c, %c) position(%p)
      : tensor<1x2x1x4xf16>, tensor<1x1x1x4xf16>, tensor<1x1x1x4xf16>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>,
        tensor<2xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>, tensor<1x1x8x4xf32>, tensor<1x1x8x4xf32>, tensor<1xi64>
      -> tensor<1x2x1x4xf16>
  return
}

// -----

func.func @chunk_segment_memory_dim(%q: tensor<1x2x1x4xf32>, %k: tensor<1x1x1x4xf32>, %m: tensor<1x1x4x4xf32>,
                                    %z: tensor<1x1x4xf32>, %g: tensor<2xf32>, %sm: tensor<1x1x4x2xf32>,
                                    %c: tensor<1x1x8x4xf32>, %p: tensor<1xi64>) {
  // expected-error @below {{'value' has value dim 4 but 'segment_memory' has 2}}
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %k, %m, %z, %g
      segment(%sm, %z) cache(%c, %c) position(%p)
      : tensor<1x2x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>,
        tensor<2xf32>, tensor<1x1x4x2xf32>, tensor<1x1x4xf32>, tensor<1x1x8x4xf32>, tensor<1x1x8x4xf32>, tensor<1xi64>
      -> tensor<1x2x1x4xf32>
  return
}
