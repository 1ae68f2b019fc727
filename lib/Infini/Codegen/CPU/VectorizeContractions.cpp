//===- VectorizeContractions.cpp - register-tiled vector matmuls ----------===//

#include "Infini/Codegen/CPU/Passes.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"

#include <map>

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
  /// The m and k loops.
  unsigned m = 0, k = 0;
  /// The block's rows (m): the pass's, or all of m when m has fewer.
  int64_t rows = 0;
  /// Blocks of dot products along k instead of outer products (see
  /// dotSchedule), and the input they read before its transpose (-1: none).
  bool dot = false;
  int untranspose = -1;
};

/// Whether every operand of `op` has the same element type.
bool oneElementType(Operation *op) {
  return llvm::all_equal(llvm::map_range(op->getOperandTypes(), [](Type t) {
    return getElementTypeOrSelf(t);
  }));
}

/// Whether loop `d` indexes the innermost non-unit dimension of a tensor of
/// `shape` read through `map` (its elements along d are contiguous).
bool innermostIn(AffineMap map, ArrayRef<int64_t> shape, unsigned d) {
  std::optional<unsigned> pos =
      map.getResultPosition(getAffineDimExpr(d, map.getContext()));
  if (!pos)
    return false;
  return llvm::all_of(shape.drop_front(*pos + 1),
                      [](int64_t size) { return size == 1; });
}

bool innermostIn(linalg::LinalgOp op, OpOperand &operand, unsigned d) {
  return innermostIn(op.getMatchingIndexingMap(&operand),
                     cast<ShapedType>(operand.get().getType()).getShape(), d);
}

/// The map that reads the input of `transpose` where `map` reads its result.
AffineMap throughTranspose(AffineMap map, linalg::TransposeOp transpose) {
  ArrayRef<int64_t> perm = transpose.getPermutation();
  SmallVector<AffineExpr> exprs(perm.size());
  for (auto [j, i] : llvm::enumerate(perm))
    exprs[i] = map.getResult(j);
  return AffineMap::get(map.getNumDims(), 0, exprs, map.getContext());
}

/// Whether the body of `op` is `acc + x * y` of its block arguments, and
/// nothing else (no mask, no casts).
bool isPlainMultiplyAdd(linalg::LinalgOp op) {
  Block *body = op.getBlock();
  if (!body || body->getOperations().size() != 3)
    return false;
  auto add = body->getTerminator()->getOperand(0).getDefiningOp<arith::AddFOp>();
  if (!add)
    return false;
  auto isArg = [&](Value v, unsigned i) {
    auto arg = dyn_cast<BlockArgument>(v);
    return arg && arg.getOwner() == body && arg.getArgNumber() == i;
  };
  for (auto [acc, x] : {std::pair{add.getLhs(), add.getRhs()},
                        std::pair{add.getRhs(), add.getLhs()}}) {
    auto mul = x.getDefiningOp<arith::MulFOp>();
    if (isArg(acc, 2) && mul &&
        ((isArg(mul.getLhs(), 0) && isArg(mul.getRhs(), 1)) ||
         (isArg(mul.getLhs(), 1) && isArg(mul.getRhs(), 0))))
      return true;
  }
  return false;
}

/// Too few output columns for one vector (a decode step's K q: its one
/// query is the only column, or the query heads of a kv head), with the
/// reduction contiguous in both inputs (the query's and the keys' feature
/// dimension): blocks of up to `rows` x n dot products, each a multiply of
/// two k-vectors and a reassociated sum. The outer-product blocks would
/// read the k-major operand one strided element per lane. An input of a
/// linalg.contract that is a linalg.transpose of a tensor in which k is
/// contiguous (the kernels' Q^T, transposed for the outer products of many
/// query rows) is read before the transpose: `untranspose` is set to it.
bool dotSchedule(linalg::LinalgOp op, ArrayRef<int64_t> sizes, unsigned n,
                 unsigned k, int64_t cols, int &untranspose) {
  if (sizes[n] >= cols || sizes[k] <= 1 || !oneElementType(op) ||
      !isa<FloatType>(getElementTypeOrSelf(op->getResult(0).getType())) ||
      !isPlainMultiplyAdd(op))
    return false;
  untranspose = -1;
  for (unsigned i = 0; i < 2; ++i) {
    OpOperand *input = op.getDpsInputOperand(i);
    if (innermostIn(op, *input, k))
      continue;
    auto transpose = input->get().getDefiningOp<linalg::TransposeOp>();
    if (!isa<linalg::ContractOp>(op.getOperation()) || !transpose ||
        untranspose >= 0 ||
        !innermostIn(
            throughTranspose(op.getMatchingIndexingMap(input), transpose),
            transpose.getInput().getType().getShape(), k))
      return false;
    untranspose = i;
  }
  return true;
}

