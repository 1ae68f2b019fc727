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
  let summary = "Lowers the infini dialect to block/thread kernels on tensors";
  let description = [{
    The GPU kernels, made from the same forms as the CPU kernels with a GPU
    schedule. `infini.attention` first becomes its loop over segments (as
    `infini-decompose-attention` does); then:

    * a segment (`gated_combine` of a `memory_retrieve` and a
      `local_attention`, each used once), a `local_attention` alone and an
      `online_attention` of the input are `convert-infini-to-linalg`'s fused
      kernels: `infini.online_attention` tiled into `query-tile` rows and
      `key-tile` keys per step of its online softmax (key tiles past the
      diagonal skipped, those before it unmasked), each step decomposed into
      linalg, the retrieval and gate as the epilogue, with the loop over
      (batch, head, query tile) mapped to GPU blocks
      (`#gpu.block<z, y, x>`);
    * every other op (`memory_update`, a retrieval or gate alone) is its
      linalg decomposition, each linalg op tiled into blocks as
      `infini-tile-to-blocks` does (`token-tile` x `value-tile` tiles of its
      last two parallel loops; a sum over more than `reduction-chunk`
      tokens, as the update's over a segment, split into chunks of at most
      that many, a block each, and a kernel that adds their partial sums);
    * an `infini.attention_chunk` of one token per stream (a decode step)
      is `infini-decompose-attention`'s decomposition in kernels over its
      (batch element, kv head) pairs: one stores the token (a new segment's
      swap, the caches, the memory update); one computes each pair's local
      attention over `decode-key-split` cached keys per block
      (flash-decoding: the online softmax's partial state per split); one
      merges the splits and adds the read-out of the segment memory and the
      gate. Longer chunks are reported, as are dynamic head counts and
      segment lengths (a block's rows and the number of splits);
    * inside every block, each linalg op becomes a phase over `block-size`
      threads and the block's temporaries get static sizes, as
      `infini-distribute-to-threads` does. With `tensor-cores` (the
      default), the products it can (`mma`) are warp phases of 16 x 8 x 16
      tiles for tensor cores; in the attention kernels the probabilities are
      rounded to the values' type for P V where that type is 16-bit
      (`mma-round-operands`, as FlashAttention does), so Q K^T and P V of
      f16 and bf16 attention run on tensor cores; in the other kernels an
      f32 operand is split into 16-bit parts whose sum it is to f32
      rounding (three in bf16, two in f16 with an f16 partner), so the
      update's sigma(K)^T V and the delta rule's read-out run on tensor
      cores with the state's f32 accuracy. The f32 products of the
      attention kernels (all of f32 attention, the retrieval's sigma(Q) M)
      stay thread phases of f32 FMAs.

    The kernels are on tensors: after one-shot bufferization,
    `infini-allocate-kernel-scratch` turns their buffers into scratch and
    `infini-map-kernels-to-gpu` into `gpu.launch`. Run one phase after the
    other on a CPU, or with a barrier after each on a GPU, they compute the
    same. Arithmetic is f32 (with tensor cores, products of 16-bit
    operands accumulate in f32); 16-bit operands are extended where they
    are read and results truncated where they are written. Batch, heads and
    tokens may be dynamic; the head dimensions Dk and Dv must be static
    (they size the scratch), otherwise the op is reported.
  }];
  let options = [
    Option<"blockSize", "block-size", "int64_t", /*default=*/"128",
           "Threads per block (at most 1024)">,
    Option<"queryTile", "query-tile", "int64_t", /*default=*/"32",
           "Query rows per block of the segment kernel">,
    Option<"keyTile", "key-tile", "int64_t", /*default=*/"32",
           "Keys per step of the segment kernel's online softmax">,
    Option<"tokenTile", "token-tile", "int64_t", /*default=*/"32",
           "Rows per block of the kernels tiled from linalg decompositions">,
    Option<"valueTile", "value-tile", "int64_t", /*default=*/"32",
           "Columns per block of the kernels tiled from linalg decompositions">,
    Option<"reductionChunk", "reduction-chunk", "int64_t", /*default=*/"128",
           "Tokens per block of a longer sum over tokens (the update's), "
           "whose partial sums a kernel of their own adds (0: never split)">,
    Option<"decodeKeySplit", "decode-key-split", "int64_t", /*default=*/"128",
           "Cached keys per block of a decode step's local attention, whose "
           "partial states a kernel of their own merges (0: a block per "
           "batch element and kv head attends to its whole cache)">,
    Option<"tensorCores", "tensor-cores", "bool", /*default=*/"true",
           "Products of 16-bit operands as warp-level 16x8x16 MMA tiles">,
  ];
  let dependentDialects = ["affine::AffineDialect", "arith::ArithDialect",
                           "bufferization::BufferizationDialect",
                           "gpu::GPUDialect", "linalg::LinalgDialect",
                           "math::MathDialect", "scf::SCFDialect",
                           "tensor::TensorDialect", "vector::VectorDialect"];
}

#endif // INFINI_CONVERSION_PASSES_TD
