//===- TensorEvaluator.cpp - evaluate constant linalg on tensors ----------===//

#include "TensorEvaluator.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>

using namespace mlir;
using namespace mlir::infini;

namespace {

/// `x` rounded to the float type `type`.
FailureOr<double> roundTo(Type type, double x) {
  if (type.isF64())
    return x;
  if (type.isF32())
    return static_cast<double>(static_cast<float>(x));
  if (auto ft = dyn_cast<FloatType>(type)) {
    APFloat value(x);
    bool lost;
    value.convert(ft.getFloatSemantics(), APFloat::rmNearestTiesToEven, &lost);
    value.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
    return value.convertToDouble();
  }
  return failure();
}

unsigned widthOf(Type type) {
  if (type.isIndex())
    return 64;
  if (auto it = dyn_cast<IntegerType>(type))
    return it.getWidth();
  return 0;
}

/// `x` wrapped to `width` bits, sign-extended (i1 as 0 or 1).
int64_t wrap(unsigned width, int64_t x) {
  if (width == 0 || width >= 64)
    return x;
  if (width == 1)
    return x & 1;
  uint64_t shift = 64 - width;
  return static_cast<int64_t>(static_cast<uint64_t>(x) << shift) >> shift;
}

uint64_t asUnsigned(unsigned width, int64_t x) {
  if (width == 0 || width >= 64)
    return static_cast<uint64_t>(x);
  return static_cast<uint64_t>(x) & ((uint64_t(1) << width) - 1);
}

bool compareFloats(arith::CmpFPredicate pred, double a, double b) {
  using P = arith::CmpFPredicate;
  bool unordered = std::isnan(a) || std::isnan(b);
  switch (pred) {
  case P::AlwaysFalse:
    return false;
  case P::AlwaysTrue:
    return true;
  case P::OEQ:
    return !unordered && a == b;
  case P::OGT:
    return !unordered && a > b;
  case P::OGE:
    return !unordered && a >= b;
  case P::OLT:
    return !unordered && a < b;
  case P::OLE:
    return !unordered && a <= b;
  case P::ONE:
    return !unordered && a != b;
  case P::ORD:
    return !unordered;
  case P::UEQ:
    return unordered || a == b;
  case P::UGT:
    return unordered || a > b;
  case P::UGE:
    return unordered || a >= b;
  case P::ULT:
    return unordered || a < b;
  case P::ULE:
    return unordered || a <= b;
  case P::UNE:
    return unordered || a != b;
  case P::UNO:
    return unordered;
  }
  return false;
}

bool compareInts(arith::CmpIPredicate pred, unsigned width, int64_t a,
                 int64_t b) {
  using P = arith::CmpIPredicate;
  uint64_t ua = asUnsigned(width, a), ub = asUnsigned(width, b);
  // Signed, i1 true is -1.
  if (width == 1) {
    a = -a;
    b = -b;
  }
  switch (pred) {
  case P::eq:
    return a == b;
  case P::ne:
    return a != b;
  case P::slt:
    return a < b;
  case P::sle:
    return a <= b;
  case P::sgt:
    return a > b;
  case P::sge:
    return a >= b;
  case P::ult:
    return ua < ub;
  case P::ule:
    return ua <= ub;
  case P::ugt:
    return ua > ub;
  case P::uge:
    return ua >= ub;
  }
  return false;
}

std::string describe(Operation *op) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "'" << op->getName() << "' at " << op->getLoc();
  return text;
}

int64_t numElements(ArrayRef<int64_t> shape) {
  int64_t n = 1;
  for (int64_t s : shape)
    n *= s;
  return n;
}

/// Row-major offset of `index` in `shape`.
int64_t offsetOf(ArrayRef<int64_t> shape, ArrayRef<int64_t> index) {
  int64_t offset = 0;
  for (auto [size, i] : llvm::zip_equal(shape, index))
    offset = offset * size + i;
  return offset;
}

