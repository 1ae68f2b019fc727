//===- TileToBlocks.cpp - linalg ops on tensors as block kernels ----------===//
//
// The ops that no fused kernel covers (the memory update, a retrieval or a
// gate on its own) are tiled as they are decomposed: a block per tile of
// their last two parallel loops, upstream's tiling driver doing the work.
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/Passes.h"
#include "Infini/Codegen/GPU/Transforms.h"
#include "Mapping.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/RegionUtils.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINITILETOBLOCKS
#include "Infini/Codegen/GPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;
using namespace mlir::infini;

/// The largest tile of a producer that a kernel computes itself, in
/// elements: 32 KiB of f32 scratch.
static constexpr int64_t kMaxFusedElements = 8192;

/// The linalg ops on tensors of `root` outside block kernels, in order.
static SmallVector<linalg::LinalgOp> untiledOps(Operation *root) {
  SmallVector<linalg::LinalgOp> ops;
  root->walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (auto forall = dyn_cast<scf::ForallOp>(op);
        forall && hasBlockMapping(forall))
      return WalkResult::skip();
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
        linalgOp && linalgOp.hasPureTensorSemantics())
      ops.push_back(linalgOp);
    return WalkResult::advance();
  });
  return ops;
}

/// The last linalg op on tensors of `root` outside block kernels, once the
/// dead ones (producers that the kernels compute themselves) are erased.
static linalg::LinalgOp lastUntiledOp(RewriterBase &rewriter,
                                      Operation *root) {
  // The slices through which a kernel fused its producers stay behind,
  // dead, and keep the producers alive.
  (void)runRegionDCE(rewriter, root->getRegions());
  SmallVector<linalg::LinalgOp> ops = untiledOps(root);
  return ops.empty() ? linalg::LinalgOp() : ops.back();
}

LogicalResult mlir::infini::tileToBlocks(RewriterBase &rewriter,
                                         Operation *root, int64_t rows,
                                         int64_t cols) {
  // Consumers first: each kernel computes the tiles of its producers that
  // it needs where they are small scratch (fills and elementwise ops, a
  // contraction over the head dimension); a producer needed along the
  // tokens (a reduction over them reads all) stays a kernel of its own.
  scf::SCFTileAndFuseOptions fusion;
  fusion.setFusionControlFn(
      [](tensor::ExtractSliceOp slice, OpResult,
         bool) -> std::optional<scf::SCFTileAndFuseOptions::ControlFnResult> {
        int64_t elements = 1;
        for (OpFoldResult size : slice.getMixedSizes()) {
          std::optional<int64_t> bound =
              isa<Attribute>(size) ? getConstantIntValue(size)
                                   : constantUpperBound(cast<Value>(size));
          if (!bound)
            return std::nullopt;
          elements *= *bound;
          if (elements > kMaxFusedElements)
            return std::nullopt;
        }
        return scf::SCFTileAndFuseOptions::ControlFnResult{};
      });
  while (linalg::LinalgOp op = lastUntiledOp(rewriter, root)) {
    // No iteration (a segment of 0 tokens, say): no kernel.
    if (hasEmptyIterationDomain(op)) {
      rewriter.replaceOp(op, op.getDpsInits());
      continue;
    }
    SmallVector<unsigned> parallel;
    op.getParallelDims(parallel);
    if (parallel.empty())
      return op->emitOpError("has no parallel loop to spread over GPU blocks");
    SmallVector<OpFoldResult> sizes(op.getNumLoops(),
                                    rewriter.getIndexAttr(0));
    for (auto [i, dim] : llvm::enumerate(parallel)) {
      size_t fromEnd = parallel.size() - 1 - i;
      sizes[dim] = rewriter.getIndexAttr(fromEnd == 0   ? cols
                                         : fromEnd == 1 ? rows
                                                        : 1);
    }
    scf::SCFTilingOptions tiling;
    tiling.setTileSizes(sizes);
    tiling.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp);
    tiling.setMapping(linearMapping<gpu::GPUBlockMappingAttr>(
        rewriter.getContext(), parallel.size()));
    fusion.setTilingOptions(tiling);
    rewriter.setInsertionPoint(op);
    FailureOr<scf::SCFTileAndFuseResult> tiled =
        scf::tileConsumerAndFuseProducersUsingSCF(
            rewriter, cast<TilingInterface>(op.getOperation()), fusion);
    if (failed(tiled))
      return op->emitOpError("cannot be tiled into GPU blocks");
    for (OpResult result : op->getResults())
      if (Value replacement = tiled->replacements.lookup(result))
        rewriter.replaceAllUsesWith(result, replacement);
    if (!op->use_empty())
      return op->emitOpError("is still used after tiling into GPU blocks");
    rewriter.eraseOp(op);
  }
  return success();
}

namespace {

struct InfiniTileToBlocksPass
    : infini::impl::InfiniTileToBlocksBase<InfiniTileToBlocksPass> {
  using Base::Base;

  void runOnOperation() override {
    if (rows <= 0 || cols <= 0) {
      mlir::emitError(getOperation()->getLoc())
          << "infini-tile-to-blocks: rows and cols must be positive, got "
          << rows.getValue() << " and " << cols.getValue();
      return signalPassFailure();
    }
    IRRewriter rewriter(&getContext());
    if (failed(tileToBlocks(rewriter, getOperation(), rows, cols)))
      signalPassFailure();
  }
};

} // namespace
