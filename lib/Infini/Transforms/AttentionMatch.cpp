//===- AttentionMatch.cpp - softmax attention in linalg, by meaning ------===//
//
// Finds causal softmax attention in linalg on tensors by what it computes,
// whichever ops spell it. The match starts at a product O = P V and works
// back:
//
//  * products are any contraction with one or two batch dimensions, one m,
//    one n and one reduction dimension, into a zero-filled init. Batch and
//    heads flattened into one dimension around the product
//    (tensor.collapse_shape -> batch_matmul -> tensor.expand_shape, as
//    torch-mlir emits; with dimensions of size 1 added and dropped, as
//    einops does) are seen as separate [B, H] dimensions;
//  * each operand is followed through the ops that only move its elements:
//    linalg.transpose, tensor.collapse_shape of heads, and broadcasts of kv
//    heads over a group (repeat_kv), down to the tensor that holds it; a
//    multiplication by a scalar constant on the way is part of the scale;
//  * P is a softmax over the key dimension: linalg.softmax, or its
//    decomposition (max, subtract, exp, sum, divide), optionally behind the
//    guard SDPA adds for rows without any key;
//  * between Q K^T and the softmax, any elementwise ops through which the
//    scores flow linearly (scales, additive masks, selects). What they do is
//    found by evaluating them (TensorEvaluator) on probe scores at every
//    (query, key) position the masks distinguish: the scores must come out
//    scaled by one constant where the key is not after the query, and at
//    or below -1e30 (exp gives exactly 0) where it is.
//
//===----------------------------------------------------------------------===//

#include "AttentionMatch.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/Dialect/Linalg/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallBitVector.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/Format.h"

#include <cmath>

using namespace mlir;
using namespace mlir::infini;

