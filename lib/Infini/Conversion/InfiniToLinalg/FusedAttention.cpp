//===- FusedAttention.cpp - one fused kernel per segment ------------------===//
//
// The CPU attention kernels, made by tiling infini.online_attention and
// decomposing its tiles (OnlineAttention.cpp); nothing here writes the
// softmax math again. For a segment:
//
//   scf.forall (b, h, query tile) {                   // Tq rows
//     acc, max, sum = 0, -inf, 0
//     scf.for key tile fully visible (causal) {        // upstream tiling of
//       acc, max, sum = online step, unmasked          // the op's key loop
//     }
//     scf.for key tile on the diagonal {
//       acc, max, sum = online step, masked
//     }                                                // later tiles: none
//     A_dot = acc / sum
//     A_mem = sigma(Q_t) M / max(sigma(Q_t) z, eps)     // epilogue, with
//     out[b, h, tile] = g A_mem + (1 - g) A_dot         // the gate, one write
//   }
//
// The row tiles come from the op's TilingInterface, the key loop from
// upstream's scf::tileUsingSCF on the reduction dimension; the causal bound
// and the split at the diagonal are loop transformations on that loop (key
// tiles a row cannot see are no-ops of the online softmax). Every op inside
// the loops is a linalg op on a tile, static when the segment and tile sizes
// divide, so that the schedule (infini-vectorize-contractions) can work on
// them.
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
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Interfaces/TilingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
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

/// Tiles `op` along its keys with upstream's tiling driver and decomposes
/// every step; returns the values that replace its results. For a causal op
/// the key loop stops after the last key its last row sees, and the tiles
/// that its first row sees whole (hence every row) run unmasked in a loop of
/// their own. With `peel`, a loop of a run-time length runs whole tiles, then
/// a partial one.
FailureOr<SmallVector<Value>> tileKeys(RewriterBase &rw, OnlineAttentionOp op,
                                       int64_t keyTile, bool peel) {
  Location loc = op.getLoc();
  MLIRContext *ctx = rw.getContext();
  rw.setInsertionPoint(op);
  OpFoldResult rows = tensor::getMixedSize(rw, loc, op.getQuery(), 2);
  OpFoldResult keys = tensor::getMixedSize(rw, loc, op.getKey(), 2);
  Value offset = op.getQueryOffset();
  // Row t sees keys u <= t + offset: the last row sees rows + offset keys,
  // the first row offset + 1, both clamped to [0, keys].
  AffineExpr s0, s1, s2;
  bindSymbols(ctx, s0, s1, s2);
  Value end, split;
  if (op.getCausal()) {
    end = getValueOrCreateConstantIndexOp(
        rw, loc,
        affine::makeComposedFoldedAffineMin(
            rw, loc, AffineMap::get(0, 3, {s0 + s1, s2}, ctx),
            {rows, offset, keys}));
    end = getValueOrCreateConstantIndexOp(
        rw, loc,
        affine::makeComposedFoldedAffineMax(
            rw, loc, AffineMap::get(0, 1, {s0, rw.getAffineConstantExpr(0)},
                                    ctx),
            {end}));
    OpFoldResult whole = affine::makeComposedFoldedAffineApply(
        rw, loc, (s0 + 1).floorDiv(keyTile) * keyTile, {offset});
    split = getValueOrCreateConstantIndexOp(
        rw, loc,
        affine::makeComposedFoldedAffineMin(
            rw, loc, AffineMap::get(0, 2, {s0, s1}, ctx), {whole, end}));
    split = getValueOrCreateConstantIndexOp(
        rw, loc,
        affine::makeComposedFoldedAffineMax(
            rw, loc, AffineMap::get(0, 1, {s0, rw.getAffineConstantExpr(0)},
                                    ctx),
            {split}));
  }

  scf::SCFTilingOptions tiling;
  tiling.setTileSizes({rw.getIndexAttr(0), rw.getIndexAttr(0),
                       rw.getIndexAttr(0), rw.getIndexAttr(keyTile)});
  tiling.setLoopType(scf::SCFTilingOptions::LoopType::ForOp);
  FailureOr<scf::SCFTilingResult> tiled = scf::tileUsingSCF(
      rw, cast<TilingInterface>(op.getOperation()), tiling);
  if (failed(tiled))
    return op.emitOpError("cannot be tiled along its keys");
  SmallVector<Value> results = tiled->replacements;
  SmallVector<OnlineAttentionOp> steps;
  for (Operation *tiledOp : tiled->tiledOps)
    steps.push_back(cast<OnlineAttentionOp>(tiledOp));

  scf::ForOp unmaskedLoop;
  if (op.getCausal() && !tiled->loops.empty()) {
    auto loop = cast<scf::ForOp>(tiled->loops.front());
    // The tiles before `split` are seen whole: a copy of the loop runs them
    // without the mask, the original loop the tiles from there to `end`.
    rw.setInsertionPoint(loop);
    auto whole = cast<scf::ForOp>(rw.clone(*loop));
    rw.modifyOpInPlace(whole, [&] { whole.setUpperBound(split); });
    whole.walk([&](OnlineAttentionOp step) {
      rw.modifyOpInPlace(step, [&] { step.setCausal(false); });
      steps.push_back(step);
    });
    unmaskedLoop = whole;
    rw.modifyOpInPlace(loop, [&] {
      loop.setLowerBound(split);
      loop.setUpperBound(end);
      loop.getInitArgsMutable().assign(whole.getResults());
    });
  }
  for (OnlineAttentionOp step : steps) {
    rw.setInsertionPoint(step);
    rw.replaceOp(step, decomposeToLinalg(rw, step));
  }
  // A key count known only at run time (a stream's cache, a dynamic
  // segment): the key loops run whole tiles, of the static size the
  // schedule vectorizes, and at most one partial tile after them.
  if (peel && ShapedType::isDynamic(
                  cast<RankedTensorType>(op.getKey().getType()).getDimSize(2))) {
    SmallVector<scf::ForOp> keyLoops;
    for (Operation *loop : tiled->loops)
      keyLoops.push_back(cast<scf::ForOp>(loop));
    if (unmaskedLoop)
      keyLoops.push_back(unmaskedLoop);
    for (scf::ForOp loop : keyLoops) {
      scf::ForOp partial;
      if (failed(scf::peelForLoopAndSimplifyBounds(rw, loop, partial)))
        continue;
      // Peeling hands the loop's uses to the partial tile's loop.
      for (Value &r : results)
        for (auto [from, to] :
             llvm::zip_equal(loop->getResults(), partial->getResults()))
          if (r == from)
            r = to;
    }
  }
  rw.replaceOp(op, results);
  return results;
}

