//===- InitInfini.cpp - register everything infini provides ---------------===//

#include "Infini/InitInfini.h"
#include "Infini/Conversion/InfiniToLinalg/InfiniToLinalg.h"
#include "Infini/Codegen/CPU/Passes.h"
#include "Infini/Codegen/Common/Passes.h"
#include "Infini/Codegen/GPU/Passes.h"
#include "Infini/Conversion/Passes.h"
#include "Infini/IR/InfiniDialect.h"
#include "Infini/Pipelines/Pipelines.h"
#include "Infini/Transforms/Passes.h"
#include "mlir/IR/DialectRegistry.h"

void mlir::infini::registerInfiniDialect(DialectRegistry &registry) {
  registry.insert<InfiniDialect>();
  registerAggregatedOpInterfaceExternalModels(registry);
}

void mlir::infini::registerInfiniPasses() {
  registerInfiniTransformsPasses();
  registerInfiniCodegenCommonPasses();
  registerInfiniCodegenCPUPasses();
  registerInfiniCodegenGPUPasses();
  registerInfiniConversionPasses();
  registerInfiniPipelines();
}
