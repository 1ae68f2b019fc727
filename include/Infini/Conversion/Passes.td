//===- Passes.td - infini conversion passes ----------------*- tablegen -*-===//

#ifndef INFINI_CONVERSION_PASSES_TD
#define INFINI_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertInfiniToLinalg : Pass<"convert-infini-to-linalg"> {
  let summary = "Lowers the infini dialect to linalg on tensors";
  let description = [{
    Rewrites `infini.attention` into a loop over segments (as
    `infini-decompose-attention` does) and every primitive op into `linalg`
    on tensors, so that the usual upstream bufferization and lowering apply:

    * contractions (`sigma(Q) M`, `sigma(Q) z`, `Q K^T`, `P V`,
      `sigma(K)^T V`) are `linalg.contract` ops with explicit indexing maps;
      elementwise maps and reductions are `linalg.generic`;
    * grouped-query attention splits the query heads `H` into
      `(Hkv, H / Hkv)` with `tensor.expand_shape` and indexes keys, values and
      memory by the key/value head only: nothing is copied per query head;
    * the softmax subtracts the row maximum and masks `u > t` (causal) inside
      the reductions; the N x N score matrix is materialised;
    * `f16`/`bf16` operands are extended to `f32` for every computation and
      the results truncated once at the end; the memory update accumulates
      into the `f32` memory and norm.

    Dynamic sizes are supported throughout; the attention scale defaults to
    `1 / sqrt(Dk)`, computed at run time when `Dk` is dynamic.

    With `fuse-attention` (the default), attention is computed by fused
    kernels instead: each segment's `gated_combine` of a `memory_retrieve`
    and a `local_attention` becomes one `scf.forall` over (batch, head, query
    tile) that runs an online softmax over key tiles (FlashAttention: the
    N x N scores never exist, key tiles above the diagonal are not visited)
    and adds the memory read-out (sigma(q) once) and the gate in its
    epilogue; any other `local_attention` gets the same kernel without the
    epilogue. The memory updates are tiled (through their TilingInterface)
    into an `scf.forall` over (batch, kv head), so that they run as
    parallel tasks too. `query-tile` and `key-tile` are the tile sizes.
  }];
  let options = [
    Option<"fuseAttention", "fuse-attention", "bool", /*default=*/"true",
           "Compute attention with the fused online-softmax kernels">,
    Option<"queryTile", "query-tile", "int64_t", /*default=*/"64",
           "Query rows per task of the fused kernels">,
    Option<"keyTile", "key-tile", "int64_t", /*default=*/"64",
           "Keys per step of the fused kernels' online softmax">,
  ];
  let dependentDialects = ["affine::AffineDialect", "arith::ArithDialect",
                           "linalg::LinalgDialect", "math::MathDialect",
                           "scf::SCFDialect", "tensor::TensorDialect"];
}

def ConvertInfiniToGPU : Pass<"convert-infini-to-gpu"> {
  let summary = "Lowers the infini dialect to block/thread kernels on memrefs";
  let description = [{
    Rewrites `infini.attention` into a loop over segments (as
    `infini-decompose-attention` does) and every primitive op into a kernel
    written on memrefs: an `scf.forall` over blocks (`#gpu.block<...>`
    mapping) whose body allocates the block's scratch with `memref.alloca`
    and runs *phases*, thread-mapped `scf.forall` loops of exactly
    `block-size` iterations (`#gpu.thread<x>`). A phase reads only what
    earlier phases wrote, so the kernel means the same run phase by phase
    on a CPU or with a barrier after each phase on a GPU
    (`infini-map-kernels-to-gpu` does the latter). Operands are read through
    `bufferization.to_buffer` (read-only, any layout) and each result is a
    new buffer returned through `bufferization.to_tensor`, so one-shot
    bufferization takes over from there.

    * A segment (`gated_combine` of a `memory_retrieve` and a
      `local_attention`, each used once) is one kernel with a block per
      (batch, head, query tile): the query tile and each key/value tile are
      staged in scratch, the online softmax skips key tiles above the
      diagonal, and the epilogue applies sigma(Q) M / max(sigma(Q) z, eps)
      (staging `key-tile` rows of M at a time, fewer in the last step)
      and the gate. Fusion needs both ops to have the same static Dk and
      number of kv heads (as `infini.attention`'s segments do). A lone `local_attention` or `memory_retrieve` gets the
      same kernel without the other part.
    * `memory_update` has a block per (batch, kv head, tile of `value-tile`
      value columns) that stages its columns of M once, then per
      `token-tile` rows stages sigma(K) (and, for the delta rule, what the
      memory already holds for them) and accumulates sigma(K)^T V in
      scratch.
    * A lone `gated_combine` is elementwise.

    Scratch tiles read a row per thread get an odd row stride (a padding
    column when needed), against shared-memory bank conflicts. Arithmetic is f32; 16-bit operands are
    extended on load and results truncated on store. Batch, heads and tokens may be dynamic; the head
    dimensions Dk and Dv must be static (they size the scratch), otherwise
    the op is reported.
  }];
  let options = [
    Option<"blockSize", "block-size", "int64_t", /*default=*/"128",
           "Threads per block (at most 1024)">,
    Option<"queryTile", "query-tile", "int64_t", /*default=*/"32",
           "Query rows per block of the segment kernel">,
    Option<"keyTile", "key-tile", "int64_t", /*default=*/"32",
           "Keys per step of the segment kernel's online softmax">,
    Option<"tokenTile", "token-tile", "int64_t", /*default=*/"32",
           "Tokens per step of the update kernel">,
    Option<"valueTile", "value-tile", "int64_t", /*default=*/"32",
           "Value columns per block of the update kernel">,
  ];
  let dependentDialects = ["arith::ArithDialect",
                           "bufferization::BufferizationDialect",
                           "gpu::GPUDialect", "math::MathDialect",
                           "memref::MemRefDialect", "scf::SCFDialect",
                           "tensor::TensorDialect"];
}

#endif // INFINI_CONVERSION_PASSES_TD
