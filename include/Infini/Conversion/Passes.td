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
  }];
  let dependentDialects = ["affine::AffineDialect", "arith::ArithDialect",
                           "linalg::LinalgDialect", "math::MathDialect",
                           "scf::SCFDialect", "tensor::TensorDialect"];
}

#endif // INFINI_CONVERSION_PASSES_TD