/// `op` with input `i` read before the linalg.transpose that produces it.
linalg::LinalgOp readBeforeTranspose(RewriterBase &rewriter,
                                     linalg::ContractOp op, unsigned i) {
  OpOperand *input = op.getDpsInputOperand(i);
  auto transpose = input->get().getDefiningOp<linalg::TransposeOp>();
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  maps[i] = throughTranspose(maps[i], transpose);
  SmallVector<Value> inputs(op.getDpsInputs());
  inputs[i] = transpose.getInput();
  rewriter.setInsertionPoint(op);
  auto direct = linalg::ContractOp::create(
      rewriter, op.getLoc(), op->getResultTypes(), inputs, op.getDpsInits(),
      rewriter.getAffineMapArrayAttr(maps));
  rewriter.replaceOp(op, direct->getResults());
  if (transpose->use_empty())
    rewriter.eraseOp(transpose);
  return direct;
}

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
  if (failed(dims))
    return std::nullopt;
  SmallVector<int64_t> sizes = op.getStaticLoopRanges();
  // Unit m or n dims (a GQA read-out's query group of one, a decode step's
  // single row) are batch dims of size 1: the block takes the one m and
  // the one n of a size above 1 (or the last, when all are 1).
  auto single = [&](ArrayRef<unsigned> ds) -> std::optional<unsigned> {
    std::optional<unsigned> pick;
    for (unsigned d : ds) {
      if (sizes[d] == 1)
        continue;
      if (pick)
        return std::nullopt;
      pick = d;
    }
    if (!pick && !ds.empty())
      pick = ds.back();
    return pick;
  };
  std::optional<unsigned> mDim = single(dims->m), nDim = single(dims->n);
  if (!mDim || !nDim || dims->k.size() != 1)
    return std::nullopt;
  SmallVector<unsigned> batch(dims->batch.begin(), dims->batch.end());
  for (unsigned d : llvm::concat<const unsigned>(dims->m, dims->n))
    if (d != *mDim && d != *nDim)
      batch.push_back(d);
  llvm::sort(batch);
  unsigned m = *mDim, n = *nDim, k = dims->k[0];
  // The reduction and the batch dims, tiled by 1, may have run-time sizes
  // (a prompt's tokens in the memory update, the keys of a cache), and so
  // may m (a prompt's query rows): its blocks are then single rows, one
  // per m index. The columns are static.
  bool dynamicRows = ShapedType::isDynamic(sizes[m]);
  if (ShapedType::isDynamic(sizes[n]))
    return std::nullopt;
  int untranspose = -1;
  if (dotSchedule(op, sizes, n, k, cols, untranspose)) {
    // Run-time rows (the keys of a cache's last, partial tile) are dot
    // products one row at a time.
    int64_t blockRows = dynamicRows ? 1 : std::min(rows, sizes[m]);
    if (!dynamicRows && sizes[m] % blockRows != 0)
      return std::nullopt;
    BlockSchedule schedule;
    schedule.tileSizes.assign(sizes.size(), b.getIndexAttr(1));
    schedule.tileSizes[m] = b.getIndexAttr(blockRows);
    schedule.tileSizes[n] = b.getIndexAttr(sizes[n]);
    schedule.tileSizes[k] = b.getIndexAttr(0);
    schedule.m = m;
    schedule.k = k;
    schedule.rows = blockRows;
    schedule.dot = true;
    schedule.untranspose = untranspose;
    schedule.interchange.append(batch.begin(), batch.end());
    schedule.interchange.append({m, n, k});
    return schedule;
  }
  // Fewer output rows than a block has (a decode step's single query, the
  // query heads of a kv head): one block of all of them, as many columns
  // wider as the columns allow, so that the block keeps its number of
  // accumulators. A block of one row and one vector's columns would chain
  // every multiply-add of the reduction on the one before.
  int64_t blockRows = rows;
  if (dynamicRows)
    rows = 1;
  else if (sizes[m] < rows)
    rows = sizes[m];
  if ((!dynamicRows && sizes[m] % rows != 0) || sizes[n] % cols != 0)
    return std::nullopt;
  for (int64_t wide = cols * (blockRows / rows); wide > cols; wide /= 2)
    if (sizes[n] % wide == 0) {
      cols = wide;
      break;
    }
  BlockSchedule schedule;
  schedule.tileSizes.assign(sizes.size(), b.getIndexAttr(1));
  schedule.tileSizes[m] = b.getIndexAttr(rows);
  schedule.tileSizes[n] = b.getIndexAttr(cols);
  schedule.m = m;
  schedule.k = k;
  schedule.rows = rows;
  for (unsigned d : batch)
    schedule.interchange.push_back(d);
  // The operand indexed by the inner of m and n is read again for every
  // block of the outer one: the outer loop is the one whose other operand
  // is the larger, so that the smaller one is what each block row streams
  // (for P V, V's column block stays in L1 while P is streamed; V whole and
  // P do not fit there together).
  // (Both operands span k: comparing m with n compares their sizes. A
  // run-time m streams its single rows past each column block.)
  if (dynamicRows || sizes[m] < sizes[n])
    schedule.interchange.append({n, m, k});
  else
    schedule.interchange.append({m, n, k});
  return schedule;
}

