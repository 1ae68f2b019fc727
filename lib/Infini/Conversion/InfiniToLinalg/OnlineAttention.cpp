//===- OnlineAttention.cpp - one online-softmax step in linalg ------------===//
//
// The decomposition of infini.online_attention, the one place where the
// attention math of every fused kernel is written. Per (batch, head), on a
// block of Tq query rows and Tk keys:
//
//   S  = Q K^T                                   // as S^T [Tk, Tq], f32
//   m' = max(m, rowmax(scale S, masked))
//   a  = exp(m - m')                             // how much old sums shrink
//   P  = exp(scale S - m')                       // 0 where masked
//   l' = a l + rowsum P
//   acc' = a acc + P V                           // masked keys left out
//
// Kernels tile the op (TilingInterface: query rows, key blocks) and decompose
// each tile here, so the tile's contractions are what the target's schedule
// vectorizes.
//
//===----------------------------------------------------------------------===//

#include "Infini/Conversion/InfiniToLinalg/InfiniToLinalg.h"
#include "LinalgBuilders.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <limits>

using namespace mlir;
using namespace mlir::infini;
using namespace mlir::infini::detail;

namespace {

/// The operands of one (batch, head) step as 2-D tiles, and its state.
struct Step {
  Value query, key, value; // [Tq, Dk], [Tk, Dk], [Tk, Dv]
  Value acc, max, sum;     // [Tq, Dv], [Tq], [Tq]
};

/// `x[b, head]` of a [B, H, ...] tensor, rank-reduced to its trailing
/// dimensions.
Value headSlice(OpBuilder &b, Location loc, Value x, Value batch, Value head) {
  auto type = cast<RankedTensorType>(x.getType());
  SmallVector<OpFoldResult> offsets = {batch, head};
  SmallVector<OpFoldResult> sizes = {b.getIndexAttr(1), b.getIndexAttr(1)};
  for (int64_t d = 2; d < type.getRank(); ++d) {
    offsets.push_back(b.getIndexAttr(0));
    sizes.push_back(tensor::getMixedSize(b, loc, x, d));
  }
  SmallVector<OpFoldResult> strides(type.getRank(), b.getIndexAttr(1));
  auto sliceType = RankedTensorType::get(type.getShape().drop_front(2),
                                         type.getElementType());
  return tensor::ExtractSliceOp::create(b, loc, sliceType, x, offsets, sizes,
                                        strides);
}

/// Reduces a [Tk, Tq] tensor over its keys (dim 0) into `init` [Tq]:
/// init[t] = combine(init[t], x[u, t]) for every u. `combine` may use
/// linalg.index (0: u, 1: t).
Value reduceKeys(OpBuilder &b, Location loc, Value x, Value init,
                 CombineFn combine) {
  MLIRContext *ctx = b.getContext();
  return linalg::GenericOp::create(
             b, loc, TypeRange{init.getType()}, ValueRange{x},
             ValueRange{init},
             ArrayRef<AffineMap>{b.getMultiDimIdentityMap(2),
                                 dimsMap(ctx, 2, {1})},
             ArrayRef<utils::IteratorType>{utils::IteratorType::reduction,
                                           utils::IteratorType::parallel},
             [&](OpBuilder &b, Location loc, ValueRange a) {
               linalg::YieldOp::create(b, loc, combine(b, loc, a[1], a[0]));
             })
      .getResult(0);
}

/// The step on one (batch, head): returns the new (acc, max, sum).
///
/// The scores are computed transposed, S^T = K Q^T ([Tk, Tq]): Q^T does not
/// depend on the key block (loop-invariant code motion takes it out of the
/// key loop, where K^T would be transposed once per block), the per-row
/// reductions over keys become reductions over the outer dimension (the
/// inner loop runs along the query rows, contiguous and parallel), and P V
/// reads P^T as it is.
SmallVector<Value> buildStep(OpBuilder &b, Location loc, const Step &in,
                             Value offset, Value scale, bool causal) {
  MLIRContext *ctx = b.getContext();
  constexpr double kNegInf = -std::numeric_limits<double>::infinity();
  OpFoldResult tq = tensor::getMixedSize(b, loc, in.query, 0);
  OpFoldResult tk = tensor::getMixedSize(b, loc, in.key, 0);
  OpFoldResult dk = tensor::getMixedSize(b, loc, in.query, 1);
  Value negInf = f32Constant(b, loc, kNegInf);
  AffineMap id1 = b.getMultiDimIdentityMap(1);
  AffineMap id2 = b.getMultiDimIdentityMap(2);
  AffineMap cols2 = dimsMap(ctx, 2, {1});

  // Key u (index 0) is in the future of query t (index 1) when
  // u > t + offset.
  auto isFuture = [&](OpBuilder &b, Location loc) -> Value {
    Value t = arith::AddIOp::create(b, loc, linalg::IndexOp::create(b, loc, 1),
                                    offset);
    Value u = linalg::IndexOp::create(b, loc, 0);
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sgt, u, t);
  };
  // Scaled scores, -inf for future keys.
  auto scaled = [&](OpBuilder &b, Location loc, Value s) -> Value {
    Value x = arith::MulFOp::create(b, loc, s, scale);
    if (!causal)
      return x;
    return arith::SelectOp::create(b, loc, isFuture(b, loc), negInf, x);
  };