namespace mlir::infini::match {

bool isZeroFilled(Value v) {
  auto fill = v.getDefiningOp<linalg::FillOp>();
  return fill && matchPattern(fill.getInputs()[0], m_AnyZeroFloat());
}

Value behindReshapes(Value v) {
  for (int i = 0; i < 8; ++i) {
    Operation *def = v.getDefiningOp();
    if (!isa_and_nonnull<tensor::ExpandShapeOp, tensor::CollapseShapeOp,
                         linalg::TransposeOp>(def))
      break;
    v = def->getOperand(0);
  }
  return v;
}

std::string str(double x) {
  std::string s;
  llvm::raw_string_ostream(s) << llvm::format("%e", x);
  return s;
}

/// Whether `op` is elementwise over its iteration space with one result
/// written through the identity map.
bool isElementwiseLinalg(linalg::LinalgOp op) {
  return op && op.hasPureTensorSemantics() && op->getNumResults() == 1 &&
         op.getNumDpsInits() == 1 &&
         op.getNumLoops() == op.getNumParallelLoops() &&
         op.getMatchingIndexingMap(op.getDpsInitOperand(0)).isIdentity() &&
         op.getBlock();
}

/// Values in `body` that depend on block argument `arg`.
static llvm::SetVector<Value> dependents(Block &body, Value arg) {
  llvm::SetVector<Value> deps;
  deps.insert(arg);
  for (Operation &op : body)
    if (llvm::any_of(op.getOperands(),
                     [&](Value v) { return deps.contains(v); }))
      for (Value r : op.getResults())
        deps.insert(r);
  return deps;
}

/// Whether `body`'s yielded value depends on `arg` only through
/// operations under which it stays linear in `arg` (a scale, an added
/// bias, a select whose condition does not read it); otherwise the op that
/// breaks it.
static FailureOr<Operation *> linearIn(Block &body, Value arg) {
  llvm::SetVector<Value> deps = dependents(body, arg);
  Operation *yield = body.getTerminator();
  if (yield->getNumOperands() != 1 || !deps.contains(yield->getOperand(0)))
    return yield;
  for (Operation &op : body.without_terminator()) {
    auto dependent = [&](unsigned i) { return deps.contains(op.getOperand(i)); };
    if (!llvm::any_of(op.getOperands(),
                      [&](Value v) { return deps.contains(v); }))
      continue;
    bool ok = llvm::TypeSwitch<Operation *, bool>(&op)
                  .Case<arith::AddFOp, arith::SubFOp>(
                      [&](Operation *) { return true; })
                  .Case<arith::MulFOp>([&](Operation *) {
                    return !(dependent(0) && dependent(1));
                  })
                  .Case<arith::DivFOp>(
                      [&](Operation *) { return !dependent(1); })
                  .Case<arith::NegFOp, arith::ExtFOp, arith::TruncFOp>(
                      [&](Operation *) { return true; })
                  .Case<arith::SelectOp>(
                      [&](Operation *) { return !dependent(0); })
                  .Default([](Operation *) { return false; });
    if (!ok)
      return &op;
  }
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Products and their operands
//===----------------------------------------------------------------------===//

/// The roles of the dimensions of `sizes` that a collapse merges into one of
/// role `d`: [B, H] from B*H, [kv head, position in the group] from H, and
/// dimensions of size 1 beside the one that carries the role (einops
/// reshapes add them). std::nullopt when the sizes do not split so.
static std::optional<SmallVector<Dim>> splitGroup(Dim d, ArrayRef<int64_t> sizes,
                                           int64_t batch, int64_t heads,
                                           bool rank4) {
  if (sizes.size() == 1)
    return SmallVector<Dim>{d};
  if (llvm::any_of(sizes, ShapedType::isDynamic))
    return std::nullopt;
  if (d.role == Role::BH && sizes[0] == batch) {
    ArrayRef<int64_t> rest = sizes.drop_front();
    if (rest.size() == 1 && rest[0] == heads)
      return SmallVector<Dim>{{Role::B}, {Role::H}};
    if (rest.size() == 2 && rest[0] * rest[1] == heads)
      return SmallVector<Dim>{
          {Role::B}, {Role::HDiv, rest[1]}, {Role::HMod, rest[1]}};
  }
  // (Without a split into [B, H], H stands for B*H.)
  if (d.role == Role::H && rank4 && sizes.size() == 2 &&
      sizes[0] * sizes[1] == heads)
    return SmallVector<Dim>{{Role::HDiv, sizes[1]}, {Role::HMod, sizes[1]}};
  if (!llvm::is_contained(sizes, 1))
    return std::nullopt;
  SmallVector<int64_t> kept;
  for (int64_t size : sizes)
    if (size != 1)
      kept.push_back(size);
  std::optional<SmallVector<Dim>> inner =
      kept.empty() ? std::optional<SmallVector<Dim>>(SmallVector<Dim>{d})
                   : splitGroup(d, kept, batch, heads, rank4);
  if (!inner)
    return std::nullopt;
  SmallVector<Dim> dims;
  unsigned next = 0;
  for (int64_t size : sizes) {
    bool carries = next < inner->size() && (size != 1 || kept.empty());
    dims.push_back(carries ? (*inner)[next++] : Dim{Role::Unit});
  }
  return dims;
}

/// Follows `view` through transposes, head collapses, kv-group broadcasts
/// and, with `scales`, scalar scales.
void peel(View &view, int64_t batch, int64_t heads, bool rank4, bool scales,
          TensorEvaluator &eval) {
  while (Operation *def = view.base.getDefiningOp()) {
    if (auto transpose = dyn_cast<linalg::TransposeOp>(def)) {
      SmallVector<Dim> dims(view.dims.size(), Dim{Role::Red});
      for (auto [i, p] : llvm::enumerate(transpose.getPermutation()))
        dims[p] = view.dims[i];
      view.dims = dims;
      view.base = transpose.getInput();
      continue;
    }
    if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(def)) {
      auto srcType = collapse.getSrcType();
      SmallVector<Dim> dims;
      for (auto [g, group] :
           llvm::enumerate(collapse.getReassociationIndices())) {
        SmallVector<int64_t> sizes;
        for (int64_t i : group)
          sizes.push_back(srcType.getDimSize(i));
        std::optional<SmallVector<Dim>> split =
            splitGroup(view.dims[g], sizes, batch, heads, rank4);
        if (!split)
          return;
        llvm::append_range(dims, *split);
      }
      view.dims = dims;
      view.base = collapse.getSrc();
      continue;
    }
    if (auto expand = dyn_cast<tensor::ExpandShapeOp>(def)) {
      // Only dimensions of size 1 added: each source dimension keeps the
      // one role of its group.
      SmallVector<Dim> dims;
      for (const ReassociationIndices &group :
           expand.getReassociationIndices()) {
        SmallVector<Dim> roles;
        for (int64_t i : group)
          if (view.dims[i].role != Role::Unit)
            roles.push_back(view.dims[i]);
        if (roles.size() > 1)
          return;
        for (int64_t i : group)
          if (view.dims[i].role == Role::Unit &&
              expand.getResultType().getDimSize(i) != 1)
            return;
        dims.push_back(roles.empty() ? Dim{Role::Unit} : roles[0]);
      }
      view.dims = dims;
      view.base = expand.getSrc();
      continue;
    }
    auto op = dyn_cast<linalg::LinalgOp>(def);
    if (!isElementwiseLinalg(op))
      return;
    Block &body = *op.getBlock();
    // A broadcast: one input read through a projected permutation and
    // yielded unchanged, repeated only over a kv group.
    if (op.getNumDpsInputs() == 1 &&
        body.getTerminator()->getOperand(0) == body.getArgument(0)) {
      AffineMap map = op.getMatchingIndexingMap(op.getDpsInputOperand(0));
      if (!map.isProjectedPermutation())
        return;
      SmallVector<Dim> dims;
      llvm::SmallBitVector used(map.getNumDims());
      for (unsigned j = 0; j < map.getNumResults(); ++j) {
        unsigned pos = map.getDimPosition(j);
        used.set(pos);
        dims.push_back(view.dims[pos]);
      }
      for (unsigned i = 0; i < map.getNumDims(); ++i)
        if (!used.test(i) && view.dims[i].role != Role::HMod)
          return;
      view.dims = dims;
      view.base = op.getDpsInputs()[0];
      continue;
    }
    // A scale: x * c with c the same for every element, found by probing.
    // x is the one input read through the identity map that is not a
    // constant; the others must hold one value throughout.
    if (!scales || !body.getOps<linalg::IndexOp>().empty())
      return;
    Value input;
    unsigned pos = 0;
    SmallVector<EvalScalar> args(op->getNumOperands());
    for (OpOperand *operand : op.getDpsInputOperands()) {
      const EvalTensor *t = eval.evaluate(operand->get());
      if (!t) {
        if (input || !op.getMatchingIndexingMap(operand).isIdentity())
          return;
        input = operand->get();
        pos = operand->getOperandNumber();
        continue;
      }
      if (t->data.empty() || llvm::any_of(t->data, [&](const EvalScalar &s) {
            return s.i != t->data[0].i;
          }))
        return;
      args[operand->getOperandNumber()] = t->data[0];
    }
    if (!input)
      return;
    if (op.payloadUsesValueFromOperand(op.getDpsInitOperand(0)))
      return;
    FailureOr<Operation *> breaker = linearIn(body, body.getArgument(pos));
    if (failed(breaker) || *breaker)
      return;
    auto at = [&](double x) -> std::optional<double> {
      args[pos].f = x;
      SmallVector<int64_t> point(op.getNumLoops(), 0);
      FailureOr<SmallVector<EvalScalar>> r = eval.evaluateBody(body, args, point);
      if (failed(r))
        return std::nullopt;
      return (*r)[0].f;
    };
    std::optional<double> zero = at(0.0), one = at(1.0);
    if (!zero || !one || *zero != 0.0 || !std::isfinite(*one) || *one == 0.0)
      return;
    view.scale *= *one;
    view.base = input;
  }
}

/// Where `v`, a product's result with dimensions `dims`, is seen as
/// [B, H, m, n] (see splitHeads), following its uses depth first.
static Value splitHeadsFrom(Value v, SmallVector<Dim> dims, int64_t &batch,
                            int64_t &heads, bool &unitBatch, int depth) {
  SmallVector<Dim> canonical = {{Role::B}, {Role::H}, {Role::Row}, {Role::Col}};
  SmallVector<Dim> unsplit = {{Role::Unit}, {Role::BH}, {Role::Row}, {Role::Col}};
  // The n dimension of a product with n of size 1 (sigma(Q) z) is one of
  // the dimensions of size 1 reshapes add: [B, H, m, 1] in any placement of
  // its ones.
  auto shape = cast<RankedTensorType>(v.getType()).getShape();
  auto same = [&](ArrayRef<Dim> target) {
    if (dims.size() != target.size())
      return false;
    for (auto [i, d] : llvm::enumerate(dims)) {
      bool unitHere = shape[i] == 1 && (d.role == Role::Unit ||
                                        d.role == Role::Col);
      bool unitThere = target[i].role == Role::Unit ||
                       (target[i].role == Role::Col && shape[i] == 1);
      if (!(d == target[i] || (unitHere && unitThere)))
        return false;
    }
    return true;
  };
  if (same(canonical))
    return v;
  if (same(unsplit)) {
    unitBatch = true;
    batch = 1;
    heads = cast<RankedTensorType>(v.getType()).getDimSize(1);
    return v;
  }
  if (depth >= 8)
    return {};
  // The dimensions of `user`'s result, or none when it does not keep
  // them apart.
  auto through = [&](Operation *user) -> std::optional<SmallVector<Dim>> {
    SmallVector<Dim> next;
    if (auto expand = dyn_cast<tensor::ExpandShapeOp>(user)) {
      auto type = expand.getResultType();
      for (auto [g, group] : llvm::enumerate(expand.getReassociationIndices())) {
        Dim d = dims[g];
        if (group.size() == 1) {
          next.push_back(d);
          continue;
        }
        if (d.role == Role::BH && group.size() == 2) {
          batch = type.getDimSize(group[0]);
          heads = type.getDimSize(group[1]);
          next.push_back({Role::B});
          next.push_back({Role::H});
          continue;
        }
        unsigned nonUnit = llvm::count_if(
            group, [&](int64_t i) { return type.getDimSize(i) != 1; });
        if (nonUnit > 1 || d.role == Role::BH)
          return std::nullopt;
        bool placed = false;
        for (int64_t i : group) {
          bool here = !placed && (type.getDimSize(i) != 1 || nonUnit == 0);
          next.push_back(here ? d : Dim{Role::Unit});
          placed |= here;
        }
      }
    } else if (auto transpose = dyn_cast<linalg::TransposeOp>(user)) {
      if (transpose.getInput() != v)
        return std::nullopt;
      for (int64_t p : transpose.getPermutation())
        next.push_back(dims[p]);
    } else if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(user)) {
      for (const ReassociationIndices &group :
           collapse.getReassociationIndices()) {
        SmallVector<Dim> roles;
        for (int64_t i : group)
          if (dims[i].role != Role::Unit)
            roles.push_back(dims[i]);
        if (roles.size() > 1)
          return std::nullopt;
        next.push_back(roles.empty() ? Dim{Role::Unit} : roles[0]);
      }
    } else {
      return std::nullopt;
    }
    return next;
  };
  for (Operation *user : v.getUsers()) {
    std::optional<SmallVector<Dim>> next = through(user);
    if (!next)
      continue;
    if (Value found = splitHeadsFrom(user->getResult(0), *next, batch, heads,
                                     unitBatch, depth + 1))
      return found;
  }
  return {};
}

