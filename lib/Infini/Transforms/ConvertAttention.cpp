//===- ConvertAttention.cpp - causal softmax attention to infini ----------===//
//
// Finds ordinary causal softmax attention in linalg on tensors,
//
//   S = Q K^T          a contraction: Q [.., t, d] with K [.., u, d] (or a
//                      transpose of K [.., d, u]), into a zero-filled init
//   S = S * c          optional: elementwise multiply (or divide) by a
//                      scalar constant, before or after the mask
//   S = mask(S)        causal: -inf where u > t, as a select on linalg.index
//                      values or as the add of a constant causal mask
//   P = softmax(S)     linalg.softmax over the last dimension
//   O = P V            a contraction: P [.., t, u] with V [.., u, e]
//
// on rank-4 [B, H, T, D] or rank-3 [B*H, T, D] tensors, and rewrites O into
// infini.attention with a fresh zero memory and constant gate logits, so that
// a model reads inputs of any length with bounded memory.
//
//===----------------------------------------------------------------------===//

#include "Infini/IR/InfiniOps.h"
#include "Infini/Transforms/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Linalg/Utils/Utils.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

#include <cmath>
#include <limits>

namespace mlir::infini {
#define GEN_PASS_DEF_INFINICONVERTATTENTION
#include "Infini/Transforms/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;
using namespace mlir::infini;

namespace {

/// Whether `v` is a zero-filled tensor (the init of a contraction).
bool isZeroFilled(Value v) {
  auto fill = v.getDefiningOp<linalg::FillOp>();
  return fill && matchPattern(fill.getInputs()[0], m_AnyZeroFloat());
}

/// The scalar `v` holds: a float constant, or a splat tensor constant.
std::optional<double> constantScalar(Value v) {
  FloatAttr f;
  if (matchPattern(v, m_Constant(&f)))
    return f.getValueAsDouble();
  DenseFPElementsAttr dense;
  if (matchPattern(v, m_Constant(&dense)) && dense.isSplat())
    return dense.getSplatValue<APFloat>().convertToDouble();
  if (auto fill = v.getDefiningOp<linalg::FillOp>())
    return constantScalar(fill.getInputs()[0]);
  return std::nullopt;
}

/// The operand positions of a contraction `op` with one batch run, one m,
/// one n and one reduction dimension, when its maps are
///   lhs (batch.., m, k), rhs (batch.., n, k) if `rhsTransposed`, else
///   rhs (batch.., k, n), out (batch.., m, n),
/// into a zero-filled init.
bool isAttentionContraction(linalg::LinalgOp op, bool rhsTransposed) {
  if (op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      !linalg::isaContractionOpInterface(op) ||
      !isZeroFilled(op.getDpsInits()[0]))
    return false;
  FailureOr<linalg::ContractionDimensions> dims =
      linalg::inferContractionDims(op);
  if (failed(dims) || dims->m.size() != 1 || dims->n.size() != 1 ||
      dims->k.size() != 1)
    return false;
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  auto results = [](AffineMap map) {
    SmallVector<unsigned> dims;
    for (AffineExpr e : map.getResults()) {
      auto d = dyn_cast<AffineDimExpr>(e);
      if (!d)
        return SmallVector<unsigned>{};
      dims.push_back(d.getPosition());
    }
    return dims;
  };
  SmallVector<unsigned> batch(dims->batch.begin(), dims->batch.end());
  auto with = [&](unsigned a, unsigned b) {
    SmallVector<unsigned> r = batch;
    r.push_back(a);
    r.push_back(b);
    return r;
  };
  unsigned m = dims->m[0], n = dims->n[0], k = dims->k[0];
  return results(maps[0]) == with(m, k) &&
         results(maps[1]) == (rhsTransposed ? with(n, k) : with(k, n)) &&
         results(maps[2]) == with(m, n);
}

/// K from the right operand of Q K^T: either read transposed by the
/// contraction's map, or a linalg.transpose of the last two dimensions.
Value keyOf(linalg::LinalgOp qk) {
  if (isAttentionContraction(qk, /*rhsTransposed=*/true))
    return qk.getDpsInputs()[1];
  if (!isAttentionContraction(qk, /*rhsTransposed=*/false))
    return {};
  auto transpose = qk.getDpsInputs()[1].getDefiningOp<linalg::TransposeOp>();
  if (!transpose)
    return {};
  ArrayRef<int64_t> perm = transpose.getPermutation();
  int64_t rank = perm.size();
  for (int64_t i = 0; i < rank - 2; ++i)
    if (perm[i] != i)
      return {};
  if (perm[rank - 2] != rank - 1 || perm[rank - 1] != rank - 2)
    return {};
  return transpose.getInput();
}

/// For an elementwise op reading `scores` whose body is one `T` combining
/// the scores element with one other value, that value: another operand of
/// the op (e.g. linalg.mul, linalg.add), or a value from above (a generic
/// multiplying by a captured constant).
template <typename T>
std::optional<Value> otherOperand(linalg::LinalgOp op, Value scores) {
  if (!linalg::isElementwise(op) || op->getNumResults() != 1)
    return std::nullopt;
  auto inputs = op.getDpsInputs();
  auto it = llvm::find(inputs, scores);
  if (it == inputs.end())
    return std::nullopt;
  Block *body = op.getBlock();
  if (body->getOperations().size() != 2)
    return std::nullopt;
  auto arith = dyn_cast<T>(&body->front());
  if (!arith || body->getTerminator()->getOperand(0) != arith->getResult(0))
    return std::nullopt;
  Value element = body->getArgument(it - inputs.begin());
  Value lhs = arith->getOperand(0), rhs = arith->getOperand(1);
  if (lhs != element && rhs != element)
    return std::nullopt;
  if (std::is_same<T, arith::DivFOp>::value && lhs != element)
    return std::nullopt;
  Value other = lhs == element ? rhs : lhs;
  if (auto arg = dyn_cast<BlockArgument>(other)) {
    if (arg.getOwner() != body || arg.getArgNumber() >= inputs.size())
      return std::nullopt;
    return inputs[arg.getArgNumber()];
  }
  if (op->isAncestor(other.getDefiningOp()))
    return std::nullopt;
  return other;
}

/// Whether `op` is scores -> select(u > t, -inf, scores) on indices of the
/// last two loops (rank-many loops, elementwise on the scores).
bool isIndexMask(linalg::GenericOp op, Value scores, unsigned rank) {
  if (op.getNumDpsInputs() != 1 || op.getDpsInputs()[0] != scores ||
      !linalg::isElementwise(op))
    return false;
  Block *body = op.getBlock();
  auto yield = cast<linalg::YieldOp>(body->getTerminator());
  auto select = yield.getValues()[0].getDefiningOp<arith::SelectOp>();
  if (!select || select.getFalseValue() != body->getArgument(0))
    return false;
  FloatAttr negInf;
  if (!matchPattern(select.getTrueValue(), m_Constant(&negInf)) ||
      !negInf.getValue().isInfinity() || !negInf.getValue().isNegative())
    return false;
  auto cmp = select.getCondition().getDefiningOp<arith::CmpIOp>();
  if (!cmp)
    return false;
  auto indexOf = [](Value v) -> std::optional<uint64_t> {
    if (auto index = v.getDefiningOp<linalg::IndexOp>())
      return index.getDim();
    return std::nullopt;
  };
  std::optional<uint64_t> lhs = indexOf(cmp.getLhs()),
                          rhs = indexOf(cmp.getRhs());
  if (!lhs || !rhs)
    return false;
  uint64_t t = rank - 2, u = rank - 1;
  using P = arith::CmpIPredicate;
  P pred = cmp.getPredicate();
  return (*lhs == u && *rhs == t && (pred == P::ugt || pred == P::sgt)) ||
         (*lhs == t && *rhs == u && (pred == P::ult || pred == P::slt));
}

/// Whether `mask` is a constant [.., T, T] tensor with -inf above the
/// diagonal and 0 elsewhere.
bool isCausalConstant(Value mask) {
  DenseFPElementsAttr dense;
  if (!matchPattern(mask, m_Constant(&dense)))
    return false;
  auto type = cast<ShapedType>(dense.getType());
  int64_t rank = type.getRank();
  if (rank < 2 || type.getDimSize(rank - 1) != type.getDimSize(rank - 2))
    return false;
  int64_t n = type.getDimSize(rank - 1);
  int64_t i = 0;
  for (APFloat v : dense.getValues<APFloat>()) {
    int64_t t = (i / n) % n, u = i % n;
    bool masked = v.isInfinity() && v.isNegative();
    if ((u > t) != masked || (!masked && !v.isZero()))
      return false;
    ++i;
  }
  return true;
}

struct Match {
  Value q, k, v;
  double scale = 1.0;
  /// The ops the rewrite makes dead: softmax, mask, scale, Q K^T.
  SmallVector<Operation *> chain;
};

/// Follows O = softmax(mask(scale(Q K^T))) V back from `pv`. Returns
/// failure() with a reason when the chain starts like attention but cannot
/// be converted, std::nullopt when it is not attention at all.
FailureOr<std::optional<Match>> matchAttention(linalg::LinalgOp pv,
                                               std::string &why) {
  if (!isAttentionContraction(pv, /*rhsTransposed=*/false))
    return std::optional<Match>();
  auto softmax = pv.getDpsInputs()[0].getDefiningOp<linalg::SoftmaxOp>();
  if (!softmax)
    return std::optional<Match>();
  auto type = cast<RankedTensorType>(softmax.getInput().getType());
  unsigned rank = type.getRank();
  auto fail = [&](const Twine &reason) -> FailureOr<std::optional<Match>> {
    why = reason.str();
    return failure();
  };
  if (rank != 3 && rank != 4)
    return fail("scores of rank " + Twine(rank) + ", not 3 or 4");
  if (softmax.getDimension() != rank - 1)
    return fail("the softmax is not over the last (key) dimension");
  if (!softmax->hasOneUse())
    return fail("the probabilities have other uses");

  Match match;
  match.v = pv.getDpsInputs()[1];
  match.chain.push_back(softmax);
  bool masked = false, scaled = false;
  Value scores = softmax.getInput();
  while (true) {
    auto producer = scores.getDefiningOp<linalg::LinalgOp>();
    if (!producer)
      return fail("the scores do not come from Q K^T");
    if (!producer->hasOneUse())
      return fail("intermediate scores have other uses");
    match.chain.push_back(producer);
    if (Value key = keyOf(producer)) {
      match.q = producer.getDpsInputs()[0];
      match.k = key;
      break;
    }
    if (linalg::isaContractionOpInterface(producer))
      return fail("the scores come from a contraction that is not Q K^T");
    Value input;
    // Scaling by a scalar constant.
    for (Value candidate : producer.getDpsInputs()) {
      if (std::optional<Value> other =
              otherOperand<arith::MulFOp>(producer, candidate)) {
        if (std::optional<double> c = constantScalar(*other)) {
          if (scaled)
            return fail("the scores are scaled twice");
          match.scale *= *c;
          scaled = true;
          input = candidate;
          break;
        }
      }
      if (std::optional<Value> other =
              otherOperand<arith::DivFOp>(producer, candidate)) {
        if (std::optional<double> c = constantScalar(*other); c && *c != 0) {
          if (scaled)
            return fail("the scores are scaled twice");
          match.scale /= *c;
          scaled = true;
          input = candidate;
          break;
        }
      }
      // A causal mask: the add of a constant, or a select on indices.
      if (std::optional<Value> other =
              otherOperand<arith::AddFOp>(producer, candidate)) {
        if (isCausalConstant(*other)) {
          if (masked)
            return fail("the scores are masked twice");
          masked = true;
          input = candidate;
          break;
        }
      }
      if (auto generic = dyn_cast<linalg::GenericOp>(producer.getOperation());
          generic && isIndexMask(generic, candidate, rank)) {
        if (masked)
          return fail("the scores are masked twice");
        masked = true;
        input = candidate;
        break;
      }
    }
    if (!input)
      return fail("an operation on the scores that is neither a constant "
                  "scale nor a causal mask: '" +
                  producer->getName().getStringRef() + "'");
    scores = input;
  }
  if (!masked)
    return fail("no causal mask (infini.attention is causal)");
  auto shapeOf = [](Value v) {
    return cast<RankedTensorType>(v.getType()).getShape();
  };
  if (shapeOf(match.q) != shapeOf(match.k) ||
      shapeOf(match.k).drop_back() != shapeOf(match.v).drop_back())
    return fail("Q, K and V are not [.., T, D] tensors of one shape "
                "(cross-attention or grouped heads)");
  auto elemOf = [](Value v) {
    return cast<RankedTensorType>(v.getType()).getElementType();
  };
  Type elem = elemOf(match.q);
  if (elemOf(match.k) != elem || elemOf(match.v) != elem ||
      elemOf(pv->getResult(0)) != elem)
    return fail("Q, K, V and the output do not share one element type");
  if (!isa<Float32Type, Float16Type, BFloat16Type>(elem)) {
    std::string name;
    llvm::raw_string_ostream os(name);
    os << elem;
    return fail("the element type is " + name +
                "; infini.attention takes f32, f16 or bf16");
  }
  // infini.attention only lets the token count be 0.
  for (int64_t size : shapeOf(match.q).drop_back(2))
    if (size == 0)
      return fail("a batch or head count is 0");
  if (shapeOf(match.q).back() == 0 || shapeOf(match.v).back() == 0)
    return fail("a head dimension is 0");
  // The op's scale attribute is an f32.
  auto scale = static_cast<float>(match.scale);
  if (!std::isfinite(scale) || scale <= 0) {
    std::string value;
    llvm::raw_string_ostream(value) << match.scale;
    return fail("the scale " + value +
                " is not a finite f32 > 0 (infini.attention's scale must be)");
  }
  return std::optional<Match>(match);
}

/// [.., T, D] rank 3 as [1, B*H, T, D]; rank 4 unchanged.
Value toRank4(OpBuilder &b, Location loc, Value x) {
  auto type = cast<RankedTensorType>(x.getType());
  if (type.getRank() == 4)
    return x;
  SmallVector<int64_t> shape = {1};
  llvm::append_range(shape, type.getShape());
  SmallVector<OpFoldResult> sizes = {b.getIndexAttr(1)};
  llvm::append_range(sizes, tensor::getMixedSizes(b, loc, x));
  return tensor::ExpandShapeOp::create(
      b, loc, RankedTensorType::get(shape, type.getElementType()), x,
      SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}}, sizes);
}

