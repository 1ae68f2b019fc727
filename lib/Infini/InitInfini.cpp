//===- InitInfini.cpp - register everything infini provides ---------------===//

#include "Infini/InitInfini.h"
#include "Infini/Conversion/Passes.h"
#include "Infini/IR/InfiniDialect.h"
#include "Infini/Pipelines/Pipelines.h"
#include "Infini/Transforms/Passes.h"
#include "Infini/Transforms/TilingInterfaceImpl.h"
#include "mlir/IR/DialectRegistry.h"

void mlir::infini::registerInfiniDialect(DialectRegistry &registry) {
  registry.insert<InfiniDialect>();
  registerTilingInterfaceExternalModels(registry);
  registerAggregatedOpInterfaceExternalModels(registry);
}

void mlir::infini::registerInfiniPasses() {
  registerInfiniTransformsPasses();
  registerInfiniConversionPasses();
  registerInfiniPipelines();
}