  // Loop dims: u, d, t; the innermost loop of each contraction is an output
  // column, parallel and contiguous for the vectorizer.
  Value qT = linalg::TransposeOp::create(
                 b, loc, in.query,
                 tensor::EmptyOp::create(b, loc, {dk, tq},
                                         cast<RankedTensorType>(
                                             in.query.getType())
                                             .getElementType()),
                 ArrayRef<int64_t>{1, 0})
                 .getResult()[0];
  Value scores = contract(b, loc, in.key, qT, filledF32(b, loc, {tk, tq}, 0.0),
                          3, {0, 1}, {1, 2}, {0, 2});
  Value blockMax = reduceKeys(
      b, loc, scores, filledF32(b, loc, {tq}, kNegInf),
      [&](OpBuilder &b, Location loc, Value acc, Value s) -> Value {
        return arith::MaximumFOp::create(b, loc, acc, scaled(b, loc, s));
      });
  // m' = max(m, block max); `shift` is m' where finite and 0 for rows that
  // have seen no key yet, so that neither exp below computes -inf - -inf.
  // The new rows are shaped like the state's (the query tile may be more or
  // less static than it).
  OpFoldResult stateRows = tensor::getMixedSize(b, loc, in.max, 0);
  Value alphaInit = tensor::EmptyOp::create(b, loc, {stateRows}, b.getF32Type());
  Value shiftInit = tensor::EmptyOp::create(b, loc, {stateRows}, b.getF32Type());
  auto maxAndShift = linalg::GenericOp::create(
      b, loc,
      TypeRange{in.max.getType(), alphaInit.getType(), shiftInit.getType()},
      ValueRange{blockMax}, ValueRange{in.max, alphaInit, shiftInit},
      ArrayRef<AffineMap>{id1, id1, id1, id1},
      ArrayRef<utils::IteratorType>{utils::IteratorType::parallel},
      [&](OpBuilder &b, Location loc, ValueRange a) {
        Value mNew = arith::MaximumFOp::create(b, loc, a[1], a[0]);
        Value seen = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::ONE,
                                           mNew, negInf);
        Value shift = arith::SelectOp::create(b, loc, seen, mNew,
                                              f32Constant(b, loc, 0.0));
        Value alpha = math::ExpOp::create(
            b, loc, arith::SubFOp::create(b, loc, a[1], shift));
        linalg::YieldOp::create(b, loc, ValueRange{mNew, alpha, shift});
      });
  Value mNew = maxAndShift.getResult(0), alpha = maxAndShift.getResult(1),
        shift = maxAndShift.getResult(2);
  Value probs = mapElementwise(
      b, loc, {scores, shift}, {id2, cols2}, {tk, tq}, b.getF32Type(),
      [&](OpBuilder &b, Location loc, ValueRange a) -> Value {
        return math::ExpOp::create(
            b, loc, arith::SubFOp::create(b, loc, scaled(b, loc, a[0]), a[1]));
      });
  // x *= a, in place, for the running sum and the accumulator.
  auto rescale = [&](Value x, AffineMap alphaMap) -> Value {
    unsigned rank = cast<RankedTensorType>(x.getType()).getRank();
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    return linalg::GenericOp::create(
               b, loc, TypeRange{x.getType()}, ValueRange{alpha},
               ValueRange{x},
               ArrayRef<AffineMap>{alphaMap, b.getMultiDimIdentityMap(rank)},
               iterators,
               [](OpBuilder &b, Location loc, ValueRange a) {
                 linalg::YieldOp::create(
                     b, loc,
                     arith::MulFOp::create(b, loc, a[1], a[0]).getResult());
               })
        .getResult(0);
  };
  Value lNew = reduceKeys(b, loc, probs, rescale(in.sum, id1), addF);
  // Loop dims: t, u, e. With a causal mask P V leaves the future keys out
  // instead of multiplying their values by probability 0: 0 * NaN would
  // carry a NaN (or inf) in a later token's value back to earlier tokens.
  Value accInit = rescale(in.acc, dimsMap(ctx, 2, {0}));
  Value accNew;
  if (!causal) {
    accNew = contract(b, loc, probs, in.value, accInit, 3, {1, 0}, {1, 2},
                      {0, 2});
  } else {
    accNew = linalg::GenericOp::create(
                 b, loc, TypeRange{accInit.getType()},
                 ValueRange{probs, in.value}, ValueRange{accInit},
                 ArrayRef<AffineMap>{dimsMap(ctx, 3, {1, 0}),
                                     dimsMap(ctx, 3, {1, 2}),
                                     dimsMap(ctx, 3, {0, 2})},
                 ArrayRef<utils::IteratorType>{
                     utils::IteratorType::parallel,
                     utils::IteratorType::reduction,
                     utils::IteratorType::parallel},
                 [&](OpBuilder &b, Location loc, ValueRange a) {
                   Value t = arith::AddIOp::create(
                       b, loc, linalg::IndexOp::create(b, loc, 0), offset);
                   Value u = linalg::IndexOp::create(b, loc, 1);
                   linalg::YieldOp::create(
                       b, loc,
                       accumulateVisible(b, loc, a[2], a[0], a[1], t, u));
                 })
                 .getResult(0);
  }
  return {accNew, mNew, lNew};
}

