//===- InfiniToLinalg.cpp - lower infini to linalg on tensors -------------===//
//
// Each primitive op becomes a short chain of linalg ops on tensors: the
// contractions are linalg.contract with explicit indexing maps, elementwise
// maps and reductions are linalg.generic. Grouped-query attention splits the
// query heads into (kv head, group) with tensor.expand_shape, so that keys,
// values and memory are indexed by the kv head alone and nothing is copied per
// query head. All arithmetic is f32; 16-bit operands are extended where they
// are read and results truncated once where they are written.
//
//===----------------------------------------------------------------------===//

#include "Infini/Conversion/InfiniToLinalg/InfiniToLinalg.h"
#include "LinalgBuilders.h"
#include "Infini/Conversion/Passes.h"
#include "Infini/IR/InfiniOps.h"
#include "Infini/Transforms/Transforms.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/DialectConversion.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"

#include <limits>

namespace mlir::infini {
#define GEN_PASS_DEF_CONVERTINFINITOLINALG
#include "Infini/Conversion/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;
using namespace mlir::infini;
using namespace mlir::infini::detail;

namespace {

/// [B, H, N, D] -> [B, Hkv, H / Hkv, N, D]; query head h = kv * G + j, the
/// contiguous grouping of SPEC.
Value splitHeads(OpBuilder &b, Location loc, Value x, OpFoldResult kvHeads) {
  auto type = cast<RankedTensorType>(x.getType());
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, x);
  std::optional<int64_t> heads = getConstantIntValue(sizes[1]);
  std::optional<int64_t> kv = getConstantIntValue(kvHeads);
  OpFoldResult groups;
  if (heads && kv) {
    groups = b.getIndexAttr(*kv == 0 ? 0 : *heads / *kv);
  } else {
    // expand_shape needs a dynamic source size when a part is dynamic.
    if (heads) {
      SmallVector<int64_t> shape(type.getShape());
      shape[1] = ShapedType::kDynamic;
      type = type.clone(shape);
      x = tensor::CastOp::create(b, loc, type, x);
    }
    groups = arith::DivUIOp::create(
                 b, loc, getValueOrCreateConstantIndexOp(b, loc, sizes[1]),
                 getValueOrCreateConstantIndexOp(b, loc, kvHeads))
                 .getResult();
  }
  SmallVector<OpFoldResult> outSizes = {sizes[0], kvHeads, groups, sizes[2],
                                        sizes[3]};
  SmallVector<int64_t> shape;
  for (OpFoldResult s : outSizes)
    shape.push_back(getConstantIntValue(s).value_or(ShapedType::kDynamic));
  SmallVector<ReassociationIndices> groupsOfDims = {{0}, {1, 2}, {3}, {4}};
  return tensor::ExpandShapeOp::create(
      b, loc, RankedTensorType::get(shape, type.getElementType()), x,
      groupsOfDims, outSizes);
}

/// The inverse of splitHeads, cast to the op's result type.
Value mergeHeads(OpBuilder &b, Location loc, Value x, Type resultType) {
  SmallVector<ReassociationIndices> groupsOfDims = {{0}, {1, 2}, {3}, {4}};
  Value merged = tensor::CollapseShapeOp::create(b, loc, x, groupsOfDims);
  return castIfNeeded(b, loc, merged, resultType);
}

/// Divides every row of `num` ([B, Hkv, G, N, Dv]) by its normaliser in `den`
/// ([B, Hkv, G, N]) and returns the result as the op's [B, H, N, Dv]
/// `resultType`.
Value normalizeRows(OpBuilder &b, Location loc, Value num, Value den,
                    Value epsilon, Type resultType) {
  Type type = cast<RankedTensorType>(resultType).getElementType();
  Value out = mapElementwise(
      b, loc, {num, den},
      {b.getMultiDimIdentityMap(5), dimsMap(b.getContext(), 5, {0, 1, 2, 3})},
      tensor::getMixedSizes(b, loc, num), type,
      [&](OpBuilder &b, Location loc, ValueRange args) {
        return normalize(b, loc, args[0], args[1], epsilon, type);
      });
  return mergeHeads(b, loc, out, resultType);
}

Type elementTypeOf(Value v) {
  return cast<RankedTensorType>(v.getType()).getElementType();
}

//===----------------------------------------------------------------------===//
// memory_retrieve
//===----------------------------------------------------------------------===//

} // namespace

