//===- Transforms.h - infini rewrites for other compilers -------*- C++ -*-===//

#ifndef INFINI_TRANSFORMS_TRANSFORMS_H
#define INFINI_TRANSFORMS_TRANSFORMS_H

#include "Infini/IR/InfiniOps.h"
#include "llvm/ADT/SmallVector.h"

namespace mlir {
class OpBuilder;
class RewritePatternSet;

namespace infini {

/// Builds the segment loop of `op` (an scf.for over full segments of the
/// primitive ops, plus a shorter last segment) at the builder's insertion
/// point and returns the values that replace the op's results.
SmallVector<Value> decomposeIntoSegments(OpBuilder &b, AttentionOp op);

/// The ops of one segment that a fused kernel computes together: the
/// retrieval and the local attention that `combine` joins, when each is used
/// by nothing else and both have the same static Dk and number of kv heads.
struct SegmentOps {
  MemoryRetrieveOp retrieve;
  LocalAttentionOp local;
};
std::optional<SegmentOps> matchSegment(GatedCombineOp combine);

/// Adds the pattern that rewrites `infini.attention` with
/// decomposeIntoSegments.
void populateDecomposeAttentionPatterns(RewritePatternSet &patterns);

} // namespace infini
} // namespace mlir

#endif // INFINI_TRANSFORMS_TRANSFORMS_H
