//===- InfiniToLinalg.h - lower infini to linalg on tensors -----*- C++ -*-===//

#ifndef INFINI_CONVERSION_INFINITOLINALG_INFINITOLINALG_H
#define INFINI_CONVERSION_INFINITOLINALG_INFINITOLINALG_H

#include "Infini/IR/InfiniOps.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>

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
SmallVector<Value> decomposeToLinalg(OpBuilder &b, OnlineAttentionOp op);
SmallVector<Value> decomposeToLinalg(OpBuilder &b, GatedCombineOp op);

/// The schedule of the fused attention kernels: query rows per task, keys
/// per step of the online softmax, and the mapping of the parallel loop over
/// (batch, head, query tile) (a target's, such as #gpu.block for the GPU
/// kernels; empty: none).
struct FusedAttentionOptions {
  int64_t queryTile = 64;
  int64_t keyTile = 64;
  SmallVector<Attribute> mapping = {};
  /// Whether tile loops of a length known only at run time (the keys of a
  /// cache, the query rows of a prompt's piece) run whole tiles, of a
  /// static size for the CPU schedule to vectorize, and then one partial
  /// tile. The GPU kernels keep one loop: peeling would duplicate every
  /// phase of a block's step.
  bool peelDynamicTiles = true;
};

/// Adds the pattern that computes gated_combine(memory_retrieve,
/// local_attention) as one kernel: an scf.forall over (batch, head, query
/// tile) whose loop over key tiles runs an online softmax (no N x N scores,
/// key tiles above the diagonal skipped) and whose epilogue adds the memory
/// read-out and the gate, writing each output tile once. The retrieval and
/// local attention are left dead for the caller to erase. Run before
/// populateFlashAttentionPatterns.
void populateFusedSegmentPatterns(RewritePatternSet &patterns,
                                  const FusedAttentionOptions &options);

/// Adds the patterns that compute a local_attention on its own, and an
/// online_attention of the input, with the same online-softmax kernel.
void populateFlashAttentionPatterns(RewritePatternSet &patterns,
                                    const FusedAttentionOptions &options);

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
