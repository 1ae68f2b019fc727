//===- RaiseAttention.cpp - Infini-attention in linalg to infini ----------===//
//
// Finds one segment of Infini-attention spelled out in linalg on tensors and
// raises it to infini.attention:
//
//   A_mem = sigma(Q) M / max(sigma(Q) z, eps)          retrieval
//   A_dot = causal softmax attention (AttentionMatch)  local attention
//   A     = a_h A_dot + b_h A_mem, a_h + b_h = 1       the gate, per head
//   M'    = M + sigma(K)^T (V - [delta] sigma(K) M / max(sigma(K) z, eps))
//   z'    = z + sum over tokens of sigma(K)
//
// with sigma(x) = elu(x) + 1. As in AttentionMatch, parts are recognised by
// what they compute: sigma and the clamp by evaluating them on probe
// values, the gate by evaluating the combination of A_dot and A_mem per
// head (its constants, e.g. sigmoid of learned logits, are folded).
// A first segment (no memories read, memories written) raises to local
// attention and an update of an empty memory; at the end, chains of
// infini.attention (each reading what the one before wrote) merge into one.
//
//===----------------------------------------------------------------------===//

#include "AttentionMatch.h"

#include "Infini/IR/InfiniOps.h"
#include "Infini/Transforms/Passes.h"
#include "Infini/Transforms/Transforms.h"
#include "mlir/Analysis/SliceAnalysis.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/SmallBitVector.h"

#include <cmath>

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIRAISEATTENTION
#include "Infini/Transforms/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;
using namespace mlir::infini;
using namespace mlir::infini::match;

namespace {

/// Whether `v` is computed from nothing but constants (the evaluator can
/// tell what it holds).
bool isConstant(Value v, TensorEvaluator &eval) {
  return eval.evaluate(v) != nullptr;
}

/// An elementwise function of some leaf tensors: the elementwise linalg ops
/// between `root` and `leaves`, each reading the leaves and the values
/// between through the identity map and anything else as constants.
struct Elementwise {
  Value root;
  SmallVector<Value> leaves;

  /// The function at loop point `point` with the leaves set to `x`.
  FailureOr<double> at(Value v, ArrayRef<double> x, ArrayRef<int64_t> point,
                       TensorEvaluator &eval) const {
    for (auto [leaf, value] : llvm::zip_equal(leaves, x))
      if (v == leaf)
        return value;
    auto op = v.getDefiningOp<linalg::LinalgOp>();
    if (!isElementwiseLinalg(op))
      return failure();
    SmallVector<EvalScalar> args(op->getNumOperands());
    for (OpOperand &operand : op->getOpOperands()) {
      if (!op.payloadUsesValueFromOperand(&operand))
        continue;
      AffineMap map = op.getMatchingIndexingMap(&operand);
      if (const EvalTensor *t = eval.evaluate(operand.get())) {
        args[operand.getOperandNumber()] =
            t->data[OperandIndex(map, t->shape).at(point)];
        continue;
      }
      if (!map.isIdentity())
        return failure();
      FailureOr<double> inner = at(operand.get(), x, point, eval);
      if (failed(inner))
        return failure();
      args[operand.getOperandNumber()].f = *inner;
    }
    FailureOr<SmallVector<EvalScalar>> r =
        eval.evaluateBody(*op.getBlock(), args, point);
    if (failed(r))
      return failure();
    return (*r)[0].f;
  }