/// Advances `index` through `shape` row-major; false after the last.
bool next(ArrayRef<int64_t> shape, MutableArrayRef<int64_t> index) {
  for (int64_t d = static_cast<int64_t>(shape.size()) - 1; d >= 0; --d) {
    if (++index[d] < shape[d])
      return true;
    index[d] = 0;
  }
  return false;
}

} // namespace

/// Adds `scale` times `e` to `coefficients` (per loop) and `constant`;
/// false when `e` is not linear in the loops.
static bool addLinear(AffineExpr e, int64_t scale,
                      MutableArrayRef<int64_t> coefficients,
                      int64_t &constant) {
  if (auto d = dyn_cast<AffineDimExpr>(e)) {
    coefficients[d.getPosition()] += scale;
    return true;
  }
  if (auto c = dyn_cast<AffineConstantExpr>(e)) {
    constant += scale * c.getValue();
    return true;
  }
  auto bin = dyn_cast<AffineBinaryOpExpr>(e);
  if (!bin)
    return false;
  if (bin.getKind() == AffineExprKind::Add)
    return addLinear(bin.getLHS(), scale, coefficients, constant) &&
           addLinear(bin.getRHS(), scale, coefficients, constant);
  if (bin.getKind() == AffineExprKind::Mul) {
    if (auto c = dyn_cast<AffineConstantExpr>(bin.getRHS()))
      return addLinear(bin.getLHS(), scale * c.getValue(), coefficients,
                       constant);
    if (auto c = dyn_cast<AffineConstantExpr>(bin.getLHS()))
      return addLinear(bin.getRHS(), scale * c.getValue(), coefficients,
                       constant);
  }
  return false;
}

OperandIndex::OperandIndex(AffineMap map, ArrayRef<int64_t> shape)
    : map(map), shape(shape), coefficients(map.getNumDims(), 0) {
  int64_t stride = 1;
  for (int64_t j = static_cast<int64_t>(map.getNumResults()) - 1; j >= 0;
       --j) {
    linear = linear &&
             addLinear(map.getResult(j), stride, coefficients, constant);
    stride *= shape[j];
  }
}

int64_t OperandIndex::at(ArrayRef<int64_t> point) const {
  if (!linear)
    return offsetOf(shape, map.compose(point));
  int64_t offset = constant;
  for (auto [c, p] : llvm::zip_equal(coefficients, point))
    offset += c * p;
  return offset;
}

const EvalTensor *TensorEvaluator::fail(const Twine &message) {
  reason = message.str();
  return nullptr;
}

LogicalResult TensorEvaluator::failScalar(const Twine &message) {
  reason = message.str();
  return failure();
}

FailureOr<EvalScalar> TensorEvaluator::scalarFromAbove(Value v, int depth) {
  Operation *def = v.getDefiningOp();
  if (!def) {
    auto arg = cast<BlockArgument>(v);
    if (isa<FunctionOpInterface>(arg.getOwner()->getParentOp()))
      (void)failScalar("function argument #" + Twine(arg.getArgNumber()));
    else
      (void)failScalar("a block argument");
    return failure();
  }
  if (depth > 8 || def->getNumRegions() != 0 || def->getNumResults() != 1)
    return (void)failScalar(describe(def)), failure();
  SmallVector<EvalScalar> in;
  for (Value operand : def->getOperands()) {
    FailureOr<EvalScalar> s = scalarFromAbove(operand, depth + 1);
    if (failed(s))
      return failure();
    in.push_back(*s);
  }
  EvalScalar out;
  if (failed(evaluateOp(*def, in, {}, out)))
    return failure();
  return out;
}

