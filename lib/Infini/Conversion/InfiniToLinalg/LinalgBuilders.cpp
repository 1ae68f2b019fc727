//===- LinalgBuilders.cpp - small builders for the infini lowerings -------===//

#include "LinalgBuilders.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <cmath>

using namespace mlir;
using namespace mlir::infini;

namespace mlir::infini::detail {


/// A map over `numDims` loop dimensions that selects `dims`.
AffineMap dimsMap(MLIRContext *ctx, unsigned numDims, ArrayRef<unsigned> dims) {
  SmallVector<AffineExpr> exprs;
  for (unsigned d : dims)
    exprs.push_back(getAffineDimExpr(d, ctx));
  return AffineMap::get(numDims, /*symbolCount=*/0, exprs, ctx);
}

Value f32Constant(OpBuilder &b, Location loc, double value) {
  return arith::ConstantOp::create(b, loc, b.getF32FloatAttr(value));
}

Value toF32(OpBuilder &b, Location loc, Value scalar) {
  if (scalar.getType().isF32())
    return scalar;
  return arith::ExtFOp::create(b, loc, b.getF32Type(), scalar);
}

Value fromF32(OpBuilder &b, Location loc, Value scalar, Type type) {
  if (type.isF32())
    return scalar;
  return arith::TruncFOp::create(b, loc, type, scalar);
}

Value castIfNeeded(OpBuilder &b, Location loc, Value value, Type type) {
  if (value.getType() == type)
    return value;
  return tensor::CastOp::create(b, loc, type, value);
}

/// An f32 tensor of `sizes` filled with `value`: the init of a reduction.
Value filledF32(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
                double value) {
  Value empty = tensor::EmptyOp::create(b, loc, sizes, b.getF32Type());
  return linalg::FillOp::create(b, loc, f32Constant(b, loc, value), empty)
      .getResult(0);
}

/// out[i] = body(inputs[maps[k](i)]...) over the iteration space `sizes`.
Value mapElementwise(OpBuilder &b, Location loc, ValueRange inputs,
                     ArrayRef<AffineMap> inputMaps,
                     ArrayRef<OpFoldResult> sizes, Type elementType,
                     BodyFn body) {
  Value init = tensor::EmptyOp::create(b, loc, sizes, elementType);
  SmallVector<AffineMap> maps(inputMaps);
  maps.push_back(b.getMultiDimIdentityMap(sizes.size()));
  SmallVector<utils::IteratorType> iterators(sizes.size(),
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{init.getType()}, inputs, ValueRange{init}, maps,
      iterators, [&](OpBuilder &nb, Location nloc, ValueRange args) {
        linalg::YieldOp::create(nb, nloc, body(nb, nloc, args.drop_back()));
      });
  return generic.getResult(0);
}

/// Reduces over the innermost loop dimension into `init`, whose map is the
/// identity over the outer loop dimensions: init[i] = combine(init[i],
/// input[inputMap(i, r)]) for every r. `combine` may use linalg.index.
Value reduceInnermost(
    OpBuilder &b, Location loc, Value input, AffineMap inputMap, Value init,
    function_ref<Value(OpBuilder &, Location, Value, Value)> combine) {
  unsigned numDims = inputMap.getNumDims();
  SmallVector<unsigned> outDims = llvm::to_vector(llvm::seq(0u, numDims - 1));
  SmallVector<AffineMap> maps = {inputMap,
                                 dimsMap(b.getContext(), numDims, outDims)};
  SmallVector<utils::IteratorType> iterators(numDims,
                                             utils::IteratorType::parallel);
  iterators.back() = utils::IteratorType::reduction;
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{init.getType()}, ValueRange{input}, ValueRange{init},
      maps, iterators, [&](OpBuilder &nb, Location nloc, ValueRange args) {
        linalg::YieldOp::create(nb, nloc, combine(nb, nloc, args[1], args[0]));
      });
  return generic.getResult(0);
}

Value addF(OpBuilder &b, Location loc, Value acc, Value x) {
  return arith::AddFOp::create(b, loc, acc, x);
}

