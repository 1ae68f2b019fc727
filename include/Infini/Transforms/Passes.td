//===- Passes.td - infini transformation passes ------------*- tablegen -*-===//

#ifndef INFINI_TRANSFORMS_PASSES_TD
#define INFINI_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def InfiniDecomposeAttention : Pass<"infini-decompose-attention"> {
  let summary = "Rewrites infini.attention and infini.attention_chunk into loops of the primitive ops";
  let description = [{
    Every `infini.attention` becomes an `scf.for` over its full segments that
    carries the output tensor, the memory and the norm. Each iteration slices
    the segment's queries, keys and values with `tensor.extract_slice`, and
    runs `infini.memory_retrieve` (on the memory from before the segment),
    `infini.local_attention` (on `local_query`/`local_key` when given),
    `infini.gated_combine` and `infini.memory_update`, writing the segment's
    output back with `tensor.insert_slice`.

    Full segments keep the static size `segment_len`. A last, shorter segment
    (`T mod segment_len` tokens) runs once after the loop; it is omitted when
    `T` is static and a multiple of `segment_len`, and has a dynamic size
    (possibly zero) when `T` is dynamic.

    Example:

    ```mlir
    %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 16
        : tensor<1x4x40x32xf32>, ... -> ...
    ```

    becomes a loop over the two full segments `[0, 32)` in steps of 16 and one
    segment of 8 tokens at offset 32.

    Every `infini.attention_chunk` becomes an `scf.for` over the batch and,
    inside, an `scf.for` over the pieces that the batch element's chunk makes
    when cut at segment boundaries (its position decides where). Each piece
    writes its local keys and values into the caches (`tensor.insert_slice`,
    in place once bufferized), runs `infini.online_attention` over the cached
    keys of its segment with the piece's offset as `query_offset`, reads the
    memory of the segment's start with `infini.memory_retrieve`, mixes both
    with `infini.gated_combine`, and stores its keys and values with a linear
    `infini.memory_update` (for the delta rule, of the values minus what the
    segment's starting memory returns for the keys). The read-outs stay in
    `f32` until the result is written.
  }];
  let dependentDialects = ["affine::AffineDialect", "arith::ArithDialect",
                           "linalg::LinalgDialect",
                           "scf::SCFDialect", "tensor::TensorDialect"];
}

