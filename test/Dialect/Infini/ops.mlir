// Every op parses, verifies and prints; the printed form parses back through
// the custom form, the generic form and bytecode.
// RUN: infini-opt %s | infini-opt | FileCheck %s
// RUN: infini-opt %s -mlir-print-op-generic | infini-opt | FileCheck %s
// RUN: infini-opt %s -emit-bytecode | infini-opt | FileCheck %s
// RUN: infini-opt %s -mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: func @retrieve_mha_f32
// CHECK: infini.memory_retrieve %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x4x16x32xf32>, tensor<2x4x32x8xf32>, tensor<2x4x32xf32> -> tensor<2x4x16x8xf32>
// GENERIC-LABEL: sym_name = "retrieve_mha_f32"
// GENERIC: "infini.memory_retrieve"({{.*}}) <{epsilon = 9.99999997E-7 : f32}>
func.func @retrieve_mha_f32(%q: tensor<2x4x16x32xf32>, %m: tensor<2x4x32x8xf32>,
                            %z: tensor<2x4x32xf32>) -> tensor<2x4x16x8xf32> {
  %r = infini.memory_retrieve %q, %m, %z
      : tensor<2x4x16x32xf32>, tensor<2x4x32x8xf32>, tensor<2x4x32xf32> -> tensor<2x4x16x8xf32>
  return %r : tensor<2x4x16x8xf32>
}

// CHECK-LABEL: func @retrieve_gqa_bf16_eps
// CHECK: infini.memory_retrieve %{{.*}}, %{{.*}}, %{{.*}} epsilon = 9.99999974E-6 : tensor<1x8x16x32xbf16>, tensor<1x2x32x64xf32>, tensor<1x2x32xf32> -> tensor<1x8x16x64xbf16>
func.func @retrieve_gqa_bf16_eps(%q: tensor<1x8x16x32xbf16>, %m: tensor<1x2x32x64xf32>,
                                 %z: tensor<1x2x32xf32>) -> tensor<1x8x16x64xbf16> {
  %r = infini.memory_retrieve %q, %m, %z epsilon = 1.0e-5
      : tensor<1x8x16x32xbf16>, tensor<1x2x32x64xf32>, tensor<1x2x32xf32> -> tensor<1x8x16x64xbf16>
  return %r : tensor<1x8x16x64xbf16>
}

// CHECK-LABEL: func @retrieve_dynamic
// CHECK: infini.memory_retrieve {{.*}} : tensor<?x?x?x?xf16>, tensor<?x?x?x?xf32>, tensor<?x?x?xf32> -> tensor<?x?x?x?xf16>
func.func @retrieve_dynamic(%q: tensor<?x?x?x?xf16>, %m: tensor<?x?x?x?xf32>,
                            %z: tensor<?x?x?xf32>) -> tensor<?x?x?x?xf16> {
  %r = infini.memory_retrieve %q, %m, %z
      : tensor<?x?x?x?xf16>, tensor<?x?x?x?xf32>, tensor<?x?x?xf32> -> tensor<?x?x?x?xf16>
  return %r : tensor<?x?x?x?xf16>
}

// CHECK-LABEL: func @update_linear_f32
// CHECK: %{{.*}}, %{{.*}} = infini.memory_update %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x4x16x32xf32>, tensor<2x4x16x8xf32>, tensor<2x4x32x8xf32>, tensor<2x4x32xf32> -> tensor<2x4x32x8xf32>, tensor<2x4x32xf32>
// GENERIC-LABEL: sym_name = "update_linear_f32"
// GENERIC: "infini.memory_update"({{.*}}) <{epsilon = 9.99999997E-7 : f32, rule = #infini.rule<linear>}>
func.func @update_linear_f32(%k: tensor<2x4x16x32xf32>, %v: tensor<2x4x16x8xf32>,
                             %m: tensor<2x4x32x8xf32>, %z: tensor<2x4x32xf32>)
    -> (tensor<2x4x32x8xf32>, tensor<2x4x32xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z rule = linear
      : tensor<2x4x16x32xf32>, tensor<2x4x16x8xf32>, tensor<2x4x32x8xf32>, tensor<2x4x32xf32>
      -> tensor<2x4x32x8xf32>, tensor<2x4x32xf32>
  return %m1, %z1 : tensor<2x4x32x8xf32>, tensor<2x4x32xf32>
}

