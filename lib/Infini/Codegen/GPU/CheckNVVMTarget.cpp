//===- CheckNVVMTarget.cpp - chip, PTX and format before any work ---------===//
//
// The NVVM pipeline's target options, checked together before any work:
// LLVM's NVPTX backend kills the process (`LLVM ERROR`) when the PTX
// version is too old for the chip, and upstream gpu-module-to-binary reports
// an unknown format without failing.
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/NVVMTarget.h"
#include "Infini/Codegen/GPU/Passes.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/StringSwitch.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINICHECKNVVMTARGET
#include "Infini/Codegen/GPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

std::optional<unsigned> infini::minimumPtxVersion(StringRef chip) {
  // NVPTX.td of LLVM 22: the PTX feature each processor requires.
  return llvm::StringSwitch<std::optional<unsigned>>(chip)
      .Case("sm_50", 40)
      .Case("sm_52", 41)
      .Case("sm_53", 42)
      .Cases({"sm_60", "sm_61", "sm_62"}, 50)
      .Case("sm_70", 60)
      .Case("sm_72", 61)
      .Case("sm_75", 63)
      .Case("sm_80", 70)
      .Case("sm_86", 71)
      .Case("sm_87", 74)
      .Cases({"sm_89", "sm_90"}, 78)
      .Case("sm_90a", 80)
      .Cases({"sm_100", "sm_100a", "sm_101", "sm_101a"}, 86)
      .Cases({"sm_120", "sm_120a"}, 87)
      .Cases({"sm_100f", "sm_101f", "sm_103", "sm_103a", "sm_103f",
              "sm_120f", "sm_121", "sm_121a", "sm_121f"},
             88)
      .Cases({"sm_110", "sm_110a", "sm_110f"}, 90)
      .Default(std::nullopt);
}

std::string infini::defaultPtxFeatures(StringRef chip) {
  std::optional<unsigned> version = minimumPtxVersion(chip);
  if (!version)
    return "";
  return "+ptx" + std::to_string(std::max(*version, 80u));
}

namespace {

/// The PTX version a feature list asks for (its last `+ptxNN`), if any.
std::optional<unsigned> requestedPtxVersion(StringRef features) {
  std::optional<unsigned> version;
  SmallVector<StringRef> parts;
  features.split(parts, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (StringRef part : parts) {
    part = part.trim();
    unsigned v;
    if (part.consume_front("+ptx") && !part.getAsInteger(10, v))
      version = v;
  }
  return version;
}

std::string ptxName(unsigned version) {
  return std::to_string(version / 10) + "." + std::to_string(version % 10);
}

struct InfiniCheckNVVMTargetPass
    : infini::impl::InfiniCheckNVVMTargetBase<InfiniCheckNVVMTargetPass> {
  using Base::Base;

  void runOnOperation() override {
    Location loc = getOperation().getLoc();
    std::optional<unsigned> minimum = infini::minimumPtxVersion(chip);
    if (!minimum) {
      emitError(loc) << "chip=" << chip.getValue()
                     << " is not an NVIDIA architecture LLVM's NVPTX "
                        "backend knows (sm_XX, sm_XXa or sm_XXf, e.g. sm_90, "
                        "sm_90a, sm_100a)";
      return signalPassFailure();
    }
    if (std::optional<unsigned> requested = requestedPtxVersion(features);
        requested && *requested < *minimum) {
      emitError(loc) << "chip=" << chip.getValue() << " needs PTX "
                     << ptxName(*minimum) << " or newer, but features="
                     << features.getValue() << " asks for PTX "
                     << ptxName(*requested) << ": pass features="
                     << infini::defaultPtxFeatures(chip)
                     << " (or newer), or no features to get that";
      return signalPassFailure();
    }
    // The names upstream gpu-module-to-binary accepts.
    if (!llvm::is_contained({"fatbin", "fatbinary", "bin", "binary", "isa",
                             "assembly", "offloading", "llvm"},
                            StringRef(format))) {
      emitError(loc) << "format=" << format.getValue()
                     << " is not a kernel binary format: fatbin, bin (cubin), "
                        "isa (PTX) or offloading (LLVM IR)";
      return signalPassFailure();
    }
    if (maxSharedMemory < 0) {
      emitError(loc) << "max-shared-memory=" << maxSharedMemory.getValue()
                     << " must be at least 0 (0: the chip's opt-in maximum)";
      return signalPassFailure();
    }
    if (optLevel > 3) {
      emitError(loc) << "opt-level=" << optLevel.getValue()
                     << " is out of range: 0 to 3";
      return signalPassFailure();
    }
  }
};

} // namespace
