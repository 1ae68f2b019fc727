//===- ApproximateErf.cpp - polynomial erf --------------------------------===//

#include "Infini/Codegen/CPU/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIAPPROXIMATEERF
#include "Infini/Codegen/CPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {
struct InfiniApproximateErfPass
    : infini::impl::InfiniApproximateErfBase<InfiniApproximateErfPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateMathPolynomialApproximationPatterns(patterns, [](StringRef name) {
      return name == math::ErfOp::getOperationName();
    });
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