LogicalResult TensorEvaluator::evaluateOp(Operation &op,
                                          ArrayRef<EvalScalar> operands,
                                          ArrayRef<int64_t> point,
                                          EvalScalar &result) {
  auto in = [&](unsigned i) { return operands[i]; };
  auto setFloat = [&](double x) -> LogicalResult {
    FailureOr<double> r = roundTo(op.getResult(0).getType(), x);
    if (failed(r))
      return failScalar(describe(&op) + " has a result type it cannot round to");
    result.f = *r;
    return success();
  };
  auto setInt = [&](int64_t x) {
    result.i = wrap(widthOf(op.getResult(0).getType()), x);
    return success();
  };
  unsigned width =
      op.getNumOperands() ? widthOf(getElementTypeOrSelf(op.getOperand(0)))
                          : 0;
  auto u = [&](unsigned i) { return asUnsigned(width, in(i).i); };
  return llvm::TypeSwitch<Operation *, LogicalResult>(&op)
      .Case([&](linalg::IndexOp index) {
        if (index.getDim() >= point.size())
          return failScalar(describe(&op) + " outside a linalg op");
        return setInt(point[index.getDim()]);
      })
      .Case([&](arith::ConstantOp c) -> LogicalResult {
        if (auto f = dyn_cast<FloatAttr>(c.getValue()))
          return setFloat(f.getValueAsDouble());
        if (auto i = dyn_cast<IntegerAttr>(c.getValue()))
          return setInt(i.getType().isInteger(1) ? i.getValue().getZExtValue()
                                                 : i.getValue().getSExtValue());
        return failScalar(describe(&op) + " is not a scalar");
      })
      .Case([&](arith::AddFOp) { return setFloat(in(0).f + in(1).f); })
      .Case([&](arith::SubFOp) { return setFloat(in(0).f - in(1).f); })
      .Case([&](arith::MulFOp) { return setFloat(in(0).f * in(1).f); })
      .Case([&](arith::DivFOp) { return setFloat(in(0).f / in(1).f); })
      .Case([&](arith::NegFOp) { return setFloat(-in(0).f); })
      .Case([&](math::AbsFOp) { return setFloat(std::fabs(in(0).f)); })
      .Case([&](math::ExpOp) { return setFloat(std::exp(in(0).f)); })
      .Case([&](math::ExpM1Op) { return setFloat(std::expm1(in(0).f)); })
      .Case([&](math::LogOp) { return setFloat(std::log(in(0).f)); })
      .Case([&](math::Log1pOp) { return setFloat(std::log1p(in(0).f)); })
      .Case([&](math::SqrtOp) { return setFloat(std::sqrt(in(0).f)); })
      .Case([&](math::RsqrtOp) { return setFloat(1.0 / std::sqrt(in(0).f)); })
      .Case([&](math::TanhOp) { return setFloat(std::tanh(in(0).f)); })
      .Case([&](arith::MaximumFOp) {
        double a = in(0).f, b = in(1).f;
        return setFloat(std::isnan(a) || std::isnan(b) ? NAN : std::max(a, b));
      })
      .Case([&](arith::MinimumFOp) {
        double a = in(0).f, b = in(1).f;
        return setFloat(std::isnan(a) || std::isnan(b) ? NAN : std::min(a, b));
      })
      .Case([&](arith::MaxNumFOp) {
        return setFloat(std::fmax(in(0).f, in(1).f));
      })
      .Case([&](arith::MinNumFOp) {
        return setFloat(std::fmin(in(0).f, in(1).f));
      })
      .Case([&](arith::CmpFOp cmp) {
        return setInt(compareFloats(cmp.getPredicate(), in(0).f, in(1).f));
      })
      .Case([&](arith::SelectOp) {
        result = in(0).i ? in(1) : in(2);
        return success();
      })
      .Case<arith::ExtFOp, arith::TruncFOp>(
          [&](Operation *) { return setFloat(in(0).f); })
      .Case([&](arith::SIToFPOp) {
        return setFloat(static_cast<double>(in(0).i));
      })
      .Case([&](arith::UIToFPOp) { return setFloat(static_cast<double>(u(0))); })
      .Case<arith::FPToSIOp, arith::FPToUIOp>([&](Operation *) {
        double x = std::trunc(in(0).f);
        if (!(std::fabs(x) < 9.2e18))
          return failScalar(describe(&op) + " overflows");
        return setInt(static_cast<int64_t>(x));
      })
      .Case([&](arith::AddIOp) {
        return setInt(static_cast<int64_t>(static_cast<uint64_t>(in(0).i) +
                                           static_cast<uint64_t>(in(1).i)));
      })
      .Case([&](arith::SubIOp) {
        return setInt(static_cast<int64_t>(static_cast<uint64_t>(in(0).i) -
                                           static_cast<uint64_t>(in(1).i)));
      })
      .Case([&](arith::MulIOp) {
        return setInt(static_cast<int64_t>(static_cast<uint64_t>(in(0).i) *
                                           static_cast<uint64_t>(in(1).i)));
      })
      .Case([&](arith::AndIOp) { return setInt(in(0).i & in(1).i); })
      .Case([&](arith::OrIOp) { return setInt(in(0).i | in(1).i); })
      .Case([&](arith::XOrIOp) { return setInt(in(0).i ^ in(1).i); })
      .Case([&](arith::MaxSIOp) { return setInt(std::max(in(0).i, in(1).i)); })
      .Case([&](arith::MinSIOp) { return setInt(std::min(in(0).i, in(1).i)); })
      .Case([&](arith::MaxUIOp) {
        return setInt(static_cast<int64_t>(std::max(u(0), u(1))));
      })
      .Case([&](arith::MinUIOp) {
        return setInt(static_cast<int64_t>(std::min(u(0), u(1))));
      })
      .Case<arith::DivSIOp, arith::RemSIOp, arith::DivUIOp, arith::RemUIOp>(
          [&](Operation *) -> LogicalResult {
            if (in(1).i == 0)
              return failScalar(describe(&op) + " divides by zero");
            if (isa<arith::DivSIOp>(op))
              return setInt(in(0).i / in(1).i);
            if (isa<arith::RemSIOp>(op))
              return setInt(in(0).i % in(1).i);
            if (isa<arith::DivUIOp>(op))
              return setInt(static_cast<int64_t>(u(0) / u(1)));
            return setInt(static_cast<int64_t>(u(0) % u(1)));
          })
      .Case([&](arith::CmpIOp cmp) {
        return setInt(compareInts(cmp.getPredicate(), width, in(0).i, in(1).i));
      })
      .Case<arith::IndexCastOp, arith::ExtSIOp, arith::TruncIOp>(
          [&](Operation *) { return setInt(in(0).i); })
      .Case<arith::IndexCastUIOp, arith::ExtUIOp>([&](Operation *) {
        return setInt(static_cast<int64_t>(u(0)));
      })
      .Default([&](Operation *) {
        return failScalar("an operation it cannot evaluate: " + describe(&op));
      });
}