// CHECK-LABEL: func @update_delta_dynamic_f16
// CHECK: infini.memory_update %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} rule = delta epsilon = 9.99999974E-6 : tensor<?x2x?x32xf16>, tensor<?x2x?x64xf16>, tensor<?x2x32x64xf32>, tensor<?x2x32xf32> -> tensor<?x2x32x64xf32>, tensor<?x2x32xf32>
// GENERIC-LABEL: sym_name = "update_delta_dynamic_f16"
// GENERIC: "infini.memory_update"({{.*}}) <{epsilon = 9.99999974E-6 : f32, rule = #infini.rule<delta>}>
func.func @update_delta_dynamic_f16(%k: tensor<?x2x?x32xf16>, %v: tensor<?x2x?x64xf16>,
                                    %m: tensor<?x2x32x64xf32>, %z: tensor<?x2x32xf32>)
    -> (tensor<?x2x32x64xf32>, tensor<?x2x32xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z rule = delta epsilon = 1.0e-5
      : tensor<?x2x?x32xf16>, tensor<?x2x?x64xf16>, tensor<?x2x32x64xf32>, tensor<?x2x32xf32>
      -> tensor<?x2x32x64xf32>, tensor<?x2x32xf32>
  return %m1, %z1 : tensor<?x2x32x64xf32>, tensor<?x2x32xf32>
}

// CHECK-LABEL: func @local_mha_default
// CHECK: infini.local_attention %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x4x16x32xf32>, tensor<2x4x16x32xf32>, tensor<2x4x16x8xf32> -> tensor<2x4x16x8xf32>
// GENERIC-LABEL: sym_name = "local_mha_default"
// GENERIC: "infini.local_attention"({{.*}}) <{causal = true}>
func.func @local_mha_default(%q: tensor<2x4x16x32xf32>, %k: tensor<2x4x16x32xf32>,
                             %v: tensor<2x4x16x8xf32>) -> tensor<2x4x16x8xf32> {
  %a = infini.local_attention %q, %k, %v
      : tensor<2x4x16x32xf32>, tensor<2x4x16x32xf32>, tensor<2x4x16x8xf32> -> tensor<2x4x16x8xf32>
  return %a : tensor<2x4x16x8xf32>
}

// CHECK-LABEL: func @local_gqa_bf16_scaled_noncausal
// CHECK: infini.local_attention %{{.*}}, %{{.*}}, %{{.*}} scale = 1.250000e-01 causal = false : tensor<1x8x?x64xbf16>, tensor<1x4x?x64xbf16>, tensor<1x4x?x16xbf16> -> tensor<1x8x?x16xbf16>
// GENERIC-LABEL: sym_name = "local_gqa_bf16_scaled_noncausal"
// GENERIC: "infini.local_attention"({{.*}}) <{causal = false, scale = 1.250000e-01 : f32}>
func.func @local_gqa_bf16_scaled_noncausal(%q: tensor<1x8x?x64xbf16>, %k: tensor<1x4x?x64xbf16>,
                                           %v: tensor<1x4x?x16xbf16>) -> tensor<1x8x?x16xbf16> {
  %a = infini.local_attention %q, %k, %v scale = 0.125 causal = false
      : tensor<1x8x?x64xbf16>, tensor<1x4x?x64xbf16>, tensor<1x4x?x16xbf16> -> tensor<1x8x?x16xbf16>
  return %a : tensor<1x8x?x16xbf16>
}

// CHECK-LABEL: func @combine_head_gate
// CHECK: infini.gated_combine %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>, tensor<4xf32> -> tensor<2x4x16x8xf32>
func.func @combine_head_gate(%a: tensor<2x4x16x8xf32>, %b: tensor<2x4x16x8xf32>,
                             %g: tensor<4xf32>) -> tensor<2x4x16x8xf32> {
  %c = infini.gated_combine %a, %b, %g
      : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>, tensor<4xf32> -> tensor<2x4x16x8xf32>
  return %c : tensor<2x4x16x8xf32>
}