  /// The loop dimensions the constants and indices in the ops read.
  llvm::SmallBitVector varies(unsigned rank, TensorEvaluator &eval) const {
    llvm::SmallBitVector dims(rank);
    SmallVector<Value> worklist = {root};
    llvm::SmallPtrSet<Operation *, 16> seen;
    while (!worklist.empty()) {
      Value v = worklist.pop_back_val();
      if (llvm::is_contained(leaves, v))
        continue;
      auto op = v.getDefiningOp<linalg::LinalgOp>();
      if (!op || !seen.insert(op).second)
        continue;
      op.getBlock()->walk(
          [&](linalg::IndexOp index) { dims.set(index.getDim()); });
      for (OpOperand &operand : op->getOpOperands()) {
        if (!op.payloadUsesValueFromOperand(&operand))
          continue;
        if (isConstant(operand.get(), eval)) {
          for (AffineExpr e : op.getMatchingIndexingMap(&operand).getResults())
            e.walk([&](AffineExpr sub) {
              if (auto d = dyn_cast<AffineDimExpr>(sub))
                dims.set(d.getPosition());
            });
          continue;
        }
        worklist.push_back(operand.get());
      }
    }
    return dims;
  }
};

/// The elementwise function computing `root` from the one value that is
/// not a temporary of it: the walk back stops at the first value with a
/// use outside the function or not made by an elementwise op.
std::optional<Elementwise> unaryFunction(Value root, TensorEvaluator &eval) {
  llvm::SmallPtrSet<Operation *, 16> inside;
  SmallVector<Value> worklist = {root};
  Value leaf;
  auto rank = cast<RankedTensorType>(root.getType()).getRank();
  // Later ops first, so that a value is judged after all its users in the
  // function have been.
  auto later = [](Value a, Value b) {
    Operation *x = a.getDefiningOp(), *y = b.getDefiningOp();
    if (!x || !y || x->getBlock() != y->getBlock())
      return y == nullptr && x != nullptr;
    return y->isBeforeInBlock(x);
  };
  while (!worklist.empty()) {
    auto latest = std::max_element(
        worklist.begin(), worklist.end(),
        [&](Value a, Value b) { return later(b, a); });
    Value v = *latest;
    worklist.erase(latest);
    if (v != root && llvm::is_contained(worklist, v))
      continue;
    auto op = v.getDefiningOp<linalg::LinalgOp>();
    bool internal =
        v == root || llvm::all_of(v.getUsers(), [&](Operation *user) {
          return inside.contains(user);
        });
    // An op that reads a computed value through another map (a transpose)
    // is not elementwise in it.
    bool identityReads = op && llvm::all_of(
        op.getDpsInputOperands(), [&](OpOperand *operand) {
          return isConstant(operand->get(), eval) ||
                 op.getMatchingIndexingMap(operand).isIdentity();
        });
    if (!isElementwiseLinalg(op) || !internal || !identityReads ||
        op.getNumLoops() != rank) {
      if (leaf && leaf != v)
        return std::nullopt;
      leaf = v;
      continue;
    }
    inside.insert(op);
    for (OpOperand *operand : op.getDpsInputOperands())
      if (!isConstant(operand->get(), eval))
        worklist.push_back(operand->get());
  }
  if (!leaf || leaf == root)
    return std::nullopt;
  return Elementwise{root, {leaf}};
}

/// The input x when `v` is sigma(x) = elu(x) + 1 elementwise.
Value sigmaInput(Value v, TensorEvaluator &eval) {
  std::optional<Elementwise> f = unaryFunction(v, eval);
  if (!f)
    return {};
  auto rank = cast<RankedTensorType>(v.getType()).getRank();
  SmallVector<int64_t> point(rank, 0);
  if (f->varies(rank, eval).any())
    return {};
  for (double x : {-3.0, -1.0, -0.25, 0.0, 0.5, 2.0}) {
    FailureOr<double> y = f->at(v, {x}, point, eval);
    double want = x > 0 ? x + 1 : std::exp(x);
    if (failed(y) || !(std::fabs(*y - want) <= 1e-6 * std::max(1.0, want)))
      return {};
  }
  return f->leaves[0];
}

/// sigma(Q) M / max(sigma(Q) z, eps), seen from the division.
struct Retrieval {
  Value result;
  /// Q before sigma, laid out like the product's left operand.
  View query;
  View memory, norm;
  double epsilon = 0;
};

/// std::nullopt without `why` when `v` is not a division of a product;
/// with `why` when it is but does not retrieve from a memory.
std::optional<Retrieval> matchRetrieval(Value v, TensorEvaluator &eval,
                                        std::string &why) {
  auto div = v.getDefiningOp<linalg::LinalgOp>();
  if (!isElementwiseLinalg(div) || div.getNumDpsInputs() != 2 ||
      div.getNumLoops() != 4)
    return std::nullopt;
  Block &body = *div.getBlock();
  auto divf =
      body.getTerminator()->getOperand(0).getDefiningOp<arith::DivFOp>();
  if (!divf || divf.getLhs() != body.getArgument(0) ||
      divf.getRhs() != body.getArgument(1) ||
      !div.getMatchingIndexingMap(div.getDpsInputOperand(0)).isIdentity())
    return std::nullopt;
  // The numerator: sigma(Q) M, seen as [B, H, t, dv].
  auto numerOp = [&](Value x) {
    return behindReshapes(x).getDefiningOp<linalg::LinalgOp>();
  };
  std::string ignored;
  std::optional<Product> numer =
      matchProduct(numerOp(div.getDpsInputs()[0]), eval, ignored, false);
  if (!numer || numer->result != div.getDpsInputs()[0] || !numer->rank4)
    return std::nullopt;
  auto fail = [&](const Twine &reason) -> std::optional<Retrieval> {
    why = ("the retrieval: " + reason).str();
    return std::nullopt;
  };
  // The denominator: max(x, eps) of sigma(Q) z, broadcast along dv.
  AffineMap denomMap = div.getMatchingIndexingMap(div.getDpsInputOperand(1));
  if (denomMap.getNumResults() != 4 ||
      !isa<AffineConstantExpr>(denomMap.getResult(3)))
    return fail("the denominator is not one value per query");
  std::optional<Elementwise> clamp =
      unaryFunction(div.getDpsInputs()[1], eval);
  if (!clamp)
    return fail("the denominator is not max(x, eps) of a product");
  SmallVector<int64_t> point(4, 0);
  FailureOr<double> eps = clamp->at(clamp->root, {0.0}, point, eval);
  bool isMax = succeeded(eps) && *eps > 0 && !clamp->varies(4, eval).any();
  for (double x : {-1.0, *eps / 2, *eps * 2, 1.0, 7.5}) {
    if (!isMax)
      break;
    FailureOr<double> y = clamp->at(clamp->root, {x}, point, eval);
    isMax = succeeded(y) &&
            *y == static_cast<double>(static_cast<float>(std::max(x, *eps)));
  }
  if (!isMax)
    return fail("the denominator is not max(x, eps) for an eps > 0");
  std::optional<Product> denom =
      matchProduct(numerOp(clamp->leaves[0]), eval, ignored, false, true);
  if (!denom || denom->result != clamp->leaves[0] || !denom->rank4)
    return fail("the denominator is not sigma(Q) z");
  // One sigma(Q) for both.
  if (numer->lhs.base != denom->lhs.base || numer->lhs.dims != denom->lhs.dims)
    return fail("the numerator and the denominator read different queries");
  Value q = sigmaInput(numer->lhs.base, eval);
  if (!q)
    return fail("the queries are not sigma(x) = elu(x) + 1 of a tensor");
  Retrieval r;
  r.result = v;
  r.query = View{q, numer->lhs.dims, 1.0};
  r.memory = numer->rhs;
  r.norm = denom->rhs;
  r.epsilon = *eps;
  return r;
}

/// The elementwise add of something to the state that `state` views, and
/// that something. The add may read the state reshaped or transposed (a
/// memory computed by a product, as the first segment's is, is read by the
/// retrieval as the product's result and added to as that result laid out
/// [B, H, dk, dv]); its operand, followed back, must be the state with the
/// dimensions `roles`, so that the sum is laid out as the raised op's new
/// state.
std::optional<std::pair<Value, Value>> addedTo(const View &state,
                                               ArrayRef<Role> roles,
                                               int64_t batch, int64_t heads,
                                               TensorEvaluator &eval) {
  SmallVector<Value> worklist = {state.base};
  for (size_t i = 0; i < worklist.size() && i < 16; ++i) {
    for (Operation *user : worklist[i].getUsers()) {
      if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp,
              linalg::TransposeOp>(user)) {
        worklist.push_back(user->getResult(0));
        continue;
      }
      auto add = dyn_cast<linalg::LinalgOp>(user);
      if (!isElementwiseLinalg(add) || add.getNumDpsInputs() != 2)
        continue;
      Block &body = *add.getBlock();
      auto addf =
          body.getTerminator()->getOperand(0).getDefiningOp<arith::AddFOp>();
      if (!addf || !llvm::all_of(add.getIndexingMapsArray(),
                                 [](AffineMap m) { return m.isIdentity(); }))
        continue;
      unsigned s = add.getDpsInputs()[0] == worklist[i] ? 0 : 1;
      if (add.getDpsInputs()[s] != worklist[i] ||
          !((addf.getLhs() == body.getArgument(0) &&
             addf.getRhs() == body.getArgument(1)) ||
            (addf.getLhs() == body.getArgument(1) &&
             addf.getRhs() == body.getArgument(0))))
        continue;
      SmallVector<Dim> dims;
      for (Role role : roles)
        dims.push_back(Dim{role});
      View read{worklist[i], dims, 1.0};
      if (static_cast<int64_t>(read.dims.size()) !=
          cast<RankedTensorType>(read.base.getType()).getRank())
        continue;
      peel(read, batch, heads, /*rank4=*/true, /*scales=*/false, eval);
      if (read.base != state.base || read.dims != state.dims)
        continue;
      return std::pair{add->getResult(0), add.getDpsInputs()[1 - s]};
    }
  }
  return std::nullopt;
}