/// Where the [B*H, m, n] result `v` of a product is seen as [B, H, m, n]:
/// following its uses through tensor.expand_shape (splitting B*H, or
/// adding dimensions of size 1), linalg.transpose and
/// tensor.collapse_shape (removing them), as torch-mlir and einops spell
/// it (a result that several consumers reshape, the first such view found).
/// Sets `batch` and `heads`; null when no such view exists. With one
/// batch element einops never splits B*H: [1, B*H, m, n] sets `unitBatch`
/// (B = 1, H = B*H).
static Value splitHeads(Value v, int64_t &batch, int64_t &heads,
                        bool &unitBatch, bool transposed) {
  unitBatch = false;
  SmallVector<Dim> dims = {{Role::BH}, {Role::Row}, {Role::Col}};
  if (transposed)
    std::swap(dims[1], dims[2]);
  return splitHeadsFrom(v, dims, batch, heads, unitBatch, 0);
}

/// `op` as a product, or std::nullopt with `why` set when it is a
/// contraction of another kind (empty `why` when not a contraction). With
/// `scales`, scalar factors on the operands are followed (Q K^T: they scale
/// the scores); P V keeps them in its operands.
std::optional<Product> matchProduct(linalg::LinalgOp op, TensorEvaluator &eval,
                                    std::string &why, bool scales,
                                    bool unitN) {
  if (!op || op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      !op.hasPureTensorSemantics() || !linalg::isaContractionOpInterface(op))
    return std::nullopt;
  FailureOr<linalg::ContractionDimensions> cd =
      linalg::inferContractionDims(op);
  if (failed(cd) || cd->batch.empty() || cd->batch.size() > 2 ||
      cd->m.size() != 1 || cd->n.size() != 1 || cd->k.size() != 1) {
    why = "a contraction that is not one batched matrix product";
    return std::nullopt;
  }
  if (!isZeroFilled(op.getDpsInits()[0])) {
    why = "a product that accumulates into a tensor that is not zero";
    return std::nullopt;
  }
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  if (llvm::any_of(maps, [](AffineMap m) {
        return !m.isProjectedPermutation(/*allowZeroInResults=*/false);
      })) {
    why = "a product with indexing maps that are not permutations";
    return std::nullopt;
  }
  SmallVector<unsigned> outDims;
  for (unsigned j = 0; j < maps[2].getNumResults(); ++j)
    outDims.push_back(maps[2].getDimPosition(j));
  SmallVector<unsigned> expected(cd->batch.begin(), cd->batch.end());
  expected.push_back(cd->m[0]);
  expected.push_back(cd->n[0]);
  if (outDims != expected) {
    why = "a product whose result is not laid out [batch.., m, n]";
    return std::nullopt;
  }

  // With a unit n wanted but m of size 1 instead (z sigma(Q)^T, where
  // sigma(Q) z was meant: einops' order with one batch element), the
  // product is read transposed: the operands swap, m is the unit n.
  SmallVector<int64_t> loopSizes = op.getStaticLoopRanges();
  bool transposed = unitN && loopSizes[cd->n[0]] != 1 &&
                    loopSizes[cd->m[0]] == 1;
  Product p;
  bool unitBatch = false;
  p.op = op;
  p.result = op->getResult(0);
  auto outType = cast<RankedTensorType>(p.result.getType());
  SmallVector<Dim> loops(op.getNumLoops(), Dim{Role::Red});
  if (cd->batch.size() == 2) {
    p.batch = outType.getDimSize(0);
    p.heads = outType.getDimSize(1);
    loops[cd->batch[0]] = {Role::B};
    loops[cd->batch[1]] = {Role::H};
  } else {
    if (Value split =
            splitHeads(p.result, p.batch, p.heads, unitBatch, transposed)) {
      p.result = split;
      loops[cd->batch[0]] = {Role::BH};
    } else {
      p.rank4 = false;
      p.heads = outType.getDimSize(0);
      loops[cd->batch[0]] = {Role::H};
    }
  }
  if (ShapedType::isDynamic(p.batch) || ShapedType::isDynamic(p.heads)) {
    why = "a product with a dynamic batch or head count";
    return std::nullopt;
  }
  unsigned rowDim = transposed ? cd->n[0] : cd->m[0];
  unsigned colDim = transposed ? cd->m[0] : cd->n[0];
  loops[rowDim] = {Role::Row};
  loops[colDim] = {unitN ? Role::Unit : Role::Col};
  for (auto [i, view] : llvm::enumerate(std::array<View *, 2>{&p.lhs, &p.rhs})) {
    unsigned operand = transposed ? 1 - i : i;
    view->base = op.getDpsInputs()[operand];
    AffineMap map = maps[operand];
    for (unsigned j = 0; j < map.getNumResults(); ++j)
      view->dims.push_back(loops[map.getDimPosition(j)]);
    peel(*view, p.batch, p.heads, p.rank4, scales, eval);
    // B*H is H when B = 1, and a dimension of size 1 can be B.
    if (unitBatch) {
      auto bh = llvm::find_if(view->dims,
                              [](Dim d) { return d.role == Role::BH; });
      auto unit = llvm::find_if(view->dims,
                                [](Dim d) { return d.role == Role::Unit; });
      if (bh != view->dims.end() && unit != view->dims.end()) {
        *bh = {Role::H};
        *unit = {Role::B};
      }
    }
  }
  return p;
}