// CHECK-LABEL: func @combine_channel_gate_f16_dynamic
// CHECK: infini.gated_combine %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x4x?x8xf16>, tensor<?x4x?x8xf16>, tensor<4x8xf32> -> tensor<?x4x?x8xf16>
func.func @combine_channel_gate_f16_dynamic(%a: tensor<?x4x?x8xf16>, %b: tensor<?x4x?x8xf16>,
                                            %g: tensor<4x8xf32>) -> tensor<?x4x?x8xf16> {
  %c = infini.gated_combine %a, %b, %g
      : tensor<?x4x?x8xf16>, tensor<?x4x?x8xf16>, tensor<4x8xf32> -> tensor<?x4x?x8xf16>
  return %c : tensor<?x4x?x8xf16>
}

// CHECK-LABEL: func @attention_mha_f32
// CHECK: %{{.*}}, %{{.*}}, %{{.*}} = infini.attention %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} segment_len = 16 : tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>, tensor<4xf32> -> tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>
// GENERIC-LABEL: sym_name = "attention_mha_f32"
// GENERIC: "infini.attention"({{.*}}) <{epsilon = 9.99999997E-7 : f32, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1, 0, 0>, rule = #infini.rule<linear>, segment_len = 16 : i64}>
func.func @attention_mha_f32(%q: tensor<1x4x64x32xf32>, %k: tensor<1x4x64x32xf32>,
                             %v: tensor<1x4x64x32xf32>, %m: tensor<1x4x32x32xf32>,
                             %z: tensor<1x4x32xf32>, %g: tensor<4xf32>)
    -> (tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 16
      : tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>, tensor<1x4x64x32xf32>,
        tensor<1x4x32x32xf32>, tensor<1x4x32xf32>, tensor<4xf32>
      -> tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>
  return %o, %m1, %z1 : tensor<1x4x64x32xf32>, tensor<1x4x32x32xf32>, tensor<1x4x32xf32>
}

// CHECK-LABEL: func @attention_gqa_bf16_rotated
// CHECK: infini.attention {{.*}} segment_len = 2048 rule = delta scale = 1.250000e-01 epsilon = 9.99999974E-6 local_query(%{{.*}} : tensor<?x8x?x64xbf16>) local_key(%{{.*}} : tensor<?x2x?x64xbf16>) : tensor<?x8x?x64xbf16>, tensor<?x2x?x64xbf16>, tensor<?x2x?x32xbf16>, tensor<?x2x64x32xf32>, tensor<?x2x64xf32>, tensor<8x32xf32> -> tensor<?x8x?x32xbf16>, tensor<?x2x64x32xf32>, tensor<?x2x64xf32>
// GENERIC-LABEL: sym_name = "attention_gqa_bf16_rotated"
// GENERIC: operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1, 1, 1>, rule = #infini.rule<delta>, scale = 1.250000e-01 : f32, segment_len = 2048 : i64
func.func @attention_gqa_bf16_rotated(
    %q: tensor<?x8x?x64xbf16>, %k: tensor<?x2x?x64xbf16>, %v: tensor<?x2x?x32xbf16>,
    %m: tensor<?x2x64x32xf32>, %z: tensor<?x2x64xf32>, %g: tensor<8x32xf32>,
    %rq: tensor<?x8x?x64xbf16>, %rk: tensor<?x2x?x64xbf16>)
    -> (tensor<?x8x?x32xbf16>, tensor<?x2x64x32xf32>, tensor<?x2x64xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g
      segment_len = 2048 rule = delta scale = 0.125 epsilon = 1.0e-5
      local_query(%rq : tensor<?x8x?x64xbf16>) local_key(%rk : tensor<?x2x?x64xbf16>)
      : tensor<?x8x?x64xbf16>, tensor<?x2x?x64xbf16>, tensor<?x2x?x32xbf16>,
        tensor<?x2x64x32xf32>, tensor<?x2x64xf32>, tensor<8x32xf32>
      -> tensor<?x8x?x32xbf16>, tensor<?x2x64x32xf32>, tensor<?x2x64xf32>
  return %o, %m1, %z1 : tensor<?x8x?x32xbf16>, tensor<?x2x64x32xf32>, tensor<?x2x64xf32>
}