/// Whether `sum` adds up sigma(K), the left operand of the memory product
/// `update`, over the tokens into a zero fill.
bool sumsKeys(linalg::LinalgOp sum, const Product &update) {
  if (!sum || sum.getNumDpsInputs() != 1 || sum.getNumReductionLoops() != 1 ||
      !isZeroFilled(sum.getDpsInits()[0]))
    return false;
  Value summed = sum.getDpsInputs()[0];
  SmallVector<int64_t> perm = llvm::to_vector(llvm::seq<int64_t>(0, 4));
  if (auto t = summed.getDefiningOp<linalg::TransposeOp>()) {
    perm.assign(t.getPermutation().begin(), t.getPermutation().end());
    summed = t.getInput();
  }
  unsigned reduced = 0;
  for (auto [i, it] : llvm::enumerate(sum.getIteratorTypesArray()))
    if (it == utils::IteratorType::reduction)
      reduced = i;
  auto tokenDim = llvm::find_if(update.lhs.dims,
                                [](Dim d) { return d.role == Role::Red; });
  return summed == update.lhs.base && sum.getNumLoops() == 4 &&
         sum.getMatchingIndexingMap(sum.getDpsInputOperand(0)).isIdentity() &&
         perm[reduced] == tokenDim - update.lhs.dims.begin();
}

struct Raised {
  Match local;
  Operands localOperands;
  Retrieval retrieval;
  Value combined;
  SmallVector<double> gateLogits;
  /// sigma's input in the update, [B, Hkv, dk, t] as the product reads it.
  View key;
  UpdateRule rule = UpdateRule::linear;
  Value newMemory, newNorm;
};

