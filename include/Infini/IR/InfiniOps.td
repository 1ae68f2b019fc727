//===- InfiniOps.td - infini operations --------------------*- tablegen -*-===//

#ifndef INFINI_IR_INFINIOPS_TD
#define INFINI_IR_INFINIOPS_TD

include "Infini/IR/InfiniBase.td"
include "Infini/IR/InfiniAttrs.td"
include "mlir/Interfaces/DestinationStyleOpInterface.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

// Every infini op is a pure function of ranked tensors whose result sizes are
// sizes of its operands; the verifier checks the relations of SPEC's shape
// table and reifyResultShapes() answers `tensor.dim` of any result.
class Infini_TensorOp<string mnemonic, list<Trait> traits = []>
    : Infini_Op<mnemonic, !listconcat(traits, [Pure,
        DeclareOpInterfaceMethods<ReifyRankedShapedTypeOpInterface,
                                  ["reifyResultShapes"]>])> {
  let hasVerifier = 1;
}

def Infini_Epsilon : DefaultValuedAttr<F32Attr, "1.0e-6">;

// The operand and result types, as the reference documents them. ODS checks
// only that each is a ranked tensor: the ops' verifiers check the rank and
// the element type themselves, so that a diagnostic names the operand and its
// shape in SPEC's terms ('query' must be a rank-4 tensor [B, H, N, Dk], ...)
// where ODS would say "operand #0".
class Infini_Tensor<string summary>
    : Type<AnyRankedTensor.predicate, summary, "::mlir::TensorType">;
def Infini_DataTensor : Infini_Tensor<"4-D tensor of f32, f16 or bf16">;
def Infini_State4Tensor : Infini_Tensor<"4-D tensor of f32">;
def Infini_State3Tensor : Infini_Tensor<"3-D tensor of f32">;
def Infini_GateTensor : Infini_Tensor<"1-D or 2-D tensor of f32">;

//===----------------------------------------------------------------------===//
// memory_retrieve
//===----------------------------------------------------------------------===//

def Infini_MemoryRetrieveOp : Infini_TensorOp<"memory_retrieve"> {
  let summary = "reads the compressive memory with a segment's queries";
  let description = [{
    Linear attention over everything stored before this segment (paper eq. 3).
    For every batch `b`, query head `h` (reading key/value head
    `g = h / (H / Hkv)`) and token `t`:

    ```
    s       = sigma(query[b, h, t, :])                        // [Dk]
    result[b, h, t, :] = (s @ memory[b, g]) / max(s . norm[b, g], epsilon)
    ```

    The division is by one scalar per row. With an empty memory
    (`memory = 0`, `norm = 0`) the result is exactly zero, never NaN.
    Accumulation is in `f32`; the result has the element type of `query`.

    Operands: `query` `[B, H, N, Dk]`, `memory` `[B, Hkv, Dk, Dv]` (f32),
    `norm` `[B, Hkv, Dk]` (f32). Result: `[B, H, N, Dv]`.

    Example (grouped-query attention, 8 query heads over 2 key/value heads):

    ```mlir
    %r = infini.memory_retrieve %q, %m, %z epsilon = 1.0e-05
        : tensor<2x8x128x64xbf16>, tensor<2x2x64x32xf32>, tensor<2x2x64xf32>
        -> tensor<2x8x128x32xbf16>
    ```
  }];
  let arguments = (ins Infini_DataTensor:$query, Infini_State4Tensor:$memory,
                       Infini_State3Tensor:$norm, Infini_Epsilon:$epsilon);
  let results = (outs Infini_DataTensor:$result);
  let assemblyFormat = [{
    $query `,` $memory `,` $norm (`epsilon` `=` $epsilon^)? attr-dict
    `:` type($query) `,` type($memory) `,` type($norm) `->` type($result)
  }];
}

//===----------------------------------------------------------------------===//
// memory_update
//===----------------------------------------------------------------------===//