/// The permutation taking `view.base` to the dimension order `roles`
/// (HDiv stands in for H), or failure.
FailureOr<SmallVector<int64_t>> layoutOf(const View &view,
                                         ArrayRef<Role> roles) {
  // Positions among the dimensions that are not of size 1.
  SmallVector<Dim> dims;
  for (const Dim &d : view.dims)
    if (d.role != Role::Unit)
      dims.push_back(d);
  if (dims.size() != roles.size())
    return failure();
  SmallVector<int64_t> perm;
  for (Role r : roles) {
    auto it = llvm::find_if(dims, [&](const Dim &d) {
      return d.role == r || (r == Role::H && d.role == Role::HDiv);
    });
    if (it == dims.end())
      return failure();
    perm.push_back(it - dims.begin());
  }
  return perm;
}

//===----------------------------------------------------------------------===//
// Softmax
//===----------------------------------------------------------------------===//

/// The block argument `op`'s body yields through a single `T` applied to
/// (arg a, arg b), in this order or swapped when `commutative`.
template <typename T>
static bool bodyIs(linalg::LinalgOp op, unsigned a, unsigned b, bool commutative) {
  Block &body = *op.getBlock();
  auto inner = body.getTerminator()->getOperand(0).getDefiningOp<T>();
  if (!inner || inner->getBlock() != &body)
    return false;
  Value x = inner->getOperand(0), y = inner->getOperand(1);
  Value va = body.getArgument(a), vb = body.getArgument(b);
  return (x == va && y == vb) || (commutative && x == vb && y == va);
}

/// Whether `map` reads a [.., 1] or [..] tensor broadcast along the last of
/// `rank` loops (the other loops in order).
static bool broadcastsLast(AffineMap map, unsigned rank) {
  if (map.getNumDims() != rank)
    return false;
  unsigned n = map.getNumResults();
  if (n != rank && n != rank - 1)
    return false;
  for (unsigned j = 0; j + 1 < rank; ++j)
    if (map.getResult(j) != getAffineDimExpr(j, map.getContext()))
      return false;
  if (n == rank) {
    auto c = dyn_cast<AffineConstantExpr>(map.getResult(rank - 1));
    return c && c.getValue() == 0;
  }
  return true;
}

/// The reduction over the last loop of one input into `value` (seen
/// through a tensor.expand_shape adding a trailing 1), with its input.
static linalg::LinalgOp lastReduction(Value value, unsigned rank) {
  if (auto expand = value.getDefiningOp<tensor::ExpandShapeOp>())
    value = expand.getSrc();
  auto op = value.getDefiningOp<linalg::LinalgOp>();
  if (!op || !op.hasPureTensorSemantics() || op.getNumDpsInputs() != 1 ||
      op.getNumLoops() != rank || op.getNumReductionLoops() != 1 ||
      op.getIteratorTypesArray().back() != utils::IteratorType::reduction ||
      !op.getMatchingIndexingMap(op.getDpsInputOperand(0)).isIdentity() ||
      !broadcastsLast(op.getIndexingMapMatchingResult(cast<OpResult>(value)),
                      rank))
    return {};
  return op;
}

