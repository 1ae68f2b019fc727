//===- Transforms.h - infini rewrites for other compilers -------*- C++ -*-===//

#ifndef INFINI_TRANSFORMS_TRANSFORMS_H
#define INFINI_TRANSFORMS_TRANSFORMS_H

#include "Infini/IR/InfiniOps.h"
#include "llvm/ADT/SmallVector.h"

#include <functional>

namespace mlir {
class OpBuilder;
class RewritePatternSet;

namespace infini {

/// Builds the segment loop of `op` (an scf.for over full segments of the
/// primitive ops, plus a shorter last segment) at the builder's insertion
/// point and returns the values that replace the op's results.
SmallVector<Value> decomposeIntoSegments(OpBuilder &b, AttentionOp op);

/// How decomposeChunk schedules a decode step (a chunk of one token): the
/// target's choice; the math is the same.
struct ChunkSchedule {
  /// Cached keys per split of a step's local attention (flash-decoding):
  /// each split of each (batch element, kv head) pair computes its partial
  /// online-softmax state in parallel, and a loop over the pairs merges
  /// them. 0: each pair attends to its cache whole, in one iteration of the
  /// step's loop. Splits need a static cache size and head counts.
  int64_t keySplit = 0;
  /// The mapping attributes of a step's parallel loop of `loops` loops,
  /// outermost first (GPU blocks); none when empty.
  std::function<SmallVector<Attribute>(MLIRContext *, int64_t loops)> mapping;
};

/// Builds the decomposition of `op` (per batch element, a loop over the
/// pieces its chunk makes when cut at segment boundaries, each an
/// infini.online_attention over the segment's cached keys with the
/// primitive ops for the memory; a decode step as `schedule` says) at the
/// builder's insertion point and returns the values that replace the op's
/// results.
SmallVector<Value> decomposeChunk(OpBuilder &b, AttentionChunkOp op,
                                  const ChunkSchedule &schedule = {});

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
void populateDecomposeAttentionPatterns(RewritePatternSet &patterns,
                                        const ChunkSchedule &schedule = {});

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
