//===- InfiniToGPU.cpp - infini ops as block/thread kernels ---------------===//
//
// The GPU kernels come from the same forms as the CPU kernels, with a GPU
// schedule; nothing here writes the attention math:
//
//  * a segment (gated_combine of a retrieval and a local attention), a local
//    attention alone and an online_attention of the input are the fused
//    kernels of InfiniToLinalg (infini.online_attention tiled into query
//    rows and key steps, each step decomposed into linalg), with the loop
//    over (batch, head, query tile) mapped to GPU blocks;
//  * a decode step (infini.attention_chunk of one token) is the chunk
//    decomposition with its cache split over blocks (ChunkSchedule), its
//    loops over (batch element, kv head[, split]) mapped to GPU blocks;
//  * every other op (the memory update, a retrieval or a gate alone) is
//    its linalg decomposition, each linalg op tiled into blocks
//    (tileToBlocks);
//  * inside every block, each linalg op is spread over the block's threads
//    (distributeToThreads) and the block's temporaries get static sizes.
//
// The result is on tensors; after bufferization,
// infini-allocate-kernel-scratch and infini-map-kernels-to-gpu take over.
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/Transforms.h"
#include "Infini/Conversion/InfiniToLinalg/InfiniToLinalg.h"
#include "Infini/Conversion/Passes.h"
#include "Infini/IR/InfiniOps.h"
#include "Infini/Transforms/Transforms.h"
#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"

