//===- InfiniToLinalg.h - lower infini to linalg on tensors -----*- C++ -*-===//

#ifndef INFINI_CONVERSION_INFINITOLINALG_INFINITOLINALG_H
#define INFINI_CONVERSION_INFINITOLINALG_INFINITOLINALG_H

#include "Infini/IR/InfiniOps.h"
#include "llvm/ADT/SmallVector.h"

namespace mlir {
class DialectRegistry;
class OpBuilder;
class RewritePatternSet;

namespace infini {

/// Builds the linalg-on-tensors computation of `op` at the builder's
/// insertion point and returns the values that replace the op's results.
/// These are the decompositions of the ops' AggregatedOpInterface.
SmallVector<Value> decomposeToLinalg(OpBuilder &b, MemoryRetrieveOp op);
SmallVector<Value> decomposeToLinalg(OpBuilder &b, MemoryUpdateOp op);
SmallVector<Value> decomposeToLinalg(OpBuilder &b, LocalAttentionOp op);
SmallVector<Value> decomposeToLinalg(OpBuilder &b, GatedCombineOp op);

/// Attaches linalg::AggregatedOpInterface to every infini op: the layer op
/// decomposes into its segment loop (decomposeIntoSegments), the primitives
/// into linalg (decomposeToLinalg).
void registerAggregatedOpInterfaceExternalModels(DialectRegistry &registry);

/// Adds the patterns that lower `infini.memory_retrieve`,
/// `infini.memory_update`, `infini.local_attention` and `infini.gated_combine`
/// to linalg on tensors. `infini.attention` must be decomposed first
/// (populateDecomposeAttentionPatterns).
void populateInfiniToLinalgConversionPatterns(RewritePatternSet &patterns);

} // namespace infini
} // namespace mlir

#endif // INFINI_CONVERSION_INFINITOLINALG_INFINITOLINALG_H