/// The output of `local` combined with a retrieval by a per-head gate.
std::optional<Raised> matchSegment(const Match &local, Operands operands,
                                   TensorEvaluator &eval, std::string &why) {
  auto fail = [&](const Twine &reason) -> std::optional<Raised> {
    why = reason.str();
    return std::nullopt;
  };
  Value l = local.pv.result;
  if (!local.pv.rank4 || !l.hasOneUse())
    return std::nullopt;
  // Walk forward from A_dot through elementwise ops to the first value that
  // also reads a retrieval.
  std::optional<Retrieval> retrieval;
  Value combined;
  std::string notRetrieval;
  SmallVector<Value> frontier = {l};
  for (int depth = 0; depth < 4 && !combined; ++depth) {
    SmallVector<Value> next;
    for (Value v : frontier)
      for (Operation *user : v.getUsers()) {
        auto op = dyn_cast<linalg::LinalgOp>(user);
        if (!isElementwiseLinalg(op) || op.getNumLoops() != 4)
          continue;
        for (Value input : op.getDpsInputs()) {
          if (input == v)
            continue;
          // The other side: the retrieval, possibly scaled by the gate.
          Value r = input;
          for (int i = 0; i < 3 && !combined; ++i) {
            std::string reason;
            retrieval = matchRetrieval(r, eval, reason);
            if (retrieval) {
              combined = op->getResult(0);
              break;
            }
            if (notRetrieval.empty())
              notRetrieval = reason;
            auto scale = r.getDefiningOp<linalg::LinalgOp>();
            if (!isElementwiseLinalg(scale))
              break;
            SmallVector<Value> inner;
            for (Value x : scale.getDpsInputs())
              if (!isConstant(x, eval))
                inner.push_back(x);
            if (inner.size() != 1)
              break;
            r = inner[0];
          }
          if (combined)
            break;
        }
        if (combined)
          break;
        next.push_back(op->getResult(0));
      }
    frontier = next;
  }
  if (!combined)
    return notRetrieval.empty() ? std::nullopt : fail(notRetrieval);

  Raised raised{local, operands, *retrieval, combined, {}, {}, {}, {}, {}};
  // The gate: combined = a_h A_dot + b_h A_mem per head h.
  Elementwise gate{combined, {l, retrieval->result}};
  llvm::SmallBitVector varies = gate.varies(4, eval);
  varies.reset(1);
  if (varies.any())
    return fail("the gate varies with more than the head");
  int64_t heads = local.pv.heads;
  for (int64_t h = 0; h < heads; ++h) {
    SmallVector<int64_t> point = {0, h, 0, 0};
    FailureOr<double> a = gate.at(combined, {1.0, 0.0}, point, eval);
    FailureOr<double> b = gate.at(combined, {0.0, 1.0}, point, eval);
    FailureOr<double> zero = gate.at(combined, {0.0, 0.0}, point, eval);
    FailureOr<double> both = gate.at(combined, {2.0, -3.0}, point, eval);
    if (failed(a) || failed(b) || failed(zero) || failed(both))
      return fail("the combination of local attention and retrieval "
                  "depends on " +
                  eval.why());
    if (*zero != 0 || !(*a > 0 && *b > 0) ||
        std::fabs(*a + *b - 1) > 1e-6 ||
        std::fabs(*both - (2 * *a - 3 * *b)) > 1e-5)
      return fail("the local attention and the retrieval are not mixed as "
                  "g A_dot + (1 - g) A_mem (head " +
                  Twine(h) + ": " + str(*a) + " and " + str(*b) + ")");
    // sigmoid(beta) = b weighs the memory.
    raised.gateLogits.push_back(std::log(*b) - std::log(*a));
  }

  // The update: M' = M + sigma(K)^T V', z' = z + sum sigma(K).
  std::optional<std::pair<Value, Value>> memAdd =
      addedTo(retrieval->memory, {Role::B, Role::H, Role::Red, Role::Col},
              local.pv.batch, local.pv.heads, eval);
  std::optional<std::pair<Value, Value>> normAdd =
      addedTo(retrieval->norm, {Role::B, Role::H, Role::Red}, local.pv.batch,
              local.pv.heads, eval);
  if (!memAdd || !normAdd)
    return fail("no memory update next to the retrieval");
  std::string ignored;
  Value product = behindReshapes(memAdd->second);
  std::optional<Product> update = matchProduct(
      product.getDefiningOp<linalg::LinalgOp>(), eval, ignored, false);
  if (!update || update->result != memAdd->second || !update->rank4)
    return fail("the memory update is not M + sigma(K)^T V");
  Value k = sigmaInput(update->lhs.base, eval);
  if (!k)
    return fail("the keys written to the memory are not sigma(K)");
  raised.key = View{k, update->lhs.dims, 1.0};
  // V, or V minus what the memory returns for sigma(K) (the delta rule).
  View written = update->rhs;
  View localValue = local.pv.rhs;
  if (written.base != localValue.base || written.dims != localValue.dims) {
    auto sub = written.base.getDefiningOp<linalg::LinalgOp>();
    std::optional<Retrieval> old;
    if (isElementwiseLinalg(sub) && sub.getNumDpsInputs() == 2 &&
        llvm::all_of(sub.getIndexingMapsArray(),
                     [](AffineMap m) { return m.isIdentity(); })) {
      Block &body = *sub.getBlock();
      auto subf =
          body.getTerminator()->getOperand(0).getDefiningOp<arith::SubFOp>();
      std::string reason;
      if (subf && subf.getLhs() == body.getArgument(0) &&
          subf.getRhs() == body.getArgument(1))
        old = matchRetrieval(sub.getDpsInputs()[1], eval, reason);
      // The subtraction reads V as the local attention does.
      View value{sub.getDpsInputs()[0], written.dims, 1.0};
      peel(value, local.pv.batch, local.pv.heads, true, false, eval);
      if (old && value.base == localValue.base &&
          value.dims == localValue.dims && old->query.base == k &&
          old->memory.base == retrieval->memory.base &&
          old->norm.base == retrieval->norm.base &&
          old->epsilon == retrieval->epsilon)
        raised.rule = UpdateRule::delta;
      else
        old.reset();
    }
    if (!old)
      return fail("the values written to the memory are neither V nor V "
                  "minus the memory's retrieval of sigma(K)");
  }
  // z' = z + the sum of sigma(K) over the tokens.
  auto sum = normAdd->second.getDefiningOp<linalg::LinalgOp>();
  if (!sumsKeys(sum, *update))
    return fail("the norm update is not z + sum over tokens of sigma(K)");
  raised.newMemory = memAdd->first;
  raised.newNorm = normAdd->first;
  return raised;
}