namespace mlir::infini {
#define GEN_PASS_DEF_CONVERTINFINITOGPU
#include "Infini/Conversion/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;
using namespace mlir::infini;

namespace {

/// SPEC's operand names, in order.
ArrayRef<StringRef> operandNames(Operation *op) {
  static const StringRef retrieve[] = {"query", "memory", "norm"};
  static const StringRef update[] = {"key", "value", "memory", "norm"};
  static const StringRef local[] = {"query", "key", "value"};
  static const StringRef online[] = {"query", "key",  "value", "query_offset",
                                     "acc",   "max",  "sum"};
  static const StringRef combine[] = {"memory_out", "local_out", "gate"};
  if (isa<MemoryRetrieveOp>(op))
    return retrieve;
  if (isa<MemoryUpdateOp>(op))
    return update;
  if (isa<LocalAttentionOp>(op))
    return local;
  if (isa<OnlineAttentionOp>(op))
    return online;
  return combine;
}

/// The kernels' scratch tiles span the head dimensions Dk and Dv: a
/// diagnostic naming the operand when one is dynamic.
LogicalResult checkStaticHeadDims(Operation *op) {
  for (auto [operand, name] :
       llvm::zip(op->getOperands(), operandNames(op))) {
    auto type = dyn_cast<RankedTensorType>(operand.getType());
    if (type && type.getRank() >= 4 && type.isDynamicDim(3))
      return op->emitOpError("needs static head dimensions on the GPU, but '")
             << name << "' is " << type;
  }
  return success();
}

constexpr int64_t kMaxTile = 65536;

struct ConvertInfiniToGPUPass
    : infini::impl::ConvertInfiniToGPUBase<ConvertInfiniToGPUPass> {
  using Base::Base;

  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    if (blockSize > 1024) {
      mlir::emitError(getOperation()->getLoc())
          << "convert-infini-to-gpu: block-size must be at most 1024 (CUDA's "
             "limit of threads per block), got "
          << blockSize.getValue();
      return signalPassFailure();
    }
    for (auto [name, v] :
         {std::pair<StringRef, int64_t>{"block-size", blockSize},
          {"query-tile", queryTile},
          {"key-tile", keyTile},
          {"token-tile", tokenTile},
          {"value-tile", valueTile},
          {"reduction-chunk", reductionChunk},
          {"decode-key-split", decodeKeySplit}}) {
      // 0 keeps every reduction (every decode step's keys) whole.
      bool zeroAllowed =
          name == "reduction-chunk" || name == "decode-key-split";
      if (v < 0 || (v == 0 && !zeroAllowed)) {
        mlir::emitError(getOperation()->getLoc())
            << "convert-infini-to-gpu: " << name << " must be "
            << (zeroAllowed ? "non-negative" : "positive") << ", got " << v;
        return signalPassFailure();
      }
      // Scratch sizes are products of tiles: keep them far from overflow.
      // (No tile this large fits in shared memory anyway.)
      if (v > kMaxTile) {
        mlir::emitError(getOperation()->getLoc())
            << "convert-infini-to-gpu: " << name << " must be at most "
            << kMaxTile << ", got " << v;
        return signalPassFailure();
      }
    }

    // A decode step (one token per stream) is kernels over (batch element,
    // kv head) pairs; a longer chunk's pieces have sizes and a number known
    // only at run time, from the positions in device memory.
    WalkResult chunks = getOperation()->walk([](AttentionChunkOp op) {
      auto query = cast<RankedTensorType>(op.getQuery().getType());
      auto key = cast<RankedTensorType>(op.getKey().getType());
      if (query.getDimSize(2) != 1) {
        op.emitOpError() << "has GPU kernels for decode steps only (a 'query' "
                            "of one token, statically), but 'query' is "
                         << query
                         << ": longer chunks compile with infini-lower-to-cpu";
        return WalkResult::interrupt();
      }
      // A block takes one kv head's query heads: H / Hkv sizes its tiles;
      // the splits of the cache are a static number of blocks.
      if (query.isDynamicDim(1) || key.isDynamicDim(1)) {
        op.emitOpError() << "needs static head counts on the GPU (a block "
                            "computes the H / Hkv query heads of one kv "
                            "head), but 'query' is "
                         << query << " and 'key' is " << key;
        return WalkResult::interrupt();
      }
      auto cache = cast<RankedTensorType>(op.getKeyCache().getType());
      if (cache.isDynamicDim(2)) {
        op.emitOpError() << "needs a static segment length on the GPU (the "
                            "cache's splits are blocks), but 'key_cache' is "
                         << cache;
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (chunks.wasInterrupted())
      return signalPassFailure();

    // Decode steps split the cache's keys over blocks (flash-decoding); the
    // steps' loops are kernels, with a linear block mapping.
    ChunkSchedule decode;
    decode.keySplit = decodeKeySplit;
    decode.mapping = linearBlockMapping;
    RewritePatternSet decompose(ctx);
    populateDecomposeAttentionPatterns(decompose, decode);
    walkAndApplyPatterns(getOperation(), std::move(decompose));

    WalkResult dynamic = getOperation()->walk([](Operation *op) {
      // Unregistered ops have no dialect.
      if (isa_and_present<InfiniDialect>(op->getDialect()) &&
          failed(checkStaticHeadDims(op)))
        return WalkResult::interrupt();
      return WalkResult::advance();
    });
    if (dynamic.wasInterrupted())
      return signalPassFailure();

    // The attention kernels: the CPU's fused kernels, a block per (batch,
    // head, query tile).
    FusedAttentionOptions fused{queryTile.getValue(), keyTile.getValue()};
    fused.peelDynamicTiles = false;
    for (gpu::MappingId id :
         {gpu::MappingId::DimZ, gpu::MappingId::DimY, gpu::MappingId::DimX})
      fused.mapping.push_back(gpu::GPUBlockMappingAttr::get(ctx, id));
    RewritePatternSet segments(ctx);
    populateFusedSegmentPatterns(segments, fused);
    walkAndApplyPatterns(getOperation(), std::move(segments));
    // The fused retrievals and local attentions are dead now.
    getOperation()->walk([](Operation *op) {
      if (isa<MemoryRetrieveOp, LocalAttentionOp>(op) && isOpTriviallyDead(op))
        op->erase();
    });
    RewritePatternSet flash(ctx);
    populateFlashAttentionPatterns(flash, fused);
    walkAndApplyPatterns(getOperation(), std::move(flash));

    // What a kernel's key steps share (Q^T of the query tile) is computed
    // once per block, outside the key loop. Only sequential loops: what
    // leaves a block would be shared by all blocks. And not the initial
    // value of a destination (a fill the step then overwrites): every
    // iteration would need its own copy of it, of a dynamic size.
    getOperation()->walk([](scf::ForOp loop) {
      (void)moveLoopInvariantCode(
          &loop.getRegion(),
          [&](Value v, Region *) { return loop.isDefinedOutsideOfLoop(v); },
          [&](Operation *op, Region *) {
            if (!isMemoryEffectFree(op) || !isSpeculatable(op))
              return false;
            if (isa<tensor::EmptyOp>(op))
              return true;
            return llvm::none_of(op->getUses(), [](OpOperand &use) {
              auto dps = dyn_cast<DestinationStyleOpInterface>(use.getOwner());
              return dps && dps.isDpsInit(&use);
            });
          },
          [&](Operation *op, Region *) { loop.moveOutOfLoop(op); });
    });

    // The rest: linalg decompositions, tiled into blocks.
    RewritePatternSet rest(ctx);
    populateInfiniToLinalgConversionPatterns(rest);
    walkAndApplyPatterns(getOperation(), std::move(rest));

    // Simplified before the threads get their tiles: a result that turns
    // out dead (the max of a key loop that runs once) must lose its
    // destination now. Dropped later from a thread forall, its tiles would
    // write into a tensor defined outside the forall, which bufferizes to a
    // private copy per thread, of a dynamic size.
    RewritePatternSet simplify(ctx);
    for (Dialect *dialect : ctx->getLoadedDialects())
      dialect->getCanonicalizationPatterns(simplify);
    for (RegisteredOperationName op : ctx->getRegisteredOperations())
      op.getCanonicalizationPatterns(simplify, ctx);
    linalg::populateEraseUnusedOperandsAndResultsPatterns(simplify);
    if (failed(applyPatternsGreedily(getOperation(), std::move(simplify))))
      return signalPassFailure();

    // Tensor cores take 16-bit operands: P is rounded to the values' type
    // for P V in the attention kernels (as FlashAttention does), not the
    // update's sigma(K) (the memory state keeps f32 accuracy).
    WarpProductOptions products;
    products.enabled = tensorCores;
    // The attention kernels are the ones on grid dimensions (#gpu.block<z,
    // y, x>); tileToBlocks' kernels have a linear mapping.
    products.roundOperands = [](Operation *kernel) {
      ArrayAttr mapping = *cast<scf::ForallOp>(kernel).getMapping();
      return !cast<gpu::GPUBlockMappingAttr>(mapping[0]).isLinearMapping();
    };
    IRRewriter rewriter(ctx);
    if (failed(tileToBlocks(rewriter, getOperation(), tokenTile, valueTile,
                             reductionChunk)) ||
        failed(distributeToThreads(rewriter, getOperation(), blockSize,
                                   products)))
      return signalPassFailure();
  }
};

} // namespace
