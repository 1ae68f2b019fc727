//===- Pipelines.cpp - infini pass pipelines ------------------------------===//

#include "Infini/Pipelines/Pipelines.h"
#include "Infini/Codegen/CPU/Passes.h"
#include "Infini/Codegen/GPU/NVVMTarget.h"
#include "Infini/Codegen/Common/Passes.h"
#include "Infini/Codegen/GPU/Passes.h"
#include "Infini/Conversion/Passes.h"
#include "Infini/Transforms/Passes.h"
#include "mlir/Conversion/AffineToStandard/AffineToStandard.h"
#include "mlir/Conversion/AsyncToLLVM/AsyncToLLVM.h"
#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/BufferizationToMemRef/BufferizationToMemRef.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVMPass.h"
#include "mlir/Conversion/GPUCommon/GPUCommonPass.h"
#include "mlir/Conversion/GPUToNVVM/GPUToNVVMPass.h"
#include "mlir/Conversion/NVGPUToNVVM/NVGPUToNVVM.h"
#include "mlir/Conversion/NVVMToLLVM/NVVMToLLVM.h"
#include "mlir/Conversion/IndexToLLVM/IndexToLLVM.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/MemRefToLLVM/MemRefToLLVM.h"
#include "mlir/Conversion/OpenMPToLLVM/ConvertOpenMPToLLVM.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Conversion/SCFToOpenMP/SCFToOpenMP.h"
#include "mlir/Conversion/UBToLLVM/UBToLLVM.h"
#include "mlir/Conversion/VectorToLLVM/ConvertVectorToLLVMPass.h"
#include "mlir/Conversion/VectorToSCF/VectorToSCF.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Async/Passes.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/TargetParser/X86TargetParser.h"


#include <algorithm>
#include <thread>

using namespace mlir;

/// One-shot bufferization of whole functions, with identity layouts at
/// their boundaries. The memory updates write the new state into a fresh
/// tensor, so a segment loop yields a new (small) buffer for it.
static void addBufferization(OpPassManager &pm) {
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  bufferize.allowReturnAllocsFromLoops = true;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
}

/// The f32 lanes of the vector registers of `cpu` (the host for "native",
/// x86 CPUs by name; an empty name is LLVM's default, portable CPU): 16 with
/// AVX-512, 8 with AVX/AVX2, otherwise 4 (SSE). A name LLVM does not know
/// gets the portable width; infini-set-target-cpu reports it.
static int64_t f32Lanes(StringRef cpu) {
  llvm::StringMap<bool> features;
  llvm::Triple host(llvm::sys::getDefaultTargetTriple());
  if (cpu == "native") {
    features = llvm::sys::getHostCPUFeatures();
  } else if (!cpu.empty() && host.isX86() &&
             llvm::X86::parseArchX86(cpu, host.isArch64Bit()) !=
                 llvm::X86::CK_None) {
    SmallVector<StringRef> named;
    llvm::X86::getFeaturesForCPU(cpu, named);
    for (StringRef f : named)
      features[f] = true;
  }
  if (features.lookup("avx512f"))
    return 16;
  if (features.lookup("avx"))
    return 8;
  return 4;
}

/// Register blocks that fit `lanes`-wide vector registers: two vectors per
/// block row, and as many rows as leave registers for the operands.
/// AVX-512 (32 registers of 16 lanes): 8 x 32, 16 accumulators; AVX/AVX2
/// (16 of 8): 4 x 16, 8 accumulators; SSE (16 of 4): 4 x 8.
static infini::InfiniVectorizeContractionsOptions registerBlocks(int64_t lanes) {
  infini::InfiniVectorizeContractionsOptions blocks;
  blocks.rows = lanes == 16 ? 8 : 4;
  blocks.cols = 2 * lanes;
  return blocks;
}