const TensorEvaluator::BodyPlan *TensorEvaluator::planFor(Block &body) {
  auto it = plans.find(&body);
  if (it != plans.end())
    return it->second.get();
  auto plan = std::make_unique<BodyPlan>();
  llvm::DenseMap<Value, unsigned> slots;
  for (BlockArgument arg : body.getArguments())
    slots[arg] = plan->numSlots++;
  // Values from above do not change between points: evaluate them once.
  auto slotOf = [&](Value v) -> FailureOr<unsigned> {
    auto found = slots.find(v);
    if (found != slots.end())
      return found->second;
    FailureOr<EvalScalar> s = scalarFromAbove(v, 0);
    if (failed(s))
      return failure();
    unsigned slot = plan->numSlots++;
    plan->constants.push_back({slot, *s});
    slots[v] = slot;
    return slot;
  };
  for (Operation &op : body.without_terminator()) {
    if (op.getNumRegions() != 0 || op.getNumResults() != 1)
      return (void)failScalar("an operation it cannot evaluate: " +
                              describe(&op)),
             nullptr;
    Step step{&op, {}, nullptr, 0};
    ValueRange operands = op.getOperands();
    // An element of a tensor from above (a gather).
    if (auto extract = dyn_cast<tensor::ExtractOp>(op)) {
      step.tensor = evaluate(extract.getTensor());
      if (!step.tensor)
        return nullptr;
      operands = extract.getIndices();
    }
    for (Value operand : operands) {
      FailureOr<unsigned> slot = slotOf(operand);
      if (failed(slot))
        return nullptr;
      step.operands.push_back(*slot);
    }
    step.result = plan->numSlots++;
    slots[op.getResult(0)] = step.result;
    plan->steps.push_back(std::move(step));
  }
  for (Value v : body.getTerminator()->getOperands()) {
    FailureOr<unsigned> slot = slotOf(v);
    if (failed(slot))
      return nullptr;
    plan->results.push_back(*slot);
  }
  return (plans[&body] = std::move(plan)).get();
}