/// The kernel for one segment; returns the value that replaces
/// `segment.result()`.
FailureOr<Value> buildFusedSegment(RewriterBase &b, Segment segment,
                                   const FusedAttentionOptions &options) {
  LocalAttentionOp local = segment.local;
  Location loc = local.getLoc();
  MLIRContext *ctx = b.getContext();
  Value query = local.getQuery(), key = local.getKey(),
        value = local.getValue();
  auto resultType = cast<RankedTensorType>(segment.result().getType());
  Type elemType = resultType.getElementType();

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

  // No query rows (a tail segment of 0 tokens): nothing to compute, and no
  // tile of the empty dimension to slice.
  if (getConstantIntValue(tokens) == 0)
    return castIfNeeded(
        b, loc,
        tensor::EmptyOp::create(b, loc, {batch, heads, tokens, dv}, elemType),
        resultType);

  Value epsilon =
      segment.retrieve
          ? f32Constant(b, loc, segment.retrieve.getEpsilon().convertToDouble())
          : Value();

  // The segment's local attention in online form; only its row tiles are
  // built, through its TilingInterface.
  Value zeroIndex = arith::ConstantIndexOp::create(b, loc, 0);
  auto online = OnlineAttentionOp::create(
      b, loc, query, key, value, zeroIndex,
      tensor::EmptyOp::create(b, loc, {batch, heads, tokens, dv},
                              b.getF32Type()),
      tensor::EmptyOp::create(b, loc, {batch, heads, tokens}, b.getF32Type()),
      tensor::EmptyOp::create(b, loc, {batch, heads, tokens}, b.getF32Type()),
      local.getScaleAttr(), local.getCausalAttr());

  Value init =
      tensor::EmptyOp::create(b, loc, {batch, heads, tokens, dv}, elemType);
  // Loops are created first and filled afterwards: the affine helpers below
  // need induction variables whose loop op already exists.
  auto forall = scf::ForallOp::create(
      b, loc, SmallVector<OpFoldResult>{batch, heads, queryTiles},
      ValueRange{init},
      options.mapping.empty()
          ? std::nullopt
          : std::optional<ArrayAttr>(b.getArrayAttr(options.mapping)));
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
  OpFoldResult zero = b.getIndexAttr(0), one = b.getIndexAttr(1);

  FailureOr<TilingResult> rowTile =
      cast<TilingInterface>(online.getOperation())
          .getTiledImplementation(
              b, {bIdx, hIdx, q0, zero},
              {one, one, tq, tensor::getMixedSize(b, loc, key, 2)});
  if (failed(rowTile))
    return failure();
  auto rows = cast<OnlineAttentionOp>(rowTile->tiledOps.front());
  // A fresh state per row tile.
  constexpr double kNegInf = -std::numeric_limits<double>::infinity();
  b.modifyOpInPlace(rows, [&] {
    rows.getAccMutable().assign(filledF32(b, loc, {one, one, tq, dv}, 0.0));
    rows.getMaxMutable().assign(filledF32(b, loc, {one, one, tq}, kNegInf));
    rows.getSumMutable().assign(filledF32(b, loc, {one, one, tq}, 0.0));
  });
  b.moveOpAfter(rows, rows.getSum().getDefiningOp());
  FailureOr<SmallVector<Value>> state =
      tileKeys(b, rows, options.keyTile, options.peelDynamicTiles);
  if (failed(state))
    return failure();
  b.setInsertionPointAfterValue((*state)[2]);
  Value weighted =
      tile2d(b, loc, (*state)[0], zeroIndex, zeroIndex, zero, tq, zero, dv);
  SmallVector<OpFoldResult> rowOffsets(3, zero);
  SmallVector<OpFoldResult> rowSizes = {one, one, tq};
  Value rowSum = tensor::ExtractSliceOp::create(
      b, loc,
      RankedTensorType::get(
          {getConstantIntValue(tq).value_or(ShapedType::kDynamic)},
          b.getF32Type()),
      (*state)[2], rowOffsets, rowSizes, SmallVector<OpFoldResult>(3, one));

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
    SmallVector<OpFoldResult> normSizes = {one, one, dk};
    SmallVector<OpFoldResult> ones(3, one);
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
    Value den = contract(b, loc, sq, normTile, filledF32(b, loc, {tq}, 0.0), 2,
                         {0, 1}, {1}, {0});
    Value gate = segment.combine.getGate();
    bool perChannel = cast<RankedTensorType>(gate.getType()).getRank() == 2;
    Value gateRow =
        perChannel
            ? tensor::ExtractSliceOp::create(
                  b, loc,
                  RankedTensorType::get(
                      {getConstantIntValue(dv).value_or(ShapedType::kDynamic)},
                      b.getF32Type()),
                  gate, SmallVector<OpFoldResult>{hIdx, zero},
                  SmallVector<OpFoldResult>{one, dv},
                  SmallVector<OpFoldResult>(2, one))
                  .getResult()
            : tensor::ExtractSliceOp::create(
                  b, loc, RankedTensorType::get({1}, b.getF32Type()), gate,
                  SmallVector<OpFoldResult>{hIdx},
                  SmallVector<OpFoldResult>{one},
                  SmallVector<OpFoldResult>{one})
                  .getResult();
    AffineMap gateMap =
        perChannel ? dimsMap(ctx, 2, {1})
                   : AffineMap::get(2, 0, {b.getAffineConstantExpr(0)}, ctx);
    tileOut = mapElementwise(
        b, loc, {weighted, rowSum, num, den, gateRow},
        {id2, rows2, id2, rows2, gateMap}, {tq, dv}, elemType,
        [&](OpBuilder &b, Location loc, ValueRange a) {
          // The three ops' arithmetic, in one pass and in f32: local
          // attention's normalisation, the retrieval's and the gate.
          Value fromLocal =
              normalize(b, loc, a[0], a[1], Value(), b.getF32Type());
          Value fromMemory =
              normalize(b, loc, a[2], a[3], epsilon, b.getF32Type());
          return fromF32(b, loc, gatedMix(b, loc, a[4], fromMemory, fromLocal),
                         elemType);
        });
  }

  b.setInsertionPointToStart(forall.getTerminator().getBody());
  tensor::ParallelInsertSliceOp::create(
      b, loc, tileOut, out, SmallVector<OpFoldResult>{bIdx, hIdx, q0, zero},
      SmallVector<OpFoldResult>{one, one, tq, dv},
      SmallVector<OpFoldResult>(4, one));
  b.setInsertionPointAfter(forall);
  b.eraseOp(online);
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
    FailureOr<Value> fused =
        buildFusedSegment(b, {ops->local, ops->retrieve, combine}, options);
    if (failed(fused))
      return failure();
    b.replaceOp(combine, *fused);
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
    FailureOr<Value> fused = buildFusedSegment(b, {local, {}, {}}, options);
    if (failed(fused))
      return failure();
    b.replaceOp(local, *fused);
    return success();
  }

  FusedAttentionOptions options;
};