void infini::buildInfiniLowerToCPUPipeline(
    OpPassManager &pm, const InfiniLowerToCPUOptions &options) {
  InfiniCheckModuleNestingOptions nesting;
  nesting.pipeline = "infini-lower-to-cpu";
  pm.addPass(createInfiniCheckModuleNesting(nesting));
  pm.addPass(createInfiniDecomposeLinalgAggregates());
  if (options.checkDynamicSizes)
    pm.addPass(createInfiniCheckDynamicSizes());
  if (options.gpuKernels) {
    ConvertInfiniToGPUOptions kernels;
    kernels.queryTile = kernels.tokenTile = options.queryTile;
    kernels.keyTile = kernels.valueTile = options.keyTile;
    kernels.decodeKeySplit = options.decodeKeySplit;
    pm.addPass(createConvertInfiniToGPU(kernels));
  }
  ConvertInfiniToLinalgOptions lowering;
  lowering.fuseAttention = options.fuseAttention;
  lowering.queryTile = options.queryTile;
  lowering.keyTile = options.keyTile;
  pm.addPass(createConvertInfiniToLinalg(lowering));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  // What a kernel's key steps share (Q^T of the query tile) is computed once
  // per tile, outside the key loop (convert-infini-to-gpu hoists what its
  // kernels may share itself).
  if (!options.gpuKernels) {
    pm.addPass(createLoopInvariantCodeMotionPass());
    pm.addPass(createCSEPass());
  }
  if (options.vectorize) {
    int64_t lanes = f32Lanes(options.targetCPU);
    InfiniVectorizeContractionsOptions blocks = registerBlocks(lanes);
    if (options.vectorRows)
      blocks.rows = options.vectorRows;
    if (options.vectorCols)
      blocks.cols = options.vectorCols;
    pm.addPass(createInfiniVectorizeContractions(blocks));
    InfiniVectorizeElementwiseOptions elementwise;
    elementwise.width = lanes;
    pm.addPass(createInfiniVectorizeElementwise(elementwise));
    // Canonicalization folds the blocks' transfers into the reduction loop's
    // own slices; subset hoisting then carries each accumulator across the
    // loop as a vector value, in registers.
    pm.addPass(createCanonicalizerPass());
    pm.addPass(createLoopInvariantSubsetHoistingPass());
    pm.addPass(createCanonicalizerPass());
  }
  if (options.emitCInterface)
    pm.addPass(createInfiniEmitCInterface());

  addBufferization(pm);
  if (options.gpuKernels)
    pm.addPass(createInfiniAllocateKernelScratch());
  bufferization::buildBufferDeallocationPipeline(pm);
  // Deallocation may leave bufferization.clone ops: as alloc + memref.copy
  // they become linalg copies below instead of calls into MLIR's runtime
  // library.
  pm.addPass(createConvertBufferizationToMemRefPass());
  if (options.checkEntryShapes)
    pm.addPass(createInfiniCheckEntryShapes());
  pm.addPass(createInfiniCopyToLinalg());
  if (options.gpuKernels) {
    // One block and one thread after the other; a block's scratch does not
    // depend on the block, so it is allocated once for all of them.
    pm.addPass(createForallToForLoopPass());
    pm.addPass(createInfiniHoistStaticAllocas());
  }
  // scf.forall loops (from tiling the infini ops) become scf.parallel once
  // bufferized: upstream's forall conversions need loops without results.
  pm.addPass(createForallToParallelLoopPass());
  if (options.parallel && options.parallelRuntime == ParallelRuntime::Async) {
    AsyncParallelForPassOptions async;
    // Each tile is a task: a tile of a fused kernel is already large work.
    async.minTaskSize = 1;
    async.numWorkerThreads =
        options.numThreads ? options.numThreads
                           : std::max(1u, std::thread::hardware_concurrency());
    pm.addPass(createAsyncParallelForPass(async));
    pm.addPass(createAsyncToAsyncRuntimePass());
    pm.addPass(createAsyncRuntimeRefCountingPass());
    pm.addPass(createAsyncRuntimeRefCountingOptPass());
    pm.addPass(createConvertAsyncToLLVMPass());
  }

  pm.addPass(createConvertLinalgToLoopsPass());
  // Unrolled: the looped form stages n-D vectors in stack buffers allocated
  // inside the kernels' loops, which grow the stack on every iteration
  // (LLVM does not always promote them) and overflowed it for some tiles.
  pm.addPass(createConvertVectorToSCFPass(
      VectorTransferToSCFOptions().enableFullUnroll()));
  if (options.fastExp)
    pm.addPass(createInfiniApproximateExp());
  pm.addPass(createInfiniApproximateErf());
  if (options.parallel && options.parallelRuntime == ParallelRuntime::OpenMP) {
    ConvertSCFToOpenMPPassOptions openmp;
    openmp.numThreads = options.numThreads;
    pm.addPass(createConvertSCFToOpenMPPass(openmp));
    pm.addPass(createInfiniOmpSchedule());
    // The OpenMP conversion wraps each loop body in memref.alloca_scope, a
    // single-block region that convert-scf-to-cf cannot lower loops inside;
    // canonicalization inlines the scopes that allocate nothing on the stack.
    pm.addPass(createCanonicalizerPass());
  }
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createInfiniExpandShapeToReinterpretCast());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  // bf16 has no native conversions on most CPUs: expand them to integer ops.
  arith::ArithExpandOpsPassOptions expand;
  expand.includeBf16 = true;
  pm.addPass(arith::createArithExpandOpsPass(expand));
  ConvertVectorToLLVMPassOptions vectorToLLVM;
  vectorToLLVM.vectorContractLowering =
      vector::VectorContractLowering::OuterProduct;
  pm.addPass(createConvertVectorToLLVMPass(vectorToLLVM));
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createUBToLLVMConversionPass());
  if (options.parallel && options.parallelRuntime == ParallelRuntime::OpenMP)
    pm.addPass(createConvertOpenMPToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  if (!options.targetCPU.empty()) {
    InfiniSetTargetCPUOptions target;
    target.cpu = options.targetCPU;
    pm.addPass(createInfiniSetTargetCPU(target));
  }
  pm.addPass(createCanonicalizerPass());
  InfiniCheckLoweredOptions lowered;
  lowered.pipeline = "infini-lower-to-cpu";
  lowered.accept = {"llvm.", "omp."};
  pm.addPass(createInfiniCheckLowered(lowered));
}