/// acc + sum over the dims absent from the output of lhs * rhs.
Value contract(OpBuilder &b, Location loc, Value lhs, Value rhs, Value acc,
               unsigned numDims, ArrayRef<unsigned> lhsDims,
               ArrayRef<unsigned> rhsDims, ArrayRef<unsigned> accDims) {
  MLIRContext *ctx = b.getContext();
  ArrayAttr maps = b.getAffineMapArrayAttr({dimsMap(ctx, numDims, lhsDims),
                                            dimsMap(ctx, numDims, rhsDims),
                                            dimsMap(ctx, numDims, accDims)});
  return linalg::ContractOp::create(b, loc, TypeRange{acc.getType()},
                                    ValueRange{lhs, rhs}, ValueRange{acc}, maps)
      .getResult(0);
}

/// acc + p * v, with v replaced by 0 when key u lies after query t: a future
/// key's value is never multiplied (its probability is 0, but 0 * NaN is
/// NaN). Selecting the operand keeps the body a multiply-add reduction,
/// which the vectorizer recognizes and LLVM may fuse. Positions compare
/// signed: a tile's queries may start before its keys.
Value accumulateVisible(OpBuilder &b, Location loc, Value acc, Value p,
                        Value v, Value t, Value u) {
  Value future = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sgt, u, t);
  Value visible = arith::SelectOp::create(b, loc, future,
                                          f32Constant(b, loc, 0.0),
                                          toF32(b, loc, v));
  auto contractable = arith::FastMathFlags::contract;
  return arith::AddFOp::create(
      b, loc, acc, arith::MulFOp::create(b, loc, p, visible, contractable),
      contractable);
}

/// sigma(x) = ELU(x) + 1, elementwise in f32.
Value sigma(OpBuilder &b, Location loc, Value x) {
  unsigned rank = cast<RankedTensorType>(x.getType()).getRank();
  return mapElementwise(
      b, loc, x, b.getMultiDimIdentityMap(rank),
      tensor::getMixedSizes(b, loc, x), b.getF32Type(),
      [](OpBuilder &b, Location loc, ValueRange args) -> Value {
        Value v = toF32(b, loc, args[0]);
        Value positive = arith::CmpFOp::create(
            b, loc, arith::CmpFPredicate::OGT, v, f32Constant(b, loc, 0.0));
        Value shifted =
            arith::AddFOp::create(b, loc, v, f32Constant(b, loc, 1.0));
        Value exp = math::ExpOp::create(b, loc, v);
        return arith::SelectOp::create(b, loc, positive, shifted, exp);
      });
}

/// num / max(den, epsilon) (num / den without epsilon), truncated to `type`.
Value gatedMix(OpBuilder &b, Location loc, Value beta, Value fromMemory,
               Value fromLocal) {
  Value one = f32Constant(b, loc, 1.0);
  // sigmoid(beta) = 1 / (1 + exp(-beta))
  Value g = arith::DivFOp::create(
      b, loc, one,
      arith::AddFOp::create(
          b, loc, one,
          math::ExpOp::create(b, loc, arith::NegFOp::create(b, loc, beta))));
  return arith::AddFOp::create(
      b, loc, arith::MulFOp::create(b, loc, g, fromMemory),
      arith::MulFOp::create(b, loc, arith::SubFOp::create(b, loc, one, g),
                            fromLocal));
}

Value normalize(OpBuilder &b, Location loc, Value num, Value den, Value epsilon,
                Type type) {
  if (epsilon)
    den = arith::MaximumFOp::create(b, loc, den, epsilon);
  return fromF32(b, loc, arith::DivFOp::create(b, loc, num, den), type);
}

/// The score scale: the attribute, else 1 / sqrt(Dk), computed at run time
/// when Dk is dynamic.
Value attentionScale(OpBuilder &b, Location loc, Value query,
                     std::optional<APFloat> scale) {
  if (scale)
    return f32Constant(b, loc, scale->convertToDouble());
  OpFoldResult dk = tensor::getMixedSize(b, loc, query, 3);
  if (std::optional<int64_t> d = getConstantIntValue(dk))
    return f32Constant(b, loc, 1.0 / std::sqrt(static_cast<double>(*d)));
  Value asInt =
      arith::IndexCastUIOp::create(b, loc, b.getI64Type(), cast<Value>(dk));
  Value asFloat = arith::UIToFPOp::create(b, loc, b.getF32Type(), asInt);
  return math::RsqrtOp::create(b, loc, asFloat);
}


} // namespace mlir::infini::detail
