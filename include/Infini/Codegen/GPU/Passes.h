//===- Passes.h - infini NVIDIA GPU code generation passes ------*- C++ -*-===//

#ifndef INFINI_CODEGEN_GPU_PASSES_H
#define INFINI_CODEGEN_GPU_PASSES_H

#include "mlir/Pass/Pass.h"

namespace mlir {
namespace infini {

#define GEN_PASS_DECL
#include "Infini/Codegen/GPU/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "Infini/Codegen/GPU/Passes.h.inc"

} // namespace infini
} // namespace mlir

#endif // INFINI_CODEGEN_GPU_PASSES_H
