//===- infini-opt.cpp - mlir-opt with the infini dialect and passes -------===//

#include "Infini/InitInfini.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  // gpu-module-to-binary translates kernels to LLVM IR before serializing.
  mlir::registerAllGPUToLLVMIRTranslations(registry);
  mlir::registerAllPasses();
  mlir::infini::registerInfiniDialect(registry);
  mlir::infini::registerInfiniPasses();
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "Infini optimizer driver\n", registry));
}
