//===- SetTargetCPU.cpp - compile LLVM functions for one CPU --------------===//

#include "Infini/Transforms/Passes.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/TargetParser/Host.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINISETTARGETCPU
#include "Infini/Transforms/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {
struct InfiniSetTargetCPUPass
    : infini::impl::InfiniSetTargetCPUBase<InfiniSetTargetCPUPass> {
  using InfiniSetTargetCPUBase::InfiniSetTargetCPUBase;

  void runOnOperation() override {
    std::string cpuName = cpu, featureList = features;
    if (cpuName == "native") {
      cpuName = llvm::sys::getHostCPUName().str();
      if (featureList.empty()) {
        SmallVector<std::string> enabled;
        for (const auto &[name, on] : llvm::sys::getHostCPUFeatures())
          if (on)
            enabled.push_back("+" + name.str());
        llvm::sort(enabled);
        featureList = llvm::join(enabled, ",");
      }
    }
    MLIRContext *ctx = &getContext();
    StringAttr cpuAttr =
        cpuName.empty() ? StringAttr() : StringAttr::get(ctx, cpuName);
    LLVM::TargetFeaturesAttr featureAttr =
        featureList.empty() ? LLVM::TargetFeaturesAttr()
                            : LLVM::TargetFeaturesAttr::get(ctx, featureList);
    getOperation().walk([&](LLVM::LLVMFuncOp func) {
      if (func.isExternal())
        return;
      if (cpuAttr)
        func.setTargetCpuAttr(cpuAttr);
      if (featureAttr)
        func.setTargetFeaturesAttr(featureAttr);
    });
  }
};
} // namespace
