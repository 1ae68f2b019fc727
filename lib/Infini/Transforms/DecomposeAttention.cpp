//===- DecomposeAttention.cpp - infini.attention as a segment loop --------===//

#include "Infini/IR/InfiniOps.h"
#include "Infini/Transforms/Passes.h"
#include "Infini/Transforms/Transforms.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIDECOMPOSEATTENTION
#include "Infini/Transforms/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;
using namespace mlir::infini;

namespace {

/// Casts `value` to `type` when the static information differs.
Value castIfNeeded(OpBuilder &b, Location loc, Value value, Type type) {
  if (value.getType() == type)
    return value;
  return tensor::CastOp::create(b, loc, type, value);
}

/// The shape of a segment of a [B, heads, T, D] tensor: the token size
/// replaced by `length`.
RankedTensorType segmentType(Value full, OpFoldResult length) {
  auto type = cast<RankedTensorType>(full.getType());
  SmallVector<int64_t> shape(type.getShape());
  shape[2] = getConstantIntValue(length).value_or(ShapedType::kDynamic);
  return type.clone(shape);
}

/// Emits one segment of `length` tokens starting at `offset`: returns the
/// output with the segment's rows written, and the updated memory and norm.
SmallVector<Value> emitSegment(OpBuilder &b, Location loc, AttentionOp op,
                               Value offset, OpFoldResult length,
                               ValueRange state) {
  Value output = state[0], memory = state[1], norm = state[2];

  SmallVector<OpFoldResult> offsets(4, b.getIndexAttr(0));
  offsets[2] = offset;
  SmallVector<OpFoldResult> strides(4, b.getIndexAttr(1));
  auto segmentSizes = [&](Value full) -> SmallVector<OpFoldResult> {
    return {tensor::getMixedSize(b, loc, full, 0),
            tensor::getMixedSize(b, loc, full, 1), length,
            tensor::getMixedSize(b, loc, full, 3)};
  };
  auto tokenSlice = [&](Value full) -> Value {
    return tensor::ExtractSliceOp::create(b, loc, segmentType(full, length),
                                          full, offsets, segmentSizes(full),
                                          strides);
  };

  Value query = tokenSlice(op.getQuery());
  Value key = tokenSlice(op.getKey());
  Value value = tokenSlice(op.getValue());
  Value localQuery =
      op.getLocalQuery() ? tokenSlice(op.getLocalQuery()) : query;
  Value localKey = op.getLocalKey() ? tokenSlice(op.getLocalKey()) : key;

  RankedTensorType segOut = segmentType(output, length);
  Value fromMemory = MemoryRetrieveOp::create(b, loc, segOut, query, memory,
                                              norm, op.getEpsilonAttr());
  Value local =
      LocalAttentionOp::create(b, loc, segOut, localQuery, localKey, value,
                               op.getScaleAttr(), b.getBoolAttr(true));
  Value combined =
      GatedCombineOp::create(b, loc, segOut, fromMemory, local, op.getGate());
  auto update = MemoryUpdateOp::create(
      b, loc, TypeRange{memory.getType(), norm.getType()}, key, value, memory,
      norm, op.getRuleAttr(), op.getEpsilonAttr());

  Value written = tensor::InsertSliceOp::create(
      b, loc, combined, output, offsets, segmentSizes(output), strides);
  return {written, update.getNewMemory(), update.getNewNorm()};
}

struct DecomposeAttention : OpRewritePattern<AttentionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(AttentionOp op,
                                PatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, decomposeIntoSegments(rewriter, op));
    return success();
  }
};

struct InfiniDecomposeAttentionPass
    : infini::impl::InfiniDecomposeAttentionBase<InfiniDecomposeAttentionPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateDecomposeAttentionPatterns(patterns);
    walkAndApplyPatterns(getOperation(), std::move(patterns));
  }
};

} // namespace

SmallVector<Value> mlir::infini::decomposeIntoSegments(OpBuilder &b,
                                                       AttentionOp op) {
  Location loc = op.getLoc();
  int64_t segmentLen = op.getSegmentLen();

  Value query = op.getQuery();
  OpFoldResult total = tensor::getMixedSize(b, loc, query, 2);
  std::optional<int64_t> staticTotal = getConstantIntValue(total);
  auto resultType = cast<RankedTensorType>(op.getResult().getType());
  Value output =
      tensor::EmptyOp::create(b, loc,
                              {tensor::getMixedSize(b, loc, query, 0),
                               tensor::getMixedSize(b, loc, query, 1), total,
                               tensor::getMixedSize(b, loc, op.getValue(), 3)},
                              resultType.getElementType());

  // The loop carries the state with the types of the `memory` and `norm`
  // operands; the results are cast to the op's result types at the end.
  Value memory = op.getMemory();
  Value norm = op.getNorm();

  AffineExpr t = b.getAffineSymbolExpr(0);
  OpFoldResult fullEnd = affine::makeComposedFoldedAffineApply(
      b, loc, t.floorDiv(segmentLen) * segmentLen, {total});

  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value step = arith::ConstantIndexOp::create(b, loc, segmentLen);
  auto loop = scf::ForOp::create(
      b, loc, zero, getValueOrCreateConstantIndexOp(b, loc, fullEnd), step,
      ValueRange{output, memory, norm},
      [&](OpBuilder &nb, Location nloc, Value offset, ValueRange carried) {
        SmallVector<Value> next = emitSegment(
            nb, nloc, op, offset, nb.getIndexAttr(segmentLen), carried);
        scf::YieldOp::create(nb, nloc, next);
      });
  SmallVector<Value> state(loop.getResults());

  if (!staticTotal || *staticTotal % segmentLen != 0) {
    OpFoldResult tailLen =
        affine::makeComposedFoldedAffineApply(b, loc, t % segmentLen, {total});
    state = emitSegment(b, loc, op,
                        getValueOrCreateConstantIndexOp(b, loc, fullEnd),
                        tailLen, state);
  }

  return {castIfNeeded(b, loc, state[0], resultType),
          castIfNeeded(b, loc, state[1], op.getNewMemory().getType()),
          castIfNeeded(b, loc, state[2], op.getNewNorm().getType())};
}

void mlir::infini::populateDecomposeAttentionPatterns(
    RewritePatternSet &patterns) {
  patterns.add<DecomposeAttention>(patterns.getContext());
}

std::optional<mlir::infini::SegmentOps>
mlir::infini::matchSegment(GatedCombineOp combine) {
  auto retrieve = combine.getMemoryOut().getDefiningOp<MemoryRetrieveOp>();
  auto local = combine.getLocalOut().getDefiningOp<LocalAttentionOp>();
  if (!retrieve || !local || !retrieve->hasOneUse() || !local->hasOneUse())
    return std::nullopt;
  // A fused kernel reads both queries with one Dk and the keys and the
  // memory with one kv head index: the ops must agree on them, statically.
  auto dim = [](Value v, unsigned d) {
    return cast<ShapedType>(v.getType()).getDimSize(d);
  };
  int64_t dk = dim(local.getQuery(), 3), kvHeads = dim(local.getKey(), 1);
  if (ShapedType::isDynamic(dk) || dk != dim(retrieve.getQuery(), 3) ||
      ShapedType::isDynamic(kvHeads) ||
      kvHeads != dim(retrieve.getMemory(), 1))
    return std::nullopt;
  return SegmentOps{retrieve, local};
}