/// A block of dotSchedule: every output element plus the dot product of
/// the two inputs' k-vectors at its point, each a vector multiply and an
/// add reduction that may reassociate (LLVM sums the products as a tree of
/// fused multiply-adds with one horizontal sum at the end). Returns the
/// block's new output.
Value dotProducts(RewriterBase &rewriter, linalg::LinalgOp block, unsigned k) {
  Location loc = block.getLoc();
  SmallVector<int64_t> sizes = block.getStaticLoopRanges();
  int64_t depth = sizes[k];
  OpOperand *init = block.getDpsInitOperand(0);
  Value out = init->get();
  AffineMap outMap = block.getMatchingIndexingMap(init);
  Type element = getElementTypeOrSelf(out.getType());
  auto vectorType = VectorType::get({depth}, element);
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value padding = arith::ConstantOp::create(rewriter, loc, element,
                                            rewriter.getZeroAttr(element));
  auto indices = [&](AffineMap map, ArrayRef<int64_t> point) {
    return llvm::map_to_vector(map.compose(point), [&](int64_t i) -> Value {
      return arith::ConstantIndexOp::create(rewriter, loc, i);
    });
  };
  // The k-vector of an input at a point of the block's loops (k = 0), read
  // once for all the outputs that share it.
  std::map<std::pair<unsigned, SmallVector<int64_t>>, Value> rows;
  auto kVector = [&](unsigned input, ArrayRef<int64_t> point) -> Value {
    OpOperand *operand = block.getDpsInputOperand(input);
    AffineMap map = block.getMatchingIndexingMap(operand);
    SmallVector<int64_t> at = map.compose(point);
    Value &row = rows[{input, at}];
    if (row)
      return row;
    auto type = cast<RankedTensorType>(operand->get().getType());
    unsigned pos = *map.getResultPosition(rewriter.getAffineDimExpr(k));
    SmallVector<OpFoldResult> offsets, extents;
    for (auto [d, i] : llvm::enumerate(at)) {
      offsets.push_back(rewriter.getIndexAttr(i));
      extents.push_back(rewriter.getIndexAttr(d == pos ? depth : 1));
    }
    SmallVector<OpFoldResult> strides(type.getRank(), rewriter.getIndexAttr(1));
    Value slice = tensor::ExtractSliceOp::create(
        rewriter, loc, RankedTensorType::get({depth}, element), operand->get(),
        offsets, extents, strides);
    row = vector::TransferReadOp::create(rewriter, loc, vectorType, slice,
                                         ValueRange{zero}, padding,
                                         ArrayRef<bool>{true});
    return row;
  };
  auto contract = arith::FastMathFlags::contract;
  auto reassociate = arith::FastMathFlags::reassoc | contract;
  // Every point of the loops but k: the block's m x n outputs.
  SmallVector<int64_t> point(sizes.size(), 0);
  int64_t count = 1;
  for (auto [d, size] : llvm::enumerate(sizes))
    if (d != k)
      count *= size;
  for (int64_t flat = 0; flat < count; ++flat) {
    int64_t rest = flat;
    for (int64_t d = sizes.size() - 1; d >= 0; --d) {
      if (d == static_cast<int64_t>(k))
        continue;
      point[d] = rest % sizes[d];
      rest /= sizes[d];
    }
    Value product = arith::MulFOp::create(rewriter, loc, kVector(0, point),
                                          kVector(1, point), contract);
    SmallVector<Value> at = indices(outMap, point);
    Value acc = tensor::ExtractOp::create(rewriter, loc, out, at);
    Value sum = vector::ReductionOp::create(
        rewriter, loc, vector::CombiningKind::ADD, product, acc, reassociate);
    out = tensor::InsertOp::create(rewriter, loc, sum, out, at);
  }
  return out;
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

/// The select of a masked P V body, `acc + p * select(u > t + x, 0, v)`
/// (the kernels' diagonal tiles: future keys' values are never multiplied),
/// with u the reduction index and t the m index.
arith::SelectOp maskOf(linalg::GenericOp op) {
  Block &body = *op.getBlock();
  auto add = body.getTerminator()->getOperand(0).getDefiningOp<arith::AddFOp>();
  if (!add)
    return {};
  for (Value x : add->getOperands())
    if (auto mul = x.getDefiningOp<arith::MulFOp>())
      for (Value y : mul->getOperands())
        if (auto select = y.getDefiningOp<arith::SelectOp>();
            select && select->getBlock() == &body)
          return select;
  return {};
}

/// For a masked P V (maskOf) whose mask is causal in its m and k loops,
/// u > t + x: x (a constant 0 when t is the index itself), else null.
Value causalOffset(OpBuilder &b, linalg::GenericOp op, unsigned m,
                   unsigned k) {
  arith::SelectOp select = maskOf(op);
  if (!select || !matchPattern(select.getTrueValue(), m_AnyZeroFloat()))
    return {};
  auto cmp = select.getCondition().getDefiningOp<arith::CmpIOp>();
  if (!cmp || cmp.getPredicate() != arith::CmpIPredicate::sgt)
    return {};
  auto isIndex = [](Value v, unsigned dim) {
    auto index = v.getDefiningOp<linalg::IndexOp>();
    return index && index.getDim() == dim;
  };
  if (!isIndex(cmp.getLhs(), k))
    return {};
  Value t = cmp.getRhs();
  if (isIndex(t, m)) {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(op);
    return arith::ConstantIndexOp::create(b, op.getLoc(), 0);
  }
  auto add = t.getDefiningOp<arith::AddIOp>();
  if (!add)
    return {};
  for (auto [a, x] : {std::pair{add.getLhs(), add.getRhs()},
                      std::pair{add.getRhs(), add.getLhs()}})
    if (isIndex(a, m) && x.getParentBlock() != op.getBlock())
      return x;
  return {};
}

/// Splits the reduction loop of a causal masked P V block (rows [t0, t0 +
/// rows) of m, keys u of k) by what the rows see: keys u <= t0 + x are
/// visible to every row, and run in a loop of their own with the select
/// replaced by its value (a plain multiply-add); keys up to t0 + x + rows
/// - 1 keep the mask; later keys are future to every row and add p * 0 to
/// the accumulator, nothing, so the loop stops before them. Returns the
/// block of the visible keys (to be vectorized too), or null when the loop
/// nest is not the expected one.
linalg::GenericOp splitCausalBlock(RewriterBase &rewriter,
                                   scf::SCFTilingResult &tiled,
                                   linalg::GenericOp block, unsigned m,
                                   int64_t rows, Value offset) {
  auto loop = dyn_cast<scf::ForOp>(tiled.loops.back().getOperation());
  if (!loop || block->getParentOp() != loop)
    return {};
  // Where the block's rows start: the m offset of its output slice.
  OpOperand *init = block.getDpsInitOperand(0);
  auto slice = init->get().getDefiningOp<tensor::ExtractSliceOp>();
  AffineMap outMap = block.getMatchingIndexingMap(init);
  std::optional<unsigned> pos = outMap.getResultPosition(
      getAffineDimExpr(m, rewriter.getContext()));
  if (!slice || !pos)
    return {};
  Location loc = block.getLoc();
  rewriter.setInsertionPoint(loop);
  Value t0 = getValueOrCreateConstantIndexOp(rewriter, loc,
                                             slice.getMixedOffsets()[*pos]);
  MLIRContext *ctx = rewriter.getContext();
  AffineExpr s0, s1, s2;
  bindSymbols(ctx, s0, s1, s2);
  // clamp(t0 + x + d, lb, ub)
  auto clamped = [&](int64_t d) -> Value {
    OpFoldResult v = affine::makeComposedFoldedAffineMin(
        rewriter, loc, AffineMap::get(0, 3, {s0 + s1 + d, s2}, ctx),
        {t0, offset, loop.getUpperBound()});
    return getValueOrCreateConstantIndexOp(
        rewriter, loc,
        affine::makeComposedFoldedAffineMax(
            rewriter, loc, AffineMap::get(0, 2, {s0, s1}, ctx),
            {v, loop.getLowerBound()}));
  };
  Value visibleEnd = clamped(1), maskedEnd = clamped(rows);
  auto visible = cast<scf::ForOp>(rewriter.clone(*loop));
  rewriter.modifyOpInPlace(visible,
                           [&] { visible.setUpperBound(visibleEnd); });
  rewriter.modifyOpInPlace(loop, [&] {
    loop.setLowerBound(visibleEnd);
    loop.setUpperBound(maskedEnd);
    loop.getInitArgsMutable().assign(visible.getResults());
  });
  linalg::GenericOp unmasked;
  visible.walk([&](linalg::GenericOp op) { unmasked = op; });
  arith::SelectOp select = maskOf(unmasked);
  if (!select)
    return {};
  rewriter.replaceAllUsesWith(select.getResult(), select.getFalseValue());
  // The mask's arithmetic is dead now.
  Block &body = *unmasked.getBlock();
  for (Operation &op : llvm::make_early_inc_range(llvm::reverse(body)))
    if (isOpTriviallyDead(&op))
      rewriter.eraseOp(&op);
  return unmasked;
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

    for (auto [op, schedule] : candidates) {
      if (schedule.untranspose >= 0)
        op = readBeforeTranspose(rewriter, cast<linalg::ContractOp>(op),
                                 schedule.untranspose);
      // Loops: batch dims, m, n, then the reduction innermost, so that one
      // block of the output accumulates across it.
      scf::SCFTilingOptions tiling;
      tiling.setTileSizes(schedule.tileSizes);
      tiling.setInterchange(schedule.interchange);
      rewriter.setInsertionPoint(op);
      auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
      Value offset = generic ? causalOffset(rewriter, generic, schedule.m,
                                            schedule.k)
                             : Value();
      FailureOr<scf::SCFTilingResult> tiled = scf::tileUsingSCF(
          rewriter, cast<TilingInterface>(op.getOperation()), tiling);
      if (failed(tiled)) {
        op.emitOpError("cannot be tiled into register blocks");
        return signalPassFailure();
      }
      rewriter.replaceOp(op, tiled->replacements);
      SmallVector<Operation *> blocks(tiled->tiledOps);
      if (offset)
        if (linalg::GenericOp visible = splitCausalBlock(
                rewriter, *tiled, cast<linalg::GenericOp>(blocks.front()),
                schedule.m, schedule.rows, offset))
          blocks.push_back(visible);
      if (schedule.dot) {
        for (Operation *block : blocks) {
          rewriter.setInsertionPoint(block);
          rewriter.replaceOp(block, dotProducts(rewriter,
                                                cast<linalg::LinalgOp>(block),
                                                schedule.k));
        }
        continue;
      }
      for (Operation *block : blocks) {
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
