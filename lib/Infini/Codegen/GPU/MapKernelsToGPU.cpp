//===- MapKernelsToGPU.cpp - block/thread foralls to gpu.launch -----------===//
//
// A block-mapped scf.forall becomes a gpu.launch; its static allocas become
// slices of the launch's dynamic shared memory; the nested thread-mapped
// foralls are distributed with upstream's forall-to-threads mapping, which
// puts a barrier after each of them.
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/Passes.h"
#include "Mapping.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/TransformOps/GPUTransformOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

#include <limits>
#include <numeric>

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIMAPKERNELSTOGPU
#include "Infini/Codegen/GPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;
using namespace mlir::infini;

namespace {

/// The number of threads per block: the largest static size of the nested
/// thread foralls, or 32 times that of the warp foralls (upstream's mapping
/// predicates the smaller ones). A forall of more than one loop must have a
/// linear mapping.
FailureOr<int64_t> threadsPerBlock(scf::ForallOp kernel) {
  int64_t threads = 1;
  bool warps = false;
  WalkResult result = kernel.getBody()->walk([&](scf::ForallOp inner) {
    if (!isPhase(inner)) {
      inner.emitOpError("inside a GPU block kernel must have a "
                        "#gpu.thread<...> or #gpu.warp<...> mapping");
      return WalkResult::interrupt();
    }
    if (!inner.isNormalized() ||
        llvm::any_of(inner.getStaticUpperBound(), ShapedType::isDynamic)) {
      inner.emitOpError("a thread forall must run from 0 with step 1 to "
                        "static sizes");
      return WalkResult::interrupt();
    }
    bool linear = llvm::all_of(*inner.getMapping(), [](Attribute a) {
      return cast<DeviceMappingAttrInterface>(a).isLinearMapping();
    });
    if (inner.getRank() != 1 && !linear) {
      inner.emitOpError("a thread or warp forall of several loops must have "
                        "a linear mapping (#gpu.thread<linear_dim_k>, "
                        "#gpu.warp<linear_dim_k>)");
      return WalkResult::interrupt();
    }
    int64_t size = hasWarpMapping(inner) ? kWarpSize : 1;
    for (int64_t n : inner.getStaticUpperBound())
      size *= n;
    if (size < 1 || size > 1024) {
      inner.emitOpError("has ")
          << size << " threads; a CUDA block has 1 to 1024";
      return WalkResult::interrupt();
    }
    threads = std::max(threads, size);
    warps |= hasWarpMapping(inner);
    return WalkResult::advance();
  });
  if (result.wasInterrupted())
    return failure();
  // Warp ids count whole warps.
  return warps ? llvm::alignTo(threads, kWarpSize) : threads;
}

/// Places the block's scratch buffers in its shared memory (16-byte aligned
/// offsets) and returns the bytes needed. Two buffers share bytes when every
/// use of each is inside a phase of the block and the ops of the block body
/// that hold their uses do not overlap (the temporaries of the two key
/// loops of a segment kernel, say, or those of the epilogue): every phase
/// ends with a barrier, so the later buffer's first phase starts once every
/// thread is done with the earlier one. Larger buffers are placed first, each
/// at the lowest offset that no live one overlaps.
int64_t placeScratch(scf::ForallOp kernel, ArrayRef<memref::AllocaOp> scratch,
                     SmallVectorImpl<int64_t> &offsets) {
  Block *body = kernel.getBody();
  DenseMap<Operation *, int64_t> position;
  for (auto [i, op] : llvm::enumerate(*body))
    position[&op] = i;
  struct Buffer {
    int64_t first, last, size, offset;
  };
  SmallVector<Buffer> buffers;
  for (memref::AllocaOp alloca : scratch) {
    MemRefType type = alloca.getType();
    Buffer buffer{std::numeric_limits<int64_t>::max(), -1,
                  type.getNumElements() *
                      static_cast<int64_t>(llvm::divideCeil(
                          type.getElementTypeBitWidth(), 8)),
                  0};
    for (Operation *user : alloca->getUsers()) {
      scf::ForallOp phase = enclosingPhase(user);
      if (!phase || !kernel->isProperAncestor(phase)) {
        // Used outside a phase: live throughout.
        buffer.first = 0;
        buffer.last = std::numeric_limits<int64_t>::max();
        break;
      }
      int64_t at = position.lookup(body->findAncestorOpInBlock(*user));
      buffer.first = std::min(buffer.first, at);
      buffer.last = std::max(buffer.last, at);
    }
    buffers.push_back(buffer);
  }
  SmallVector<unsigned> order(buffers.size());
  std::iota(order.begin(), order.end(), 0);
  llvm::sort(order, [&](unsigned a, unsigned b) {
    return std::make_pair(-buffers[a].size, a) <
           std::make_pair(-buffers[b].size, b);
  });
  int64_t bytes = 0;
  SmallVector<unsigned> placed;
  for (unsigned i : order) {
    Buffer &buffer = buffers[i];
    // The byte ranges of the placed buffers live at the same time, by
    // offset; the buffer goes into the first gap it fits.
    SmallVector<std::pair<int64_t, int64_t>> taken;
    for (unsigned j : placed) {
      const Buffer &other = buffers[j];
      if (other.first <= buffer.last && buffer.first <= other.last)
        taken.push_back({other.offset, other.offset + other.size});
    }
    llvm::sort(taken);
    int64_t offset = 0;
    for (auto [begin, end] : taken) {
      if (offset + buffer.size <= begin)
        break;
      offset = std::max(offset, static_cast<int64_t>(llvm::alignTo(end, 16)));
    }
    buffer.offset = offset;
    bytes = std::max(bytes, offset + buffer.size);
    placed.push_back(i);
  }
  offsets.clear();
  for (const Buffer &buffer : buffers)
    offsets.push_back(buffer.offset);
  return bytes;
}

LogicalResult mapKernel(RewriterBase &rewriter, scf::ForallOp forall,
                        int64_t maxSharedMemory) {
  Location loc = forall.getLoc();
  if (forall.getNumResults() != 0)
    return forall.emitOpError("must be bufferized before mapping to the GPU");
  bool linear = llvm::all_of(*forall.getMapping(), [](Attribute a) {
    return cast<gpu::GPUBlockMappingAttr>(a).isLinearMapping();
  });
  if (!linear && forall.getRank() > 3)
    return forall.emitOpError("a GPU block kernel must have at most three "
                              "dimensions unless its mapping is linear");
  if (llvm::any_of(forall.getMixedStep(), [](OpFoldResult step) {
        std::optional<int64_t> c = getConstantIntValue(step);
        return !c || *c < 1;
      }))
    return forall.emitOpError("a GPU block kernel must have constant, "
                              "positive steps");
  FailureOr<int64_t> threads = threadsPerBlock(forall);
  if (failed(threads))
    return failure();

  rewriter.setInsertionPoint(forall);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  SmallVector<Value> grid(3, one);
  SmallVector<int64_t> dimOf;
  // Trip counts: ceil((ub - lb) / step); a block id i stands for the
  // iteration lb + i * step.
  SmallVector<OpFoldResult> ubs;
  AffineExpr s0, s1;
  bindSymbols(rewriter.getContext(), s0, s1);
  for (auto [lb, ub, step] :
       llvm::zip(forall.getMixedLowerBound(), forall.getMixedUpperBound(),
                 forall.getMixedStep()))
    ubs.push_back(affine::makeComposedFoldedAffineApply(
        rewriter, loc, (s1 - s0).ceilDiv(*getConstantIntValue(step)),
        {lb, ub}));
  if (linear) {
    // Any number of loops over a one-dimensional grid: the product of their
    // trip counts, block x delinearized (linear_dim_0 fastest).
    AffineExpr product = rewriter.getAffineConstantExpr(1);
    SmallVector<Value> operands;
    for (OpFoldResult ub : ubs) {
      product = product * rewriter.getAffineSymbolExpr(operands.size());
      operands.push_back(getValueOrCreateConstantIndexOp(rewriter, loc, ub));
    }
    grid[0] = affine::AffineApplyOp::create(
        rewriter, loc, AffineMap::get(0, operands.size(), product), operands);
  } else {
    for (auto [attr, ub] : llvm::zip(*forall.getMapping(), ubs)) {
      int64_t d = static_cast<int64_t>(
          cast<gpu::GPUBlockMappingAttr>(attr).getBlock());
      if (d > 2 || grid[d] != one)
        return forall.emitOpError("maps two loops to one grid dimension, or "
                                  "mixes linear and grid dimensions");
      grid[d] = getValueOrCreateConstantIndexOp(rewriter, loc, ub);
      dimOf.push_back(d);
    }
  }

  // Scratch: the static allocas directly in the block body.
  SmallVector<memref::AllocaOp> scratch;
  SmallVector<int64_t> offsets;
  int64_t bytes = 0;
  for (auto alloca : forall.getBody()->getOps<memref::AllocaOp>()) {
    MemRefType type = alloca.getType();
    if (!type.hasStaticShape() || !type.getLayout().isIdentity() ||
        !type.getElementType().isIntOrFloat())
      return alloca.emitOpError("block scratch must have a static shape, an "
                                "identity layout and a scalar element type, "
                                "got ")
             << type;
    for (Operation *user : alloca->getUsers())
      if (!isa<memref::LoadOp, memref::StoreOp, vector::TransferReadOp,
               vector::TransferWriteOp>(user))
        return user->emitOpError("uses block scratch ")
               << type << ": only loads, stores and vector transfers can "
               << "move it to shared memory";
    scratch.push_back(alloca);
  }
  bytes = placeScratch(forall, scratch, offsets);
  if (bytes > maxSharedMemory) {
    InFlightDiagnostic diag = forall.emitOpError("needs ")
                              << bytes << " bytes of shared memory, more than "
                              << "max-shared-memory=" << maxSharedMemory
                              << "; its scratch buffers:";
    for (memref::AllocaOp alloca : scratch)
      diag << " " << alloca.getType();
    return diag;
  }

  // CUDA rejects a launch with an empty grid: with dynamic trip counts
  // (say the tail segment of a dynamic-length input, when there is none)
  // the kernel runs only if every one is positive.
  Value nonEmpty;
  for (Value size : grid) {
    if (getConstantIntValue(size))
      continue;
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value positive = arith::CmpIOp::create(
        rewriter, loc, arith::CmpIPredicate::ugt, size, zero);
    nonEmpty = nonEmpty ? arith::AndIOp::create(rewriter, loc, nonEmpty,
                                                positive)
                              .getResult()
                        : positive;
  }
  if (nonEmpty) {
    auto guard = scf::IfOp::create(rewriter, loc, nonEmpty,
                                   /*withElseRegion=*/false);
    rewriter.setInsertionPointToStart(guard.thenBlock());
  }
  Value threadCount = arith::ConstantIndexOp::create(rewriter, loc, *threads);
  Value smem = arith::ConstantIntOp::create(rewriter, loc, bytes, 32);
  auto launch = gpu::LaunchOp::create(rewriter, loc, grid[0], grid[1], grid[2],
                                      threadCount, one, one, smem);
  Block &body = launch.getBody().front();
  if (body.empty() || !body.back().hasTrait<OpTrait::IsTerminator>()) {
    rewriter.setInsertionPointToEnd(&body);
    gpu::TerminatorOp::create(rewriter, loc);
  }
  // Move the block body in, block ids for the induction variables.
  SmallVector<Value> ivReplacements;
  gpu::KernelDim3 blockIds = launch.getBlockIds();
  Value ids[3] = {blockIds.x, blockIds.y, blockIds.z};
  if (linear) {
    // Linear dims are numbered from the innermost loop, which varies
    // fastest; delinearize_index takes the outermost basis first.
    SmallVector<OpFoldResult> basis(forall.getRank());
    SmallVector<int64_t> position(forall.getRank());
    for (auto [i, attr] : llvm::enumerate(*forall.getMapping())) {
      int64_t k = static_cast<int64_t>(cast<gpu::GPUBlockMappingAttr>(attr).getBlock()) -
                  static_cast<int64_t>(gpu::MappingId::LinearDim0);
      position[i] = forall.getRank() - 1 - k;
      basis[position[i]] = ubs[i];
    }
    rewriter.setInsertionPoint(body.getTerminator());
    auto delinearized = affine::AffineDelinearizeIndexOp::create(
        rewriter, loc, blockIds.x, basis, /*hasOuterBound=*/true);
    for (int64_t p : position)
      ivReplacements.push_back(delinearized.getResult(p));
  } else {
    for (int64_t d : dimOf)
      ivReplacements.push_back(ids[d]);
  }
  if (!forall.isNormalized()) {
    rewriter.setInsertionPoint(body.getTerminator());
    for (auto [iv, lb, step] :
         llvm::zip(ivReplacements, forall.getMixedLowerBound(),
                   forall.getMixedStep()))
      iv = getValueOrCreateConstantIndexOp(
          rewriter, loc,
          affine::makeComposedFoldedAffineApply(
              rewriter, loc, s0 + s1 * *getConstantIntValue(step), {lb, iv}));
  }
  rewriter.eraseOp(forall.getBody()->getTerminator());
  rewriter.inlineBlockBefore(forall.getBody(), body.getTerminator(),
                             ivReplacements);
  rewriter.eraseOp(forall);

  if (!scratch.empty()) {
    rewriter.setInsertionPointToStart(&body);
    auto workgroup = gpu::AddressSpaceAttr::get(rewriter.getContext(),
                                                gpu::AddressSpace::Workgroup);
    auto bytesType = MemRefType::get({ShapedType::kDynamic},
                                     rewriter.getI8Type(), nullptr, workgroup);
    Value base = gpu::DynamicSharedMemoryOp::create(rewriter, loc, bytesType);
    for (auto [alloca, offset] : llvm::zip(scratch, offsets)) {
      MemRefType type = alloca.getType();
      auto shared = MemRefType::get(type.getShape(), type.getElementType(),
                                    nullptr, workgroup);
      Value at = arith::ConstantIndexOp::create(rewriter, loc, offset);
      Value view = memref::ViewOp::create(rewriter, loc, shared, base, at,
                                          ValueRange{});
      // Loads, stores and transfers take their types from the memref
      // operand.
      rewriter.replaceAllUsesWith(alloca.getResult(), view);
      rewriter.eraseOp(alloca);
    }
  }

  // The mapping creates its thread ids and constants at the insertion point.
  rewriter.setInsertionPointToStart(&body);
  DiagnosedSilenceableFailure mapped =
      transform::gpu::mapNestedForallToThreadsImpl(
          rewriter, std::nullopt, launch, {*threads, 1, 1}, kWarpSize,
          /*syncAfterDistribute=*/true);
  if (!mapped.succeeded()) {
    (void)mapped.silence();
    return launch.emitOpError("could not distribute the kernel's phases over ")
           << *threads << " threads";
  }
  return success();
}

struct InfiniMapKernelsToGPUPass
    : infini::impl::InfiniMapKernelsToGPUBase<InfiniMapKernelsToGPUPass> {
  using Base::Base;

  void runOnOperation() override {
    if (maxSharedMemory < 0) {
      emitError(getOperation()->getLoc())
          << "infini-map-kernels-to-gpu: max-shared-memory must be at least "
             "0, got "
          << maxSharedMemory.getValue();
      return signalPassFailure();
    }
    IRRewriter rewriter(&getContext());
    for (scf::ForallOp forall : kernelsIn(getOperation()))
      if (failed(mapKernel(rewriter, forall, maxSharedMemory)))
        return signalPassFailure();
  }
};

} // namespace
