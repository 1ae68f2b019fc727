//===- VectorizeElementwise.cpp - native-width vectors for the rest -------===//

#include "Infini/Codegen/CPU/Passes.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIVECTORIZEELEMENTWISE
#include "Infini/Codegen/CPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {

/// Whether `op` can be cut into `width`-wide tiles along its innermost loop:
/// static, on tensors, that loop parallel and divisible by `width`, and each
/// operand either independent of it (broadcast along the vector) or
/// contiguous along it (its map's last result), so that every tile reads and
/// writes whole vectors. Not math.fpowi: vectorized, its exponent becomes a
/// vector, and LLVM's powi (what math-to-llvm makes of it) takes a scalar.
/// Not on i1 tensors (masks): a memref of i1 holds a byte per element, a
/// vector<Nxi1> load or store moves N bits.
bool isVectorizable(linalg::GenericOp op, int64_t width) {
  if (!op.hasPureTensorSemantics() || op.getNumLoops() == 0 ||
      !op.getBody()->getOps<math::FPowIOp>().empty() ||
      llvm::any_of(op->getOperandTypes(), [](Type t) {
        return getElementTypeOrSelf(t).isInteger(1);
      }))
    return false;
  SmallVector<int64_t> sizes = op.getStaticLoopRanges();
  if (llvm::any_of(sizes, ShapedType::isDynamic))
    return false;
  unsigned inner = op.getNumLoops() - 1;
  if (op.getIteratorTypesArray()[inner] != utils::IteratorType::parallel ||
      sizes[inner] % width != 0)
    return false;
  for (AffineMap map : op.getIndexingMapsArray()) {
    if (!map.isProjectedPermutation())
      return false;
    std::optional<unsigned> pos = map.getResultPosition(
        getAffineDimExpr(inner, op.getContext()));
    if (pos && *pos != map.getNumResults() - 1)
      return false;
  }
  return succeeded(linalg::vectorizeOpPrecondition(op));
}

struct InfiniVectorizeElementwisePass
    : infini::impl::InfiniVectorizeElementwiseBase<
          InfiniVectorizeElementwisePass> {
  using InfiniVectorizeElementwiseBase::InfiniVectorizeElementwiseBase;

  void runOnOperation() override {
    if (width <= 0) {
      mlir::emitError(getOperation()->getLoc())
          << "infini-vectorize-elementwise: width must be positive, got "
          << width.getValue();
      return signalPassFailure();
    }
    SmallVector<linalg::GenericOp> candidates;
    getOperation()->walk([&](linalg::GenericOp op) {
      if (isVectorizable(op, width))
        candidates.push_back(op);
    });

    IRRewriter rewriter(&getContext());
    for (linalg::GenericOp op : candidates) {
      // One vector of the innermost loop per tile, every other loop a loop
      // of its own; the reductions innermost, so that the tile of the output
      // stays the same across them (subset hoisting keeps it in registers).
      unsigned loops = op.getNumLoops();
      SmallVector<OpFoldResult> tileSizes(loops, rewriter.getIndexAttr(1));
      tileSizes.back() = rewriter.getIndexAttr(width);
      SmallVector<int64_t> interchange;
      SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
      for (unsigned d = 0; d < loops; ++d)
        if (iterators[d] == utils::IteratorType::parallel)
          interchange.push_back(d);
      for (unsigned d = 0; d < loops; ++d)
        if (iterators[d] != utils::IteratorType::parallel)
          interchange.push_back(d);
      scf::SCFTilingOptions tiling;
      tiling.setTileSizes(tileSizes);
      tiling.setInterchange(interchange);
      rewriter.setInsertionPoint(op);
      FailureOr<scf::SCFTilingResult> tiled = scf::tileUsingSCF(
          rewriter, cast<TilingInterface>(op.getOperation()), tiling);
      if (failed(tiled)) {
        op.emitOpError("cannot be tiled into vectors of ") << width.getValue();
        return signalPassFailure();
      }
      rewriter.replaceOp(op, tiled->replacements);
      for (Operation *tile : tiled->tiledOps) {
        rewriter.setInsertionPoint(tile);
        FailureOr<linalg::VectorizationResult> vectorized =
            linalg::vectorize(rewriter, tile);
        if (failed(vectorized)) {
          tile->emitOpError("cannot be vectorized");
          return signalPassFailure();
        }
        rewriter.replaceOp(tile, vectorized->replacements);
      }
    }
  }
};

} // namespace
