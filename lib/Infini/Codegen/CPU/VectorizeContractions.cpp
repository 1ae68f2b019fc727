//===- VectorizeContractions.cpp - register-tiled vector matmuls ----------===//

#include "Infini/Codegen/CPU/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIVECTORIZECONTRACTIONS
#include "Infini/Codegen/CPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {

/// How one contraction is cut into register blocks: a tile size per loop
/// and the loop order (batch dims, then m and n, the reduction innermost).
struct BlockSchedule {
  SmallVector<OpFoldResult> tileSizes;
  SmallVector<int64_t> interchange;
};

/// A schedule for a static contraction on tensors with one m, one n and one
/// k dimension (any operand layout, any number of batch dims) whose output
/// the blocks divide; none otherwise. `op` is a linalg.contract, or a
/// linalg.generic shaped like one (two inputs, projected permutation maps):
/// the masked P V of the kernels' diagonal tiles, whose body selects.
std::optional<BlockSchedule> scheduleFor(OpBuilder &b, linalg::LinalgOp op,
                                         int64_t rows, int64_t cols) {
  if (!op.hasPureTensorSemantics())
    return std::nullopt;
  if (isa<linalg::GenericOp>(op.getOperation()) &&
      (op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
       !llvm::all_of(op.getIndexingMapsArray(), [](AffineMap map) {
         return map.isProjectedPermutation();
       })))
    return std::nullopt;
  FailureOr<linalg::ContractionDimensions> dims =
      linalg::inferContractionDims(op);
  if (failed(dims) || dims->m.size() != 1 || dims->n.size() != 1 ||
      dims->k.size() != 1)
    return std::nullopt;
  SmallVector<int64_t> sizes = op.getStaticLoopRanges();
  if (llvm::any_of(sizes, ShapedType::isDynamic))
    return std::nullopt;
  unsigned m = dims->m[0], n = dims->n[0], k = dims->k[0];
  if (sizes[m] % rows != 0 || sizes[n] % cols != 0)
    return std::nullopt;
  BlockSchedule schedule;
  schedule.tileSizes.assign(sizes.size(), b.getIndexAttr(1));
  schedule.tileSizes[m] = b.getIndexAttr(rows);
  schedule.tileSizes[n] = b.getIndexAttr(cols);
  for (unsigned d : dims->batch)
    schedule.interchange.push_back(d);
  // The operand indexed by the inner of m and n is read again for every
  // block of the outer one: the outer loop is the one whose other operand
  // is the larger, so that the smaller one is what each block row streams
  // (for P V, V's column block stays in L1 while P is streamed; V whole and
  // P do not fit there together).
  int64_t aSize = sizes[m] * sizes[k], bSize = sizes[n] * sizes[k];
  if (aSize < bSize)
    schedule.interchange.append({n, m, k});
  else
    schedule.interchange.append({m, n, k});
  return schedule;
}

/// Whether the body of `op` accumulates with a contractable multiply-add:
/// it yields `acc + x * y` (or `x * y + acc`), both with `contract`.
bool accumulatesContractable(linalg::GenericOp op) {
  auto isContract = [](Operation *op) {
    auto fm = dyn_cast<arith::ArithFastMathInterface>(op);
    return fm && bitEnumContainsAll(fm.getFastMathFlagsAttr().getValue(),
                                    arith::FastMathFlags::contract);
  };
  Value yielded = op.getBody()->getTerminator()->getOperand(0);
  auto add = yielded.getDefiningOp<arith::AddFOp>();
  if (!add || !isContract(add))
    return false;
  return llvm::any_of(add->getOperands(), [&](Value v) {
    auto mul = v.getDefiningOp<arith::MulFOp>();
    return mul && isContract(mul);
  });
}