def Infini_MemoryUpdateOp : Infini_TensorOp<"memory_update"> {
  let summary = "writes a segment's keys and values into the compressive memory";
  let description = [{
    Returns the memory and norm after storing one segment, for every batch `b`
    and key/value head `g`, with `S = sigma(key[b, g])` (`[N, Dk]`):

    ```
    linear:  new_memory[b, g] = memory[b, g] + S^T @ value[b, g]
    delta:   V_old[t, :]      = (S[t] @ memory[b, g]) / max(S[t] . norm[b, g], epsilon)
             new_memory[b, g] = memory[b, g] + S^T @ (value[b, g] - V_old)
    both:    new_norm[b, g]   = norm[b, g] + sum_t S[t, :]
    ```

    The linear rule is paper eq. 4, the delta rule eq. 5: it stores only what
    the memory does not already return for these keys. With an empty memory
    both rules agree. `epsilon` is used by the delta rule only. Memory and norm
    are `f32`, and so is all accumulation, whatever the element type of `key`
    and `value`.

    Operands: `key` `[B, Hkv, N, Dk]`, `value` `[B, Hkv, N, Dv]`, `memory`
    `[B, Hkv, Dk, Dv]`, `norm` `[B, Hkv, Dk]`. Results: `new_memory` and
    `new_norm`, shaped like `memory` and `norm`.

    Example:

    ```mlir
    %m1, %z1 = infini.memory_update %k, %v, %m, %z rule = delta
        : tensor<1x8x2048x128xf32>, tensor<1x8x2048x128xf32>,
          tensor<1x8x128x128xf32>, tensor<1x8x128xf32>
        -> tensor<1x8x128x128xf32>, tensor<1x8x128xf32>
    ```
  }];
  let arguments = (ins Infini_DataTensor:$key, Infini_DataTensor:$value,
                       Infini_State4Tensor:$memory, Infini_State3Tensor:$norm,
                       DefaultValuedAttr<Infini_UpdateRuleAttr,
                                         "::mlir::infini::UpdateRule::linear">:$rule,
                       Infini_Epsilon:$epsilon);
  let results = (outs Infini_State4Tensor:$new_memory,
                      Infini_State3Tensor:$new_norm);
  let assemblyFormat = [{
    $key `,` $value `,` $memory `,` $norm custom<UpdateRule>($rule)
    (`epsilon` `=` $epsilon^)? attr-dict
    `:` type($key) `,` type($value) `,` type($memory) `,` type($norm)
    `->` type($new_memory) `,` type($new_norm)
  }];
}

//===----------------------------------------------------------------------===//
// local_attention
//===----------------------------------------------------------------------===//

def Infini_LocalAttentionOp : Infini_TensorOp<"local_attention"> {
  let summary = "scaled dot-product attention inside one segment";
  let description = [{
    Softmax attention among the tokens of one segment. For every batch `b`,
    query head `h` (reading key/value head `g = h / (H / Hkv)`):

    ```
    S[t, u]    = scale * query[b, h, t, :] . key[b, g, u, :]   (-inf for u > t if causal)
    result[b, h, t, :] = sum_u softmax_u(S[t, :]) * value[b, g, u, :]
    ```

    `scale` defaults to `1 / sqrt(Dk)` when absent. `causal` defaults to true.
    The softmax is computed in `f32` with the row maximum subtracted; the
    result has the element type of `query`.

    Operands: `query` `[B, H, N, Dk]`, `key` `[B, Hkv, N, Dk]`, `value`
    `[B, Hkv, N, Dv]`. Result: `[B, H, N, Dv]`.

    Example:

    ```mlir
    %a = infini.local_attention %q, %k, %v scale = 0.125
        : tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>
        -> tensor<?x8x?x64xf16>
    ```
  }];
  let arguments = (ins Infini_DataTensor:$query, Infini_DataTensor:$key,
                       Infini_DataTensor:$value, OptionalAttr<F32Attr>:$scale,
                       DefaultValuedAttr<BoolAttr, "true">:$causal);
  let results = (outs Infini_DataTensor:$result);
  let assemblyFormat = [{
    $query `,` $key `,` $value (`scale` `=` $scale^)?
    (`causal` `=` $causal^)? attr-dict
    `:` type($query) `,` type($key) `,` type($value) `->` type($result)
  }];
}

//===----------------------------------------------------------------------===//
// online_attention
//===----------------------------------------------------------------------===//

