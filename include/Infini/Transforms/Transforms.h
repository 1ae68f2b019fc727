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

/// Builds the decomposition of `op` (per batch element, a loop over the
/// pieces its chunk makes when cut at segment boundaries, each an
/// infini.online_attention over the segment's cached keys with the
/// primitive ops for the memory) at the builder's insertion point and returns
/// the values that replace the op's results.
SmallVector<Value> decomposeChunk(OpBuilder &b, AttentionChunkOp op);

/// The ops of one segment that a fused kernel computes together: the
/// retrieval and the local attention that `combine` joins, when each is used
/// by nothing else and both have the same static Dk and number of kv heads.
struct SegmentOps {
  MemoryRetrieveOp retrieve;
  LocalAttentionOp local;
};
std::optional<SegmentOps> matchSegment(GatedCombineOp combine);

/// Adds the patterns that rewrite `infini.attention` with
/// decomposeIntoSegments and `infini.attention_chunk` with decomposeChunk.
void populateDecomposeAttentionPatterns(RewritePatternSet &patterns);

/// Adds the pattern that merges two `infini.attention` ops of a chain, the
/// second reading the memory and norm that only the first writes, into one
/// over the tokens of both (inputs concatenated along the tokens, results
/// sliced back): same gate, attributes and optional operands, the first
/// covering whole segments, the second's inputs not computed from the
/// first's output. Applied to a fixpoint it makes one op of a chain.
void populateMergeSegmentChainPatterns(RewritePatternSet &patterns);

} // namespace infini
} // namespace mlir

#endif // INFINI_TRANSFORMS_TRANSFORMS_H
