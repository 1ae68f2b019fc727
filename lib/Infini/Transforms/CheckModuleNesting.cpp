//===- CheckModuleNesting.cpp - pipelines compile one module --------------===//
//
// The pipelines compile the functions of the module they run on. Upstream
// passes they are built from do not reach into nested modules (one-shot
// bufferization of function boundaries looks at the module's own
// functions), so a function in a nested module would be half lowered: a
// clear error instead, saying how to run the pipeline on that module.
//
//===----------------------------------------------------------------------===//

#include "Infini/Transforms/Passes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINICHECKMODULENESTING
#include "Infini/Transforms/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {
struct InfiniCheckModuleNestingPass
    : infini::impl::InfiniCheckModuleNestingBase<
          InfiniCheckModuleNestingPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp root = getOperation();
    WalkResult result = root.walk([&](ModuleOp nested) {
      if (nested == root)
        return WalkResult::advance();
      auto function = llvm::find_if(nested.getBody()->getOperations(),
                                    [](Operation &op) {
                                      return isa<FunctionOpInterface>(op);
                                    });
      if (function == nested.getBody()->end())
        return WalkResult::advance();
      std::string where =
          nested.getSymName() ? ("@" + *nested.getSymName()).str()
                              : std::string("without a name");
      InFlightDiagnostic diag = nested.emitError()
          << pipeline.getValue()
          << " compiles the functions of the module it runs on, not those "
             "of nested modules: this module ("
          << where << ") holds @"
          << cast<FunctionOpInterface>(*function).getName()
          << "; run the pipeline on it, e.g. --pass-pipeline='"
             "builtin.module(builtin.module("
          << pipeline.getValue() << "))'";
      diag.attachNote(function->getLoc()) << "function here";
      return WalkResult::interrupt();
    });
    if (result.wasInterrupted())
      signalPassFailure();
  }
};
} // namespace
