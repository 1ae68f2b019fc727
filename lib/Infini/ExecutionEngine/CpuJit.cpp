//===- CpuJit.cpp - compile infini IR for the host and run it -------------===//

#include "Infini/ExecutionEngine/CpuJit.h"
#include "Infini/InitInfini.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/OpenMP/OpenMPToLLVMIRTranslation.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/Support/TargetSelect.h"

#include <chrono>

using namespace mlir;
using namespace mlir::infini;

CpuJit::CpuJit() = default;
CpuJit::~CpuJit() = default;

llvm::Expected<std::unique_ptr<CpuJit>>
CpuJit::compile(llvm::StringRef source,
                const InfiniLowerToCPUOptions &options) {
  static const bool targetReady = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    return true;
  }();
  (void)targetReady;

  std::unique_ptr<CpuJit> jit(new CpuJit());
  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerInfiniDialect(registry);
  registerBuiltinDialectTranslation(registry);
  registerLLVMDialectTranslation(registry);
  registerOpenMPDialectTranslation(registry);
  jit->context = std::make_unique<MLIRContext>(registry);

  // Collect diagnostics into the error instead of printing them.
  std::string diagnostics;
  llvm::raw_string_ostream os(diagnostics);
  ScopedDiagnosticHandler handler(jit->context.get(), [&](Diagnostic &diag) {
    os << diag.getLocation() << ": " << diag << "\n";
    return success();
  });
  auto fail = [&](llvm::StringRef what) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   what + ":\n" + diagnostics);
  };

  OwningOpRef<ModuleOp> module =
      parseSourceString<ModuleOp>(source, jit->context.get());
  if (!module)
    return fail("cannot parse the module");

  // The code runs here: an empty target CPU (portable code) means this one.
  InfiniLowerToCPUOptions hostOptions;
  hostOptions.copyOptionValuesFrom(options);
  if (hostOptions.targetCPU.empty())
    hostOptions.targetCPU = "native";
  PassManager pm(jit->context.get());
  buildInfiniLowerToCPUPipeline(pm, hostOptions);
  if (failed(pm.run(*module)))
    return fail("infini-lower-to-cpu failed");

  // Optimize for the host: without a target machine LLVM's optimizer sees a
  // generic target with no vector registers and vectorizes nothing.
  auto hostBuilder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!hostBuilder)
    return hostBuilder.takeError();
  hostBuilder->setCodeGenOptLevel(llvm::CodeGenOptLevel::Aggressive);
  auto host = hostBuilder->createTargetMachine();
  if (!host)
    return host.takeError();

  ExecutionEngineOptions engineOptions;
  StringRef openmpLibs[] = {INFINI_LIBOMP};
  StringRef asyncLibs[] = {INFINI_ASYNC_RUNTIME};
  if (options.parallel)
    engineOptions.sharedLibPaths =
        options.parallelRuntime == ParallelRuntime::Async
            ? ArrayRef<StringRef>(asyncLibs)
            : ArrayRef<StringRef>(openmpLibs);
  auto transformer = makeOptimizingTransformer(/*optLevel=*/3, /*sizeLevel=*/0,
                                               host->get());
  engineOptions.transformer = transformer;
  engineOptions.jitCodeGenOptLevel = llvm::CodeGenOptLevel::Aggressive;
  // The C interfaces, looked up below.
  SmallVector<std::string> entryPoints;
  module->walk([&](LLVM::LLVMFuncOp f) {
    if (!f.isExternal() && f.getName().starts_with("_mlir_ciface_"))
      entryPoints.push_back(f.getName().str());
  });
  auto engine =
      ExecutionEngine::create(*module, engineOptions, std::move(*host));
  if (!engine)
    return engine.takeError();
  jit->engine = std::move(*engine);
  // The JIT generates code when a symbol is first looked up: here, so that
  // compile() pays for it and the first call only runs.
  for (const std::string &name : entryPoints)
    if (auto fn = jit->engine->lookup(name); !fn)
      return fn.takeError();
  return jit;
}

llvm::Expected<double> CpuJit::timedCall(llvm::StringRef name,
                                         llvm::ArrayRef<void *> args) {
  auto start = std::chrono::steady_clock::now();
  if (llvm::Error err = call(name, args))
    return std::move(err);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                       start)
      .count();
}

llvm::Error CpuJit::call(llvm::StringRef name, llvm::ArrayRef<void *> args) {
  llvm::SmallVector<void *> argPointers(args.begin(), args.end());
  llvm::SmallVector<void *> packed;
  for (void *&arg : argPointers)
    packed.push_back(&arg);
  return engine->invokePacked(("_mlir_ciface_" + name).str(), packed);
}
