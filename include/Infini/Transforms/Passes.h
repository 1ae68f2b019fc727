//===- Passes.h - infini transformation passes ------------------*- C++ -*-===//

#ifndef INFINI_TRANSFORMS_PASSES_H
#define INFINI_TRANSFORMS_PASSES_H

#include "mlir/Pass/Pass.h"

namespace mlir {
namespace infini {

#define GEN_PASS_DECL
#include "Infini/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "Infini/Transforms/Passes.h.inc"

} // namespace infini
} // namespace mlir

#endif // INFINI_TRANSFORMS_PASSES_H
