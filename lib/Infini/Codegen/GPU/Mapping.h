//===- Mapping.h - which scf.forall loops are GPU kernels -------*- C++ -*-===//

#ifndef INFINI_LIB_CODEGEN_GPU_MAPPING_H
#define INFINI_LIB_CODEGEN_GPU_MAPPING_H

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Interfaces/ValueBoundsOpInterface.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

namespace mlir::infini {

/// A forall whose every loop is mapped to GPU blocks: a kernel.
inline bool hasBlockMapping(scf::ForallOp forall) {
  std::optional<ArrayAttr> mapping = forall.getMapping();
  return mapping && !mapping->empty() &&
         llvm::all_of(*mapping, llvm::IsaPred<gpu::GPUBlockMappingAttr>);
}

/// A forall whose every loop is mapped to GPU threads: a phase of a kernel.
inline bool hasThreadMapping(scf::ForallOp forall) {
  std::optional<ArrayAttr> mapping = forall.getMapping();
  return mapping && !mapping->empty() &&
         llvm::all_of(*mapping, llvm::IsaPred<gpu::GPUThreadMappingAttr>);
}

/// The outermost block-mapped foralls of `root`: its kernels.
/// Threads per warp on NVIDIA GPUs (and in the warp-level MMA fragments).
inline constexpr int64_t kWarpSize = 32;

/// The tile of a warp-level matrix product: mma.sync's m16n8k16.
inline constexpr int64_t kMmaM = 16, kMmaN = 8, kMmaK = 16;

/// A forall whose iterations are warps: its body is one warp's program,
/// which all of the warp's lanes run together (warp-level matrix products).
inline bool hasWarpMapping(scf::ForallOp forall) {
  std::optional<ArrayAttr> mapping = forall.getMapping();
  return mapping && !mapping->empty() &&
         llvm::all_of(*mapping, llvm::IsaPred<gpu::GPUWarpMappingAttr>);
}

/// A phase of a block kernel: a forall over its threads or over its warps.
inline bool isPhase(scf::ForallOp forall) {
  return hasThreadMapping(forall) || hasWarpMapping(forall);
}

inline SmallVector<scf::ForallOp> kernelsIn(Operation *root) {
  SmallVector<scf::ForallOp> kernels;
  root->walk<WalkOrder::PreOrder>([&](scf::ForallOp forall) {
    if (!hasBlockMapping(forall))
      return WalkResult::advance();
    kernels.push_back(forall);
    return WalkResult::skip();
  });
  return kernels;
}

/// Whether `op` never runs its body: a loop of static trip count 0. Each
/// of its results is then its destination as it is.
inline bool hasEmptyIterationDomain(linalg::LinalgOp op) {
  return llvm::is_contained(op.getStaticLoopRanges(), 0);
}

/// The enclosing block-mapped forall of `op`, if any.
inline scf::ForallOp enclosingKernel(Operation *op) {
  for (auto forall = op->getParentOfType<scf::ForallOp>(); forall;
       forall = forall->getParentOfType<scf::ForallOp>())
    if (hasBlockMapping(forall))
      return forall;
  return {};
}

/// The enclosing phase (thread- or warp-mapped forall) of `op`, if any.
inline scf::ForallOp enclosingPhase(Operation *op) {
  for (auto forall = op->getParentOfType<scf::ForallOp>(); forall;
       forall = forall->getParentOfType<scf::ForallOp>())
    if (isPhase(forall))
      return forall;
  return {};
}

/// Linear mapping attributes for `n` loops, outermost first: the innermost
/// loop varies fastest with the linear id.
template <typename MappingAttr>
SmallVector<Attribute> linearMapping(MLIRContext *ctx, int64_t n) {
  SmallVector<Attribute> mapping;
  for (int64_t i = 0; i < n; ++i)
    mapping.push_back(MappingAttr::get(
        ctx, static_cast<gpu::MappingId>(
                 static_cast<int64_t>(gpu::MappingId::LinearDim0) + n - 1 -
                 i)));
  return mapping;
}

/// The constant upper bound (inclusive) of the index `size`, a tile size:
/// through the sizes of the views a dim op reads and through affine.max,
/// which upstream's value bounds bound from below only.
inline std::optional<int64_t> constantUpperBound(Value size) {
  if (std::optional<int64_t> c = getConstantIntValue(size))
    return c;
  Operation *def = size.getDefiningOp();
  if (isa_and_present<memref::DimOp, tensor::DimOp>(def)) {
    std::optional<int64_t> index = getConstantIntValue(def->getOperand(1));
    Operation *source = def->getOperand(0).getDefiningOp();
    std::optional<OpFoldResult> mixed;
    auto sizeOf = [&](auto view) {
      // Rank-reducing views drop unit sizes: find the kept one.
      llvm::SmallBitVector dropped = view.getDroppedDims();
      unsigned kept = 0;
      for (unsigned i = 0; i < dropped.size(); ++i)
        if (!dropped[i] && kept++ == *index)
          mixed = view.getMixedSizes()[i];
    };
    if (index) {
      if (auto view = dyn_cast_or_null<memref::SubViewOp>(source))
        sizeOf(view);
      else if (auto slice = dyn_cast_or_null<tensor::ExtractSliceOp>(source))
        sizeOf(slice);
    }
    if (mixed) {
      if (auto attr = dyn_cast<Attribute>(*mixed))
        return cast<IntegerAttr>(attr).getInt();
      return constantUpperBound(cast<Value>(*mixed));
    }
  }
  if (auto max = size.getDefiningOp<affine::AffineMaxOp>()) {
    std::optional<int64_t> bound;
    AffineMap map = max.getAffineMap();
    for (unsigned i = 0; i < map.getNumResults(); ++i) {
      FailureOr<int64_t> b = ValueBoundsConstraintSet::computeConstantBound(
          presburger::BoundType::UB,
          ValueBoundsConstraintSet::Variable(map.getSubMap({i}),
                                             max.getMapOperands()),
          /*stopCondition=*/nullptr, /*closedUB=*/true);
      if (failed(b))
        return std::nullopt;
      bound = std::max(bound.value_or(*b), *b);
    }
    return bound;
  }
  FailureOr<int64_t> bound = ValueBoundsConstraintSet::computeConstantBound(
      presburger::BoundType::UB, ValueBoundsConstraintSet::Variable(size),
      /*stopCondition=*/nullptr, /*closedUB=*/true);
  if (failed(bound))
    return std::nullopt;
  return *bound;
}

/// If `op` (inside a block kernel, on tensors) is a product that warp-level
/// MMA tiles compute (DistributeToWarps.cpp), replaces it with a warp phase
/// of `threads` / 32 warps at most and returns true; an f32 operand whose
/// partner is 16-bit is rounded to the partner's type first (`round`) or
/// split into parts of that type, two f32 operands (not with `round`) are
/// split into bf16 parts, and operands read from outside the
/// kernel are copied into temporaries of the kernel, by ops appended to
/// `phases` (still to be distributed). Returns false for any other op,
/// which it leaves as it was or, if it had loops of one iteration, replaces
/// (`op` is then the replacement) by the same op without them.
bool distributeToWarps(RewriterBase &rewriter, linalg::LinalgOp &op,
                       int64_t threads, bool round,
                       SmallVectorImpl<linalg::LinalgOp> &phases);

} // namespace mlir::infini

#endif // INFINI_LIB_CODEGEN_GPU_MAPPING_H