/// The softmax input when `p` is a softmax over the last of `rank`
/// dimensions: linalg.softmax, or exp(x - max) / sum as generics.
static Value softmaxInput(Value p, unsigned rank) {
  if (auto softmax = p.getDefiningOp<linalg::SoftmaxOp>())
    return softmax.getDimension() == rank - 1 ? softmax.getInput() : Value();
  auto div = p.getDefiningOp<linalg::LinalgOp>();
  if (!isElementwiseLinalg(div) || div.getNumDpsInputs() != 2 ||
      !bodyIs<arith::DivFOp>(div, 0, 1, false) ||
      !div.getMatchingIndexingMap(div.getDpsInputOperand(0)).isIdentity() ||
      !broadcastsLast(div.getMatchingIndexingMap(div.getDpsInputOperand(1)),
                      rank))
    return {};
  Value e = div.getDpsInputs()[0];
  linalg::LinalgOp sum = lastReduction(div.getDpsInputs()[1], rank);
  if (!sum || sum.getDpsInputs()[0] != e || sum->getNumResults() != 1 ||
      !isZeroFilled(sum.getDpsInits()[0]) ||
      !bodyIs<arith::AddFOp>(sum, 0, 1, true))
    return {};
  auto exp = e.getDefiningOp<linalg::LinalgOp>();
  if (!isElementwiseLinalg(exp) || exp.getNumDpsInputs() != 1 ||
      !exp.getMatchingIndexingMap(exp.getDpsInputOperand(0)).isIdentity())
    return {};
  auto expOp =
      exp.getBlock()->getTerminator()->getOperand(0).getDefiningOp<math::ExpOp>();
  if (!expOp || expOp.getOperand() != exp.getBlock()->getArgument(0))
    return {};
  auto sub = exp.getDpsInputs()[0].getDefiningOp<linalg::LinalgOp>();
  if (!isElementwiseLinalg(sub) || sub.getNumDpsInputs() != 2 ||
      !bodyIs<arith::SubFOp>(sub, 0, 1, false) ||
      !sub.getMatchingIndexingMap(sub.getDpsInputOperand(0)).isIdentity() ||
      !broadcastsLast(sub.getMatchingIndexingMap(sub.getDpsInputOperand(1)),
                      rank))
    return {};
  Value x = sub.getDpsInputs()[0];
  Value maxValue = sub.getDpsInputs()[1];
  if (auto expand = maxValue.getDefiningOp<tensor::ExpandShapeOp>())
    maxValue = expand.getSrc();
  linalg::LinalgOp max = lastReduction(sub.getDpsInputs()[1], rank);
  if (!max || max.getDpsInputs()[0] != x)
    return {};
  // The maximum is result #r; any other result (torch-mlir's argmax) is
  // unused.
  unsigned r = cast<OpResult>(maxValue).getResultNumber();
  for (OpResult other : max->getResults())
    if (other.getResultNumber() != r && !other.use_empty())
      return {};
  Block &body = *max.getBlock();
  Value yielded = body.getTerminator()->getOperand(r);
  Operation *m = yielded.getDefiningOp();
  if (!m || !isa<arith::MaximumFOp, arith::MaxNumFOp>(m))
    return {};
  Value in = body.getArgument(0), acc = body.getArgument(1 + r);
  if (!((m->getOperand(0) == in && m->getOperand(1) == acc) ||
        (m->getOperand(0) == acc && m->getOperand(1) == in)))
    return {};
  auto init = max.getDpsInits()[r].getDefiningOp<linalg::FillOp>();
  FloatAttr start;
  if (!init || !matchPattern(init.getInputs()[0], m_Constant(&start)) ||
      !start.getValue().isNegative() ||
      !(start.getValue().isInfinity() || start.getValue().isLargest()))
    return {};
  return x;
}

/// When `p` is select(all(x == -inf along the last dim), 0, probabilities),
/// the guard SDPA puts after a softmax of `x` for rows that see no key:
/// the probabilities. With a causal mask every row sees its own key, so
/// the guard never fires for finite scores.
static Value throughGuard(Value p, unsigned rank, TensorEvaluator &eval) {
  auto select = p.getDefiningOp<linalg::LinalgOp>();
  if (!isElementwiseLinalg(select) || select.getNumDpsInputs() != 3 ||
      !select.getMatchingIndexingMap(select.getDpsInputOperand(2))
           .isIdentity() ||
      !broadcastsLast(select.getMatchingIndexingMap(select.getDpsInputOperand(0)),
                      rank))
    return {};
  Block &body = *select.getBlock();
  auto sel =
      body.getTerminator()->getOperand(0).getDefiningOp<arith::SelectOp>();
  if (!sel || sel.getCondition() != body.getArgument(0) ||
      sel.getTrueValue() != body.getArgument(1) ||
      sel.getFalseValue() != body.getArgument(2))
    return {};
  const EvalTensor *zeros = eval.evaluate(select.getDpsInputs()[1]);
  if (!zeros || llvm::any_of(zeros->data,
                             [](const EvalScalar &s) { return s.f != 0.0; }))
    return {};
  Value probabilities = select.getDpsInputs()[2];
  Value x = softmaxInput(probabilities, rank);
  // all(...): an and-reduction from true over the last dimension.
  linalg::LinalgOp all = lastReduction(select.getDpsInputs()[0], rank);
  if (!x || !all || all->getNumResults() != 1 ||
      !bodyIs<arith::AndIOp>(all, 0, 1, true))
    return {};
  auto init = all.getDpsInits()[0].getDefiningOp<linalg::FillOp>();
  if (!init || !matchPattern(init.getInputs()[0], m_One()))
    return {};
  // x == -inf, elementwise.
  auto isNegInf = all.getDpsInputs()[0].getDefiningOp<linalg::LinalgOp>();
  if (!isElementwiseLinalg(isNegInf) || isNegInf.getNumDpsInputs() != 1 ||
      isNegInf.getDpsInputs()[0] != x ||
      !isNegInf.getMatchingIndexingMap(isNegInf.getDpsInputOperand(0))
           .isIdentity())
    return {};
  SmallVector<int64_t> point(rank, 0);
  for (auto [probe, expected] :
       {std::pair{-INFINITY, 1}, {0.0, 0}, {-3.4e38, 0}, {INFINITY, 0}}) {
    FailureOr<SmallVector<EvalScalar>> r = eval.evaluateBody(
        *isNegInf.getBlock(), {EvalScalar::ofFloat(probe), EvalScalar()}, point);
    if (failed(r) || (*r)[0].i != expected)
      return {};
  }
  return probabilities;
}

