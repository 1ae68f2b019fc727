//===- FusedAttention.cpp - one fused kernel per segment ------------------===//
//
// Local attention as a FlashAttention-style loop nest on tensors, optionally
// with the segment's memory retrieval and gated combine in its epilogue:
//
//   scf.forall (b, h, query tile) {
//     m, l, acc = -inf, 0, 0                    // running max, sum, P V
//     scf.for key tile up to the diagonal (causal) or N {
//       S = scale * Q_t K_t^T (masked u > t)    // [Tq, Tk], never [N, N]
//       m' = max(m, rowmax S); a = exp(m - m')
//       P = exp(S - m'); l = a l + rowsum P; acc = a acc + P V_t
//     }
//     A_dot = acc / l
//     A_mem = sigma(Q_t) M / max(sigma(Q_t) z, eps)   // sigma(Q_t) once
//     out[b, h, tile] = g A_mem + (1 - g) A_dot       // one write
//   }
//
// Key tiles above the diagonal are never visited. Every op inside the loops
// is a linalg op on a tile, static when the segment and tile sizes divide, so
// that upstream tiling/vectorization can work on them.
//
//===----------------------------------------------------------------------===//

#include "Infini/Conversion/InfiniToLinalg/InfiniToLinalg.h"
#include "Infini/Transforms/Transforms.h"
#include "LinalgBuilders.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"

#include <limits>

using namespace mlir;
using namespace mlir::infini;
using namespace mlir::infini::detail;

namespace {

/// The ops of one segment that the kernel computes together. `retrieve` and
/// `combine` are null for local attention alone.
struct Segment {
  LocalAttentionOp local;
  MemoryRetrieveOp retrieve;
  GatedCombineOp combine;

