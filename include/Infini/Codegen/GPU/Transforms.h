//===- Transforms.h - GPU kernels from linalg on tensors --------*- C++ -*-===//
//
// The steps that turn tiled linalg on tensors into the block/thread kernels
// that infini-map-kernels-to-gpu maps: the same functions back the passes of
// the same names and convert-infini-to-gpu.
//
//===----------------------------------------------------------------------===//

#ifndef INFINI_CODEGEN_GPU_TRANSFORMS_H
#define INFINI_CODEGEN_GPU_TRANSFORMS_H

#include "mlir/IR/Attributes.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <functional>

namespace mlir {
class MLIRContext;
class Operation;
class RewriterBase;

namespace infini {

/// The linear GPU block mapping of `loops` loops, outermost first (the
/// innermost varies fastest with the block id): tileToBlocks' kernels' and
/// a decode step's.
SmallVector<Attribute> linearBlockMapping(MLIRContext *ctx, int64_t loops);

/// Tiles every linalg op on tensors of `root` that is not inside a
/// block-mapped scf.forall into one: its last two parallel loops by `rows`
/// x `cols`, its other parallel loops by 1, its reductions whole, with a
/// linear block mapping (any number of loops). A reduction of a static
/// length above `chunk` (> 0) is split first, into an op over chunks of at
/// most `chunk` iterations in parallel (the largest length down to a
/// quarter of `chunk` that divides it, a multiple of 16 first) and one that
/// adds their partial results, both tiled. Reports ops without a parallel
/// loop.
LogicalResult tileToBlocks(RewriterBase &rewriter, Operation *root,
                           int64_t rows, int64_t cols, int64_t chunk = 0);

/// Inside every block-mapped scf.forall of `root` (on tensors): tiles each
/// linalg op into a thread-mapped scf.forall of at most `threads`
/// iterations (linear thread mapping) over its parallel loops, innermost
/// first, and gives each temporary tensor of the block a buffer of its own
/// with a static size: bufferization then allocates only static scratch.
/// Reports a temporary whose size has no constant upper bound.
///
/// With `mma.enabled`, a matrix product that warp-level MMA tiles compute
/// becomes a warp phase instead (infini-distribute-to-threads' `mma`): in the
/// kernels `mma.roundOperands` returns true for (all when it is empty), an
/// f32 operand whose partner is 16-bit is rounded to the partner's type
/// first.
struct WarpProductOptions {
  bool enabled = false;
  std::function<bool(Operation *kernel)> roundOperands;
};
LogicalResult distributeToThreads(RewriterBase &rewriter, Operation *root,
                                  int64_t threads,
                                  const WarpProductOptions &mma = {});

} // namespace infini
} // namespace mlir

#endif // INFINI_CODEGEN_GPU_TRANSFORMS_H