//===----------------------------------------------------------------------===//
// The scores between Q K^T and the softmax
//===----------------------------------------------------------------------===//

/// Whether `v` is computed (within a few ops) from a contraction.
static bool reachesContraction(Value v, int depth) {
  Operation *def = v.getDefiningOp();
  if (!def || depth > 16)
    return false;
  if (auto op = dyn_cast<linalg::LinalgOp>(def);
      op && linalg::isaContractionOpInterface(op))
    return true;
  if (!isa<linalg::LinalgOp, tensor::ExpandShapeOp, tensor::CollapseShapeOp>(
          def))
    return false;
  return llvm::any_of(def->getOperands(), [&](Value operand) {
    return reachesContraction(operand, depth + 1);
  });
}

/// What the ops between the scores and the softmax do.
struct ScoreChain {
  /// From the scores' side to the softmax's.
  SmallVector<linalg::LinalgOp> ops;
  /// The position of the scores among each op's operands.
  SmallVector<unsigned> scorePositions;
  Value scores;
};

/// Evaluates `chain` at `point` for probe score `x`.
static FailureOr<double> applyChain(const ScoreChain &chain, ArrayRef<int64_t> point,
                             double x, TensorEvaluator &eval) {
  for (auto [chainOp, pos] :
       llvm::zip_equal(chain.ops, chain.scorePositions)) {
    linalg::LinalgOp op = chainOp;
    SmallVector<EvalScalar> args(op->getNumOperands());
    for (OpOperand &operand : op->getOpOperands()) {
      unsigned i = operand.getOperandNumber();
      if (i == pos) {
        args[i].f = x;
        continue;
      }
      if (!op.payloadUsesValueFromOperand(&operand))
        continue;
      const EvalTensor *t = eval.evaluate(operand.get());
      if (!t)
        return failure();
      args[i] = t->data[OperandIndex(op.getMatchingIndexingMap(&operand),
                                     t->shape)
                            .at(point)];
    }
    FailureOr<SmallVector<EvalScalar>> r =
        eval.evaluateBody(*op.getBlock(), args, point);
    if (failed(r))
      return failure();
    x = (*r)[0].f;
  }
  return x;
}


