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
//
//===----------------------------------------------------------------------===//

#include "AttentionMatch.h"

#include "Infini/IR/InfiniOps.h"
#include "Infini/Transforms/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
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
    if (!isElementwiseLinalg(op) || !internal || op.getNumLoops() != rank) {
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

/// The user of `state` that adds something to it elementwise, and that
/// something.
std::optional<std::pair<Value, Value>> addedTo(Value state) {
  for (Operation *user : state.getUsers()) {
    auto add = dyn_cast<linalg::LinalgOp>(user);
    if (!isElementwiseLinalg(add) || add.getNumDpsInputs() != 2)
      continue;
    Block &body = *add.getBlock();
    auto addf =
        body.getTerminator()->getOperand(0).getDefiningOp<arith::AddFOp>();
    if (!addf || !llvm::all_of(add.getIndexingMapsArray(),
                               [](AffineMap m) { return m.isIdentity(); }))
      continue;
    unsigned s = add.getDpsInputs()[0] == state ? 0 : 1;
    if (add.getDpsInputs()[s] != state ||
        !((addf.getLhs() == body.getArgument(0) &&
           addf.getRhs() == body.getArgument(1)) ||
          (addf.getLhs() == body.getArgument(1) &&
           addf.getRhs() == body.getArgument(0))))
      continue;
    return std::pair{add->getResult(0), add.getDpsInputs()[1 - s]};
  }
  return std::nullopt;
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
      addedTo(retrieval->memory.base);
  std::optional<std::pair<Value, Value>> normAdd =
      addedTo(retrieval->norm.base);
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
  if (!sum || sum.getNumDpsInputs() != 1 || sum.getNumReductionLoops() != 1 ||
      !isZeroFilled(sum.getDpsInits()[0]))
    return fail("the norm update is not z + sum over tokens of sigma(K)");
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
  Value sigmaK = update->lhs.base;
  auto tokenDim = llvm::find_if(update->lhs.dims,
                                [](Dim d) { return d.role == Role::Red; });
  if (summed != sigmaK || sum.getNumLoops() != 4 ||
      !sum.getMatchingIndexingMap(sum.getDpsInputOperand(0)).isIdentity() ||
      perm[reduced] != tokenDim - update->lhs.dims.begin())
    return fail("the norm update is not z + sum over tokens of sigma(K)");
  raised.newMemory = memAdd->first;
  raised.newNorm = normAdd->first;
  return raised;
}

struct InfiniRaiseAttentionPass
    : infini::impl::InfiniRaiseAttentionBase<InfiniRaiseAttentionPass> {
  void runOnOperation() override {
    TensorEvaluator eval(/*budget=*/int64_t(1) << 27);
    std::vector<Raised> found;
    getOperation()->walk([&](linalg::LinalgOp op) {
      std::string why;
      std::optional<Match> local = matchAttention(op, eval, why);
      std::optional<Operands> operands;
      if (local)
        operands = checkOperands(*local, why);
      if (!local || !operands)
        return;
      std::optional<Raised> raised = matchSegment(*local, *operands, eval, why);
      if (!why.empty())
        op->emitRemark("Infini-attention left unchanged: ") << why;
      else if (raised)
        found.push_back(std::move(*raised));
    });

    IRRewriter rewriter(&getContext());
    for (Raised &r : found) {
      Location loc = r.local.pv.op.getLoc();
      // After the last of the tensors it reads: the values it replaces are
      // computed from them, so their uses come later.
      Block *block = r.combined.getDefiningOp()->getBlock();
      rewriter.setInsertionPointToStart(block);
      Operation *last = nullptr;
      for (Value base :
           {r.retrieval.query.base, r.key.base, r.retrieval.memory.base,
            r.retrieval.norm.base, r.localOperands.q.base,
            r.localOperands.k.base, r.localOperands.v.base}) {
        Operation *def = base.getDefiningOp();
        if (def && def->getBlock() == block &&
            (!last || last->isBeforeInBlock(def)))
          last = def;
      }
      if (last)
        rewriter.setInsertionPointAfter(last);
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
      }
      eraseDead(rewriter, roots);
    }
  }
};

} // namespace
