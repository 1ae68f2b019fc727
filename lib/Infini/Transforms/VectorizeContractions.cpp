//===- VectorizeContractions.cpp - register-tiled vector matmuls ----------===//

#include "Infini/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIVECTORIZECONTRACTIONS
#include "Infini/Transforms/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {

/// A static matmul on tensors in (m, k, n) loop order whose output the
/// register blocks divide.
bool isRegisterTileable(linalg::ContractOp op, int64_t rows, int64_t cols) {
  if (!op.hasPureTensorSemantics() || op.getNumLoops() != 3)
    return false;
  MLIRContext *ctx = op.getContext();
  AffineExpr m, k, n;
  bindDims(ctx, m, k, n);
  SmallVector<AffineMap> expected = {AffineMap::get(3, 0, {m, k}, ctx),
                                     AffineMap::get(3, 0, {k, n}, ctx),
                                     AffineMap::get(3, 0, {m, n}, ctx)};
  if (op.getIndexingMapsArray() != expected)
    return false;
  SmallVector<int64_t> sizes = op.getStaticLoopRanges();
  if (llvm::any_of(sizes, ShapedType::isDynamic))
    return false;
  return sizes[0] % rows == 0 && sizes[2] % cols == 0;
}

struct InfiniVectorizeContractionsPass
    : infini::impl::InfiniVectorizeContractionsBase<
          InfiniVectorizeContractionsPass> {
  using InfiniVectorizeContractionsBase::InfiniVectorizeContractionsBase;

  void runOnOperation() override {
    if (rows <= 0 || cols <= 0) {
      getOperation()->emitError()
          << "rows and cols must be positive, got " << rows.getValue()
          << " and " << cols.getValue();
      return signalPassFailure();
    }
    SmallVector<linalg::ContractOp> candidates;
    getOperation()->walk([&](linalg::ContractOp op) {
      if (isRegisterTileable(op, rows, cols))
        candidates.push_back(op);
    });

    IRRewriter rewriter(&getContext());
    scf::SCFTilingOptions tiling;
    tiling.setTileSizes({rewriter.getIndexAttr(rows), rewriter.getIndexAttr(1),
                         rewriter.getIndexAttr(cols)});
    // Loops (m, n, k): the reduction innermost, so that one block of the
    // output accumulates across it.
    tiling.setInterchange({0, 2, 1});
    for (linalg::ContractOp op : candidates) {
      rewriter.setInsertionPoint(op);
      FailureOr<scf::SCFTilingResult> tiled = scf::tileUsingSCF(
          rewriter, cast<TilingInterface>(op.getOperation()), tiling);
      if (failed(tiled)) {
        op.emitOpError("cannot be tiled into register blocks");
        return signalPassFailure();
      }
      rewriter.replaceOp(op, tiled->replacements);
      for (Operation *block : tiled->tiledOps) {
        rewriter.setInsertionPoint(block);
        FailureOr<linalg::VectorizationResult> vectorized =
            linalg::vectorize(rewriter, block);
        if (failed(vectorized)) {
          block->emitOpError("cannot be vectorized");
          return signalPassFailure();
        }
        rewriter.replaceOp(block, vectorized->replacements);
      }
    }
  }
};

} // namespace
