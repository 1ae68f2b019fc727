//===- InfiniBase.td - the infini dialect ------------------*- tablegen -*-===//

#ifndef INFINI_IR_INFINIBASE_TD
#define INFINI_IR_INFINIBASE_TD

include "mlir/IR/OpBase.td"

def Infini_Dialect : Dialect {
  let name = "infini";
  let cppNamespace = "::mlir::infini";
  let summary = "Infini-attention: segment-local attention with a compressive memory";
  let description = [{
    The `infini` dialect expresses Infini-attention (Munkhdalai, Faruqui and
    Gopal, 2024, "Leave No Context Behind", arXiv 2404.07143). A long input is
    split into segments of N tokens. Inside a segment, ordinary causal softmax
    attention runs (`infini.local_attention`). Across segments every key/value
    head keeps a fixed-size compressive memory, a matrix `M` (Dk x Dv) and a
    normaliser `z` (Dk), that each segment first reads with its queries
    (`infini.memory_retrieve`) and then writes its keys and values into
    (`infini.memory_update`). A learned per-head gate mixes both read-outs
    (`infini.gated_combine`). `infini.attention` is the whole layer over a
    sequence of any length and decomposes into the four primitives over a loop
    of segments; `infini.attention_chunk` continues it over the next tokens of
    streams that stand anywhere in a segment (a prompt of any length, or one
    decode step), with the current segment's keys and values cached.
    `infini.online_attention` is one step of local attention's
    online softmax (a block of keys folded into a running state, with the
    queries' offset relative to the keys): the form the kernels are tiled
    from.

    Conventions shared by all ops:

    * Tensors are ranked. Queries are `[B, H, N, Dk]`, keys `[B, Hkv, N, Dk]`,
      values `[B, Hkv, N, Dv]`, memory `[B, Hkv, Dk, Dv]`, norm `[B, Hkv, Dk]`.
      Any size may be dynamic; relations between sizes are verified wherever
      both are static. `online_attention`'s keys and values have their own
      token count, `Nk`. Only token counts may be 0 (an empty input); a
      static 0 for `B`, `H`, `Hkv`, `Dk` or `Dv` is an error.
    * `H` must be a multiple of `Hkv` (grouped-query attention); query head
      `h` reads key/value head `h / (H / Hkv)`, the contiguous grouping of
      `repeat_interleave`.
    * `sigma(x) = ELU(x) + 1`, i.e. `x + 1` for `x > 0` and `exp(x)` otherwise.
    * Queries, keys, values and attention outputs share one element type among
      `f32`, `f16` and `bf16`. Memory, norm and gate logits are always `f32`,
      and all accumulation is in `f32`: the memory is a running sum that
      overflows 16-bit floats on long streams.
  }];
  // Tiling the ops (their TilingInterface) creates affine, arith and tensor
  // ops.
  let dependentDialects = ["affine::AffineDialect", "arith::ArithDialect",
                           "tensor::TensorDialect"];
  let useDefaultAttributePrinterParser = 1;
}

class Infini_Op<string mnemonic, list<Trait> traits = []>
    : Op<Infini_Dialect, mnemonic, traits>;

#endif // INFINI_IR_INFINIBASE_TD