def Infini_OnlineAttentionOp : Infini_TensorOp<"online_attention", [
    DestinationStyleOpInterface,
    AllTypesMatch<["acc", "new_acc"]>, AllTypesMatch<["max", "new_max"]>,
    AllTypesMatch<["sum", "new_sum"]>]> {
  let summary = "one step of softmax attention over a block of keys, online";
  let description = [{
    The running form of `local_attention` that every attention kernel is
    tiled from: it folds the keys and values it is given into a running
    state (`acc`, `max`, `sum`) for each query row, so that any split of the
    keys into consecutive blocks, each applied to the state left by the one
    before, gives the same final state. For every batch `b`, query head `h`
    (reading key/value head `g = h / (H / Hkv)`), query `t` and key `u`:

    ```
    S[t, u]       = scale * query[b, h, t, :] . key[b, g, u, :]
                    (-inf where causal and u > t + query_offset)
    new_max[t]    = max(max[t], max_u S[t, u])
    a[t]          = exp(max[t] - new_max[t])
    P[t, u]       = exp(S[t, u] - new_max[t])
    new_sum[t]    = a[t] * sum[t] + sum_u P[t, u]
    new_acc[t, :] = a[t] * acc[t, :] + sum_u P[t, u] * value[b, g, u, :]
    ```

    `query_offset` is the position of the first query relative to the first
    key: query `t` sees key `u` when `u <= t + query_offset`. A query tile at
    row `t0` of a segment applied to the key tile at `u0` has offset
    `t0 - u0`; a chunk that starts inside a segment has the number of tokens
    of the segment before it. Masked keys are left out of `P * value` (a NaN
    or infinity in a value the query cannot see never reaches it). A row that
    has seen no key keeps `max = -inf`, `sum = 0` and `acc = 0`.

    Start from `acc = 0`, `sum = 0`, `max = -inf`; after the last key block,
    `acc / sum` is `local_attention`'s result. `scale` defaults to
    `1 / sqrt(Dk)`. The state is `f32` whatever the element type of the
    queries, keys and values.

    The op is in destination-passing style (`acc`, `max` and `sum` are its
    inits) and implements `TilingInterface` over `(b, h, t, u)`, `u` being a
    reduction: tiling `u` gives a loop that carries the state, which is the
    online softmax of FlashAttention. `linalg::AggregatedOpInterface`
    decomposes one step into linalg on tensors.

    Operands: `query` `[B, H, N, Dk]`, `key` `[B, Hkv, Nk, Dk]`, `value`
    `[B, Hkv, Nk, Dv]`, `query_offset` (index), `acc` `[B, H, N, Dv]`, `max`
    and `sum` `[B, H, N]` (f32). Results: `new_acc`, `new_max`, `new_sum`,
    typed like the inits.

    Example (a query tile of 64 rows at row 128 of the segment, and the key
    tile at key 64):

    ```mlir
    %acc1, %max1, %sum1 = infini.online_attention %q, %k, %v
        query_offset = %c64 scale = 0.125
        outs(%acc, %max, %sum)
        : tensor<1x1x64x128xf32>, tensor<1x1x64x128xf32>,
          tensor<1x1x64x128xf32>, tensor<1x1x64x128xf32>, tensor<1x1x64xf32>,
          tensor<1x1x64xf32>
    ```
  }];
  let arguments = (ins Infini_DataTensor:$query, Infini_DataTensor:$key,
                       Infini_DataTensor:$value, Index:$query_offset,
                       Infini_State4Tensor:$acc, Infini_State3Tensor:$max,
                       Infini_State3Tensor:$sum, OptionalAttr<F32Attr>:$scale,
                       DefaultValuedAttr<BoolAttr, "true">:$causal);
  let results = (outs Infini_State4Tensor:$new_acc,
                      Infini_State3Tensor:$new_max,
                      Infini_State3Tensor:$new_sum);
  let assemblyFormat = [{
    $query `,` $key `,` $value `query_offset` `=` $query_offset
    (`scale` `=` $scale^)? (`causal` `=` $causal^)?
    `outs` `(` $acc `,` $max `,` $sum `)` attr-dict
    `:` type($query) `,` type($key) `,` type($value) `,` type($acc) `,`
        type($max) `,` type($sum)
  }];
  let extraClassDeclaration = [{
    ::mlir::MutableOperandRange getDpsInitsMutable() {
      return ::mlir::MutableOperandRange(getOperation(), /*start=*/4,
                                         /*length=*/3);
    }
  }];
}

//===----------------------------------------------------------------------===//
// gated_combine
//===----------------------------------------------------------------------===//