SmallVector<Value> mlir::infini::decomposeToLinalg(OpBuilder &b,
                                                   MemoryRetrieveOp op) {
  Location loc = op.getLoc();
  Value memory = op.getMemory();
  Value query = splitHeads(b, loc, op.getQuery(),
                           tensor::getMixedSize(b, loc, memory, 1));
  // Loop dims: b, kv, j (query head in group), n, e (Dv), d (Dk).
  SmallVector<OpFoldResult> rows = tensor::getMixedSizes(b, loc, query);
  rows.pop_back();
  SmallVector<OpFoldResult> outSizes = rows;
  outSizes.push_back(tensor::getMixedSize(b, loc, memory, 3));

  Value sq = sigma(b, loc, query);
  Value num = contract(b, loc, sq, memory, filledF32(b, loc, outSizes, 0.0), 6,
                       {0, 1, 2, 3, 5}, {0, 1, 5, 4}, {0, 1, 2, 3, 4});
  Value den = contract(b, loc, sq, op.getNorm(), filledF32(b, loc, rows, 0.0),
                       5, {0, 1, 2, 3, 4}, {0, 1, 4}, {0, 1, 2, 3});

  Value epsilon = f32Constant(b, loc, op.getEpsilon().convertToDouble());
  return {normalizeRows(b, loc, num, den, epsilon, op.getResult().getType())};
}

//===----------------------------------------------------------------------===//
// memory_update
//===----------------------------------------------------------------------===//

SmallVector<Value> mlir::infini::decomposeToLinalg(OpBuilder &b,
                                                   MemoryUpdateOp op) {
  Location loc = op.getLoc();
  Value memory = op.getMemory(), norm = op.getNorm();
  Value sk = sigma(b, loc, op.getKey()); // [B, Hkv, N, Dk]

  // What is written: V (linear) or V - V_old (delta), with V_old the
  // read-out of the keys from the memory before the update.
  Value written = op.getValue();
  if (op.getRule() == UpdateRule::delta) {
    SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, written);
    SmallVector<OpFoldResult> rows(ArrayRef<OpFoldResult>(sizes).drop_back());
    // Loop dims: b, g, t, d (Dk), e (Dv).
    Value num = contract(b, loc, sk, memory, filledF32(b, loc, sizes, 0.0), 5,
                         {0, 1, 2, 3}, {0, 1, 3, 4}, {0, 1, 2, 4});
    Value den = contract(b, loc, sk, norm, filledF32(b, loc, rows, 0.0), 4,
                         {0, 1, 2, 3}, {0, 1, 3}, {0, 1, 2});
    Value epsilon = f32Constant(b, loc, op.getEpsilon().convertToDouble());
    AffineMap id = b.getMultiDimIdentityMap(4);
    written = mapElementwise(
        b, loc, {written, num, den},
        {id, id, dimsMap(b.getContext(), 4, {0, 1, 2})}, sizes, b.getF32Type(),
        [&](OpBuilder &b, Location loc, ValueRange args) {
          Value old =
              normalize(b, loc, args[1], args[2], epsilon, b.getF32Type());
          return arith::SubFOp::create(b, loc, toF32(b, loc, args[0]), old)
              .getResult();
        });
  }

  // The update's loops run token by token with an output column innermost
  // (contiguous in M, V and z, and parallel, so it vectorizes).
  // Loop dims: b, g, t, d (Dk), e (Dv); accumulates into the memory.
  Value newMemory = contract(b, loc, sk, written, memory, 5, {0, 1, 2, 3},
                             {0, 1, 2, 4}, {0, 1, 3, 4});
  // Loop dims: b, g, t, d.
  auto sumOverTokens = linalg::GenericOp::create(
      b, loc, TypeRange{norm.getType()}, ValueRange{sk}, ValueRange{norm},
      ArrayRef<AffineMap>{b.getMultiDimIdentityMap(4),
                          dimsMap(b.getContext(), 4, {0, 1, 3})},
      ArrayRef<utils::IteratorType>{
          utils::IteratorType::parallel, utils::IteratorType::parallel,
          utils::IteratorType::reduction, utils::IteratorType::parallel},
      [](OpBuilder &b, Location loc, ValueRange args) {
        linalg::YieldOp::create(b, loc, addF(b, loc, args[1], args[0]));
      });
  Value newNorm = sumOverTokens.getResult(0);
  return {castIfNeeded(b, loc, newMemory, op.getNewMemory().getType()),
          castIfNeeded(b, loc, newNorm, op.getNewNorm().getType())};
}