/// Whether `a` and `b` are the same gate: one value, or equal constants
/// (the raise makes one constant per segment).
bool sameGate(Value a, Value b) {
  if (a == b)
    return true;
  Attribute x, y;
  return matchPattern(a, m_Constant(&x)) && matchPattern(b, m_Constant(&y)) &&
         x == y;
}

/// The op before `second` in a chain (which writes the memory and norm
/// that `second` reads), and `second`, as one infini.attention over the
/// tokens of both; returns it.
FailureOr<AttentionOp> mergeWithPrevious(RewriterBase &rewriter,
                                         AttentionOp second) {
  auto first = second.getMemory().getDefiningOp<AttentionOp>();
  if (!first || second.getNorm().getDefiningOp() != first ||
      second.getMemory() != first.getNewMemory() ||
      second.getNorm() != first.getNewNorm() ||
      !first.getNewMemory().hasOneUse() || !first.getNewNorm().hasOneUse() ||
      first->getBlock() != second->getBlock())
    return failure();
  if (first.getSegmentLen() != second.getSegmentLen() ||
      first.getRule() != second.getRule() ||
      first.getScaleAttr() != second.getScaleAttr() ||
      first.getEpsilonAttr() != second.getEpsilonAttr() ||
      !sameGate(first.getGate(), second.getGate()) ||
      static_cast<bool>(first.getLocalQuery()) !=
          static_cast<bool>(second.getLocalQuery()) ||
      static_cast<bool>(first.getLocalKey()) !=
          static_cast<bool>(second.getLocalKey()))
    return failure();
  auto tokens = [](Value v) {
    return cast<RankedTensorType>(v.getType()).getDimSize(2);
  };
  int64_t t1 = tokens(first.getQuery()), t2 = tokens(second.getQuery());
  if (ShapedType::isDynamic(t1) || ShapedType::isDynamic(t2) ||
      t1 % first.getSegmentLen() != 0)
    return failure();
  // Inputs that concatenate: the same element type and sizes but the
  // tokens'.
  auto concatenable = [](Value a, Value b) {
    if (!a)
      return true;
    auto x = cast<RankedTensorType>(a.getType());
    auto y = cast<RankedTensorType>(b.getType());
    return x.getElementType() == y.getElementType() &&
           x.getRank() == y.getRank() &&
           llvm::all_of(llvm::seq<int64_t>(0, x.getRank()), [&](int64_t d) {
             return d == 2 || x.getDimSize(d) == y.getDimSize(d);
           });
  };
  if (!concatenable(first.getQuery(), second.getQuery()) ||
      !concatenable(first.getKey(), second.getKey()) ||
      !concatenable(first.getValue(), second.getValue()) ||
      !concatenable(first.getLocalQuery(), second.getLocalQuery()) ||
      !concatenable(first.getLocalKey(), second.getLocalKey()) ||
      getElementTypeOrSelf(first.getResult().getType()) !=
          getElementTypeOrSelf(second.getResult().getType()))
    return failure();
  // The second's inputs must not be computed from the first's output.
  llvm::SetVector<Operation *> slice;
  BackwardSliceOptions options;
  options.inclusive = true;
  for (Value operand : second->getOperands())
    if (operand != first.getNewMemory() && operand != first.getNewNorm())
      (void)getBackwardSlice(operand, &slice, options);
  if (slice.contains(first))
    return failure();

  Location loc = second.getLoc();
  rewriter.setInsertionPoint(second);
  auto concat = [&](Value a, Value b) -> Value {
    if (!a)
      return Value();
    return tensor::ConcatOp::create(rewriter, loc, /*dim=*/2,
                                    ValueRange{a, b});
  };
  Value out1 = first.getResult(), out2 = second.getResult();
  auto outType = cast<RankedTensorType>(out1.getType());
  auto merged = AttentionOp::create(
      rewriter, loc,
      TypeRange{outType.clone({outType.getDimSize(0), outType.getDimSize(1),
                               t1 + t2, outType.getDimSize(3)}),
                second.getNewMemory().getType(),
                second.getNewNorm().getType()},
      concat(first.getQuery(), second.getQuery()),
      concat(first.getKey(), second.getKey()),
      concat(first.getValue(), second.getValue()), first.getMemory(),
      first.getNorm(), first.getGate(),
      concat(first.getLocalQuery(), second.getLocalQuery()),
      concat(first.getLocalKey(), second.getLocalKey()),
      first.getSegmentLenAttr(), first.getRuleAttr(), first.getScaleAttr(),
      first.getEpsilonAttr());
  auto part = [&](Value like, int64_t offset) -> Value {
    auto type = cast<RankedTensorType>(like.getType());
    SmallVector<OpFoldResult> offsets(4, rewriter.getIndexAttr(0));
    offsets[2] = rewriter.getIndexAttr(offset);
    SmallVector<OpFoldResult> sizes;
    for (int64_t d : type.getShape())
      sizes.push_back(rewriter.getIndexAttr(d));
    return tensor::ExtractSliceOp::create(
        rewriter, loc, type, merged.getResult(), offsets, sizes,
        SmallVector<OpFoldResult>(4, rewriter.getIndexAttr(1)));
  };
  Value head = part(out1, 0), tail = part(out2, t1);
  // What reads the first's output (its output projection, say) and came
  // before the merged op now follows it, in its order; none of it feeds
  // the second, so nothing the merged op reads moves.
  llvm::SetVector<Operation *> readers;
  getForwardSlice(out1, &readers);
  Block *block = second->getBlock();
  SmallVector<Operation *> moved;
  for (Operation *reader : readers) {
    Operation *op = block->findAncestorOpInBlock(*reader);
    if (op && op->isBeforeInBlock(second) && !llvm::is_contained(moved, op))
      moved.push_back(op);
  }
  llvm::sort(moved, [](Operation *a, Operation *b) {
    return a->isBeforeInBlock(b);
  });
  Operation *after = head.getDefiningOp();
  for (Operation *op : moved) {
    rewriter.moveOpAfter(op, after);
    after = op;
  }
  // Slices of the first's output (from an earlier merge) read the merged
  // output at the same offsets.
  for (OpOperand &use : llvm::make_early_inc_range(out1.getUses()))
    if (auto slice = dyn_cast<tensor::ExtractSliceOp>(use.getOwner()))
      rewriter.modifyOpInPlace(slice, [&] {
        slice.getSourceMutable().assign(merged.getResult());
      });
  rewriter.replaceAllUsesWith(out1, head);
  if (head.use_empty())
    rewriter.eraseOp(head.getDefiningOp());
  rewriter.replaceOp(second, {tail, merged.getNewMemory(),
                              merged.getNewNorm()});
  rewriter.eraseOp(first);
  return merged;
}