// Only the rotated key for the local path: the two optional operands are
// independent.
// CHECK-LABEL: func @attention_local_key_only_f16
// CHECK: infini.attention {{.*}} segment_len = 3 local_key(%{{.*}} : tensor<2x1x10x16xf16>) :
// CHECK-NOT: local_query
// GENERIC-LABEL: sym_name = "attention_local_key_only_f16"
// GENERIC: operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1, 0, 1>
func.func @attention_local_key_only_f16(
    %q: tensor<2x4x10x16xf16>, %k: tensor<2x1x10x16xf16>, %v: tensor<2x1x10x8xf16>,
    %m: tensor<2x1x16x8xf32>, %z: tensor<2x1x16xf32>, %g: tensor<4xf32>,
    %rk: tensor<2x1x10x16xf16>)
    -> (tensor<2x4x10x8xf16>, tensor<2x1x16x8xf32>, tensor<2x1x16xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 3
      local_key(%rk : tensor<2x1x10x16xf16>)
      : tensor<2x4x10x16xf16>, tensor<2x1x10x16xf16>, tensor<2x1x10x8xf16>,
        tensor<2x1x16x8xf32>, tensor<2x1x16xf32>, tensor<4xf32>
      -> tensor<2x4x10x8xf16>, tensor<2x1x16x8xf32>, tensor<2x1x16xf32>
  return %o, %m1, %z1 : tensor<2x4x10x8xf16>, tensor<2x1x16x8xf32>, tensor<2x1x16xf32>
}

// CHECK-LABEL: func @online_tile
// CHECK: %{{.*}}, %{{.*}}, %{{.*}} = infini.online_attention %{{.*}}, %{{.*}}, %{{.*}} query_offset = %{{.*}} scale = 1.250000e-01 outs(%{{.*}}, %{{.*}}, %{{.*}}) : tensor<1x4x64x128xbf16>, tensor<1x2x32x128xbf16>, tensor<1x2x32x64xbf16>, tensor<1x4x64x64xf32>, tensor<1x4x64xf32>, tensor<1x4x64xf32>
// GENERIC-LABEL: sym_name = "online_tile"
// GENERIC: "infini.online_attention"({{.*}}) <{causal = true, scale = 1.250000e-01 : f32}>
func.func @online_tile(%q: tensor<1x4x64x128xbf16>, %k: tensor<1x2x32x128xbf16>,
                       %v: tensor<1x2x32x64xbf16>, %acc: tensor<1x4x64x64xf32>,
                       %m: tensor<1x4x64xf32>, %s: tensor<1x4x64xf32>, %off: index)
    -> (tensor<1x4x64x64xf32>, tensor<1x4x64xf32>, tensor<1x4x64xf32>) {
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off scale = 0.125
      outs(%acc, %m, %s)
      : tensor<1x4x64x128xbf16>, tensor<1x2x32x128xbf16>, tensor<1x2x32x64xbf16>,
        tensor<1x4x64x64xf32>, tensor<1x4x64xf32>, tensor<1x4x64xf32>
  return %a, %b, %c : tensor<1x4x64x64xf32>, tensor<1x4x64xf32>, tensor<1x4x64xf32>
}

// CHECK-LABEL: func @online_dynamic_noncausal
// CHECK: infini.online_attention {{.*}} causal = false outs({{.*}}) : tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?xf32>
func.func @online_dynamic_noncausal(%q: tensor<?x?x?x?xf32>, %k: tensor<?x?x?x?xf32>,
                                    %v: tensor<?x?x?x?xf32>, %acc: tensor<?x?x?x?xf32>,
                                    %m: tensor<?x?x?xf32>, %s: tensor<?x?x?xf32>, %off: index)
    -> (tensor<?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?xf32>) {
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off causal = false
      outs(%acc, %m, %s)
      : tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>,
        tensor<?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?xf32>
  return %a, %b, %c : tensor<?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?xf32>
}