//===----------------------------------------------------------------------===//
// local_attention
//===----------------------------------------------------------------------===//


SmallVector<Value> mlir::infini::decomposeToLinalg(OpBuilder &b,
                                                   LocalAttentionOp op) {
  Location loc = op.getLoc();
  MLIRContext *ctx = b.getContext();
  Value key = op.getKey(), value = op.getValue();
  Value query =
      splitHeads(b, loc, op.getQuery(), tensor::getMixedSize(b, loc, key, 1));

  // rows: [B, Hkv, G, N]; scores: [B, Hkv, G, N, Nk]; out: [B, Hkv, G, N, Dv].
  SmallVector<OpFoldResult> rows = tensor::getMixedSizes(b, loc, query);
  rows.pop_back();
  SmallVector<OpFoldResult> scoreSizes = rows;
  scoreSizes.push_back(tensor::getMixedSize(b, loc, key, 2));
  SmallVector<OpFoldResult> outSizes = rows;
  outSizes.push_back(tensor::getMixedSize(b, loc, value, 3));

  // Loop dims: b, g, j, t, u, d.
  Value scores =
      contract(b, loc, query, key, filledF32(b, loc, scoreSizes, 0.0), 6,
               {0, 1, 2, 3, 5}, {0, 1, 4, 5}, {0, 1, 2, 3, 4});

  Value scale = attentionScale(b, loc, op.getQuery(), op.getScale());
  bool causal = op.getCausal();
  Value negInf = f32Constant(b, loc, -std::numeric_limits<double>::infinity());
  // True where key u lies in the future of query t.
  auto masked = [&](OpBuilder &b, Location loc) -> Value {
    Value t = linalg::IndexOp::create(b, loc, 3);
    Value u = linalg::IndexOp::create(b, loc, 4);
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ugt, u, t);
  };

  // Numerically stable softmax: subtract the row maximum of the masked,
  // scaled scores.
  Value rowMax = reduceInnermost(
      b, loc, scores, b.getMultiDimIdentityMap(5),
      filledF32(b, loc, rows, -std::numeric_limits<double>::infinity()),
      [&](OpBuilder &b, Location loc, Value acc, Value x) -> Value {
        Value s = arith::MulFOp::create(b, loc, x, scale);
        if (causal)
          s = arith::SelectOp::create(b, loc, masked(b, loc), negInf, s);
        return arith::MaximumFOp::create(b, loc, acc, s);
      });

  Value probs = mapElementwise(
      b, loc, {scores, rowMax},
      {b.getMultiDimIdentityMap(5), dimsMap(ctx, 5, {0, 1, 2, 3})}, scoreSizes,
      b.getF32Type(),
      [&](OpBuilder &b, Location loc, ValueRange args) -> Value {
        Value s = arith::MulFOp::create(b, loc, args[0], scale);
        Value p = math::ExpOp::create(
            b, loc, arith::SubFOp::create(b, loc, s, args[1]));
        if (!causal)
          return p;
        return arith::SelectOp::create(b, loc, masked(b, loc),
                                       f32Constant(b, loc, 0.0), p);
      });
  Value rowSum = reduceInnermost(b, loc, probs, b.getMultiDimIdentityMap(5),
                                 filledF32(b, loc, rows, 0.0), addF);

  // Loop dims: b, g, j, t, e, u. A future key's probability is 0, but its
  // value must not be multiplied at all: 0 * NaN would leak a NaN (or inf)
  // in a later token's value back to earlier ones.
  Value weighted;
  if (!causal) {
    weighted =
        contract(b, loc, probs, value, filledF32(b, loc, outSizes, 0.0), 6,
                 {0, 1, 2, 3, 5}, {0, 1, 5, 4}, {0, 1, 2, 3, 4});
  } else {
    using utils::IteratorType;
    SmallVector<IteratorType> iterators(5, IteratorType::parallel);
    iterators.push_back(IteratorType::reduction);
    Value init = filledF32(b, loc, outSizes, 0.0);
    weighted =
        linalg::GenericOp::create(
            b, loc, TypeRange{init.getType()}, ValueRange{probs, value},
            ValueRange{init},
            ArrayRef<AffineMap>{dimsMap(ctx, 6, {0, 1, 2, 3, 5}),
                                dimsMap(ctx, 6, {0, 1, 5, 4}),
                                dimsMap(ctx, 6, {0, 1, 2, 3, 4})},
            iterators,
            [](OpBuilder &b, Location loc, ValueRange a) {
              linalg::YieldOp::create(
                  b, loc,
                  accumulateVisible(b, loc, a[2], a[0], a[1],
                                    linalg::IndexOp::create(b, loc, 3),
                                    linalg::IndexOp::create(b, loc, 5)));
            })
            .getResult(0);
  }
  return {normalizeRows(b, loc, weighted, rowSum, /*epsilon=*/{},
                        op.getResult().getType())};
}

