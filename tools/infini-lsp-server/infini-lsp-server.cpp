//===- infini-lsp-server.cpp - MLIR language server with infini -----------===//
//
// mlir-lsp-server with the infini dialect: editors get diagnostics
// (verifier messages included), hover, go-to-definition and completion in
// .mlir files that use infini ops.
//
//===----------------------------------------------------------------------===//

#include "Infini/InitInfini.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Tools/mlir-lsp-server/MlirLspServerMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  mlir::infini::registerInfiniDialect(registry);
  return mlir::failed(mlir::MlirLspServerMain(argc, argv, registry));
}