/// Matches causal softmax attention ending at `op`. std::nullopt without a
/// reason when `op` is not a product of a softmax with values; a reason
/// when it is, but cannot be converted.
std::optional<Match> matchAttention(linalg::LinalgOp op, TensorEvaluator &eval,
                                    std::string &why) {
  std::string ignored;
  std::optional<Product> pv = matchProduct(op, eval, ignored, /*scales=*/false);
  if (!pv)
    return std::nullopt;
  unsigned rank = pv->rank4 ? 4 : 3;
  SmallVector<Role> scoreRoles = {Role::B, Role::H, Role::Row, Role::Red};
  if (!pv->rank4)
    scoreRoles.erase(scoreRoles.begin());
  FailureOr<SmallVector<int64_t>> pLayout = layoutOf(pv->lhs, scoreRoles);
  if (failed(pLayout) ||
      *pLayout != llvm::to_vector(llvm::seq<int64_t>(0, rank)))
    return std::nullopt;
  Value probabilities = pv->lhs.base;
  Value x = softmaxInput(probabilities, rank);
  bool guarded = false;
  if (!x) {
    if (Value inner = throughGuard(probabilities, rank, eval)) {
      guarded = true;
      probabilities = inner;
      x = softmaxInput(inner, rank);
    }
  }
  if (!x || !reachesContraction(x, 0))
    return std::nullopt;
  auto fail = [&](const Twine &reason) -> std::optional<Match> {
    why = reason.str();
    return std::nullopt;
  };
  if (!probabilities.hasOneUse())
    return fail("the probabilities have other uses");

  // The softmax reads its input once as linalg.softmax, twice decomposed
  // (the maximum and the subtraction), and the guard once more.
  unsigned softmaxReads =
      (isa<linalg::SoftmaxOp>(probabilities.getDefiningOp()) ? 1 : 2) +
      (guarded ? 1 : 0);
  auto hasUses = [](Value v, unsigned n) {
    return static_cast<unsigned>(
               std::distance(v.use_begin(), v.use_end())) == n;
  };

  // Walk from the softmax input back to Q K^T.
  ScoreChain chain;
  Value cur = x;
  std::optional<Product> qk;
  while (true) {
    Operation *def = cur.getDefiningOp();
    auto linalgOp = dyn_cast_or_null<linalg::LinalgOp>(def);
    // The product, possibly behind the reshapes that split its heads.
    Value behind = behindReshapes(cur);
    if (behind != cur)
      if (auto product = behind.getDefiningOp<linalg::LinalgOp>();
          product && linalg::isaContractionOpInterface(product))
        linalgOp = product;
    if (linalgOp && linalg::isaContractionOpInterface(linalgOp)) {
      std::string reason;
      qk = matchProduct(linalgOp, eval, reason, /*scales=*/true);
      if (!qk)
        return fail("the scores come from " +
                    (reason.empty() ? std::string("an unknown contraction")
                                    : reason));
      if (qk->result != cur)
        return fail("the scores are reshaped between Q K^T and the softmax");
      break;
    }
    if (!isElementwiseLinalg(linalgOp))
      return fail(
          "an operation on the scores that is not elementwise: '" +
          (def ? def->getName().getStringRef() : StringRef("argument")) + "'");
    if (!hasUses(cur, cur == x ? softmaxReads : 1))
      return fail("intermediate scores have other uses");
    std::optional<unsigned> pos;
    for (OpOperand *operand : linalgOp.getDpsInputOperands()) {
      if (!linalgOp.getMatchingIndexingMap(operand).isIdentity() ||
          !reachesContraction(operand->get(), 0))
        continue;
      if (pos)
        return fail("an operation combining the scores with another product");
      pos = operand->getOperandNumber();
    }
    if (!pos)
      return fail("the scores do not come from Q K^T");
    if (linalgOp.payloadUsesValueFromOperand(linalgOp.getDpsInitOperand(0)))
      return fail("an operation on the scores that reads its init");
    FailureOr<Operation *> breaker =
        linearIn(*linalgOp.getBlock(), linalgOp.getBlock()->getArgument(*pos));
    if (failed(breaker) || *breaker) {
      std::string name = failed(breaker) || !*breaker
                             ? std::string("linalg.yield")
                             : (*breaker)->getName().getStringRef().str();
      return fail("an operation on the scores that is neither a scale nor a "
                  "mask: '" +
                  name + "' in '" + linalgOp->getName().getStringRef() + "'");
    }
    chain.ops.insert(chain.ops.begin(), linalgOp);
    chain.scorePositions.insert(chain.scorePositions.begin(), *pos);
    cur = linalgOp->getOperand(*pos);
  }
  if (!hasUses(cur, cur == x ? softmaxReads : 1))
    return fail("intermediate scores have other uses");

  // Q [B, H, t, d], K [B, Hkv, u, d]; the scores [B, H, t, u].
  if (qk->rank4 != pv->rank4 || qk->batch != pv->batch ||
      qk->heads != pv->heads)
    return fail("Q K^T and P V disagree on the batch and head counts");

  // What the chain does at each (query, key): evaluate it on probe scores
  // over the positions its other operands and indices distinguish.
  auto type = cast<RankedTensorType>(x.getType());
  if (!type.hasStaticShape())
    return fail("the scores have a dynamic shape: the mask is checked by "
                "evaluating it, which needs static sizes");
  llvm::SmallBitVector varies(rank);
  varies.set(rank - 2);
  varies.set(rank - 1);
  for (auto [chainOp, pos] : llvm::zip_equal(chain.ops, chain.scorePositions)) {
    for (OpOperand &operand : chainOp->getOpOperands()) {
      if (operand.getOperandNumber() == pos ||
          !chainOp.payloadUsesValueFromOperand(&operand))
        continue;
      for (AffineExpr e : chainOp.getMatchingIndexingMap(&operand).getResults())
        e.walk([&](AffineExpr sub) {
          if (auto d = dyn_cast<AffineDimExpr>(sub))
            varies.set(d.getPosition());
        });
    }
    chainOp.getBlock()->walk(
        [&](linalg::IndexOp index) { varies.set(index.getDim()); });
  }
  SmallVector<int64_t> ranges;
  int64_t points = 1;
  for (unsigned d = 0; d < rank; ++d) {
    ranges.push_back(varies.test(d) ? type.getDimSize(d) : 1);
    points *= ranges.back();
  }
  if (points > (int64_t(1) << 24))
    return fail("the mask is too large to check (" + Twine(points) +
                " positions)");
  std::optional<double> scale;
  const double probes[] = {1.0, -0.375, 2.5};
  SmallVector<int64_t> point(rank, 0);
  if (points > 0) {
    do {
      int64_t t = point[rank - 2], u = point[rank - 1];
      double r[3];
      for (int i = 0; i < 3; ++i) {
        FailureOr<double> y = applyChain(chain, point, probes[i], eval);
        if (failed(y))
          return fail("the mask depends on " + eval.why() +
                      " (a data-dependent mask, e.g. padding; infini.attention "
                      "is causal only)");
        r[i] = *y;
      }
      bool masked = r[0] <= -1e30 && r[1] <= -1e30 && r[2] <= -1e30;
      if (masked != (u > t)) {
        std::string pos = "(query " + std::to_string(t) + ", key " +
                          std::to_string(u) + ")";
        if (u > t)
          return fail("no causal mask: the score at " + pos +
                      " is kept (infini.attention is causal)");
        return fail("the mask is not causal: the score at " + pos +
                    " is masked");
      }
      if (!masked) {
        double c = r[0];
        if (!std::isfinite(c) || c <= 0.0)
          return fail("the scale " + str(c) +
                      " is not a finite f32 > 0 (infini.attention's scale "
                      "must be)");
        bool linear = true;
        for (int i = 1; i < 3 && linear; ++i)
          linear = std::fabs(r[i] - c * probes[i]) <=
                   1e-6 * std::fabs(c * probes[i]);
        if (!linear)
          return fail("the scores at (query " + std::to_string(t) + ", key " +
                      std::to_string(u) +
                      ") are changed by more than a constant scale (an "
                      "additive bias or a non-causal mask)");
        if (!scale)
          scale = c;
        else if (std::fabs(c - *scale) > 1e-6 * std::fabs(*scale))
          return fail("the scale differs between positions (" + str(*scale) +
                      " and " + str(c) + ")");
      }
    } while ([&] {
      for (int64_t d = rank - 1; d >= 0; --d) {
        if (++point[d] < ranges[d])
          return true;
        point[d] = 0;
      }
      return false;
    }());
  }

  Match match{*qk, *pv,
              scale.value_or(1.0) * qk->lhs.scale * qk->rhs.scale};
  return match;
}


