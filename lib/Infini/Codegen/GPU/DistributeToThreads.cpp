//===- DistributeToThreads.cpp - a kernel's linalg ops over its threads ---===//
//
// Inside a block kernel on tensors, every linalg op becomes a phase: a
// thread-mapped scf.forall (upstream's tiling driver with a number of
// threads per loop) whose threads each compute a tile of the op. Threads go
// to the innermost parallel loops first, so that neighbouring threads touch
// neighbouring elements. infini-map-kernels-to-gpu later puts a barrier
// after each phase.
//
// The block's temporaries (tensor.empty) become buffers of their own, each
// of a static size (its constant upper bound, sliced to the size needed),
// so that bufferization allocates static scratch only, one buffer per use
// (two results of one op never share one).
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/Passes.h"
#include "Infini/Codegen/GPU/Transforms.h"
#include "Mapping.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/ValueBoundsOpInterface.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIDISTRIBUTETOTHREADS
#include "Infini/Codegen/GPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;
using namespace mlir::infini;

namespace {

/// Upper bounds of the op's loop trip counts (unknown: no bound).
SmallVector<std::optional<int64_t>> loopBounds(linalg::LinalgOp op) {
  SmallVector<std::optional<int64_t>> bounds(op.getNumLoops());
  for (OpOperand &operand : op->getOpOperands()) {
    auto type = dyn_cast<ShapedType>(operand.get().getType());
    if (!type)
      continue;
    AffineMap map = op.getMatchingIndexingMap(&operand);
    for (auto [i, expr] : llvm::enumerate(map.getResults())) {
      auto dim = dyn_cast<AffineDimExpr>(expr);
      if (!dim || bounds[dim.getPosition()])
        continue;
      if (!type.isDynamicDim(i)) {
        bounds[dim.getPosition()] = type.getDimSize(i);
        continue;
      }
      FailureOr<int64_t> bound = ValueBoundsConstraintSet::computeConstantBound(
          presburger::BoundType::UB,
          ValueBoundsConstraintSet::Variable(operand.get(), i),
          /*stopCondition=*/nullptr, /*closedUB=*/true);
      if (succeeded(bound))
        bounds[dim.getPosition()] = *bound;
    }
  }
  return bounds;
}

/// The largest divisor of `n` that is at most `limit` (>= 1).
int64_t largestDivisorAtMost(int64_t n, int64_t limit) {
  for (int64_t d = std::min(n, limit); d > 1; --d)
    if (n % d == 0)
      return d;
  return 1;
}

LogicalResult distributeOp(RewriterBase &rewriter, linalg::LinalgOp op,
                           int64_t threads) {
  // No iteration: nothing for any thread to do.
  if (hasEmptyIterationDomain(op)) {
    rewriter.replaceOp(op, op.getDpsInits());
    return success();
  }
  SmallVector<unsigned> parallel;
  op.getParallelDims(parallel);
  if (parallel.empty())
    return op->emitOpError("has no parallel loop to spread over GPU threads");
  SmallVector<std::optional<int64_t>> bounds = loopBounds(op);
  SmallVector<int64_t> counts(op.getNumLoops(), 0);
  int64_t left = threads;
  for (unsigned dim : llvm::reverse(parallel)) {
    int64_t n = largestDivisorAtMost(
        left, std::max<int64_t>(1, bounds[dim].value_or(left)));
    if (n > 1)
      counts[dim] = n;
    left /= n;
  }
  // Even a tile of one thread is a phase: outside one, every thread of the
  // block would run the op.
  int64_t loops = llvm::count_if(counts, [](int64_t n) { return n > 0; });
  if (loops == 0) {
    counts[parallel.back()] = 1;
    loops = 1;
  }
  scf::SCFTilingOptions tiling;
  tiling.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp);
  tiling.setNumThreads(getAsIndexOpFoldResult(rewriter.getContext(), counts));
  tiling.setMapping(linearMapping<gpu::GPUThreadMappingAttr>(
      rewriter.getContext(), loops));
  rewriter.setInsertionPoint(op);
  FailureOr<scf::SCFTilingResult> tiled = scf::tileUsingSCF(
      rewriter, cast<TilingInterface>(op.getOperation()), tiling);
  if (failed(tiled))
    return op->emitOpError("cannot be distributed over GPU threads");
  rewriter.replaceOp(op, tiled->replacements);
  return success();
}