/// The vectorizer turns a generic block's `acc + x * y` into a multiply and
/// an add reduction over the (unit) reduction dimension, and the reduction
/// has no fast-math flags to keep `contract`: LLVM then issues a multiply
/// and an add. When the body allowed the contraction, the reduction over
/// unit dimensions of a contractable multiply is rewritten into the fused
/// multiply-add it stood for.
void fuseMultiplyAdds(RewriterBase &rewriter, ValueRange results) {
  for (Value result : results) {
    auto write = result.getDefiningOp<vector::TransferWriteOp>();
    auto reduction =
        write ? write.getVector().getDefiningOp<vector::MultiDimReductionOp>()
              : nullptr;
    if (!reduction || reduction.getKind() != vector::CombiningKind::ADD)
      continue;
    auto mul = reduction.getSource().getDefiningOp<arith::MulFOp>();
    auto accType = dyn_cast<VectorType>(reduction.getAcc().getType());
    VectorType sourceType = reduction.getSourceVectorType();
    if (!mul || !accType || !mul->hasOneUse() ||
        !llvm::all_of(reduction.getReductionDims(), [&](int64_t d) {
          return sourceType.getDimSize(d) == 1;
        }))
      continue;
    rewriter.setInsertionPoint(reduction);
    Location loc = reduction.getLoc();
    auto flat = [&](Value v) -> Value {
      return vector::ShapeCastOp::create(rewriter, loc, accType, v);
    };
    rewriter.replaceOpWithNewOp<vector::FMAOp>(
        reduction, flat(mul.getLhs()), flat(mul.getRhs()), reduction.getAcc());
    rewriter.eraseOp(mul);
  }
}

/// Whether every operand of `op` has the same element type.
bool oneElementType(Operation *op) {
  return llvm::all_equal(llvm::map_range(op->getOperandTypes(), [](Type t) {
    return getElementTypeOrSelf(t);
  }));
}

struct InfiniVectorizeContractionsPass
    : infini::impl::InfiniVectorizeContractionsBase<
          InfiniVectorizeContractionsPass> {
  using InfiniVectorizeContractionsBase::InfiniVectorizeContractionsBase;

  void runOnOperation() override {
    if (rows <= 0 || cols <= 0) {
      mlir::emitError(getOperation()->getLoc())
          << "infini-vectorize-contractions: rows and cols must be positive, "
             "got "
          << rows.getValue() << " and " << cols.getValue();
      return signalPassFailure();
    }
    IRRewriter rewriter(&getContext());
    SmallVector<std::pair<linalg::LinalgOp, BlockSchedule>> candidates;
    getOperation()->walk([&](linalg::LinalgOp op) {
      if (!isa<linalg::ContractOp, linalg::GenericOp>(op.getOperation()))
        return;
      // Element types a vector cannot hold (complex, say) and other
      // contractions the vectorizer refuses are left alone.
      if (failed(linalg::vectorizeOpPrecondition(op)))
        return;
      if (std::optional<BlockSchedule> schedule =
              scheduleFor(rewriter, op, rows, cols))
        candidates.emplace_back(op, *schedule);
    });

    for (auto &[op, schedule] : candidates) {
      // Loops: batch dims, m, n, then the reduction innermost, so that one
      // block of the output accumulates across it.
      scf::SCFTilingOptions tiling;
      tiling.setTileSizes(schedule.tileSizes);
      tiling.setInterchange(schedule.interchange);
      rewriter.setInsertionPoint(op);
      FailureOr<scf::SCFTilingResult> tiled = scf::tileUsingSCF(
          rewriter, cast<TilingInterface>(op.getOperation()), tiling);
      if (failed(tiled)) {
        op.emitOpError("cannot be tiled into register blocks");
        return signalPassFailure();
      }
      rewriter.replaceOp(op, tiled->replacements);
      for (Operation *block : tiled->tiledOps) {
        auto generic = dyn_cast<linalg::GenericOp>(block);
        bool fusable = generic && accumulatesContractable(generic);
        rewriter.setInsertionPoint(block);
        // As one vector.contract where the element types allow it (it
        // needs one type for both operands): that lowers to outer products
        // of fused multiply-adds, whereas the generic vectorization (a
        // multiply, then a reduction) leaves separate multiplies and adds
        // that LLVM does not fuse.
        FailureOr<linalg::VectorizationResult> vectorized = linalg::vectorize(
            rewriter, block, /*inputVectorSizes=*/{},
            /*inputScalableVecDims=*/{}, /*vectorizeNDExtract=*/false,
            /*flatten1DDepthwiseConv=*/false,
            /*assumeDynamicDimsMatchVecSizes=*/false,
            /*createNamedContraction=*/isa<linalg::ContractOp>(block) &&
                oneElementType(block));
        if (failed(vectorized)) {
          block->emitOpError("cannot be vectorized");
          return signalPassFailure();
        }
        if (fusable)
          fuseMultiplyAdds(rewriter, vectorized->replacements);
        rewriter.replaceOp(block, vectorized->replacements);
      }
    }
  }
};

} // namespace
