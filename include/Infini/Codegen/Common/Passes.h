//===- Passes.h - infini codegen passes of both targets ---------*- C++ -*-===//

#ifndef INFINI_CODEGEN_COMMON_PASSES_H
#define INFINI_CODEGEN_COMMON_PASSES_H

#include "mlir/Pass/Pass.h"

namespace mlir {
namespace infini {

#define GEN_PASS_DECL
#include "Infini/Codegen/Common/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "Infini/Codegen/Common/Passes.h.inc"

} // namespace infini
} // namespace mlir

#endif // INFINI_CODEGEN_COMMON_PASSES_H
