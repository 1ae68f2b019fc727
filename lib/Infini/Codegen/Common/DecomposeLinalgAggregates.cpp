//===- DecomposeLinalgAggregates.cpp - linalg.softmax and kin -------------===//

#include "Infini/Codegen/Common/Passes.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIDECOMPOSELINALGAGGREGATES
#include "Infini/Codegen/Common/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {
struct InfiniDecomposeLinalgAggregatesPass
    : infini::impl::InfiniDecomposeLinalgAggregatesBase<
          InfiniDecomposeLinalgAggregatesPass> {
  void runOnOperation() override {
    // Only linalg's own ops: infini ops implement the interface too, but
    // their decomposition would bypass the fused kernels.
    SmallVector<linalg::AggregatedOpInterface> aggregates;
    getOperation()->walk([&](linalg::AggregatedOpInterface op) {
      if (isa<linalg::LinalgDialect>(op->getDialect()))
        aggregates.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (linalg::AggregatedOpInterface op : aggregates) {
      rewriter.setInsertionPoint(op);
      FailureOr<SmallVector<Value>> parts = op.decomposeOperation(rewriter);
      if (failed(parts)) {
        op->emitOpError("cannot be decomposed into the linalg ops it stands "
                        "for");
        return signalPassFailure();
      }
      rewriter.replaceOp(op, *parts);
    }
  }
};
} // namespace