def InfiniAttentionToChunks : Pass<"infini-attention-to-chunks", "ModuleOp"> {
  let summary = "Makes step functions take chunks of any size: infini.attention becomes infini.attention_chunk";
  let description = [{
    A step function `(x, memory, norm, ...) -> (y, new_memory, new_norm,
    ...)` built around `infini.attention` (what `infini-convert-attention`
    with `stream-state=true` emits, or a hand-written block) streams
    correctly only in chunks of whole segments: every call starts a segment.
    This pass rewrites each `infini.attention` of a function into an
    `infini.attention_chunk` with the same operands, attributes and memory,
    and threads the rest of the stream's state through the function: for
    every op, in order, five arguments are appended (`segment_memory` and
    `segment_norm` typed like the op's memory and norm, `key_cache`
    `[B, Hkv, segment_len, Dk]` and `value_cache` `[B, Hkv, segment_len, Dv]`
    in the op's element type, `position` `[B]` of i64), and the op's five new
    state results are appended to the function's results. A fresh stream
    passes zeros; each call passes the state the previous one returned. The
    function's results are then those of one call over the whole stream,
    whatever the chunk sizes.

    The op must be in the function's body (not nested in a region), the
    function must have one block and no callers in the module (its
    signature changes). Anything else is an error naming the op.

    Example:

    ```mlir
    func.func @step(%x: ..., %m: tensor<1x2x64x64xf32>, %z: tensor<1x2x64xf32>)
        -> (..., tensor<1x2x64x64xf32>, tensor<1x2x64xf32>) {
      %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 128 ...
    ```

    becomes

    ```mlir
    func.func @step(%x: ..., %m: ..., %z: ..., %sm: tensor<1x2x64x64xf32>,
                    %sz: tensor<1x2x64xf32>, %kc: tensor<1x2x128x64xf32>,
                    %vc: tensor<1x2x128x64xf32>, %p: tensor<1xi64>)
        -> (..., %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1) {
      %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk
          %q, %k, %v, %m, %z, %g segment(%sm, %sz) cache(%kc, %vc)
          position(%p) ...
    ```
  }];
  let dependentDialects = ["func::FuncDialect", "tensor::TensorDialect"];
}

def InfiniConvertAttention : Pass<"infini-convert-attention"> {
  let summary = "Rewrites causal softmax attention into infini.attention";
  let description = [{
    Plug-in long-context adaptation: finds ordinary causal softmax attention
    in linalg on tensors and rewrites it into `infini.attention` with a fresh
    zero memory, so that the model processes its input in segments of
    `segment-len` tokens with a compressive memory carried between them.

    Attention is recognised by what it computes, not by how it is spelled,
    so that the linalg of different exporters (torch-mlir, hand-written IR)
    converts alike. Working back from a product `O = P V`:

    * **Products** (`Q K^T` and `P V`) are any contraction with one or two
      batch dimensions and one m, n and reduction dimension into a
      zero-filled init (`linalg.batch_matmul`, `linalg.matmul`-style ops with
      indexing maps, `linalg.contract`, `linalg.generic`). Batch and heads
      flattened into one dimension around the product
      (`tensor.collapse_shape`, `linalg.batch_matmul`,
      `tensor.expand_shape`, as torch-mlir emits) are seen as `[B, H]`.
    * **Operands** are followed through the ops that only move their
      elements: `linalg.transpose` (K^T from `[B, H, T, D]` or from the
      projection's `[B, T, H, D]`), the collapse of heads, and the broadcast
      of kv heads over a group (`repeat_kv`), down to the tensor that holds
      them; the converted op reads K and V per kv head (grouped-query
      attention), not the repeated copies. A multiplication by a scalar
      constant on the way (SDPA's `sqrt(scale)` on Q and on K^T) joins the
      scale.
    * **The softmax** over the key dimension is `linalg.softmax` or its
      decomposition (maximum, subtract, exp, sum, divide; an unused argmax
      beside the maximum is allowed), optionally behind the guard that SDPA
      adds for rows without any key (under a causal mask no row is without
      keys).
    * **Scale and mask**: between `Q K^T` and the softmax, any elementwise
      ops through which the scores flow linearly (multiplications and
      divisions by values that do not depend on the scores, additive masks,
      selects on conditions that do not depend on them). What they do is
      found by evaluating them, with every tensor they read (masks built
      from `linalg.index`, compares and selects, constants, `finfo.min`),
      on probe scores at each (query, key) position the masks distinguish.
      The scores must come out multiplied by one positive constant (the
      op's `scale`) where the key is not after the query, and at or below
      -1e30 (where `exp` gives exactly 0) where it is. This needs static
      score sizes and checks at most 2^24 positions (T = 4096 when the mask
      is the same for every batch element and head; about a second per
      million positions).

    The gate logits are `gate-logit` for every head: with the default -18,
    sigmoid is below 2^-25, so the first segment (which reads an empty
    memory) equals the original attention to f32 rounding; raise it to let
    later segments read the memory.

    With `stream-state`, the memory and norm of each converted attention are
    not fresh zeros but new last arguments of its function (memory, norm,
    in the order the attentions are converted), and the new memory and norm
    new last results: a caller carries them from call to call, e.g.
    `infini-stream`, which streams such step functions. That needs the
    attention in a public function's body that nothing in the module calls.

    IR that is not attention is left alone. Attention that cannot be
    converted is left unchanged with a remark that says which part did not
    match, among them: a mask that reads a function argument (a padding
    mask: `infini.attention` is causal only, and ignoring the mask would
    change the results), a mask that is not causal (sliding windows, no
    mask) or that adds a bias (ALiBi), other uses of the scores or the
    probabilities, queries, keys and values of different lengths
    (cross-attention, a cache), mixed element types or one other than f32,
    f16 and bf16, a scale that is not a finite f32 > 0.
  }];
  let options = [
    Option<"segmentLen", "segment-len", "int64_t", /*default=*/"2048",
           "Tokens per segment">,
    Option<"gateLogit", "gate-logit", "double", /*default=*/"-18.0",
           "Gate logit beta of every head (sigmoid(beta) weighs the memory)">,
    Option<"delta", "delta", "bool", /*default=*/"false",
           "Update the memory with the delta rule instead of the linear one">,
    Option<"streamState", "stream-state", "bool", /*default=*/"false",
           "Make each converted attention's memory and norm new last "
           "arguments of its (public, uncalled) function and its new memory "
           "and norm new last results, so that a caller streams an input "
           "through calls (infini-stream's step functions)">,
  ];
  let dependentDialects = ["arith::ArithDialect", "linalg::LinalgDialect",
                           "tensor::TensorDialect", "infini::InfiniDialect"];
}

def InfiniRaiseAttention : Pass<"infini-raise-attention"> {
  let summary = "Raises Infini-attention written in linalg to infini ops";
  let description = [{
    Finds one segment of Infini-attention spelled out in linalg on tensors
    (as PyTorch implementations such as lucidrains'
    `infini-transformer-pytorch` export through torch-mlir) and rewrites it
    into one `infini.attention` over that segment, which takes the memory
    and norm it read and returns the ones it wrote:

    * the local attention: causal softmax attention as
      `infini-convert-attention` recognises it, whose queries and keys
      (after RoPE, with any scale) become `local_query` and `local_key`;
    * the retrieval: `sigma(Q) M / max(sigma(Q) z, eps)` with
      `sigma(x) = elu(x) + 1` on the unrotated queries, which become
      `query`; `eps` becomes `epsilon`;
    * the gate: an elementwise combination `a_h A_dot + b_h A_mem` with
      per-head constants, `a_h + b_h = 1` (lucidrains' `sigmoid(g)` weighs
      the local output, so the gate logit is `log(b_h / a_h) = -g`);
    * the update: `M + sigma(K)^T V` (linear) or
      `M + sigma(K)^T (V - sigma(K) M / max(sigma(K) z, eps))` (delta) and
      `z + sum over tokens of sigma(K)`, whose unrotated keys become `key`.

    Like `infini-convert-attention`, it matches by what the IR computes:
    products through reshapes and transposes, `sigma` and the clamp by
    evaluating them on probe values, the gate by evaluating the combination
    per head with its constants folded (a gate that reads a function
    argument is not raised). `segment_len` is the segment's token count.
    Local attention combined with a retrieval but not matching the rest is
    left unchanged with a remark that says which part did not match.

    A segment that reads no memories (lucidrains' first, whose output is
    the local attention alone) but writes them, `sigma(K)^T V` and the sum
    of `sigma(K)`, becomes `infini.local_attention` and an
    `infini.memory_update` of an empty memory (the same numbers: both rules
    store `sigma(K)^T V` in an empty memory); it is not an
    `infini.attention`, whose gate would scale its output.

    Last, chains of `infini.attention` (raised or not) merge: when one op
    reads the memory and norm that only the op before it writes, with the
    same gate, attributes and optional operands, the first covering whole
    segments and the second's inputs not computed from the first's output,
    both become one op over the tokens of both (`tensor.concat` of the
    inputs along the tokens, `tensor.extract_slice` of the output; what
    read the first output moves after the merged op). A model run over
    several segments thus compiles to one op and one fused kernel per
    segment. `populateMergeSegmentChainPatterns` offers the merge as a
    pattern.
  }];
  let dependentDialects = ["arith::ArithDialect", "linalg::LinalgDialect",
                           "tensor::TensorDialect", "infini::InfiniDialect"];
}

def InfiniCheckModuleNesting : Pass<"infini-check-module-nesting", "ModuleOp"> {
  let summary = "Refuses functions in nested modules, which a pipeline would half lower";
  let description = [{
    The first pass of `infini-lower-to-cpu` and `infini-lower-to-nvvm`.
    The pipelines compile the functions of the module they run on; some of
    the upstream passes they are made of (one-shot bufferization of function
    boundaries) do not reach into nested `builtin.module`s, so a function
    there would be left half lowered, with an error far from its cause or
    none. This pass reports the first nested module that holds a function
    and says how to run the pipeline on it instead
    (`--pass-pipeline='builtin.module(builtin.module(infini-lower-to-cpu))'`).
    Nested modules without functions are fine.
  }];
  let options = [
    Option<"pipeline", "pipeline", "std::string",
           /*default=*/"\"infini-lower-to-cpu\"",
           "The pipeline named in the message">,
  ];
}

def InfiniCheckDynamicSizes : Pass<"infini-check-dynamic-sizes", "ModuleOp"> {
  let summary = "Checks at run time that infini ops' dynamic sizes agree";
  let description = [{
    The verifier checks that an op's operands agree on each size (`B`, `H`,
    `Hkv`, the tokens, `Dk`, `Dv`) where the sizes are static. Where one is
    dynamic, operands that disagree at run time would make the kernels read
    and write out of bounds, so this pass, run on tensors before the ops
    are lowered, puts checks before every infini op with a dynamic operand
    size: each dimension carrying a size equals the static one (or the first
    operand's), `H` is a multiple of `Hkv`, and no size but the token count
    is 0 (the verifier's rules). A failed check writes e.g. "infini:
    infini.local_attention at layer.mlir:12:8: N of 'key' (dimension 2)
    differs from that of 'query' (dimension 2)" to stderr and calls
    `abort()`. Ops whose sizes are all static get no check. Every
    `infini.attention_chunk` also gets a check that each `position` is >= 0
    (a negative one would index its caches before their first row), unless
    `positions=false`: the GPU pipeline's positions are in device memory,
    which the host does not read.
  }];
  let options = [
    Option<"positions", "positions", "bool", /*default=*/"true",
           "Check that the positions of infini.attention_chunk are >= 0">,
  ];
  let dependentDialects = ["arith::ArithDialect", "LLVM::LLVMDialect",
                           "scf::SCFDialect", "tensor::TensorDialect"];
}

def InfiniCheckEntryShapes : Pass<"infini-check-entry-shapes", "ModuleOp"> {
  let summary = "Checks the buffers callers pass to public functions";
  let description = [{
    A public function compiled for a static `memref<4x8xf32>` ignores the
    sizes and strides in the descriptor its caller passes (through the
    `_mlir_ciface_` interface or the expanded one): a buffer of the wrong
    shape is read and written out of bounds. This pass, run after
    bufferization, gives every such argument the fully dynamic type
    `memref<?x?xf32, strided<[?, ?], offset: ?>>` (the same descriptor, so
    callers do not change), checks each size, stride and the offset at
    entry, and gives the body the argument reinterpreted with the static
    type it was checked against (`memref.reinterpret_cast`: a `memref.cast`
    would be folded into the loads and stores, which would then index with
    the descriptor's run-time strides; a buffer of no elements, whose
    layout leaves strides open, is cast). A mismatch writes
    e.g. "infini: @layer argument #0: size of dimension 2 is not 64
    (compiled for memref<1x8x64x64xf32>)" to stderr (`write(2, ...)`,
    unbuffered, so it survives the abort) and calls `abort()`. Calls inside
    the module get casts to the new types.
  }];
  let dependentDialects = ["arith::ArithDialect", "LLVM::LLVMDialect",
                           "memref::MemRefDialect", "scf::SCFDialect"];
}

#endif // INFINI_TRANSFORMS_PASSES_TD
