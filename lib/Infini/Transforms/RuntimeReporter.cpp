//===- RuntimeReporter.cpp - checks that report and abort at run time -----===//

#include "RuntimeReporter.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::infini;

LogicalResult RuntimeReporter::declareRuntime() {
  if (write)
    return success();
  MLIRContext *ctx = module.getContext();
  auto ptr = LLVM::LLVMPointerType::get(ctx);
  auto i32 = IntegerType::get(ctx, 32), i64 = IntegerType::get(ctx, 64);
  write = declare("write", LLVM::LLVMFunctionType::get(i64, {i32, ptr, i64}));
  abort = declare("abort", LLVM::LLVMFunctionType::get(
                               LLVM::LLVMVoidType::get(ctx), {}));
  return success(write && abort);
}

void RuntimeReporter::check(OpBuilder &b, Location loc, Value ok,
                            StringRef message) {
  std::string text = message.str() + "\n";
  OpBuilder detached(module.getContext());
  auto global = LLVM::GlobalOp::create(
      detached, loc,
      LLVM::LLVMArrayType::get(IntegerType::get(b.getContext(), 8),
                               text.size()),
      /*isConstant=*/true, LLVM::Linkage::Internal, globalName,
      b.getStringAttr(text));
  // Renamed (with a suffix) if the module has the name already.
  StringAttr name = symbols.insert(global, module.getBody()->begin());
  Value bad = arith::XOrIOp::create(
      b, loc, ok, arith::ConstantIntOp::create(b, loc, 1, 1));
  auto ifOp = scf::IfOp::create(b, loc, bad, /*withElseRegion=*/false);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(ifOp.thenBlock());
  auto ptr = LLVM::LLVMPointerType::get(b.getContext());
  Value messageAddress = LLVM::AddressOfOp::create(b, loc, ptr, name);
  Value fd = LLVM::ConstantOp::create(b, loc, b.getI32Type(), 2);
  Value len = LLVM::ConstantOp::create(b, loc, b.getI64Type(), text.size());
  LLVM::CallOp::create(b, loc, write, ValueRange{fd, messageAddress, len});
  LLVM::CallOp::create(b, loc, abort, ValueRange{});
}

LLVM::LLVMFuncOp RuntimeReporter::declare(StringRef name,
                                          LLVM::LLVMFunctionType type) {
  Operation *existing = symbols.lookup(name);
  if (!existing) {
    OpBuilder b(module.getBodyRegion());
    return LLVM::LLVMFuncOp::create(b, module.getLoc(), name, type);
  }
  auto func = dyn_cast<LLVM::LLVMFuncOp>(existing);
  if (func && func.getFunctionType() == type)
    return func;
  InFlightDiagnostic diag = existing->emitOpError()
                            << "defines @" << name << ", which ";
  if (func)
    diag << "has type " << func.getFunctionType() << ", but ";
  else
    diag << "is not an llvm.func, but ";
  diag << "run-time checks call the C library's " << name
       << " as " << type;
  return nullptr;
}
