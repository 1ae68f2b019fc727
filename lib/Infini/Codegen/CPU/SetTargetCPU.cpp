//===- SetTargetCPU.cpp - compile LLVM functions for one CPU --------------===//

#include "Infini/Codegen/CPU/Passes.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/TargetParser/X86TargetParser.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINISETTARGETCPU
#include "Infini/Codegen/CPU/Passes.h.inc"
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
      // Every feature the host reports, the missing ones disabled: a CPU
      // name implies its model's features, which a hypervisor may hide
      // (a znver4 guest without AVX-512), and code built from the name
      // alone would stop on an illegal instruction.
      if (featureList.empty()) {
        SmallVector<std::string> host;
        for (const auto &[name, on] : llvm::sys::getHostCPUFeatures())
          host.push_back((on ? "+" : "-") + name.str());
        llvm::sort(host, [](StringRef a, StringRef b) {
          return a.drop_front() < b.drop_front();
        });
        featureList = llvm::join(host, ",");
      }
    }
    // An unknown name would only make LLVM warn at code generation and
    // fall back to a generic CPU: refuse it here. Checked for the x86 hosts
    // we build on; other targets are left to LLVM.
    llvm::Triple host(llvm::sys::getDefaultTargetTriple());
    if (!cpuName.empty() && host.isX86() &&
        llvm::X86::parseArchX86(cpuName, host.isArch64Bit()) ==
            llvm::X86::CK_None) {
      SmallVector<StringRef> known;
      llvm::X86::fillValidCPUArchList(known, host.isArch64Bit());
      mlir::emitError(getOperation().getLoc(), "infini-set-target-cpu: '")
          << cpuName << "' is not an x86 CPU LLVM knows (e.g. "
          << llvm::join(ArrayRef<StringRef>(known).take_front(6), ", ")
          << ", or native)";
      return signalPassFailure();
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