def Infini_GatedCombineOp : Infini_TensorOp<"gated_combine"> {
  let summary = "mixes memory and local read-outs with a learned per-head gate";
  let description = [{
    Paper eq. 6. With `g = sigmoid(gate[h])` (or `sigmoid(gate[h, c])` for a
    per-channel gate):

    ```
    result[b, h, t, c] = g * memory_out[b, h, t, c] + (1 - g) * local_out[b, h, t, c]
    ```

    Operands: `memory_out` and `local_out` `[B, H, N, Dv]`, `gate` `[H]` or
    `[H, Dv]` (f32 logits). Result: `[B, H, N, Dv]`, element type of the
    read-outs; the mix is computed in `f32`.

    Example:

    ```mlir
    %c = infini.gated_combine %mem, %loc, %beta
        : tensor<1x8x2048x64xf32>, tensor<1x8x2048x64xf32>, tensor<8xf32>
        -> tensor<1x8x2048x64xf32>
    ```
  }];
  let arguments = (ins Infini_DataTensor:$memory_out,
                       Infini_DataTensor:$local_out, Infini_GateTensor:$gate);
  let results = (outs Infini_DataTensor:$result);
  let assemblyFormat = [{
    $memory_out `,` $local_out `,` $gate attr-dict
    `:` type($memory_out) `,` type($local_out) `,` type($gate) `->` type($result)
  }];
}

//===----------------------------------------------------------------------===//
// attention
//===----------------------------------------------------------------------===//

def Infini_AttentionOp : Infini_TensorOp<"attention", [AttrSizedOperandSegments]> {
  let summary = "a whole Infini-attention layer over a sequence of any length";
  let description = [{
    Runs the segments of `segment_len` tokens of a `T`-token input in order,
    starting from the state (`memory`, `norm`), and returns the output of every
    token and the final state:

    ```
    M, z = memory, norm
    for each segment s (the last one may be shorter than segment_len):
      A_mem  = memory_retrieve(Q_s, M, z)
      A_dot  = local_attention(Q'_s, K'_s, V_s)
      A_s    = gated_combine(A_mem, A_dot, gate)
      M, z   = memory_update(K_s, V_s, M, z)
    result = concat(A_1 .. A_S) along tokens; new_memory, new_norm = M, z
    ```

    Retrieval always reads the memory from before the segment's own update.
    `Q'` and `K'` are `local_query` and `local_key` when given (e.g. after a
    rotary position embedding, which applies to the local path only) and
    `query` and `key` otherwise; the memory always reads and writes the
    un-rotated `query` and `key`. Passing the returned state to the next call
    streams a sequence of any length through bounded memory. Every call
    starts a new segment at its first token, so streaming gives the same
    result as one call over the whole sequence only when every chunk but the
    last is a whole number of segments.

    `infini.attention_chunk` continues a stream from any token instead.

    Operands: `query` `[B, H, T, Dk]`, `key` `[B, Hkv, T, Dk]`, `value`
    `[B, Hkv, T, Dv]`, `memory` `[B, Hkv, Dk, Dv]`, `norm` `[B, Hkv, Dk]`,
    `gate` `[H]` or `[H, Dv]`, optional `local_query` (like `query`) and
    `local_key` (like `key`). Results: `result` `[B, H, T, Dv]`, `new_memory`,
    `new_norm`.

    Example (a fresh stream with rotated queries and keys for the local path):

    ```mlir
    %o, %m1, %z1 = infini.attention %q, %k, %v, %m0, %z0, %beta
        segment_len = 2048 rule = delta
        local_query(%rq : tensor<1x8x32768x128xbf16>)
        local_key(%rk : tensor<1x8x32768x128xbf16>)
        : tensor<1x8x32768x128xbf16>, tensor<1x8x32768x128xbf16>,
          tensor<1x8x32768x128xbf16>, tensor<1x8x128x128xf32>,
          tensor<1x8x128xf32>, tensor<8xf32>
        -> tensor<1x8x32768x128xbf16>, tensor<1x8x128x128xf32>,
           tensor<1x8x128xf32>
    ```
  }];
  let arguments = (ins Infini_DataTensor:$query, Infini_DataTensor:$key,
                       Infini_DataTensor:$value, Infini_State4Tensor:$memory,
                       Infini_State3Tensor:$norm, Infini_GateTensor:$gate,
                       Optional<Infini_DataTensor>:$local_query,
                       Optional<Infini_DataTensor>:$local_key,
                       I64Attr:$segment_len,
                       DefaultValuedAttr<Infini_UpdateRuleAttr,
                                         "::mlir::infini::UpdateRule::linear">:$rule,
                       OptionalAttr<F32Attr>:$scale,
                       Infini_Epsilon:$epsilon);
  let results = (outs Infini_DataTensor:$result,
                      Infini_State4Tensor:$new_memory,
                      Infini_State3Tensor:$new_norm);
  let assemblyFormat = [{
    $query `,` $key `,` $value `,` $memory `,` $norm `,` $gate
    `segment_len` `=` $segment_len
    custom<UpdateRule>($rule) (`scale` `=` $scale^)?
    (`epsilon` `=` $epsilon^)?
    (`local_query` `(` $local_query^ `:` type($local_query) `)`)?
    (`local_key` `(` $local_key^ `:` type($local_key) `)`)?
    attr-dict
    `:` type($query) `,` type($key) `,` type($value) `,` type($memory) `,`
        type($norm) `,` type($gate)
    `->` type($result) `,` type($new_memory) `,` type($new_norm)
  }];
}