  Value result() { return combine ? combine.getResult() : local.getResult(); }
};

/// A tile size along a dimension of `total`: static when `tile` divides a
/// static total, else min(tile, total - offset).
OpFoldResult tileSize(OpBuilder &b, Location loc, OpFoldResult total,
                      int64_t tile, OpFoldResult offset) {
  std::optional<int64_t> n = getConstantIntValue(total);
  if (n && *n % tile == 0)
    return b.getIndexAttr(tile);
  AffineExpr s0, s1;
  bindSymbols(b.getContext(), s0, s1);
  AffineMap map = AffineMap::get(0, 2, {b.getAffineConstantExpr(tile), s0 - s1},
                                 b.getContext());
  return affine::makeComposedFoldedAffineMin(b, loc, map, {total, offset});
}

/// The [rows, cols] slice at [row0, col0] of `x[b, head]`, rank-reduced to 2-D.
Value tile2d(OpBuilder &b, Location loc, Value x, Value batch, Value head,
             OpFoldResult row0, OpFoldResult rows, OpFoldResult col0,
             OpFoldResult cols) {
  SmallVector<OpFoldResult> offsets = {batch, head, row0, col0};
  SmallVector<OpFoldResult> sizes = {b.getIndexAttr(1), b.getIndexAttr(1), rows,
                                     cols};
  SmallVector<OpFoldResult> strides(4, b.getIndexAttr(1));
  auto type = cast<RankedTensorType>(x.getType());
  auto tileType = RankedTensorType::get(
      {getConstantIntValue(rows).value_or(ShapedType::kDynamic),
       getConstantIntValue(cols).value_or(ShapedType::kDynamic)},
      type.getElementType());
  return tensor::ExtractSliceOp::create(b, loc, tileType, x, offsets, sizes,
                                        strides);
}

/// The kernel for one segment; returns the value that replaces
/// `segment.result()`.
Value buildFusedSegment(OpBuilder &b, Segment segment,
                        const FusedAttentionOptions &options) {
  LocalAttentionOp local = segment.local;
  Location loc = local.getLoc();
  MLIRContext *ctx = b.getContext();
  Value query = local.getQuery(), key = local.getKey(),
        value = local.getValue();
  auto resultType = cast<RankedTensorType>(segment.result().getType());
  Type elemType = resultType.getElementType();
  bool causal = local.getCausal();

  OpFoldResult batch = tensor::getMixedSize(b, loc, query, 0);
  OpFoldResult heads = tensor::getMixedSize(b, loc, query, 1);
  OpFoldResult tokens = tensor::getMixedSize(b, loc, query, 2);
  OpFoldResult dk = tensor::getMixedSize(b, loc, query, 3);
  OpFoldResult dv = tensor::getMixedSize(b, loc, value, 3);
  OpFoldResult kvHeads = tensor::getMixedSize(b, loc, key, 1);
  AffineExpr s0, s1;
  bindSymbols(ctx, s0, s1);
  OpFoldResult groups = affine::makeComposedFoldedAffineApply(
      b, loc, s0.floorDiv(s1), {heads, kvHeads});
  OpFoldResult queryTiles = affine::makeComposedFoldedAffineApply(
      b, loc, s0.ceilDiv(options.queryTile), {tokens});

  Value scale = attentionScale(b, loc, local);
  Value epsilon =
      segment.retrieve
          ? f32Constant(b, loc, segment.retrieve.getEpsilon().convertToDouble())
          : Value();
  Value negInf = f32Constant(b, loc, -std::numeric_limits<double>::infinity());

  Value init =
      tensor::EmptyOp::create(b, loc, {batch, heads, tokens, dv}, elemType);
  // Loops are created first and filled afterwards: the affine helpers below
  // need induction variables whose loop op already exists.
  auto forall = scf::ForallOp::create(
      b, loc, SmallVector<OpFoldResult>{batch, heads, queryTiles},
      ValueRange{init}, /*mapping=*/std::nullopt);
  {
    OpBuilder::InsertionGuard forallGuard(b);
    b.setInsertionPointToStart(forall.getBody());
    ValueRange args = forall.getBody()->getArguments();
    Value bIdx = args[0], hIdx = args[1], out = args[3];
    OpFoldResult q0 = affine::makeComposedFoldedAffineApply(
        b, loc, s0 * options.queryTile, {args[2]});
    OpFoldResult tq = tileSize(b, loc, tokens, options.queryTile, q0);
    OpFoldResult kvHead = affine::makeComposedFoldedAffineApply(
        b, loc, s0.floorDiv(s1), {hIdx, groups});
    Value kvIdx = getValueOrCreateConstantIndexOp(b, loc, kvHead);
    OpFoldResult zero = b.getIndexAttr(0);

    Value qTile = tile2d(b, loc, query, bIdx, hIdx, q0, tq, zero, dk);
    Value m = filledF32(b, loc, {tq}, -std::numeric_limits<double>::infinity());
    Value l = filledF32(b, loc, {tq}, 0.0);
    Value acc = filledF32(b, loc, {tq, dv}, 0.0);

    // Keys at or before the last query row of the tile (causal), or all.
    OpFoldResult keyEnd =
        causal
            ? affine::makeComposedFoldedAffineApply(b, loc, s0 + s1, {q0, tq})
            : tokens;
    // Static key tiles when the query tile is a whole number of them.
    std::optional<int64_t> staticTokens = getConstantIntValue(tokens);
    bool staticKeys =
        causal ? getConstantIntValue(tq).has_value() &&
                     options.queryTile % options.keyTile == 0
               : staticTokens && *staticTokens % options.keyTile == 0;
    // One step of the online softmax over the key tile at k0. With
    // `maskProducts`, P V leaves out the future keys instead of multiplying
    // their values by probability 0: 0 * NaN would carry a NaN (or inf) in a
    // later token's value back to earlier tokens. Only the tiles that
    // overlap the diagonal need it.
    auto keyLoopFrom = [&](Value lo, Value hi, ValueRange init,
                           bool maskProducts) {
      auto keyLoop = scf::ForOp::create(
          b, loc, lo, hi,
          arith::ConstantIndexOp::create(b, loc, options.keyTile), init);
      {
        OpBuilder::InsertionGuard keyGuard(b);
        Block *body = keyLoop.getBody();
        if (body->mightHaveTerminator())
          body->getTerminator()->erase();
        b.setInsertionPointToEnd(body);
        Value k0 = keyLoop.getInductionVar();
        ValueRange carried = keyLoop.getRegionIterArgs();
        Value mOld = carried[0], lOld = carried[1], accOld = carried[2];
        OpFoldResult tk = staticKeys
                              ? OpFoldResult(b.getIndexAttr(options.keyTile))
                              : tileSize(b, loc, keyEnd, options.keyTile, k0);
        Value kTile = tile2d(b, loc, key, bIdx, kvIdx, k0, tk, zero, dk);
        Value vTile = tile2d(b, loc, value, bIdx, kvIdx, k0, tk, zero, dv);

        // The loops of each contraction run in domain order. The innermost one
        // is an output column (never the reduced dim), so that it is parallel
        // and contiguous for the vectorizer; hence K^T once per key tile.
        Value kT =
            linalg::TransposeOp::create(
                b, loc, kTile,
                tensor::EmptyOp::create(
                    b, loc, {dk, tk},
                    cast<RankedTensorType>(kTile.getType()).getElementType()),
                ArrayRef<int64_t>{1, 0})
                .getResult()[0];
        // Loop dims: t, d, u.
        Value scores =
            contract(b, loc, qTile, kT, filledF32(b, loc, {tq, tk}, 0.0), 3,
                     {0, 1}, {1, 2}, {0, 2});
        // Scaled scores, -inf where key u lies after query t.
        auto scaled = [&](OpBuilder &b, Location loc, Value s) -> Value {
          Value x = arith::MulFOp::create(b, loc, s, scale);
          if (!causal)
            return x;
          Value t =
              arith::AddIOp::create(b, loc, linalg::IndexOp::create(b, loc, 0),
                                    getValueOrCreateConstantIndexOp(b, loc,
                                                                    q0));
          Value u = arith::AddIOp::create(b, loc,
                                          linalg::IndexOp::create(b, loc, 1),
                                          k0);
          Value future =
              arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ugt, u, t);
          return arith::SelectOp::create(b, loc, future, negInf, x);
        };
        // The running state is updated in place (outs = the carried tensor) so
        // that each iteration yields buffers equivalent to its arguments.
        Value tileMax = reduceInnermost(
            b, loc, scores, b.getMultiDimIdentityMap(2),
            filledF32(b, loc, {tq}, -std::numeric_limits<double>::infinity()),
            [&](OpBuilder &b, Location loc, Value acc, Value s) -> Value {
              return arith::MaximumFOp::create(b, loc, acc, scaled(b, loc, s));
            });
        // m' = max(m, tile max) and a = exp(m - m'): how much the old sums
        // shrink.
        AffineMap id1 = b.getMultiDimIdentityMap(1);
        auto maxAndAlpha = linalg::GenericOp::create(
            b, loc, TypeRange{mOld.getType(), mOld.getType()},
            ValueRange{tileMax},
            ValueRange{mOld,
                       tensor::EmptyOp::create(b, loc, {tq}, b.getF32Type())},
            ArrayRef<AffineMap>{id1, id1, id1},
            ArrayRef<utils::IteratorType>{utils::IteratorType::parallel},
            [](OpBuilder &b, Location loc, ValueRange a) {
              Value mNew = arith::MaximumFOp::create(b, loc, a[1], a[0]);
              Value alpha = math::ExpOp::create(
                  b, loc, arith::SubFOp::create(b, loc, a[1], mNew));
              linalg::YieldOp::create(b, loc, ValueRange{mNew, alpha});
            });
        Value mNew = maxAndAlpha.getResult(0), alpha = maxAndAlpha.getResult(1);
        AffineMap id2 = b.getMultiDimIdentityMap(2);
        AffineMap rows2 = dimsMap(ctx, 2, {0});
        Value probs = mapElementwise(
            b, loc, {scores, mNew}, {id2, rows2}, {tq, tk}, b.getF32Type(),
            [&](OpBuilder &b, Location loc, ValueRange a) -> Value {
              return math::ExpOp::create(
                  b, loc,
                  arith::SubFOp::create(b, loc, scaled(b, loc, a[0]), a[1]));
            });
        // x *= a, in place, for the running sum and the accumulator.
        auto rescale = [&](Value x, AffineMap alphaMap) -> Value {
          unsigned rank = cast<RankedTensorType>(x.getType()).getRank();
          SmallVector<utils::IteratorType> iterators(
              rank, utils::IteratorType::parallel);
          return linalg::GenericOp::create(
                     b, loc, TypeRange{x.getType()}, ValueRange{alpha},
                     ValueRange{x},
                     ArrayRef<AffineMap>{alphaMap,
                                         b.getMultiDimIdentityMap(rank)},
                     iterators,
                     [](OpBuilder &b, Location loc, ValueRange a) {
                       linalg::YieldOp::create(
                           b, loc,
                           arith::MulFOp::create(b, loc, a[1], a[0])
                               .getResult());
                     })
              .getResult(0);
        };
        Value lNew =
            reduceInnermost(b, loc, probs, id2, rescale(lOld, id1), addF);
        // Loop dims: t, u, e.
        Value accNew;
        if (!maskProducts) {
          accNew = contract(b, loc, probs, vTile, rescale(accOld, rows2), 3,
                            {0, 1}, {1, 2}, {0, 2});
        } else {
          Value init = rescale(accOld, rows2);
          accNew =
              linalg::GenericOp::create(
                  b, loc, TypeRange{init.getType()}, ValueRange{probs, vTile},
                  ValueRange{init},
                  ArrayRef<AffineMap>{dimsMap(ctx, 3, {0, 1}),
                                      dimsMap(ctx, 3, {1, 2}),
                                      dimsMap(ctx, 3, {0, 2})},
                  ArrayRef<utils::IteratorType>{utils::IteratorType::parallel,
                                                utils::IteratorType::reduction,
                                                utils::IteratorType::parallel},
                  [&](OpBuilder &b, Location loc, ValueRange a) {
                    Value t = arith::AddIOp::create(
                        b, loc, linalg::IndexOp::create(b, loc, 0),
                        getValueOrCreateConstantIndexOp(b, loc, q0));
                    Value u = arith::AddIOp::create(
                        b, loc, linalg::IndexOp::create(b, loc, 1), k0);
                    linalg::YieldOp::create(
                        b, loc,
                        accumulateVisible(b, loc, a[2], a[0], a[1], t, u));
                  })
                  .getResult(0);
        }
        scf::YieldOp::create(b, loc, ValueRange{mNew, lNew, accNew});
      }
      return keyLoop;
    };
    Value zeroIndex = arith::ConstantIndexOp::create(b, loc, 0);
    Value end = getValueOrCreateConstantIndexOp(b, loc, keyEnd);
    scf::ForOp keyLoop;
    if (causal) {
      // Tiles that end at or before the tile's first query are seen whole
      // by every row.
      Value seenWhole = getValueOrCreateConstantIndexOp(
          b, loc,
          affine::makeComposedFoldedAffineApply(
              b, loc, s0.floorDiv(options.keyTile) * options.keyTile, {q0}));
      scf::ForOp before =
          keyLoopFrom(zeroIndex, seenWhole, ValueRange{m, l, acc}, false);
      keyLoop = keyLoopFrom(seenWhole, end, before.getResults(), true);
    } else {
      keyLoop = keyLoopFrom(zeroIndex, end, ValueRange{m, l, acc}, false);
    }
    Value rowSum = keyLoop.getResult(1);
    Value weighted = keyLoop.getResult(2);
    AffineMap id2 = b.getMultiDimIdentityMap(2);
    AffineMap rows2 = dimsMap(ctx, 2, {0});

    Value tileOut;
    if (!segment.combine) {
      tileOut = mapElementwise(
          b, loc, {weighted, rowSum}, {id2, rows2}, {tq, dv}, elemType,
          [&](OpBuilder &b, Location loc, ValueRange a) {
            return normalize(b, loc, a[0], a[1], Value(), elemType);
          });
    } else {
      // Epilogue: the memory read-out for the same query rows, sigma(q)
      // once, and the gate; the tile is written once.
      MemoryRetrieveOp retrieve = segment.retrieve;
      Value memQuery =
          tile2d(b, loc, retrieve.getQuery(), bIdx, hIdx, q0, tq, zero, dk);
      Value sq = sigma(b, loc, memQuery);
      Value memTile =
          tile2d(b, loc, retrieve.getMemory(), bIdx, kvIdx, zero, dk, zero, dv);
      SmallVector<OpFoldResult> normOffsets = {bIdx, kvIdx, zero};
      SmallVector<OpFoldResult> normSizes = {b.getIndexAttr(1),
                                             b.getIndexAttr(1), dk};
      SmallVector<OpFoldResult> ones(3, b.getIndexAttr(1));
      Value normTile = tensor::ExtractSliceOp::create(
          b, loc,
          RankedTensorType::get(
              {getConstantIntValue(dk).value_or(ShapedType::kDynamic)},
              b.getF32Type()),
          retrieve.getNorm(), normOffsets, normSizes, ones);
      // Loop dims: t, d, e.
      Value num =
          contract(b, loc, sq, memTile, filledF32(b, loc, {tq, dv}, 0.0), 3,
                   {0, 1}, {1, 2}, {0, 2});
      Value den = contract(b, loc, sq, normTile, filledF32(b, loc, {tq}, 0.0),
                           2, {0, 1}, {1}, {0});
      Value gate = segment.combine.getGate();
      bool perChannel = cast<RankedTensorType>(gate.getType()).getRank() == 2;
      Value gateRow =
          perChannel
              ? tensor::ExtractSliceOp::create(
                    b, loc,
                    RankedTensorType::get({getConstantIntValue(dv).value_or(
                                              ShapedType::kDynamic)},
                                          b.getF32Type()),
                    gate, SmallVector<OpFoldResult>{hIdx, zero},
                    SmallVector<OpFoldResult>{b.getIndexAttr(1), dv},
                    SmallVector<OpFoldResult>(2, b.getIndexAttr(1)))
                    .getResult()
              : tensor::ExtractSliceOp::create(
                    b, loc, RankedTensorType::get({1}, b.getF32Type()), gate,
                    SmallVector<OpFoldResult>{hIdx},
                    SmallVector<OpFoldResult>{b.getIndexAttr(1)},
                    SmallVector<OpFoldResult>{b.getIndexAttr(1)})
                    .getResult();
      AffineMap gateMap =
          perChannel ? dimsMap(ctx, 2, {1})
                     : AffineMap::get(2, 0, {b.getAffineConstantExpr(0)}, ctx);
      tileOut = mapElementwise(
          b, loc, {weighted, rowSum, num, den, gateRow},
          {id2, rows2, id2, rows2, gateMap}, {tq, dv}, elemType,
          [&](OpBuilder &b, Location loc, ValueRange a) {
            Value one = f32Constant(b, loc, 1.0);
            Value fromLocal = arith::DivFOp::create(b, loc, a[0], a[1]);
            Value fromMemory =
                normalize(b, loc, a[2], a[3], epsilon, b.getF32Type());
            Value g = arith::DivFOp::create(
                b, loc, one,
                arith::AddFOp::create(
                    b, loc, one,
                    math::ExpOp::create(b, loc,
                                        arith::NegFOp::create(b, loc, a[4]))));
            Value mixed = arith::AddFOp::create(
                b, loc, arith::MulFOp::create(b, loc, g, fromMemory),
                arith::MulFOp::create(
                    b, loc, arith::SubFOp::create(b, loc, one, g), fromLocal));
            return fromF32(b, loc, mixed, elemType);
          });
    }

    b.setInsertionPointToStart(forall.getTerminator().getBody());
    tensor::ParallelInsertSliceOp::create(
        b, loc, tileOut, out, SmallVector<OpFoldResult>{bIdx, hIdx, q0, zero},
        SmallVector<OpFoldResult>{b.getIndexAttr(1), b.getIndexAttr(1), tq, dv},
        SmallVector<OpFoldResult>(4, b.getIndexAttr(1)));
  }
  return castIfNeeded(b, loc, forall.getResult(0), resultType);
}