bool isStaticOne(OpFoldResult size) {
  std::optional<int64_t> n = getConstantIntValue(size);
  return n && *n == 1;
}

} // namespace

SmallVector<Value> mlir::infini::decomposeToLinalg(OpBuilder &b,
                                                   OnlineAttentionOp op) {
  Location loc = op.getLoc();
  Value query = op.getQuery(), key = op.getKey(), value = op.getValue();
  // No rows, or no keys: the state is the result as it is (and there is no
  // plane of an empty dimension to slice).
  if (cast<RankedTensorType>(query.getType()).getDimSize(2) == 0 ||
      cast<RankedTensorType>(key.getType()).getDimSize(2) == 0)
    return {op.getAcc(), op.getMax(), op.getSum()};
  Value scale = attentionScale(b, loc, query, op.getScale());
  Value offset = op.getQueryOffset();
  bool causal = op.getCausal();
  OpFoldResult batch = tensor::getMixedSize(b, loc, query, 0);
  OpFoldResult heads = tensor::getMixedSize(b, loc, query, 1);

  // One (batch, head): the step on the planes, written back into the inits.
  auto stepAt = [&](OpBuilder &b, Location loc, Value bIdx, Value hIdx,
                    Value kvIdx, ValueRange state) -> SmallVector<Value> {
    Step step{headSlice(b, loc, query, bIdx, hIdx),
              headSlice(b, loc, key, bIdx, kvIdx),
              headSlice(b, loc, value, bIdx, kvIdx),
              headSlice(b, loc, state[0], bIdx, hIdx),
              headSlice(b, loc, state[1], bIdx, hIdx),
              headSlice(b, loc, state[2], bIdx, hIdx)};
    return buildStep(b, loc, step, offset, scale, causal);
  };
  // Where the tile of (bIdx, hIdx) lies in a [B, H, ...] state tensor.
  auto placeOf = [&](OpBuilder &b, Value dest, Value bIdx, Value hIdx,
                     SmallVector<OpFoldResult> &offsets,
                     SmallVector<OpFoldResult> &sizes) {
    offsets = {bIdx, hIdx};
    sizes = {b.getIndexAttr(1), b.getIndexAttr(1)};
    for (int64_t d = 2, e = cast<RankedTensorType>(dest.getType()).getRank();
         d < e; ++d) {
      offsets.push_back(b.getIndexAttr(0));
      sizes.push_back(tensor::getMixedSize(b, loc, dest, d));
    }
  };

  SmallVector<Value> inits = {op.getAcc(), op.getMax(), op.getSum()};
  // A tile of one batch and one head (what the kernels make): the step
  // itself.
  if (isStaticOne(batch) && isStaticOne(heads)) {
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    SmallVector<Value> tiles = stepAt(b, loc, zero, zero, zero, inits);
    SmallVector<Value> results;
    for (auto [tile, dest] : llvm::zip_equal(tiles, inits)) {
      SmallVector<OpFoldResult> offsets, sizes;
      placeOf(b, dest, zero, zero, offsets, sizes);
      results.push_back(tensor::InsertSliceOp::create(
          b, loc, tile, dest, offsets, sizes,
          SmallVector<OpFoldResult>(offsets.size(), b.getIndexAttr(1))));
    }
    return results;
  }

  // Otherwise one step per (batch, head), in parallel.
  OpFoldResult kvHeads = tensor::getMixedSize(b, loc, key, 1);
  auto forall = scf::ForallOp::create(
      b, loc, SmallVector<OpFoldResult>{batch, heads}, inits,
      /*mapping=*/std::nullopt);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(forall.getBody());
  Value bIdx = forall.getInductionVar(0), hIdx = forall.getInductionVar(1);
  Value groups = arith::DivUIOp::create(
      b, loc, getValueOrCreateConstantIndexOp(b, loc, heads),
      getValueOrCreateConstantIndexOp(b, loc, kvHeads));
  Value kvIdx = arith::DivUIOp::create(b, loc, hIdx, groups);
  SmallVector<Value> shared(forall.getRegionIterArgs());
  SmallVector<Value> tiles = stepAt(b, loc, bIdx, hIdx, kvIdx, shared);
  // The places are computed before the terminator, which holds nothing but
  // the inserts.
  SmallVector<SmallVector<OpFoldResult>> offsets(3), sizes(3);
  for (auto [i, dest] : llvm::enumerate(shared))
    placeOf(b, dest, bIdx, hIdx, offsets[i], sizes[i]);
  b.setInsertionPointToStart(forall.getTerminator().getBody());
  for (auto [i, tile, dest] : llvm::enumerate(tiles, shared))
    tensor::ParallelInsertSliceOp::create(
        b, loc, tile, dest, offsets[i], sizes[i],
        SmallVector<OpFoldResult>(offsets[i].size(), b.getIndexAttr(1)));
  return SmallVector<Value>(forall.getResults());
}