//===----------------------------------------------------------------------===//
// attention_chunk
//===----------------------------------------------------------------------===//

def Infini_AttentionChunkOp : Infini_TensorOp<"attention_chunk", [
    AttrSizedOperandSegments,
    AllTypesMatch<["memory", "new_memory"]>, AllTypesMatch<["norm", "new_norm"]>,
    AllTypesMatch<["segment_memory", "new_segment_memory"]>,
    AllTypesMatch<["segment_norm", "new_segment_norm"]>,
    AllTypesMatch<["key_cache", "new_key_cache"]>,
    AllTypesMatch<["value_cache", "new_value_cache"]>,
    AllTypesMatch<["position", "new_position"]>]> {
  let summary = "the next C tokens of streams that may stand anywhere in a segment";
  let description = [{
    Continues `infini.attention` over a stream fed in chunks of any size: a
    prompt of any length, or one token at a time (`C = 1`, a decode step).
    Batch element `b` has consumed `position[b]` tokens of its own stream
    (serving batches mix streams of different lengths); its `C` new tokens
    are tokens `position[b] .. position[b] + C - 1`, in segments of `N`
    tokens counted from the stream's start, `N` being the size of the
    caches' token dimension. Whatever the chunking, the results are those of
    one `infini.attention` with `segment_len = N` over the whole stream: the
    outputs of these tokens, and in `new_memory` and `new_norm` the state
    after them (after a partial last segment, as `infini.attention` returns
    it).

    The state a stream carries, whose size does not depend on its length:

    * `memory`, `norm`: the memory after every token so far (each token's
      keys and values are stored as it arrives, not at the end of its
      segment, so no call pays for a whole segment's update);
    * `segment_memory`, `segment_norm`: the memory as it was when the current
      segment began, which the segment's queries read and the delta rule
      subtracts from. Read only when `position[b]` is inside a segment
      (`position[b] mod N != 0`): at a boundary the op starts the new segment
      from `memory` and `norm`;
    * `key_cache`, `value_cache`: the local keys (rotated, when
      `local_key` is given) and the values of the current segment's tokens
      so far, in rows `0 .. position[b] mod N - 1`; later rows are not read;
    * `position`: the tokens consumed (i64); `new_position = position + C`.

    For each batch element, the chunk is cut at segment boundaries; each
    piece of `L` tokens at offset `o` of its segment does, with `g = h / (H /
    Hkv)`:

    ```
    if o == 0: Ms, zs = memory, norm      // a new segment begins
    key_cache[o : o+L], value_cache[o : o+L] = K'_piece, V_piece
    A_dot  = causal softmax attention of Q'_piece over key_cache[0 : o+L],
             value_cache[0 : o+L], query t seeing cache row u <= o + t
    A_mem  = memory_retrieve(Q_piece, Ms, zs)
    result = gated_combine(A_mem, A_dot, gate)
    linear: memory += sigma(K_piece)^T V_piece
    delta:  memory += sigma(K_piece)^T (V_piece - memory_retrieve(K_piece, Ms, zs))
    norm   += sum_t sigma(K_piece[t])
    ```

    The delta rule's subtraction reads `Ms` (the memory before the
    segment), as `infini.memory_update` over the whole segment does, so
    storing a segment token by token gives the same memory.

    A fresh stream starts with `position = 0`, `memory` and `norm` its
    initial state (zeros) and caches of any contents. `Q'` and `K'` are
    `local_query` and `local_key` when given (e.g. rotated by the tokens'
    positions) and `query` and `key` otherwise; the memory reads and writes
    the un-rotated `query` and `key`. `scale` defaults to `1 / sqrt(Dk)`.
    Memory, norm and the softmax are `f32`; the caches have the element type
    of the keys and values. Positions must be >= 0: `infini-lower-to-cpu`
    checks them at run time (`infini-check-dynamic-sizes`);
    `infini-lower-to-nvvm`, whose positions are in device memory, does not
    (a decode step's kernels still read and write only rows of the caches).

    Operands: `query` `[B, H, C, Dk]`, `key` `[B, Hkv, C, Dk]`, `value`
    `[B, Hkv, C, Dv]`, `memory` and `segment_memory` `[B, Hkv, Dk, Dv]`,
    `norm` and `segment_norm` `[B, Hkv, Dk]`, `gate` `[H]` or `[H, Dv]`,
    `key_cache` `[B, Hkv, N, Dk]`, `value_cache` `[B, Hkv, N, Dv]`,
    `position` `[B]` (i64), optional `local_query` (like `query`) and
    `local_key` (like `key`). Results: `result` `[B, H, C, Dv]`, then the
    new state, typed like its operands.

    Example (a decode step of 4 streams, GQA, RoPE on the local path):

    ```mlir
    %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk
        %q, %k, %v, %m, %z, %beta
        segment(%sm, %sz) cache(%kc, %vc) position(%p) rule = delta
        local_query(%rq : tensor<4x8x1x128xbf16>)
        local_key(%rk : tensor<4x2x1x128xbf16>)
        : tensor<4x8x1x128xbf16>, tensor<4x2x1x128xbf16>,
          tensor<4x2x1x128xbf16>, tensor<4x2x128x128xf32>,
          tensor<4x2x128xf32>, tensor<8xf32>, tensor<4x2x128x128xf32>,
          tensor<4x2x128xf32>, tensor<4x2x2048x128xbf16>,
          tensor<4x2x2048x128xbf16>, tensor<4xi64>
        -> tensor<4x8x1x128xbf16>
    ```
  }];
  let arguments = (ins Infini_DataTensor:$query, Infini_DataTensor:$key,
                       Infini_DataTensor:$value, Infini_State4Tensor:$memory,
                       Infini_State3Tensor:$norm, Infini_GateTensor:$gate,
                       Infini_State4Tensor:$segment_memory,
                       Infini_State3Tensor:$segment_norm,
                       Infini_DataTensor:$key_cache,
                       Infini_DataTensor:$value_cache,
                       Infini_Tensor<"1-D tensor of i64">:$position,
                       Optional<Infini_DataTensor>:$local_query,
                       Optional<Infini_DataTensor>:$local_key,
                       DefaultValuedAttr<Infini_UpdateRuleAttr,
                                         "::mlir::infini::UpdateRule::linear">:$rule,
                       OptionalAttr<F32Attr>:$scale,
                       Infini_Epsilon:$epsilon);
  let results = (outs Infini_DataTensor:$result,
                      Infini_State4Tensor:$new_memory,
                      Infini_State3Tensor:$new_norm,
                      Infini_State4Tensor:$new_segment_memory,
                      Infini_State3Tensor:$new_segment_norm,
                      Infini_DataTensor:$new_key_cache,
                      Infini_DataTensor:$new_value_cache,
                      Infini_Tensor<"1-D tensor of i64">:$new_position);
  let assemblyFormat = [{
    $query `,` $key `,` $value `,` $memory `,` $norm `,` $gate
    `segment` `(` $segment_memory `,` $segment_norm `)`
    `cache` `(` $key_cache `,` $value_cache `)`
    `position` `(` $position `)`
    custom<UpdateRule>($rule) (`scale` `=` $scale^)?
    (`epsilon` `=` $epsilon^)?
    (`local_query` `(` $local_query^ `:` type($local_query) `)`)?
    (`local_key` `(` $local_key^ `:` type($local_key) `)`)?
    attr-dict
    `:` type($query) `,` type($key) `,` type($value) `,` type($memory) `,`
        type($norm) `,` type($gate) `,` type($segment_memory) `,`
        type($segment_norm) `,` type($key_cache) `,` type($value_cache) `,`
        type($position)
    `->` type($result)
  }];
}

#endif // INFINI_IR_INFINIOPS_TD