struct MergeSegmentChain : OpRewritePattern<AttentionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(AttentionOp second,
                                PatternRewriter &rewriter) const override {
    if (failed(mergeWithPrevious(rewriter, second)))
      return rewriter.notifyMatchFailure(
          second, "not the next segment of a chain that can be merged");
    return success();
  }
};

/// A segment without past memories (lucidrains' first): local attention,
/// and memories written from its keys and values that nothing before it
/// left. It is what infini.local_attention and an infini.memory_update of
/// an empty memory compute (the memory is then sigma(K)^T V whichever the
/// rule, and 0 + x is x); the gate needs a retrieval, which a first segment
/// does not have, so it is not an infini.attention.
struct FirstSegment {
  Match local;
  Operands localOperands;
  /// sigma's input, as the update product reads it.
  View key;
  /// The product sigma(K)^T V ([B, H, dk, dv], or [B*H, dk, dv]: every
  /// consumer's view of it reads the new memory then), and the sum over
  /// tokens of sigma(K) as [B, H, dk] (null when nothing computes it).
  Value newMemory, newNorm;
};

/// Whether the sum `sum` of sigma(K), as `update` reads it, comes out laid
/// out [B, H, dk].
bool sumLaidOutAsNorm(linalg::LinalgOp sum, const Product &update) {
  SmallVector<int64_t> perm = llvm::to_vector(llvm::seq<int64_t>(0, 4));
  if (auto t = sum.getDpsInputs()[0].getDefiningOp<linalg::TransposeOp>())
    perm.assign(t.getPermutation().begin(), t.getPermutation().end());
  AffineMap out = sum.getMatchingIndexingMap(sum.getDpsInitOperand(0));
  SmallVector<Role> roles;
  for (AffineExpr e : out.getResults()) {
    auto d = dyn_cast<AffineDimExpr>(e);
    if (!d)
      return false;
    roles.push_back(update.lhs.dims[perm[d.getPosition()]].role);
  }
  return roles == SmallVector<Role>{Role::B, Role::H, Role::Row};
}

