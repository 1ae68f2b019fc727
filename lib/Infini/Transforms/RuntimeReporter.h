//===- RuntimeReporter.h - run-time checks that abort ----------*- C++ -*-===//
//
// Shared by the passes that add run-time checks to compiled code
// (infini-check-entry-shapes, infini-check-dynamic-sizes).
//
//===----------------------------------------------------------------------===//

#ifndef INFINI_LIB_TRANSFORMS_RUNTIMEREPORTER_H
#define INFINI_LIB_TRANSFORMS_RUNTIMEREPORTER_H

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/SymbolTable.h"

namespace mlir::infini {

/// Emits `if (!ok) { write(2, message); abort(); }`: the message goes to
/// stderr unbuffered, so it is not lost when the process aborts. The message
/// is an internal global of the module.
class RuntimeReporter {
public:
  /// Messages become globals named `globalName` (with a suffix when the
  /// module has the name already).
  RuntimeReporter(ModuleOp module, StringRef globalName)
      : module(module), symbols(module), globalName(globalName) {}

  /// Declares the C library's write and abort, or checks the declarations
  /// the module already has: their names cannot change (the linker resolves
  /// them), so a clash is an error (reported on the clashing symbol).
  LogicalResult declareRuntime();

  /// At `b`'s insertion point: aborts with `message` unless `ok` (i1).
  /// declareRuntime() must have succeeded.
  void check(OpBuilder &b, Location loc, Value ok, StringRef message);

private:
  LLVM::LLVMFuncOp declare(StringRef name, LLVM::LLVMFunctionType type);

  ModuleOp module;
  SymbolTable symbols;
  std::string globalName;
  LLVM::LLVMFuncOp write, abort;
};

} // namespace mlir::infini

#endif // INFINI_LIB_TRANSFORMS_RUNTIMEREPORTER_H