std::optional<Operands> checkOperands(const Match &m, std::string &why) {
  auto fail = [&](const Twine &reason) -> std::optional<Operands> {
    why = reason.str();
    return std::nullopt;
  };
  bool rank4 = m.qk.rank4;
  auto roles = [&](std::initializer_list<Role> r) {
    SmallVector<Role> v(r);
    if (!rank4)
      v.erase(v.begin());
    return v;
  };
  Operands o{m.qk.lhs, m.qk.rhs, m.pv.rhs, {}, {}, {}};
  FailureOr<SmallVector<int64_t>> q =
      layoutOf(o.q, roles({Role::B, Role::H, Role::Row, Role::Red}));
  FailureOr<SmallVector<int64_t>> k =
      layoutOf(o.k, roles({Role::B, Role::H, Role::Col, Role::Red}));
  FailureOr<SmallVector<int64_t>> v =
      layoutOf(o.v, roles({Role::B, Role::H, Role::Red, Role::Col}));
  if (failed(q) || llvm::any_of(o.q.dims, [](Dim d) {
        return d.role == Role::HDiv || d.role == Role::HMod;
      }))
    return fail("Q is not read as [batch, head, query, d] (its heads are "
                "flattened or repeated in a way not recognised)");
  if (failed(k) || failed(v))
    return fail("K or V is not read as [batch, kv head, key, d] (heads "
                "flattened or repeated in a way not recognised)");
  auto repOf = [](const View &view) {
    for (Dim d : view.dims)
      if (d.role == Role::HDiv)
        return d.rep;
    return int64_t(1);
  };
  if (repOf(o.k) != repOf(o.v))
    return fail("K and V repeat their kv heads differently (" +
                Twine(repOf(o.k)) + " and " + Twine(repOf(o.v)) + ")");
  // The sizes of a view's dimensions that are not of size 1.
  auto shape = [](const View &view) {
    SmallVector<int64_t> sizes;
    for (auto [d, size] : llvm::zip_equal(
             view.dims, cast<RankedTensorType>(view.base.getType()).getShape()))
      if (d.role != Role::Unit)
        sizes.push_back(size);
    return sizes;
  };
  int64_t tq = shape(o.q)[(*q)[rank4 ? 2 : 1]];
  int64_t tk = shape(o.k)[(*k)[rank4 ? 2 : 1]];
  int64_t tv = shape(o.v)[(*v)[rank4 ? 2 : 1]];
  if (tq != tk || tk != tv)
    return fail("queries, keys and values have different token counts (" +
                Twine(tq) + ", " + Twine(tk) + ", " + Twine(tv) +
                "): cross-attention or a cache");
  auto elemOf = [](Value x) {
    return cast<RankedTensorType>(x.getType()).getElementType();
  };
  Type elem = elemOf(o.q.base);
  if (elemOf(o.k.base) != elem || elemOf(o.v.base) != elem ||
      elemOf(m.pv.result) != elem)
    return fail("Q, K, V and the output do not share one element type");
  if (!isa<Float32Type, Float16Type, BFloat16Type>(elem)) {
    std::string name;
    llvm::raw_string_ostream os(name);
    os << elem;
    return fail("the element type is " + name +
                "; infini.attention takes f32, f16 or bf16");
  }
  if (m.qk.batch == 0 || m.qk.heads == 0)
    return fail("a batch or head count is 0");
  if (shape(o.q)[(*q)[rank4 ? 3 : 2]] == 0 ||
      shape(o.v)[(*v)[rank4 ? 3 : 2]] == 0)
    return fail("a head dimension is 0");
  auto scale = static_cast<float>(m.scale);
  if (!std::isfinite(scale) || scale <= 0)
    return fail("the scale " + str(m.scale) +
                " is not a finite f32 > 0 (infini.attention's scale must be)");
  o.qPerm = *q;
  o.kPerm = *k;
  o.vPerm = *v;
  return o;
}

/// `view.base` transposed by `perm` and, from rank 3, expanded to
/// [1, B*H, T, D].
Value materialize(OpBuilder &b, Location loc, const View &view,
                  ArrayRef<int64_t> perm, bool rank4) {
  Value x = view.base;
  auto type = cast<RankedTensorType>(x.getType());
  // Fold the dimensions of size 1 into their neighbours.
  if (llvm::any_of(view.dims, [](Dim d) { return d.role == Role::Unit; })) {
    SmallVector<ReassociationIndices> groups;
    ReassociationIndices pending;
    for (auto [i, d] : llvm::enumerate(view.dims)) {
      pending.push_back(i);
      if (d.role != Role::Unit) {
        groups.push_back(pending);
        pending.clear();
      }
    }
    llvm::append_range(groups.back(), pending);
    x = tensor::CollapseShapeOp::create(b, loc, x, groups);
    type = cast<RankedTensorType>(x.getType());
  }
  if (perm != ArrayRef<int64_t>(llvm::to_vector(
                  llvm::seq<int64_t>(0, type.getRank())))) {
    SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, x);
    SmallVector<OpFoldResult> permuted;
    for (int64_t p : perm)
      permuted.push_back(sizes[p]);
    Value init = tensor::EmptyOp::create(b, loc, permuted, type.getElementType());
    x = linalg::TransposeOp::create(b, loc, x, init, perm).getResult()[0];
    type = cast<RankedTensorType>(x.getType());
  }
  if (type.getRank() == 4 || !rank4)
    return x;
  SmallVector<int64_t> shape = {1};
  llvm::append_range(shape, type.getShape());
  SmallVector<OpFoldResult> sizes = {b.getIndexAttr(1)};
  llvm::append_range(sizes, tensor::getMixedSizes(b, loc, x));
  return tensor::ExpandShapeOp::create(
      b, loc, RankedTensorType::get(shape, type.getElementType()), x,
      SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}}, sizes);
}

Value filled(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
             double value) {
  Value empty = tensor::EmptyOp::create(b, loc, sizes, b.getF32Type());
  Value c = arith::ConstantOp::create(b, loc, b.getF32FloatAttr(value));
  return linalg::FillOp::create(b, loc, c, empty).getResult(0);
}

/// Erases `roots` and then whatever only they used.
void eraseDead(RewriterBase &rewriter, ArrayRef<Operation *> roots) {
  SmallVector<Operation *> worklist(roots.begin(), roots.end());
  llvm::SmallPtrSet<Operation *, 32> erased;
  while (!worklist.empty()) {
    Operation *op = worklist.pop_back_val();
    if (erased.contains(op) || !isOpTriviallyDead(op))
      continue;
    for (Value operand : op->getOperands())
      if (Operation *def = operand.getDefiningOp())
        worklist.push_back(def);
    erased.insert(op);
    rewriter.eraseOp(op);
  }
}

} // namespace mlir::infini::match