/// An online_attention of the input (not one of a kernel's tiles, which are
/// decomposed where they are made): row tiles in parallel through upstream's
/// tiling driver, each tiled along its keys. Query rows known only at run
/// time (a prompt's piece of a stream), with peelDynamicTiles: the whole
/// tiles first, each of the static size the schedule vectorizes, in a
/// parallel loop of their own, then the rows after them.
struct TileOnlineAttention : OpRewritePattern<OnlineAttentionOp> {
  TileOnlineAttention(MLIRContext *ctx, FusedAttentionOptions options)
      : OpRewritePattern(ctx), options(options) {}

  LogicalResult matchAndRewrite(OnlineAttentionOp op,
                                PatternRewriter &b) const override {
    auto queryType = cast<RankedTensorType>(op.getQuery().getType());
    // No rows, or no keys: nothing to tile (the decomposition returns the
    // state as it is).
    if (queryType.getDimSize(2) == 0 ||
        cast<RankedTensorType>(op.getKey().getType()).getDimSize(2) == 0) {
      b.setInsertionPoint(op);
      b.replaceOp(op, decomposeToLinalg(b, op));
      return success();
    }
    b.setInsertionPoint(op);
    // Inside a loop that a target has mapped (a GPU block of a decode
    // step), the op is one iteration's work: only its keys are tiled.
    if (auto forall = op->getParentOfType<scf::ForallOp>();
        forall && forall.getMapping())
      return success(succeeded(
          tileKeys(b, op, options.keyTile, options.peelDynamicTiles)));
    if (options.peelDynamicTiles && queryType.isDynamicDim(2))
      return peelRows(b, op);
    FailureOr<SmallVector<Value>> results = tileRows(b, op);
    if (failed(results))
      return failure();
    b.replaceOp(op, *results);
    return success();
  }

