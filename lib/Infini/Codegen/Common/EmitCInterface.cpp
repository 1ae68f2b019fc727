//===- EmitCInterface.cpp - C interfaces for public functions -------------===//

#include "Infini/Codegen/Common/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinOps.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIEMITCINTERFACE
#include "Infini/Codegen/Common/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {
struct InfiniEmitCInterfacePass
    : infini::impl::InfiniEmitCInterfaceBase<InfiniEmitCInterfacePass> {
  void runOnOperation() override {
    StringRef name = LLVM::LLVMDialect::getEmitCWrapperAttrName();
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (func.isPublic() && !func.isExternal())
        func->setAttr(name, UnitAttr::get(&getContext()));
  }
};
} // namespace