Value zeros(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
            double value = 0.0) {
  Value empty = tensor::EmptyOp::create(b, loc, sizes, b.getF32Type());
  Value c = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(value));
  return linalg::FillOp::create(b, loc, c, empty).getResult(0);
}

struct InfiniConvertAttentionPass
    : infini::impl::InfiniConvertAttentionBase<InfiniConvertAttentionPass> {
  using Base::Base;

  void runOnOperation() override {
    if (segmentLen <= 0) {
      mlir::emitError(getOperation()->getLoc(),
                      "infini-convert-attention: segment-len must be "
                      "positive, got ")
          << segmentLen.getValue();
      return signalPassFailure();
    }
    SmallVector<std::pair<linalg::LinalgOp, Match>> found;
    getOperation()->walk([&](linalg::LinalgOp op) {
      std::string why;
      FailureOr<std::optional<Match>> match = matchAttention(op, why);
      if (failed(match)) {
        op->emitRemark("softmax attention left unchanged: ") << why;
        return;
      }
      if (*match)
        found.push_back({op, **match});
    });

    IRRewriter rewriter(&getContext());
    for (auto [pv, match] : found) {
      Location loc = pv.getLoc();
      rewriter.setInsertionPoint(pv);
      Value q = toRank4(rewriter, loc, match.q);
      Value k = toRank4(rewriter, loc, match.k);
      Value v = toRank4(rewriter, loc, match.v);
      SmallVector<OpFoldResult> qs = tensor::getMixedSizes(rewriter, loc, q);
      SmallVector<OpFoldResult> vs = tensor::getMixedSizes(rewriter, loc, v);
      Value memory = zeros(rewriter, loc, {qs[0], qs[1], qs[3], vs[3]});
      Value norm = zeros(rewriter, loc, {qs[0], qs[1], qs[3]});
      Value gate = zeros(rewriter, loc, {qs[1]}, gateLogit);
      auto outType = cast<RankedTensorType>(v.getType()).clone(
          {cast<RankedTensorType>(q.getType()).getDimSize(0),
           cast<RankedTensorType>(q.getType()).getDimSize(1),
           cast<RankedTensorType>(q.getType()).getDimSize(2),
           cast<RankedTensorType>(v.getType()).getDimSize(3)});
      auto attention = AttentionOp::create(
          rewriter, loc,
          TypeRange{outType, memory.getType(), norm.getType()}, q, k, v,
          memory, norm, gate, /*local_query=*/Value(), /*local_key=*/Value(),
          rewriter.getI64IntegerAttr(segmentLen),
          UpdateRuleAttr::get(&getContext(),
                              delta ? UpdateRule::delta : UpdateRule::linear),
          rewriter.getF32FloatAttr(match.scale),
          rewriter.getF32FloatAttr(1e-6));
      Value out = attention.getResult();
      auto resultType = cast<RankedTensorType>(pv->getResult(0).getType());
      if (resultType.getRank() == 3)
        out = tensor::CollapseShapeOp::create(
            rewriter, loc, out,
            SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}});
      if (out.getType() != resultType)
        out = tensor::CastOp::create(rewriter, loc, resultType, out);
      rewriter.replaceOp(pv, out);
      for (Operation *op : match.chain)
        if (isOpTriviallyDead(op))
          rewriter.eraseOp(op);
    }
  }
};

} // namespace
