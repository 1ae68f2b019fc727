//===- TileToBlocks.cpp - linalg ops on tensors as block kernels ----------===//
//
// The ops that no fused kernel covers (the memory update, a retrieval or a
// gate on its own) are tiled as they are decomposed: a block per tile of
// their last two parallel loops, upstream's tiling driver doing the work. A
// long sum over tokens is first split into chunks (upstream's
// splitReduction), so that its blocks fill the GPU: a segment's update of
// a 128 x 128 memory is 16 tiles per head; in chunks of 128 of 2048
// tokens, 256.
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/Passes.h"
#include "Infini/Codegen/GPU/Transforms.h"
#include "Mapping.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
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

/// Into how many chunks the reduction of `op` is split, if at all: its
/// only reduction loop, of a static length above `chunk` (a sum over the
/// tokens of a segment), into chunks of the largest length of at most
/// `chunk` and at least a quarter of it that divides the length, a
/// multiple of 16 (whole MMA steps) where one does. No such length (a
/// prime, say): no split.
static std::optional<int64_t> reductionChunks(linalg::LinalgOp op,
                                              int64_t chunk) {
  SmallVector<unsigned> reductions;
  op.getReductionDims(reductions);
  if (chunk <= 0 || reductions.size() != 1 || op.getNumDpsInits() != 1)
    return std::nullopt;
  int64_t length = op.getStaticLoopRanges()[reductions.front()];
  if (ShapedType::isDynamic(length) || length <= chunk)
    return std::nullopt;
  int64_t least = std::max<int64_t>(1, chunk / 4);
  for (int64_t step : {int64_t(16), int64_t(1)})
    for (int64_t c = chunk / step * step; c >= least; c -= step)
      if (length % c == 0)
        return length / c;
  return std::nullopt;
}

SmallVector<Attribute> mlir::infini::linearBlockMapping(MLIRContext *ctx,
                                                        int64_t loops) {
  return linearMapping<gpu::GPUBlockMappingAttr>(ctx, loops);
}

LogicalResult mlir::infini::tileToBlocks(RewriterBase &rewriter,
                                         Operation *root, int64_t rows,
                                         int64_t cols, int64_t chunk) {
  // Consumers first: each kernel computes the tiles of its producers that
  // it needs where they are small scratch (fills and elementwise ops, a
  // contraction over the head dimension); a producer needed along the
  // tokens (a reduction over them reads all) stays a kernel of its own.
  // The chunks of a split reduction: kernels of their own, never fused
  // into the sum of their partial results.
  llvm::SmallPtrSet<Operation *, 4> chunked;
  scf::SCFTileAndFuseOptions fusion;
  fusion.setFusionControlFn(
      [&](tensor::ExtractSliceOp slice, OpResult producer,
          bool) -> std::optional<scf::SCFTileAndFuseOptions::ControlFnResult> {
        if (chunked.contains(producer.getOwner()))
          return std::nullopt;
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
    // A long reduction is split into chunks, each a parallel iteration of
    // an op of its own, whose partial results a second op sums; both are
    // tiled in the next rounds.
    if (std::optional<int64_t> chunks = reductionChunks(op, chunk)) {
      rewriter.setInsertionPoint(op);
      FailureOr<linalg::SplitReductionResult> split = linalg::splitReduction(
          rewriter, op, [&](linalg::LinalgOp) {
            return linalg::SplitReductionOptions{*chunks, 0, false};
          });
      // A reduction splitReduction does not take (no combiner it knows)
      // stays whole.
      if (succeeded(split)) {
        chunked.insert(split->splitLinalgOp);
        continue;
      }
    }
    SmallVector<unsigned> parallel;
    op.getParallelDims(parallel);
    if (parallel.empty())
      return op->emitOpError("has no parallel loop to spread over GPU blocks");
    SmallVector<OpFoldResult> sizes(op.getNumLoops(),
                                    rewriter.getIndexAttr(0));
    SmallVector<int64_t> ranges = op.getStaticLoopRanges();
    for (auto [i, dim] : llvm::enumerate(parallel)) {
      size_t fromEnd = parallel.size() - 1 - i;
      int64_t size = fromEnd == 0 ? cols : fromEnd == 1 ? rows : 1;
      // A loop shorter than its tile is one tile of static size.
      if (!ShapedType::isDynamic(ranges[dim]))
        size = std::min(size, ranges[dim]);
      sizes[dim] = rewriter.getIndexAttr(size);
    }
    scf::SCFTilingOptions tiling;
    tiling.setTileSizes(sizes);
    tiling.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp);
    tiling.setMapping(
        linearBlockMapping(rewriter.getContext(), parallel.size()));
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
    chunked.erase(op);
    rewriter.eraseOp(op);
  }
  return success();
}

namespace {

struct InfiniTileToBlocksPass
    : infini::impl::InfiniTileToBlocksBase<InfiniTileToBlocksPass> {
  using Base::Base;

  void runOnOperation() override {
    if (rows <= 0 || cols <= 0 || chunk < 0) {
      mlir::emitError(getOperation()->getLoc())
          << "infini-tile-to-blocks: rows and cols must be positive and "
             "chunk non-negative, got "
          << rows.getValue() << ", " << cols.getValue() << " and "
          << chunk.getValue();
      return signalPassFailure();
    }
    IRRewriter rewriter(&getContext());
    if (failed(tileToBlocks(rewriter, getOperation(), rows, cols, chunk)))
      signalPassFailure();
  }
};

} // namespace