/// The compute capability of `chip` (sm_XX) as XX; 0 if it is not one.
static unsigned smVersion(StringRef chip) {
  unsigned version = 0;
  if (chip.consume_front("sm_"))
    chip.take_while(llvm::isDigit).getAsInteger(10, version);
  return version;
}

/// The most shared memory a block may opt in to on `chip` (sm_XX), per the
/// CUDA programming guide's table of compute capabilities; 48 KiB for chips
/// it does not know.
static int64_t maxDynamicSharedMemory(StringRef chip) {
  unsigned version = smVersion(chip);
  if (version >= 90)
    return 227 * 1024;
  if (version == 80 || version == 87)
    return 163 * 1024;
  if (version == 86 || version == 89)
    return 99 * 1024;
  if (version == 70 || version == 72)
    return 96 * 1024;
  if (version == 75)
    return 64 * 1024;
  return 48 * 1024;
}

void infini::buildInfiniLowerToNVVMPipeline(
    OpPassManager &pm, const InfiniLowerToNVVMOptions &options) {
  InfiniCheckModuleNestingOptions nesting;
  nesting.pipeline = "infini-lower-to-nvvm";
  pm.addPass(createInfiniCheckModuleNesting(nesting));
  pm.addPass(createInfiniDecomposeLinalgAggregates());
  InfiniCheckCudaToolkitOptions check;
  check.toolkit = options.toolkit;
  pm.addPass(createInfiniCheckCudaToolkit(check));
  InfiniCheckNVVMTargetOptions targetCheck;
  targetCheck.chip = options.chip;
  targetCheck.features = options.features;
  targetCheck.format = options.format;
  targetCheck.optLevel = options.optLevel;
  targetCheck.maxSharedMemory = options.maxSharedMemory;
  pm.addPass(createInfiniCheckNVVMTarget(targetCheck));
  if (options.checkDynamicSizes) {
    // The positions of a stream are in device memory.
    InfiniCheckDynamicSizesOptions sizes;
    sizes.positions = false;
    pm.addPass(createInfiniCheckDynamicSizes(sizes));
  }

  ConvertInfiniToGPUOptions kernels;
  kernels.blockSize = options.blockSize;
  kernels.queryTile = options.queryTile;
  kernels.keyTile = options.keyTile;
  kernels.tokenTile = options.tokenTile;
  kernels.valueTile = options.valueTile;
  kernels.reductionChunk = options.reductionChunk;
  kernels.decodeKeySplit = options.decodeKeySplit;
  // mma.sync.m16n8k16 on f16 and bf16 needs sm_80 or later.
  kernels.tensorCores = options.tensorCores && smVersion(options.chip) >= 80;
  pm.addPass(createConvertInfiniToGPU(kernels));
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  if (options.emitCInterface)
    pm.addPass(createInfiniEmitCInterface());

  // Inputs are only read (the caller's initial state survives the call);
  // each segment's results are computed where the layer's go.
  pm.addPass(createInfiniReadOnlyInputs());
  pm.addPass(bufferization::createEmptyTensorEliminationPass());
  addBufferization(pm);
  pm.addPass(createInfiniAllocateKernelScratch());
  // A temporary of every segment (sigma(K) of the update) is allocated once.
  pm.addNestedPass<func::FuncOp>(bufferization::createBufferLoopHoistingPass());
  // Loops that update their buffers in place stop carrying them, so that a
  // result computed in a buffer of its own is returned as that buffer: the
  // caller's out-parameter replaces it below.
  pm.addPass(createCanonicalizerPass());
  // A result that is an argument the caller asked to have updated in place
  // (`bufferization.writable = true`: a stream's state) is not returned.
  pm.addPass(createInfiniInPlaceResults());
  // The device-buffer ABI: every other result is written into a buffer the
  // caller passes (in device memory), after the inputs.
  bufferization::BufferResultsToOutParamsPassOptions outParams;
  outParams.modifyPublicFunctions = true;
  outParams.hoistStaticAllocs = true;
  outParams.hoistDynamicAllocs = true;
  pm.addPass(bufferization::createBufferResultsToOutParamsPass(outParams));
  // Upstream's deallocation pipeline without its lower-deallocations: the
  // bufferization.dealloc ops are lowered for device buffers by
  // infini-host-buffers-to-device below.
  pm.addPass(bufferization::createOwnershipBasedBufferDeallocationPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(bufferization::createBufferDeallocationSimplificationPass());
  pm.addPass(createCSEPass());
  pm.addPass(createCanonicalizerPass());
  if (options.checkEntryShapes)
    pm.addPass(createInfiniCheckEntryShapes());

  // What is left outside the kernels (copies into the caller's buffers and
  // between segments) runs on the GPU too, an element per thread.
  pm.addPass(createInfiniCopyToLinalg());
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToParallelLoopsPass());
  pm.addPass(createInfiniParallelLoopsToKernels());
  // Inside the kernels the same conversion left each thread's loops; views
  // of the scratch buffers fold into their loads and stores.
  pm.addPass(memref::createFoldMemRefAliasOpsPass());
  pm.addPass(createCanonicalizerPass());

  InfiniMapKernelsToGPUOptions map;
  map.maxSharedMemory = options.maxSharedMemory
                            ? options.maxSharedMemory.getValue()
                            : maxDynamicSharedMemory(options.chip);
  pm.addPass(createInfiniMapKernelsToGPU(map));
  pm.addPass(createInfiniGPUVectorToMMA());
  pm.addPass(createInfiniHostBuffersToDevice());
  pm.addPass(createCanonicalizerPass());

  pm.addPass(createGpuLaunchSinkIndexComputationsPass());
  pm.addPass(createGpuKernelOutliningPass());
  OpPassManager &outlined = pm.nest<gpu::GPUModuleOp>();
  outlined.addPass(createInfiniGPUContractProducts());
  outlined.addPass(math::createMathUpliftToFMA());
  pm.addPass(createInfiniGPUSingleStream());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(createConvertNVVMToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createInfiniExpandShapeToReinterpretCast());
  pm.addPass(memref::createExpandStridedMetadataPass());
  GpuNVVMAttachTargetOptions target;
  target.chip = options.chip;
  target.features = options.features.empty()
                        ? defaultPtxFeatures(options.chip)
                        : options.features.getValue();
  target.optLevel = options.optLevel;
  pm.addPass(createGpuNVVMAttachTarget(target));
  pm.addPass(createLowerAffinePass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());

  OpPassManager &device = pm.nest<gpu::GPUModuleOp>();
  device.addPass(createConvertNVGPUToNVVMPass());
  device.addPass(createConvertGpuOpsToNVVMOps());
  device.addPass(createInfiniExternDynamicSharedMemory());
  device.addPass(createCanonicalizerPass());
  device.addPass(createCSEPass());
  device.addPass(createReconcileUnrealizedCastsPass());

  pm.addPass(createGpuToLLVMConversionPass());
  GpuModuleToBinaryPassOptions binary;
  binary.toolkitPath = options.toolkit;
  binary.compilationTarget = options.format;
  pm.addPass(createGpuModuleToBinaryPass(binary));
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  InfiniCheckLoweredOptions lowered;
  lowered.pipeline = "infini-lower-to-nvvm";
  lowered.accept = {"llvm.", "gpu.binary", "gpu.launch_func"};
  pm.addPass(createInfiniCheckLowered(lowered));
}

void infini::registerInfiniPipelines() {
  PassPipelineRegistration<InfiniLowerToNVVMOptions>(
      "infini-lower-to-nvvm",
      "Lower infini (and func/tensor around it) to host LLVM IR launching "
      "NVIDIA kernels embedded as a gpu.binary",
      buildInfiniLowerToNVVMPipeline);
  PassPipelineRegistration<InfiniLowerToCPUOptions>(
      "infini-lower-to-cpu",
      "Lower infini (and linalg/tensor/arith/math/scf/func on tensors) to the "
      "LLVM dialect for the host CPU",
      buildInfiniLowerToCPUPipeline);
}