FailureOr<SmallVector<EvalScalar>>
TensorEvaluator::evaluateBody(Block &body, ArrayRef<EvalScalar> args,
                              ArrayRef<int64_t> point) {
  const BodyPlan *plan = planFor(body);
  if (!plan)
    return failure();
  SmallVector<EvalScalar, 32> slots(plan->numSlots);
  for (auto [i, value] : llvm::enumerate(args))
    slots[i] = value;
  for (auto [slot, value] : plan->constants)
    slots[slot] = value;
  SmallVector<EvalScalar, 4> in;
  for (const Step &step : plan->steps) {
    in.clear();
    for (unsigned slot : step.operands)
      in.push_back(slots[slot]);
    if (step.tensor) {
      const EvalTensor &t = *step.tensor;
      int64_t offset = 0;
      for (auto [at, size] : llvm::zip_equal(in, t.shape)) {
        if (at.i < 0 || at.i >= size)
          return (void)failScalar("an out-of-bounds " + describe(step.op)),
                 failure();
        offset = offset * size + at.i;
      }
      slots[step.result] = t.data[offset];
      continue;
    }
    if (failed(evaluateOp(*step.op, in, point, slots[step.result])))
      return failure();
  }
  SmallVector<EvalScalar> results;
  for (unsigned slot : plan->results)
    results.push_back(slots[slot]);
  return results;
}

const EvalTensor *TensorEvaluator::evaluate(Value v) {
  auto it = cache.find(v);
  if (it != cache.end())
    return it->second.get();
  auto known = failures.find(v);
  if (known != failures.end())
    return fail(known->second);
  const EvalTensor *t = compute(v);
  if (!t)
    failures[v] = reason;
  return t;
}

