//===- InitInfini.cpp - register everything infini provides ---------------===//

#include "Infini/InitInfini.h"
#include "Infini/IR/InfiniDialect.h"
#include "mlir/IR/DialectRegistry.h"

void mlir::infini::registerInfiniDialect(DialectRegistry &registry) {
  registry.insert<InfiniDialect>();
}
