//===- NVVMTarget.h - what an NVIDIA chip needs from PTX --------*- C++ -*-===//

#ifndef INFINI_CODEGEN_GPU_NVVMTARGET_H
#define INFINI_CODEGEN_GPU_NVVMTARGET_H

#include "mlir/Support/LLVM.h"

#include <optional>
#include <string>

namespace mlir::infini {

/// The oldest PTX ISA version (10 x major + minor: 86 is PTX 8.6) in which
/// LLVM 22's NVPTX backend generates code for `chip` (sm_XX, sm_XXa or
/// sm_XXf); std::nullopt for a name it does not know.
std::optional<unsigned> minimumPtxVersion(StringRef chip);

/// The PTX feature the NVVM pipeline uses for `chip` when none is given: the
/// chip's minimum, and at least PTX 8.0 (CUDA 13's ptxas rejects older PTX
/// for sm_90). Empty for a chip minimumPtxVersion does not know.
std::string defaultPtxFeatures(StringRef chip);

} // namespace mlir::infini

#endif // INFINI_CODEGEN_GPU_NVVMTARGET_H
