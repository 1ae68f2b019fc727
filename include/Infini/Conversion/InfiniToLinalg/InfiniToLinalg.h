//===- InfiniToLinalg.h - lower infini to linalg on tensors -----*- C++ -*-===//

#ifndef INFINI_CONVERSION_INFINITOLINALG_INFINITOLINALG_H
#define INFINI_CONVERSION_INFINITOLINALG_INFINITOLINALG_H

namespace mlir {
class RewritePatternSet;

namespace infini {

/// Adds the patterns that lower `infini.memory_retrieve`,
/// `infini.memory_update`, `infini.local_attention` and `infini.gated_combine`
/// to linalg on tensors. `infini.attention` must be decomposed first
/// (populateDecomposeAttentionPatterns).
void populateInfiniToLinalgConversionPatterns(RewritePatternSet &patterns);

} // namespace infini
} // namespace mlir

#endif // INFINI_CONVERSION_INFINITOLINALG_INFINITOLINALG_H
