//===- CopyToLinalg.cpp - memref.copy as linalg.copy ----------------------===//

#include "Infini/Codegen/Common/Passes.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINICOPYTOLINALG
#include "Infini/Codegen/Common/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {
struct InfiniCopyToLinalgPass
    : infini::impl::InfiniCopyToLinalgBase<InfiniCopyToLinalgPass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    getOperation()->walk([&](memref::CopyOp copy) {
      // linalg treats an unranked memref as a scalar: a linalg.copy of two
      // would lower to nothing. Those stay memref.copy (a runtime call).
      if (!isa<MemRefType>(copy.getSource().getType()) ||
          !isa<MemRefType>(copy.getTarget().getType()))
        return;
      rewriter.setInsertionPoint(copy);
      rewriter.replaceOpWithNewOp<linalg::CopyOp>(copy, copy.getSource(),
                                                  copy.getTarget());
    });
  }
};
} // namespace
