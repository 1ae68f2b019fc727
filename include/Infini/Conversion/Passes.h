//===- Passes.h - infini conversion passes ----------------------*- C++ -*-===//

#ifndef INFINI_CONVERSION_PASSES_H
#define INFINI_CONVERSION_PASSES_H

#include "Infini/Conversion/InfiniToLinalg/InfiniToLinalg.h"
#include "mlir/Pass/Pass.h"

namespace mlir {
namespace infini {

#define GEN_PASS_DECL
#include "Infini/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "Infini/Conversion/Passes.h.inc"

} // namespace infini
} // namespace mlir

#endif // INFINI_CONVERSION_PASSES_H
