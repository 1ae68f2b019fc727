//===- InfiniPlugin.cpp - the infini dialect and passes for mlir-opt ------===//
//
// A plugin for upstream tools built on MlirOptMain:
//
//   mlir-opt --load-dialect-plugin=libInfiniPlugin.so \
//            --load-pass-plugin=libInfiniPlugin.so \
//            --pass-pipeline='builtin.module(infini-decompose-attention)' x.mlir
//
// It links against libMLIR.so only, so it shares the tool's MLIR (and its
// registries) instead of carrying a private copy.
//
//===----------------------------------------------------------------------===//

#include "Infini/InitInfini.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"
#include "llvm/Config/llvm-config.h"

extern "C" LLVM_ATTRIBUTE_WEAK mlir::DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "Infini", LLVM_VERSION_STRING,
          [](mlir::DialectRegistry *registry) {
            mlir::infini::registerInfiniDialect(*registry);
          }};
}

extern "C" LLVM_ATTRIBUTE_WEAK mlir::PassPluginLibraryInfo
mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "InfiniPasses", LLVM_VERSION_STRING,
          []() { mlir::infini::registerInfiniPasses(); }};
}