//===----------------------------------------------------------------------===//
// gated_combine
//===----------------------------------------------------------------------===//

SmallVector<Value> mlir::infini::decomposeToLinalg(OpBuilder &b,
                                                   GatedCombineOp op) {
  Location loc = op.getLoc();
  MLIRContext *ctx = b.getContext();
  bool perChannel =
      cast<RankedTensorType>(op.getGate().getType()).getRank() == 2;
  AffineMap id = b.getMultiDimIdentityMap(4);
  AffineMap gateMap =
      perChannel ? dimsMap(ctx, 4, {1, 3}) : dimsMap(ctx, 4, {1});
  Type type = elementTypeOf(op.getResult());
  Value out = mapElementwise(
      b, loc, {op.getMemoryOut(), op.getLocalOut(), op.getGate()},
      {id, id, gateMap}, tensor::getMixedSizes(b, loc, op.getMemoryOut()), type,
      [&](OpBuilder &b, Location loc, ValueRange args) {
        return fromF32(b, loc,
                       gatedMix(b, loc, args[2], toF32(b, loc, args[0]),
                                toF32(b, loc, args[1])),
                       type);
      });
  return {castIfNeeded(b, loc, out, op.getResult().getType())};
}

namespace {

/// Replaces a primitive op by its linalg decomposition.
template <typename OpTy> struct LowerToLinalg : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op, PatternRewriter &b) const override {
    b.replaceOp(op, decomposeToLinalg(b, op));
    return success();
  }
};

