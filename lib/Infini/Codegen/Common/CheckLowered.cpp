//===- CheckLowered.cpp - a pipeline's output holds only what it targets --===//

#include "Infini/Codegen/Common/Passes.h"
#include "mlir/IR/BuiltinOps.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINICHECKLOWERED
#include "Infini/Codegen/Common/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {
struct InfiniCheckLoweredPass
    : infini::impl::InfiniCheckLoweredBase<InfiniCheckLoweredPass> {
  using Base::Base;

  void runOnOperation() override {
    auto allowed = [&](Operation *op) {
      if (isa<ModuleOp>(op))
        return true;
      StringRef name = op->getName().getStringRef();
      return llvm::any_of(accept, [&](const std::string &prefix) {
        return name.starts_with(prefix);
      });
    };
    WalkResult result = getOperation()->walk<WalkOrder::PreOrder>(
        [&](Operation *op) {
      if (op == getOperation() || allowed(op))
        return WalkResult::advance();
      op->emitError() << "'" << op->getName() << "' is left after "
                      << pipeline.getValue()
                      << ": the pipeline cannot lower it";
      return WalkResult::interrupt();
    });
    if (result.wasInterrupted())
      signalPassFailure();
  }
};
} // namespace
