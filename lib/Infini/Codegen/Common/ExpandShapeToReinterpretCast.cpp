//===- ExpandShapeToReinterpretCast.cpp - multi-dynamic expand_shape ------===//

#include "Infini/Codegen/Common/Passes.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIEXPANDSHAPETOREINTERPRETCAST
#include "Infini/Codegen/Common/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {

/// Whether some reassociation group has more than one dynamic size: the case
/// LLVM 22's expand-strided-metadata cannot handle.
bool hasMultiDynamicGroup(memref::ExpandShapeOp op) {
  MemRefType type = op.getResultType();
  for (const ReassociationIndices &group : op.getReassociationIndices())
    if (llvm::count_if(group, [&](int64_t d) { return type.isDynamicDim(d); }) >
        1)
      return true;
  return false;
}

struct LowerMultiDynamicExpandShape
    : OpRewritePattern<memref::ExpandShapeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(memref::ExpandShapeOp op,
                                PatternRewriter &b) const override {
    if (!hasMultiDynamicGroup(op))
      return failure();
    MemRefType type = op.getResultType();
    SmallVector<int64_t> staticStrides;
    int64_t staticOffset;
    if (failed(type.getStridesAndOffset(staticStrides, staticOffset)))
      return b.notifyMatchFailure(op, "result layout is not strided");

    Location loc = op.getLoc();
    auto meta = memref::ExtractStridedMetadataOp::create(b, loc, op.getSrc());
    SmallVector<OpFoldResult> sourceStrides = meta.getConstifiedMixedStrides();
    SmallVector<OpFoldResult> sizes = op.getMixedOutputShape();
    SmallVector<OpFoldResult> strides(type.getRank());
    AffineExpr s0, s1;
    bindSymbols(b.getContext(), s0, s1);
    for (auto [sourceDim, group] :
         llvm::enumerate(op.getReassociationIndices())) {
      OpFoldResult stride = sourceStrides[sourceDim];
      for (int64_t i = static_cast<int64_t>(group.size()) - 1; i >= 0; --i) {
        strides[group[i]] = stride;
        if (i > 0)
          stride = affine::makeComposedFoldedAffineApply(
              b, loc, s0 * s1, {stride, sizes[group[i]]});
      }
    }
    // The result type fixes some strides statically (the innermost 1 of an
    // identity layout, say); reinterpret_cast must spell those as constants.
    for (auto [stride, fixed] : llvm::zip_equal(strides, staticStrides))
      if (!ShapedType::isDynamic(fixed))
        stride = b.getIndexAttr(fixed);
    OpFoldResult offset = ShapedType::isDynamic(staticOffset)
                              ? meta.getConstifiedMixedOffset()
                              : b.getIndexAttr(staticOffset);
    b.replaceOpWithNewOp<memref::ReinterpretCastOp>(
        op, type, meta.getBaseBuffer(), offset, sizes, strides);
    return success();
  }
};

struct InfiniExpandShapeToReinterpretCastPass
    : infini::impl::InfiniExpandShapeToReinterpretCastBase<
          InfiniExpandShapeToReinterpretCastPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<LowerMultiDynamicExpandShape>(&getContext());
    walkAndApplyPatterns(getOperation(), std::move(patterns));
  }
};

} // namespace