/// gated_combine(memory_retrieve(q), local_attention(q', k, v)) as one
/// kernel, when the combine is the only user of both. The producers are left
/// dead (they are Pure) for the caller to erase: walk-based drivers must not
/// erase ops other than the matched one.
struct FuseSegment : OpRewritePattern<GatedCombineOp> {
  FuseSegment(MLIRContext *ctx, FusedAttentionOptions options)
      : OpRewritePattern(ctx, /*benefit=*/2), options(options) {}

  LogicalResult matchAndRewrite(GatedCombineOp combine,
                                PatternRewriter &b) const override {
    std::optional<SegmentOps> ops = matchSegment(combine);
    if (!ops)
      return b.notifyMatchFailure(combine, "not a retrieve + local segment");
    b.replaceOp(combine,
                buildFusedSegment(b, {ops->local, ops->retrieve, combine},
                                  options));
    return success();
  }

  FusedAttentionOptions options;
};

/// Local attention alone, with the online softmax over key tiles.
struct FlashLocalAttention : OpRewritePattern<LocalAttentionOp> {
  FlashLocalAttention(MLIRContext *ctx, FusedAttentionOptions options)
      : OpRewritePattern(ctx, /*benefit=*/1), options(options) {}

  LogicalResult matchAndRewrite(LocalAttentionOp local,
                                PatternRewriter &b) const override {
    b.replaceOp(local, buildFusedSegment(b, {local, {}, {}}, options));
    return success();
  }

  FusedAttentionOptions options;
};

} // namespace

void mlir::infini::populateFusedSegmentPatterns(
    RewritePatternSet &patterns, const FusedAttentionOptions &options) {
  patterns.add<FuseSegment>(patterns.getContext(), options);
}

void mlir::infini::populateFlashAttentionPatterns(
    RewritePatternSet &patterns, const FusedAttentionOptions &options) {
  patterns.add<FlashLocalAttention>(patterns.getContext(), options);
}
