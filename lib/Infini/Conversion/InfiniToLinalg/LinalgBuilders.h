//===- LinalgBuilders.h - small builders for the infini lowerings -*- C++ -*-===//
//
// Shared by the unfused lowering (InfiniToLinalg.cpp) and the fused segment
// kernel (FusedAttention.cpp). Internal to this library.
//
//===----------------------------------------------------------------------===//

#ifndef INFINI_LIB_CONVERSION_INFINITOLINALG_LINALGBUILDERS_H
#define INFINI_LIB_CONVERSION_INFINITOLINALG_LINALGBUILDERS_H

#include "Infini/IR/InfiniOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"

namespace mlir::infini::detail {

using BodyFn = function_ref<Value(OpBuilder &, Location, ValueRange)>;
using CombineFn = function_ref<Value(OpBuilder &, Location, Value, Value)>;

/// A map over `numDims` loop dimensions that selects `dims`.
AffineMap dimsMap(MLIRContext *ctx, unsigned numDims, ArrayRef<unsigned> dims);

Value f32Constant(OpBuilder &b, Location loc, double value);
/// Extends a 16-bit float scalar to f32 (f32 passes through).
Value toF32(OpBuilder &b, Location loc, Value scalar);
/// Truncates an f32 scalar to `type` (f32 passes through).
Value fromF32(OpBuilder &b, Location loc, Value scalar, Type type);
/// Casts `value` to `type` when their static information differs.
Value castIfNeeded(OpBuilder &b, Location loc, Value value, Type type);

/// An f32 tensor of `sizes` filled with `value`: the init of a reduction.
Value filledF32(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
                double value);

/// out[i] = body(inputs[maps[k](i)]...) over the iteration space `sizes`.
Value mapElementwise(OpBuilder &b, Location loc, ValueRange inputs,
                     ArrayRef<AffineMap> inputMaps,
                     ArrayRef<OpFoldResult> sizes, Type elementType,
                     BodyFn body);

/// Reduces over the innermost loop dimension into `init`, whose map is the
/// identity over the outer loop dimensions: init[i] = combine(init[i],
/// input[inputMap(i, r)]) for every r. `combine` may use linalg.index.
Value reduceInnermost(OpBuilder &b, Location loc, Value input,
                      AffineMap inputMap, Value init, CombineFn combine);

/// acc + x, for reductions.
Value addF(OpBuilder &b, Location loc, Value acc, Value x);

/// acc + the sum over the dims absent from the output of lhs * rhs
/// (linalg.contract; 16-bit operands are extended to the accumulator's f32).
Value contract(OpBuilder &b, Location loc, Value lhs, Value rhs, Value acc,
               unsigned numDims, ArrayRef<unsigned> lhsDims,
               ArrayRef<unsigned> rhsDims, ArrayRef<unsigned> accDims);

/// acc + p * v, with v replaced by 0 when key u lies after query t.
Value accumulateVisible(OpBuilder &b, Location loc, Value acc, Value p,
                        Value v, Value t, Value u);

/// sigma(x) = ELU(x) + 1, elementwise in f32.
Value sigma(OpBuilder &b, Location loc, Value x);

/// num / max(den, epsilon) (num / den without epsilon), truncated to `type`.
Value normalize(OpBuilder &b, Location loc, Value num, Value den,
                Value epsilon, Type type);

/// The gate of SPEC: g = sigmoid(beta), g * fromMemory + (1 - g) *
/// fromLocal, on f32 scalars.
Value gatedMix(OpBuilder &b, Location loc, Value beta, Value fromMemory,
               Value fromLocal);

/// The score scale: `scale`, else 1 / sqrt(Dk) of the [B, H, N, Dk] `query`,
/// computed at run time when Dk is dynamic.
Value attentionScale(OpBuilder &b, Location loc, Value query,
                     std::optional<APFloat> scale);

} // namespace mlir::infini::detail

#endif // INFINI_LIB_CONVERSION_INFINITOLINALG_LINALGBUILDERS_H