struct ConvertInfiniToLinalgPass
    : infini::impl::ConvertInfiniToLinalgBase<ConvertInfiniToLinalgPass> {
  using ConvertInfiniToLinalgBase::ConvertInfiniToLinalgBase;

  /// Makes the loop of a tiled update write the new memory and norm over
  /// the old ones: each (b, g) tile reads its slice of the state and writes
  /// the same slice whole, so the loop's outputs may start as the state
  /// itself, and each tile read its slice from there. Bufferization can then
  /// update the state in place (where nothing reads the old state later)
  /// instead of filling a new buffer of the state's size and copying it.
  static void updateInPlace(RewriterBase &rewriter, MemoryUpdateOp op,
                            const scf::SCFTilingResult &tiled) {
    if (tiled.loops.size() != 1 || tiled.tiledOps.size() != 1)
      return;
    auto forall = dyn_cast<scf::ForallOp>(tiled.loops.front());
    auto tile = dyn_cast<MemoryUpdateOp>(tiled.tiledOps.front());
    if (!forall || !tile)
      return;
    Value states[] = {op.getMemory(), op.getNorm()};
    Value tileStates[] = {tile.getMemory(), tile.getNorm()};
    for (auto [i, state, tileState] : llvm::enumerate(states, tileStates)) {
      OpOperand &out = forall.getOutputsMutable()[i];
      auto slice = tileState.getDefiningOp<tensor::ExtractSliceOp>();
      if (out.get().getType() != state.getType() || !slice ||
          slice.getSource() != state ||
          !forall->isProperAncestor(slice.getOperation()))
        continue;
      rewriter.modifyOpInPlace(forall, [&] { out.set(state); });
      rewriter.modifyOpInPlace(slice, [&] {
        slice.getSourceMutable().set(forall.getRegionIterArgs()[i]);
      });
    }
  }

  /// Every (batch, kv head) of a memory update is independent: tile the
  /// updates into an scf.forall of one (b, g) each, through the op's
  /// TilingInterface, so that they run as parallel tasks.
  LogicalResult parallelizeUpdates() {
    SmallVector<MemoryUpdateOp> updates;
    getOperation()->walk([&](MemoryUpdateOp op) { updates.push_back(op); });
    IRRewriter rewriter(&getContext());
    for (MemoryUpdateOp op : updates) {
      // No tokens (a tail segment of 0 tokens): the state is unchanged, and
      // there is no tile of the empty dimension to slice.
      if (cast<RankedTensorType>(op.getKey().getType()).getDimSize(2) == 0) {
        rewriter.setInsertionPoint(op);
        rewriter.replaceOp(
            op, {castIfNeeded(rewriter, op.getLoc(), op.getMemory(),
                              op.getNewMemory().getType()),
                 castIfNeeded(rewriter, op.getLoc(), op.getNorm(),
                              op.getNewNorm().getType())});
        continue;
      }
      auto tileable = dyn_cast<TilingInterface>(op.getOperation());
      if (!tileable)
        continue; // The interface models were not registered.
      scf::SCFTilingOptions tiling;
      tiling.setTileSizes({rewriter.getIndexAttr(1), rewriter.getIndexAttr(1)});
      tiling.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp);
      rewriter.setInsertionPoint(op);
      FailureOr<scf::SCFTilingResult> tiled =
          scf::tileUsingSCF(rewriter, tileable, tiling);
      if (failed(tiled))
        return op.emitOpError("cannot tile the update over (batch, kv head)");
      updateInPlace(rewriter, op, *tiled);
      // The loop's results have the operands' types; the op's results may
      // be more or less static.
      SmallVector<Value> results;
      for (auto [value, old] :
           llvm::zip_equal(tiled->replacements, op->getResults())) {
        rewriter.setInsertionPointAfterValue(value);
        results.push_back(
            castIfNeeded(rewriter, op.getLoc(), value, old.getType()));
      }
      rewriter.replaceOp(op, results);
    }
    return success();
  }

  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    RewritePatternSet decompose(ctx);
    populateDecomposeAttentionPatterns(decompose);
    walkAndApplyPatterns(getOperation(), std::move(decompose));

    if (fuseAttention) {
      if (queryTile <= 0 || keyTile <= 0) {
        mlir::emitError(getOperation()->getLoc())
            << "convert-infini-to-linalg: query-tile and key-tile must be "
               "positive, got "
            << queryTile.getValue() << " and " << keyTile.getValue();
        return signalPassFailure();
      }
      FusedAttentionOptions options{queryTile.getValue(), keyTile.getValue()};
      RewritePatternSet fuse(ctx);
      populateFusedSegmentPatterns(fuse, options);
      walkAndApplyPatterns(getOperation(), std::move(fuse));
      // The fused retrievals and local attentions are dead now.
      getOperation()->walk([](Operation *op) {
        if (isa<MemoryRetrieveOp, LocalAttentionOp>(op) &&
            isOpTriviallyDead(op))
          op->erase();
      });
      RewritePatternSet flash(ctx);
      populateFlashAttentionPatterns(flash, options);
      walkAndApplyPatterns(getOperation(), std::move(flash));
      if (failed(parallelizeUpdates()))
        return signalPassFailure();
    }

    ConversionTarget target(*ctx);
    target.addIllegalDialect<InfiniDialect>();
    target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
    RewritePatternSet patterns(ctx);
    populateInfiniToLinalgConversionPatterns(patterns);
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace

void mlir::infini::populateInfiniToLinalgConversionPatterns(
    RewritePatternSet &patterns) {
  patterns.add<LowerToLinalg<MemoryRetrieveOp>, LowerToLinalg<MemoryUpdateOp>,
               LowerToLinalg<LocalAttentionOp>, LowerToLinalg<OnlineAttentionOp>,
               LowerToLinalg<GatedCombineOp>>(
      patterns.getContext());
}