const EvalTensor *TensorEvaluator::compute(Value v) {
  auto type = dyn_cast<RankedTensorType>(v.getType());
  if (!type)
    return fail("a value that is not a ranked tensor");
  Operation *def = v.getDefiningOp();
  if (!def) {
    auto arg = cast<BlockArgument>(v);
    if (isa<FunctionOpInterface>(arg.getOwner()->getParentOp()))
      return fail("function argument #" + Twine(arg.getArgNumber()));
    return fail("a block argument");
  }
  if (!type.hasStaticShape())
    return fail("the dynamically shaped result of " + describe(def));
  int64_t count = numElements(type.getShape());
  if (count > budget)
    return fail("more elements than it evaluates (" + describe(def) + ")");

  auto linalgOp = dyn_cast<linalg::LinalgOp>(def);
  auto result = std::make_unique<EvalTensor>();
  result->shape.assign(type.getShape().begin(), type.getShape().end());
  if (!linalgOp)
    result->data.resize(count);
  auto store = [&](Value value, std::unique_ptr<EvalTensor> t) {
    budget -= count;
    const EvalTensor *raw = t.get();
    cache[value] = std::move(t);
    return raw;
  };
  Type elem = type.getElementType();

  if (auto c = dyn_cast<arith::ConstantOp>(def)) {
    // Small weights (gate logits, RoPE frequencies), as torch-mlir exports
    // them; large ones are not what masks and gates are made of.
    if (auto resource = dyn_cast<DenseF32ResourceElementsAttr>(c.getValue())) {
      if (count > (int64_t(1) << 16))
        return fail("a large weight (" + describe(def) + ")");
      std::optional<ArrayRef<float>> data = resource.tryGetAsArrayRef();
      if (!data || static_cast<int64_t>(data->size()) != count)
        return fail("a dense_resource constant without its data (" +
                    describe(def) + ")");
      for (auto [i, x] : llvm::enumerate(*data))
        result->data[i].f = x;
      return store(v, std::move(result));
    }
    auto dense = dyn_cast<DenseElementsAttr>(c.getValue());
    if (!dense)
      return fail("a constant it cannot read (" + describe(def) + ")");
    if (dense.isSplat()) {
      EvalScalar s;
      if (isa<FloatType>(elem)) {
        APFloat x = dense.getSplatValue<APFloat>();
        bool lost;
        x.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
        s.f = x.convertToDouble();
      } else if (widthOf(elem)) {
        APInt x = dense.getSplatValue<APInt>();
        s.i = x.getBitWidth() == 1 ? x.getZExtValue() : x.getSExtValue();
      } else {
        return fail("a constant of an element type it does not know");
      }
      std::fill(result->data.begin(), result->data.end(), s);
    } else if (elem.isF32()) {
      int64_t i = 0;
      for (float x : dense.getValues<float>())
        result->data[i++].f = x;
    } else if (isa<FloatType>(elem)) {
      int64_t i = 0;
      for (APFloat x : dense.getValues<APFloat>()) {
        bool lost;
        x.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
        result->data[i++].f = x.convertToDouble();
      }
    } else if (widthOf(elem)) {
      int64_t i = 0;
      for (APInt x : dense.getValues<APInt>())
        result->data[i++].i =
            x.getBitWidth() == 1 ? x.getZExtValue() : x.getSExtValue();
    } else {
      return fail("a constant of an element type it does not know");
    }
    return store(v, std::move(result));
  }
  if (isa<tensor::EmptyOp>(def)) {
    result->undefined = true;
    return store(v, std::move(result));
  }
  if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp, tensor::CastOp>(
          def)) {
    const EvalTensor *src = evaluate(def->getOperand(0));
    if (!src)
      return nullptr;
    result->data = src->data;
    result->undefined = src->undefined;
    return store(v, std::move(result));
  }
  if (auto slice = dyn_cast<tensor::ExtractSliceOp>(def)) {
    const EvalTensor *src = evaluate(slice.getSource());
    if (!src)
      return nullptr;
    if (!slice.hasUnitStride() && llvm::any_of(slice.getMixedStrides(),
                                               [](OpFoldResult s) {
                                                 return !getConstantIntValue(s);
                                               }))
      return fail("a slice with dynamic strides");
    SmallVector<int64_t> offsets, sizes, strides;
    for (auto [o, s, st] :
         llvm::zip_equal(slice.getMixedOffsets(), slice.getMixedSizes(),
                         slice.getMixedStrides())) {
      std::optional<int64_t> co = getConstantIntValue(o),
                             cs = getConstantIntValue(s),
                             cst = getConstantIntValue(st);
      if (!co || !cs || !cst)
        return fail("a slice with dynamic offsets or sizes");
      offsets.push_back(*co);
      sizes.push_back(*cs);
      strides.push_back(*cst);
    }
    SmallVector<int64_t> index(sizes.size(), 0), at(sizes.size());
    int64_t out = 0;
    if (numElements(sizes) > 0) {
      do {
        for (size_t d = 0; d < sizes.size(); ++d)
          at[d] = offsets[d] + index[d] * strides[d];
        result->data[out++] = src->data[offsetOf(src->shape, at)];
      } while (next(sizes, index));
    }
    return store(v, std::move(result));
  }
  if (auto concat = dyn_cast<tensor::ConcatOp>(def)) {
    int64_t dim = concat.getDim();
    SmallVector<int64_t> index(result->shape.size(), 0);
    int64_t base = 0;
    for (Value input : concat.getInputs()) {
      const EvalTensor *src = evaluate(input);
      if (!src)
        return nullptr;
      SmallVector<int64_t> at(src->shape.size(), 0);
      if (numElements(src->shape) > 0) {
        do {
          index.assign(at.begin(), at.end());
          index[dim] += base;
          result->data[offsetOf(result->shape, index)] =
              src->data[offsetOf(src->shape, at)];
        } while (next(src->shape, at));
      }
      base += src->shape[dim];
    }
    return store(v, std::move(result));
  }
  if (auto fill = dyn_cast<linalg::FillOp>(def)) {
    FailureOr<EvalScalar> s = scalarFromAbove(fill.getInputs()[0], 0);
    if (failed(s))
      return nullptr;
    std::fill(result->data.begin(), result->data.end(), *s);
    return store(v, std::move(result));
  }
  if (!linalgOp || !linalgOp.hasPureTensorSemantics() || !linalgOp.getBlock())
    return fail("an operation it cannot evaluate: " + describe(def));

  // A linalg op: evaluate its operands, then run its body at every point of
  // its (static) loop ranges, reading the outputs as they are updated.
  SmallVector<const EvalTensor *> operands;
  for (OpOperand &operand : def->getOpOperands()) {
    const EvalTensor *t = evaluate(operand.get());
    if (!t)
      return nullptr;
    bool read = linalgOp.payloadUsesValueFromOperand(&operand);
    if (t->undefined && read)
      return fail("a read of tensor.empty (" + describe(def) + ")");
    operands.push_back(t);
  }
  SmallVector<int64_t> ranges = linalgOp.getStaticLoopRanges();
  if (llvm::any_of(ranges, ShapedType::isDynamic))
    return fail("dynamic loop ranges (" + describe(def) + ")");
  int64_t points = numElements(ranges);
  if (points > budget)
    return fail("more elements than it evaluates (" + describe(def) + ")");
  budget -= points;

  SmallVector<std::unique_ptr<EvalTensor>> outs;
  unsigned numInputs = linalgOp.getNumDpsInputs();
  for (unsigned r = 0; r < def->getNumResults(); ++r) {
    auto out = std::make_unique<EvalTensor>(*operands[numInputs + r]);
    out->undefined = false;
    outs.push_back(std::move(out));
  }
  SmallVector<OperandIndex> indices;
  for (auto [map, operand] :
       llvm::zip_equal(linalgOp.getIndexingMapsArray(), operands))
    indices.emplace_back(map, operand->shape);
  Block &body = *linalgOp.getBlock();
  SmallVector<int64_t> point(ranges.size(), 0);
  SmallVector<EvalScalar> args(def->getNumOperands());
  if (points > 0) {
    do {
      SmallVector<int64_t> outOffsets;
      for (unsigned o = 0; o < def->getNumOperands(); ++o) {
        int64_t offset = indices[o].at(point);
        if (o < numInputs) {
          args[o] = operands[o]->data[offset];
        } else {
          args[o] = outs[o - numInputs]->data[offset];
          outOffsets.push_back(offset);
        }
      }
      FailureOr<SmallVector<EvalScalar>> values =
          evaluateBody(body, args, point);
      if (failed(values))
        return nullptr;
      for (unsigned r = 0; r < outs.size(); ++r)
        outs[r]->data[outOffsets[r]] = (*values)[r];
    } while (next(ranges, point));
  }
  for (unsigned r = 0; r < outs.size(); ++r)
    cache[def->getResult(r)] = std::move(outs[r]);
  return cache[v].get();
}
