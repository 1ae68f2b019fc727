//===- ConvertAttention.cpp - causal softmax attention to infini ----------===//
//
// Rewrites causal softmax attention, found by AttentionMatch, into
// infini.attention with a fresh zero memory and constant gate logits.
//
//===----------------------------------------------------------------------===//

#include "AttentionMatch.h"

#include "Infini/IR/InfiniOps.h"
#include "Infini/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/SymbolTable.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINICONVERTATTENTION
#include "Infini/Transforms/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;
using namespace mlir::infini;
using namespace mlir::infini::match;

namespace {

/// Why the state of `m` cannot become arguments and results of its function
/// (empty when it can).
std::string canStreamState(const Match &m, const Operands &o) {
  auto fn = m.pv.op->getParentOfType<func::FuncOp>();
  if (!fn || fn.isExternal() || m.pv.op->getParentOp() != fn ||
      !fn.getBody().hasOneBlock())
    return "the attention is not in the single block of a func.func";
  if (!fn.isPublic())
    return "@" + fn.getName().str() + " is not public";
  if (auto module = fn->getParentOfType<ModuleOp>();
      module && !SymbolTable::symbolKnownUseEmpty(fn, module))
    return "@" + fn.getName().str() +
           " is called here, and its callers would not pass the state";
  for (const View *view : {&o.k, &o.v})
    if (!cast<RankedTensorType>(view->base.getType()).hasStaticShape())
      return "K or V has a dynamic shape";
  return "";
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
    std::vector<std::pair<Match, Operands>> found;
    TensorEvaluator eval(/*budget=*/int64_t(1) << 27);
    getOperation()->walk([&](linalg::LinalgOp op) {
      std::string why;
      std::optional<Match> match = matchAttention(op, eval, why);
      std::optional<Operands> operands;
      if (match)
        operands = checkOperands(*match, why);
      if (!why.empty()) {
        op->emitRemark("softmax attention left unchanged: ") << why;
        return;
      }
      if (match && operands && streamState) {
        std::string stateWhy = canStreamState(*match, *operands);
        if (!stateWhy.empty()) {
          op->emitRemark("softmax attention left unchanged: stream-state: ")
              << stateWhy;
          return;
        }
      }
      if (match && operands)
        found.push_back({*match, *operands});
    });

    IRRewriter rewriter(&getContext());
    for (auto &[match, o] : found) {
      linalg::LinalgOp pv = match.pv.op;
      Location loc = pv.getLoc();
      rewriter.setInsertionPointAfterValue(match.pv.result);
      Value q = materialize(rewriter, loc, o.q, o.qPerm);
      Value k = materialize(rewriter, loc, o.k, o.kPerm);
      Value v = materialize(rewriter, loc, o.v, o.vPerm);
      SmallVector<OpFoldResult> qs = tensor::getMixedSizes(rewriter, loc, q);
      SmallVector<OpFoldResult> ks = tensor::getMixedSizes(rewriter, loc, k);
      SmallVector<OpFoldResult> vs = tensor::getMixedSizes(rewriter, loc, v);
      Value memory, norm;
      func::FuncOp fn;
      if (streamState) {
        // The state comes in as the function's last arguments.
        fn = pv->getParentOfType<func::FuncOp>();
        auto kType = cast<RankedTensorType>(k.getType());
        auto vType = cast<RankedTensorType>(v.getType());
        auto memoryType = RankedTensorType::get(
            {kType.getDimSize(0), kType.getDimSize(1), kType.getDimSize(3),
             vType.getDimSize(3)},
            rewriter.getF32Type());
        auto normType = RankedTensorType::get(
            {kType.getDimSize(0), kType.getDimSize(1), kType.getDimSize(3)},
            rewriter.getF32Type());
        unsigned n = fn.getNumArguments();
        (void)fn.insertArguments({n, n}, {memoryType, normType}, {{}, {}},
                                 {loc, loc});
        memory = fn.getArgument(n);
        norm = fn.getArgument(n + 1);
      } else {
        memory = filled(rewriter, loc, {ks[0], ks[1], ks[3], vs[3]});
        norm = filled(rewriter, loc, {ks[0], ks[1], ks[3]});
      }
      Value gate = filled(rewriter, loc, {qs[1]}, gateLogit);
      auto qType = cast<RankedTensorType>(q.getType());
      auto outType = cast<RankedTensorType>(v.getType()).clone(
          {qType.getDimSize(0), qType.getDimSize(1), qType.getDimSize(2),
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
      auto resultType = cast<RankedTensorType>(match.pv.result.getType());
      if (resultType.getRank() == 3)
        out = tensor::CollapseShapeOp::create(
            rewriter, loc, out,
            SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}});
      if (out.getType() != resultType)
        out = tensor::CastOp::create(rewriter, loc, resultType, out);
      Operation *old = match.pv.result.getDefiningOp();
      rewriter.replaceAllUsesWith(match.pv.result, out);
      eraseDead(rewriter, {old, pv});
      if (fn) {
        // ... and goes out as its last results.
        auto ret = cast<func::ReturnOp>(fn.getBody().front().getTerminator());
        unsigned n = fn.getNumResults();
        (void)fn.insertResults({n, n},
                               {attention.getNewMemory().getType(),
                                attention.getNewNorm().getType()},
                               {{}, {}});
        rewriter.modifyOpInPlace(ret, [&] {
          ret->insertOperands(ret->getNumOperands(),
                              {attention.getNewMemory(), attention.getNewNorm()});
        });
      }
    }
  }
};

} // namespace