/// Each use of a temporary of the kernel gets a buffer of its own, of the
/// temporary's constant upper bound, sliced to its size.
LogicalResult boundTemporaries(RewriterBase &rewriter, scf::ForallOp kernel) {
  // A slice of an empty tensor from outside the kernel (the destination of
  // a producer the kernel computes a tile of) is a temporary of the kernel.
  SmallVector<tensor::ExtractSliceOp> slices;
  kernel.getBody()->walk([&](tensor::ExtractSliceOp slice) {
    if (auto empty = slice.getSource().getDefiningOp<tensor::EmptyOp>();
        empty && !kernel->isAncestor(empty))
      slices.push_back(slice);
  });
  for (tensor::ExtractSliceOp slice : slices) {
    rewriter.setInsertionPoint(slice);
    SmallVector<OpFoldResult> sizes;
    for (auto [i, size] : llvm::enumerate(slice.getMixedSizes()))
      if (!slice.getDroppedDims().test(i))
        sizes.push_back(size);
    rewriter.replaceOpWithNewOp<tensor::EmptyOp>(
        slice, sizes, slice.getType().getElementType());
  }

  // So is an empty tensor from outside that the kernel uses whole.
  SmallVector<OpOperand *> outerUses;
  kernel.getBody()->walk([&](Operation *op) {
    for (OpOperand &operand : op->getOpOperands())
      if (auto empty = operand.get().getDefiningOp<tensor::EmptyOp>();
          empty && !kernel->isAncestor(empty))
        outerUses.push_back(&operand);
  });
  for (OpOperand *use : outerUses) {
    rewriter.setInsertionPoint(use->getOwner());
    Operation *copy = rewriter.clone(*use->get().getDefiningOp());
    rewriter.modifyOpInPlace(use->getOwner(),
                             [&] { use->set(copy->getResult(0)); });
  }

  SmallVector<tensor::EmptyOp> empties;
  kernel.getBody()->walk([&](tensor::EmptyOp e) { empties.push_back(e); });
  for (tensor::EmptyOp empty : empties) {
    RankedTensorType type = empty.getType();
    SmallVector<int64_t> shape(type.getShape());
    SmallVector<OpFoldResult> sizes = empty.getMixedSizes();
    for (auto [i, size] : llvm::enumerate(sizes)) {
      if (!ShapedType::isDynamic(shape[i]))
        continue;
      std::optional<int64_t> bound = constantUpperBound(cast<Value>(size));
      if (!bound)
        return empty.emitOpError("is a temporary of a GPU kernel whose size ")
               << type << " has no constant upper bound (dimension " << i
               << "): make the kernel's tile sizes static";
      shape[i] = *bound;
    }
    auto bufferType = RankedTensorType::get(shape, type.getElementType());
    for (OpOperand &use : llvm::make_early_inc_range(empty->getUses())) {
      // A size needs no buffer.
      if (auto dim = dyn_cast<tensor::DimOp>(use.getOwner()))
        if (std::optional<int64_t> index = dim.getConstantIndex()) {
          rewriter.setInsertionPoint(dim);
          rewriter.replaceOp(dim, getValueOrCreateConstantIndexOp(
                                      rewriter, dim.getLoc(), sizes[*index]));
          continue;
        }
      rewriter.setInsertionPoint(use.getOwner());
      Value buffer = bufferization::AllocTensorOp::create(
          rewriter, empty.getLoc(), bufferType, ValueRange{});
      if (bufferType != type)
        buffer = tensor::ExtractSliceOp::create(
            rewriter, empty.getLoc(), type, buffer,
            SmallVector<OpFoldResult>(type.getRank(),
                                      rewriter.getIndexAttr(0)),
            sizes,
            SmallVector<OpFoldResult>(type.getRank(),
                                      rewriter.getIndexAttr(1)));
      rewriter.modifyOpInPlace(use.getOwner(), [&] { use.set(buffer); });
    }
    rewriter.eraseOp(empty);
  }
  return success();
}

} // namespace

LogicalResult
mlir::infini::distributeToThreads(RewriterBase &rewriter, Operation *root,
                                  int64_t threads,
                                  const WarpProductOptions &mma) {
  for (scf::ForallOp kernel : kernelsIn(root)) {
    SmallVector<linalg::LinalgOp> ops;
    kernel.getBody()->walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (auto forall = dyn_cast<scf::ForallOp>(op); forall && isPhase(forall))
        return WalkResult::skip();
      if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
          linalgOp && linalgOp.hasPureTensorSemantics())
        ops.push_back(linalgOp);
      return WalkResult::advance();
    });
    bool round =
        mma.enabled && (!mma.roundOperands || mma.roundOperands(kernel));
    for (linalg::LinalgOp op : ops) {
      SmallVector<linalg::LinalgOp> phases;
      if (mma.enabled &&
          distributeToWarps(rewriter, op, threads, round, phases)) {
        for (linalg::LinalgOp r : phases)
          if (failed(distributeOp(rewriter, r, threads)))
            return failure();
        continue;
      }
      if (failed(distributeOp(rewriter, op, threads)))
        return failure();
    }
    if (failed(boundTemporaries(rewriter, kernel)))
      return failure();
  }
  return success();
}

namespace {

struct InfiniDistributeToThreadsPass
    : infini::impl::InfiniDistributeToThreadsBase<
          InfiniDistributeToThreadsPass> {
  using Base::Base;

  void runOnOperation() override {
    if (threads < 1 || threads > 1024) {
      mlir::emitError(getOperation()->getLoc())
          << "infini-distribute-to-threads: threads must be in [1, 1024] "
             "(CUDA's threads per block), got "
          << threads.getValue();
      return signalPassFailure();
    }
    IRRewriter rewriter(&getContext());
    WarpProductOptions products;
    products.enabled = mma;
    products.roundOperands = [&](Operation *) {
      return mmaRoundOperands.getValue();
    };
    if (failed(
            distributeToThreads(rewriter, getOperation(), threads, products)))
      signalPassFailure();
  }
};

} // namespace