/// The memory product next to `local` that reads its values, for a segment
/// that writes memories without reading any.
std::optional<FirstSegment> matchFirstSegment(const Match &local,
                                              const Operands &operands,
                                              TensorEvaluator &eval) {
  if (!local.pv.rank4)
    return std::nullopt;
  std::optional<FirstSegment> found;
  local.pv.op->getParentOp()->walk([&](linalg::LinalgOp op) {
    if (found || op == local.pv.op || op == local.qk.op)
      return;
    std::string ignored;
    std::optional<Product> update = matchProduct(op, eval, ignored, false);
    if (!update || !update->rank4 || update->rhs.base != local.pv.rhs.base ||
        update->rhs.dims != local.pv.rhs.dims)
      return;
    Value k = sigmaInput(update->lhs.base, eval);
    if (!k)
      return;
    FirstSegment first{local, operands, View{k, update->lhs.dims, 1.0},
                       op->getResult(0), Value()};
    // The norm sums sigma(K), or sigma(K) transposed.
    SmallVector<Operation *> readers(update->lhs.base.getUsers());
    for (size_t i = 0; i < readers.size() && !first.newNorm; ++i) {
      if (isa<linalg::TransposeOp>(readers[i])) {
        llvm::append_range(readers, readers[i]->getResult(0).getUsers());
        continue;
      }
      auto sum = dyn_cast<linalg::LinalgOp>(readers[i]);
      if (sumsKeys(sum, *update) && sumLaidOutAsNorm(sum, *update))
        first.newNorm = sum->getResult(0);
    }
    found = first;
  });
  return found;
}

/// Sets the insertion point of `rewriter` in `block` after the last op
/// there that defines one of `values` (at its start when none does).
void setInsertionPointAfterAll(RewriterBase &rewriter, Block *block,
                               ArrayRef<Value> values) {
  rewriter.setInsertionPointToStart(block);
  Operation *last = nullptr;
  for (Value v : values) {
    Operation *def = v.getDefiningOp();
    if (def && def->getBlock() == block &&
        (!last || last->isBeforeInBlock(def)))
      last = def;
  }
  if (last)
    rewriter.setInsertionPointAfter(last);
}