// CHECK-LABEL: func @chunk_decode_gqa_rotated_bf16
// CHECK: infini.attention_chunk %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} segment(%{{.*}}, %{{.*}}) cache(%{{.*}}, %{{.*}}) position(%{{.*}}) rule = delta local_query(%{{.*}} : tensor<4x8x1x64xbf16>) local_key(%{{.*}} : tensor<4x2x1x64xbf16>) : tensor<4x8x1x64xbf16>, tensor<4x2x1x64xbf16>, tensor<4x2x1x32xbf16>, tensor<4x2x64x32xf32>, tensor<4x2x64xf32>, tensor<8xf32>, tensor<4x2x64x32xf32>, tensor<4x2x64xf32>, tensor<4x2x2048x64xbf16>, tensor<4x2x2048x32xbf16>, tensor<4xi64> -> tensor<4x8x1x32xbf16>
// GENERIC-LABEL: sym_name = "chunk_decode_gqa_rotated_bf16"
// GENERIC: "infini.attention_chunk"({{.*}}) <{epsilon = 9.99999997E-7 : f32, operandSegmentSizes = array<i32: 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1>, rule = #infini.rule<delta>}>
func.func @chunk_decode_gqa_rotated_bf16(
    %q: tensor<4x8x1x64xbf16>, %k: tensor<4x2x1x64xbf16>, %v: tensor<4x2x1x32xbf16>,
    %m: tensor<4x2x64x32xf32>, %z: tensor<4x2x64xf32>, %g: tensor<8xf32>,
    %sm: tensor<4x2x64x32xf32>, %sz: tensor<4x2x64xf32>,
    %kc: tensor<4x2x2048x64xbf16>, %vc: tensor<4x2x2048x32xbf16>, %p: tensor<4xi64>,
    %rq: tensor<4x8x1x64xbf16>, %rk: tensor<4x2x1x64xbf16>) -> tensor<4x8x1x32xbf16> {
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %v, %m, %z, %g
      segment(%sm, %sz) cache(%kc, %vc) position(%p) rule = delta
      local_query(%rq : tensor<4x8x1x64xbf16>) local_key(%rk : tensor<4x2x1x64xbf16>)
      : tensor<4x8x1x64xbf16>, tensor<4x2x1x64xbf16>, tensor<4x2x1x32xbf16>,
        tensor<4x2x64x32xf32>, tensor<4x2x64xf32>, tensor<8xf32>, tensor<4x2x64x32xf32>,
        tensor<4x2x64xf32>, tensor<4x2x2048x64xbf16>, tensor<4x2x2048x32xbf16>, tensor<4xi64>
      -> tensor<4x8x1x32xbf16>
  return %o : tensor<4x8x1x32xbf16>
}

// CHECK-LABEL: func @chunk_dynamic_scaled
// CHECK: infini.attention_chunk {{.*}} position(%{{.*}}) scale = 1.250000e-01 epsilon = 9.99999974E-6 : tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?xi64> -> tensor<?x?x?x?xf32>
func.func @chunk_dynamic_scaled(
    %q: tensor<?x?x?x?xf32>, %k: tensor<?x?x?x?xf32>, %v: tensor<?x?x?x?xf32>,
    %m: tensor<?x?x?x?xf32>, %z: tensor<?x?x?xf32>, %g: tensor<?x?xf32>,
    %kc: tensor<?x?x?x?xf32>, %vc: tensor<?x?x?x?xf32>, %p: tensor<?xi64>)
    -> (tensor<?x?x?x?xf32>, tensor<?xi64>) {
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %v, %m, %z, %g
      segment(%m, %z) cache(%kc, %vc) position(%p) scale = 0.125 epsilon = 1.0e-5
      : tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>,
        tensor<?x?x?xf32>, tensor<?x?xf32>, tensor<?x?x?x?xf32>, tensor<?x?x?xf32>,
        tensor<?x?x?x?xf32>, tensor<?x?x?x?xf32>, tensor<?xi64>
      -> tensor<?x?x?x?xf32>
  return %o, %p1 : tensor<?x?x?x?xf32>, tensor<?xi64>
}
