//===- AllocateKernelScratch.cpp - a kernel's buffers as its scratch ------===//
//
// Bufferization allocates a kernel's temporaries with memref.alloc where it
// meets them, often inside the kernel's loops. On a GPU they are scratch: a
// static alloca at the top of the block body (shared by the block's
// threads; infini-map-kernels-to-gpu places it in shared memory) or, inside
// a phase, at the top of the thread's body (private to the thread).
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/Passes.h"
#include "Mapping.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIALLOCATEKERNELSCRATCH
#include "Infini/Codegen/GPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;
using namespace mlir::infini;

namespace {

/// Whether the buffer of `alloc` (or a view of it) leaves the region it was
/// allocated in through a terminator: then it lives across loop iterations
/// and one scratch buffer for all of them would not do.
bool escapesThroughTerminator(memref::AllocOp alloc) {
  SmallVector<Value> worklist = {alloc.getResult()};
  while (!worklist.empty()) {
    Value v = worklist.pop_back_val();
    for (Operation *user : v.getUsers()) {
      if (user->hasTrait<OpTrait::IsTerminator>())
        return true;
      if (auto view = dyn_cast<ViewLikeOpInterface>(user))
        worklist.push_back(view->getResult(0));
    }
  }
  return false;
}

/// Whether every user of `buffer` (and of its subviews) takes a view of
/// static scratch in its place: linalg ops, copies, loads, stores, dims, and
/// subviews (rebuilt on the view).
LogicalResult checkViewUsers(Value buffer, MemRefType type) {
  for (Operation *user : buffer.getUsers()) {
    if (auto subview = dyn_cast<memref::SubViewOp>(user);
        subview && subview.getSource() == buffer) {
      if (failed(checkViewUsers(subview.getResult(), type)))
        return failure();
      continue;
    }
    if (!isa<linalg::LinalgOp, memref::CopyOp, memref::LoadOp,
             memref::StoreOp, memref::DimOp, memref::DeallocOp>(user))
      return user->emitOpError("uses a buffer of dynamic size ")
             << type << " inside a GPU kernel, which can only become a "
             << "view of static scratch for linalg ops, copies, loads, "
             << "stores and subviews";
  }
  return success();
}

/// Replaces `old` by `view` (the same sizes, another layout): subviews of
/// `old` are rebuilt on `view`, with the layout that follows from it.
void replaceWithView(RewriterBase &rewriter, Value old, Value view) {
  for (OpOperand &use : llvm::make_early_inc_range(old.getUses())) {
    auto subview = dyn_cast<memref::SubViewOp>(use.getOwner());
    if (!subview || old.getType() == view.getType()) {
      rewriter.modifyOpInPlace(use.getOwner(), [&] { use.set(view); });
      continue;
    }
    rewriter.setInsertionPoint(subview);
    auto resultType = memref::SubViewOp::inferRankReducedResultType(
        subview.getType().getShape(), cast<MemRefType>(view.getType()),
        subview.getMixedOffsets(), subview.getMixedSizes(),
        subview.getMixedStrides());
    auto rebuilt = memref::SubViewOp::create(
        rewriter, subview.getLoc(), cast<MemRefType>(resultType), view,
        subview.getMixedOffsets(), subview.getMixedSizes(),
        subview.getMixedStrides());
    replaceWithView(rewriter, subview.getResult(), rebuilt.getResult());
    rewriter.eraseOp(subview);
  }
}

LogicalResult allocateScratch(RewriterBase &rewriter, scf::ForallOp kernel) {
  SmallVector<memref::AllocOp> allocs;
  kernel.getBody()->walk([&](memref::AllocOp alloc) { allocs.push_back(alloc); });
  for (memref::AllocOp alloc : allocs) {
    MemRefType type = alloc.getType();
    if (escapesThroughTerminator(alloc))
      return alloc.emitOpError("allocates a buffer ")
             << type << " that a GPU kernel carries across loop iterations";
    // A dynamic size (a copy bufferization made of a partial tile) gets its
    // constant upper bound; the buffer is then a view of a static one, which
    // only users that take any layout accept.
    SmallVector<int64_t> shape(type.getShape());
    unsigned next = 0;
    for (int64_t &size : shape) {
      if (!ShapedType::isDynamic(size))
        continue;
      std::optional<int64_t> bound =
          constantUpperBound(alloc.getDynamicSizes()[next++]);
      if (!bound)
        return alloc.emitOpError("allocates a buffer ")
               << type << " inside a GPU kernel whose size has no constant "
               << "upper bound; kernels have static scratch";
      size = *bound;
    }
    if (!type.hasStaticShape())
      if (failed(checkViewUsers(alloc.getResult(), type)))
        return failure();
    scf::ForallOp phase = enclosingPhase(alloc);
    // A warp's program runs on all of its lanes: a buffer of its own would
    // be one per lane.
    if (phase && hasWarpMapping(phase))
      return alloc.emitOpError("allocates a buffer ")
             << type << " inside a warp-mapped phase; a warp's program "
             << "keeps its values in registers";
    Block *home = phase && kernel->isProperAncestor(phase) ? phase.getBody()
                                                          : kernel.getBody();
    rewriter.setInsertionPointToStart(home);
    Value buffer = memref::AllocaOp::create(
        rewriter, alloc.getLoc(),
        MemRefType::get(shape, type.getElementType(), nullptr,
                        type.getMemorySpace()),
        alloc.getAlignmentAttr());
    if (!type.hasStaticShape()) {
      rewriter.setInsertionPoint(alloc);
      SmallVector<OpFoldResult> sizes = alloc.getMixedSizes();
      buffer = memref::SubViewOp::create(
          rewriter, alloc.getLoc(), buffer,
          SmallVector<OpFoldResult>(type.getRank(), rewriter.getIndexAttr(0)),
          sizes,
          SmallVector<OpFoldResult>(type.getRank(), rewriter.getIndexAttr(1)));
    }
    for (Operation *user : llvm::make_early_inc_range(alloc->getUsers()))
      if (isa<memref::DeallocOp>(user))
        rewriter.eraseOp(user);
    replaceWithView(rewriter, alloc.getResult(), buffer);
    rewriter.eraseOp(alloc);
  }
  return success();
}

struct InfiniAllocateKernelScratchPass
    : infini::impl::InfiniAllocateKernelScratchBase<
          InfiniAllocateKernelScratchPass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    for (scf::ForallOp kernel : kernelsIn(getOperation()))
      if (failed(allocateScratch(rewriter, kernel)))
        return signalPassFailure();
  }
};

} // namespace