struct InfiniRaiseAttentionPass
    : infini::impl::InfiniRaiseAttentionBase<InfiniRaiseAttentionPass> {
  /// infini.local_attention and infini.memory_update of an empty memory in
  /// place of `f`'s linalg.
  void raiseFirst(IRRewriter &rewriter, FirstSegment &f) {
    Location loc = f.local.pv.op.getLoc();
    setInsertionPointAfterAll(rewriter,
                              f.newMemory.getDefiningOp()->getBlock(),
                              {f.key.base, f.localOperands.q.base,
                               f.localOperands.k.base, f.localOperands.v.base});
    const Operands &o = f.localOperands;
    Value q = materialize(rewriter, loc, o.q, o.qPerm);
    Value k = materialize(rewriter, loc, o.k, o.kPerm);
    Value v = materialize(rewriter, loc, o.v, o.vPerm);
    FailureOr<SmallVector<int64_t>> keyPerm =
        layoutOf(f.key, {Role::B, Role::H, Role::Red, Role::Row});
    Value key = materialize(rewriter, loc, f.key, *keyPerm, /*rank4=*/false);
    auto qType = cast<RankedTensorType>(q.getType());
    auto vType = cast<RankedTensorType>(v.getType());
    auto kType = cast<RankedTensorType>(key.getType());
    auto localType = vType.clone({qType.getDimSize(0), qType.getDimSize(1),
                                  qType.getDimSize(2), vType.getDimSize(3)});
    auto local = LocalAttentionOp::create(
        rewriter, loc, localType, q, k, v,
        rewriter.getF32FloatAttr(f.local.scale), rewriter.getBoolAttr(true));
    auto zeros = [&](ArrayRef<int64_t> shape) -> Value {
      auto type = RankedTensorType::get(shape, rewriter.getF32Type());
      return arith::ConstantOp::create(
          rewriter, loc, DenseElementsAttr::get(type, 0.0f));
    };
    Value memory = zeros({kType.getDimSize(0), kType.getDimSize(1),
                          kType.getDimSize(3), vType.getDimSize(3)});
    Value norm =
        zeros({kType.getDimSize(0), kType.getDimSize(1), kType.getDimSize(3)});
    auto update = MemoryUpdateOp::create(
        rewriter, loc, TypeRange{memory.getType(), norm.getType()}, key, v,
        memory, norm, UpdateRuleAttr::get(&getContext(), UpdateRule::linear),
        rewriter.getF32FloatAttr(1e-6));
    SmallVector<Operation *> roots;
    auto replace = [&](Value old, Value replacement) {
      if (!old)
        return;
      if (replacement.getType() != old.getType())
        replacement =
            tensor::CastOp::create(rewriter, loc, old.getType(), replacement);
      roots.push_back(old.getDefiningOp());
      rewriter.replaceAllUsesWith(old, replacement);
    };
    Value out = local.getResult();
    auto resultType = cast<RankedTensorType>(f.local.pv.result.getType());
    if (resultType.getRank() == 3)
      out = tensor::CollapseShapeOp::create(
          rewriter, loc, out,
          SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}});
    replace(f.local.pv.result, out);
    Value newMemory = update.getNewMemory();
    if (cast<RankedTensorType>(f.newMemory.getType()).getRank() == 3)
      newMemory = tensor::CollapseShapeOp::create(
          rewriter, loc, newMemory,
          SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}});
    replace(f.newMemory, newMemory);
    replace(f.newNorm, update.getNewNorm());
    roots.push_back(f.local.pv.op);
    eraseDead(rewriter, roots);
  }

  void runOnOperation() override {
    std::vector<Raised> found;
    std::vector<FirstSegment> firsts;
    // The segments with memories into `found`; on the first walk also the
    // remarks and the first segments.
    auto collect = [&](bool firstWalk) {
      TensorEvaluator eval(/*budget=*/int64_t(1) << 27);
      getOperation()->walk([&](linalg::LinalgOp op) {
        std::string why;
        std::optional<Match> local = matchAttention(op, eval, why);
        std::optional<Operands> operands;
        if (local)
          operands = checkOperands(*local, why);
        if (!local || !operands)
          return;
        std::optional<Raised> raised =
            matchSegment(*local, *operands, eval, why);
        if (!why.empty()) {
          if (firstWalk)
            op->emitRemark("Infini-attention left unchanged: ") << why;
        } else if (raised) {
          found.push_back(std::move(*raised));
        } else if (firstWalk) {
          if (std::optional<FirstSegment> first =
                  matchFirstSegment(*local, *operands, eval))
            firsts.push_back(std::move(*first));
        }
      });
    };
    collect(/*firstWalk=*/true);

    IRRewriter rewriter(&getContext());
    // First segments before the segments that read their memories: those
    // then read the memory_update's results.
    for (FirstSegment &f : firsts)
      raiseFirst(rewriter, f);
    if (!firsts.empty()) {
      // What a later segment matched was read before; match again.
      found.clear();
      collect(/*firstWalk=*/false);
    }

    for (auto [i, r] : llvm::enumerate(found)) {
      Location loc = r.local.pv.op.getLoc();
      // After the last of the tensors it reads: the values it replaces are
      // computed from them, so their uses come later.
      setInsertionPointAfterAll(
          rewriter, r.combined.getDefiningOp()->getBlock(),
          {r.retrieval.query.base, r.key.base, r.retrieval.memory.base,
           r.retrieval.norm.base, r.localOperands.q.base,
           r.localOperands.k.base, r.localOperands.v.base});
      auto take = [&](const View &view, ArrayRef<Role> roles) {
        FailureOr<SmallVector<int64_t>> perm = layoutOf(view, roles);
        return materialize(rewriter, loc, view, *perm, /*rank4=*/false);
      };
      Value q = take(r.retrieval.query, {Role::B, Role::H, Role::Row, Role::Red});
      Value k = take(r.key, {Role::B, Role::H, Role::Red, Role::Row});
      Value memory =
          take(r.retrieval.memory, {Role::B, Role::H, Role::Red, Role::Col});
      Value norm = take(r.retrieval.norm, {Role::B, Role::H, Role::Red});
      Value localQ = materialize(rewriter, loc, r.localOperands.q,
                                 r.localOperands.qPerm);
      Value localK = materialize(rewriter, loc, r.localOperands.k,
                                 r.localOperands.kPerm);
      Value v = materialize(rewriter, loc, r.localOperands.v,
                            r.localOperands.vPerm);
      SmallVector<float> logits(r.gateLogits.begin(), r.gateLogits.end());
      auto gateType = RankedTensorType::get(
          {static_cast<int64_t>(logits.size())}, rewriter.getF32Type());
      Value gate = arith::ConstantOp::create(
          rewriter, loc, DenseElementsAttr::get(gateType, ArrayRef(logits)));
      auto tokens = cast<RankedTensorType>(q.getType()).getDimSize(2);
      auto attention = AttentionOp::create(
          rewriter, loc,
          TypeRange{r.combined.getType(), memory.getType(), norm.getType()}, q,
          k, v, memory, norm, gate, localQ, localK,
          rewriter.getI64IntegerAttr(std::max<int64_t>(tokens, 1)),
          UpdateRuleAttr::get(&getContext(), r.rule),
          rewriter.getF32FloatAttr(r.local.scale),
          rewriter.getF32FloatAttr(r.retrieval.epsilon));
      SmallVector<Operation *> roots;
      for (auto [old, replacement] :
           llvm::zip_equal(SmallVector<Value>{r.combined, r.newMemory, r.newNorm},
                           attention->getResults())) {
        Value value = replacement;
        if (value.getType() != old.getType())
          value = tensor::CastOp::create(rewriter, loc, old.getType(), value);
        roots.push_back(old.getDefiningOp());
        rewriter.replaceAllUsesWith(old, value);
        // A later segment of a chain reads this one's new state.
        for (Raised &later : llvm::drop_begin(found, i + 1))
          for (View *view :
               {&later.retrieval.query, &later.retrieval.memory,
                &later.retrieval.norm, &later.key, &later.localOperands.q,
                &later.localOperands.k, &later.localOperands.v})
            if (view->base == old)
              view->base = value;
      }
      eraseDead(rewriter, roots);
    }

    // A chain of raised segments, each reading what the one before wrote,
    // becomes one op over all their tokens.
    // In program order, so that each merged op is the first of the next
    // pair.
    SmallVector<AttentionOp> attentions;
    getOperation()->walk([&](AttentionOp op) { attentions.push_back(op); });
    for (AttentionOp op : attentions)
      (void)mergeWithPrevious(rewriter, op);
  }
};

} // namespace

void mlir::infini::populateMergeSegmentChainPatterns(
    RewritePatternSet &patterns) {
  patterns.add<MergeSegmentChain>(patterns.getContext());
}