  /// Row tiles of `op` in parallel, each tiled along its keys; returns the
  /// values of its results.
  FailureOr<SmallVector<Value>> tileRows(RewriterBase &b,
                                         OnlineAttentionOp op) const {
    scf::SCFTilingOptions tiling;
    tiling.setTileSizes({b.getIndexAttr(1), b.getIndexAttr(1),
                         b.getIndexAttr(options.queryTile),
                         b.getIndexAttr(0)});
    tiling.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp);
    if (!options.mapping.empty())
      tiling.setMapping(options.mapping);
    FailureOr<scf::SCFTilingResult> tiled = scf::tileUsingSCF(
        b, cast<TilingInterface>(op.getOperation()), tiling);
    if (failed(tiled))
      return op.emitOpError("cannot be tiled into query rows");
    for (Operation *rows : tiled->tiledOps)
      if (failed(tileKeys(b, cast<OnlineAttentionOp>(rows), options.keyTile,
                           options.peelDynamicTiles)))
        return failure();
    return tiled->replacements;
  }

  /// The tile of `op` at `offsets` and `sizes` of its iteration domain
  /// (batch, head, row, key), updating `outs` (acc, max, sum) instead of
  /// the op's own.
  FailureOr<OnlineAttentionOp> tileOf(RewriterBase &b, OnlineAttentionOp op,
                                      ValueRange outs,
                                      ArrayRef<OpFoldResult> offsets,
                                      ArrayRef<OpFoldResult> sizes) const {
    IRMapping map;
    map.map(ValueRange{op.getAcc(), op.getMax(), op.getSum()}, outs);
    auto clone = cast<OnlineAttentionOp>(b.clone(*op, map));
    FailureOr<TilingResult> tile =
        cast<TilingInterface>(clone.getOperation())
            .getTiledImplementation(b, offsets, sizes);
    b.eraseOp(clone);
    if (failed(tile) || tile->tiledOps.size() != 1)
      return op.emitOpError("cannot be tiled into query rows");
    return cast<OnlineAttentionOp>(tile->tiledOps.front());
  }

  LogicalResult peelRows(PatternRewriter &b, OnlineAttentionOp op) const {
    Location loc = op.getLoc();
    AffineExpr s0;
    bindSymbols(b.getContext(), s0);
    OpFoldResult batches = tensor::getMixedSize(b, loc, op.getQuery(), 0),
                 heads = tensor::getMixedSize(b, loc, op.getQuery(), 1),
                 rows = tensor::getMixedSize(b, loc, op.getQuery(), 2),
                 keys = tensor::getMixedSize(b, loc, op.getKey(), 2),
                 width = tensor::getMixedSize(b, loc, op.getAcc(), 3);
    int64_t tile = options.queryTile;
    OpFoldResult whole = affine::makeComposedFoldedAffineApply(
        b, loc, s0.floorDiv(tile), {rows});
    OpFoldResult split = affine::makeComposedFoldedAffineApply(
        b, loc, s0.floorDiv(tile) * tile, {rows});
    OpFoldResult one = b.getIndexAttr(1), zero = b.getIndexAttr(0),
                 size = b.getIndexAttr(tile);
    SmallVector<Value> state = {op.getAcc(), op.getMax(), op.getSum()};

    // The whole tiles: (b, h, j) in parallel, rows [j T, (j + 1) T).
    auto loop = scf::ForallOp::create(
        b, loc, {zero, zero, zero}, {batches, heads, whole}, {one, one, one},
        state,
        options.mapping.empty()
            ? std::nullopt
            : std::optional<ArrayAttr>(b.getArrayAttr(options.mapping)));
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(loop.getBody());
      SmallVector<Value> ivs = loop.getInductionVars();
      OpFoldResult first = affine::makeComposedFoldedAffineApply(
          b, loc, s0 * tile, {ivs[2]});
      FailureOr<OnlineAttentionOp> step =
          tileOf(b, op, loop.getRegionIterArgs(),
                 {ivs[0], ivs[1], first, zero}, {one, one, size, keys});
      if (failed(step))
        return failure();
      b.setInsertionPointToStart(loop.getTerminator().getBody());
      SmallVector<OpFoldResult> offsets = {ivs[0], ivs[1], first},
                                sizes = {one, one, size};
      for (auto [i, result, dest] : llvm::enumerate(
               step->getResults(), loop.getRegionIterArgs())) {
        SmallVector<OpFoldResult> o(offsets), s(sizes);
        if (i == 0) {
          o.push_back(zero);
          s.push_back(width);
        }
        tensor::ParallelInsertSliceOp::create(
            b, loc, result, dest, o, s,
            SmallVector<OpFoldResult>(o.size(), one));
      }
      if (failed(tileKeys(b, *step, options.keyTile, true)))
        return failure();
    }

    // The rows after them, fewer than a tile: one tile per (b, h).
    OpFoldResult rest = affine::makeComposedFoldedAffineApply(
        b, loc, s0 - s0.floorDiv(tile) * tile, {rows});
    FailureOr<OnlineAttentionOp> tail =
        tileOf(b, op, loop.getResults(), {zero, zero, split, zero},
               {batches, heads, rest, keys});
    if (failed(tail))
      return failure();
    FailureOr<SmallVector<Value>> tailResults = tileRows(b, *tail);
    if (failed(tailResults))
      return failure();
    b.eraseOp(*tail);
    // (Tiling moved the insertion point into the loops.)
    b.setInsertionPoint(op);
    SmallVector<Value> results;
    for (auto [i, result, dest] :
         llvm::enumerate(*tailResults, loop.getResults())) {
      SmallVector<OpFoldResult> o = {zero, zero, split},
                                s = {batches, heads, rest};
      if (i == 0) {
        o.push_back(zero);
        s.push_back(width);
      }
      results.push_back(tensor::InsertSliceOp::create(
          b, loc, result, dest, o, s,
          SmallVector<OpFoldResult>(o.size(), one)));
    }
    b.replaceOp(op, results);
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
  patterns.add<FlashLocalAttention, TileOnlineAttention>(patterns.getContext(),
                                                        options);
}
