//===- SingleStream.cpp - one stream per host function ------------------===//
//
// Threads one async token through the GPU operations of each host function,
// across the loops and conditionals that hold them, and synchronizes the
// stream once before the function returns (and before a host operation that
// must not overlap the GPU work). See the pass description in Passes.td for
// why the final synchronization is emitted as runtime calls.
//
//===----------------------------------------------------------------------===//

#include "Infini/Codegen/GPU/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINIGPUSINGLESTREAM
#include "Infini/Codegen/GPU/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;

namespace {

/// GPU work that can run on a stream: everything with an async token but
/// the waits themselves.
bool isGpuWork(Operation *op) {
  return isa<gpu::AsyncOpInterface>(op) && !isa<gpu::WaitOp>(op);
}

bool holdsGpuWork(Operation *op) {
  return op
      ->walk([](Operation *nested) {
        return isGpuWork(nested) ? WalkResult::interrupt()
                                 : WalkResult::advance();
      })
      .wasInterrupted();
}

/// Whether the host must wait for pending GPU work before `op`: a call (its
/// callee may read what the GPU writes, or start GPU work of its own), or
/// an operation that reads or writes memory or whose effects are unknown.
bool needsIdleDevice(Operation *op) {
  bool needs = false;
  op->walk([&](Operation *nested) {
    if (isa<CallOpInterface>(nested)) {
      needs = true;
      return WalkResult::interrupt();
    }
    if (nested->hasTrait<OpTrait::HasRecursiveMemoryEffects>() ||
        nested->hasTrait<OpTrait::IsTerminator>())
      return WalkResult::advance();
    auto effects = dyn_cast<MemoryEffectOpInterface>(nested);
    if (!effects) {
      needs = true;
      return WalkResult::interrupt();
    }
    SmallVector<MemoryEffects::EffectInstance> instances;
    effects.getEffects(instances);
    if (llvm::any_of(instances, [](const MemoryEffects::EffectInstance &e) {
          return isa<MemoryEffects::Read, MemoryEffects::Write>(
              e.getEffect());
        })) {
      needs = true;
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return needs;
}

/// Whether `func` manages GPU streams itself.
bool usesTokens(func::FuncOp func) {
  auto isToken = llvm::IsaPred<gpu::AsyncTokenType>;
  return func
      .walk([&](Operation *op) {
        bool tokens = isa<gpu::WaitOp>(op) ||
                      llvm::any_of(op->getOperandTypes(), isToken) ||
                      llvm::any_of(op->getResultTypes(), isToken);
        return tokens ? WalkResult::interrupt() : WalkResult::advance();
      })
      .wasInterrupted();
}

class StreamThreader {
public:
  StreamThreader(ModuleOp module) : module(module), b(module.getContext()) {}

  LogicalResult run(func::FuncOp func) {
    if (!func.getBody().hasOneBlock())
      return func.emitOpError()
             << "has " << func.getBody().getBlocks().size()
             << " blocks; infini-gpu-single-stream threads the stream "
                "through structured control flow only";
    token = nullptr;
    pending = false;
    Block &body = func.getBody().front();
    if (failed(threadBlock(body)))
      return failure();
    if (token)
      for (auto ret : body.getOps<func::ReturnOp>())
        synchronize(ret, /*destroy=*/true);
    return success();
  }

private:
  /// Threads `token` through the operations of `block`, up to its
  /// terminator.
  LogicalResult threadBlock(Block &block) {
    for (Operation &op : llvm::make_early_inc_range(block.without_terminator())) {
      if (isGpuWork(&op)) {
        if (failed(makeAsync(&op)))
          return failure();
        continue;
      }
      if (op.getNumRegions() && holdsGpuWork(&op)) {
        if (!token)
          createStream(&op);
        if (auto loop = dyn_cast<scf::ForOp>(op)) {
          if (failed(threadFor(loop)))
            return failure();
          continue;
        }
        if (auto cond = dyn_cast<scf::IfOp>(op)) {
          if (failed(threadIf(cond)))
            return failure();
          continue;
        }
        return op.emitOpError()
               << "holds GPU operations; infini-gpu-single-stream carries the "
                  "stream through scf.for and scf.if only";
      }
      if (pending && needsIdleDevice(&op)) {
        synchronize(&op, /*destroy=*/false);
        pending = false;
      }
    }
    return success();
  }

  void createStream(Operation *before) {
    b.setInsertionPoint(before);
    token = gpu::WaitOp::create(b, before->getLoc(), tokenType(),
                                ValueRange())
                .getAsyncToken();
  }

  Type tokenType() { return gpu::AsyncTokenType::get(b.getContext()); }

  /// Replaces `op` by its asynchronous form, after `token`.
  LogicalResult makeAsync(Operation *op) {
    if (op->getNumRegions())
      return op->emitOpError() << "has regions; infini-gpu-single-stream "
                                  "makes GPU operations without regions "
                                  "asynchronous only";
    if (!token)
      createStream(op);
    cast<gpu::AsyncOpInterface>(op).addAsyncDependency(token);
    SmallVector<Type> types(op->getResultTypes());
    types.push_back(tokenType());
    b.setInsertionPoint(op);
    Operation *async = Operation::create(
        op->getLoc(), op->getName(), types, op->getOperands(),
        NamedAttrList(op->getDiscardableAttrDictionary()),
        op->getPropertiesStorage(), op->getSuccessors(), /*numRegions=*/0);
    b.insert(async);
    op->replaceAllUsesWith(async->getResults().drop_back());
    op->erase();
    token = async->getResults().back();
    pending = true;
    return success();
  }

  /// The loop carries the token as its last iteration argument; its body
  /// may have left GPU work pending when the next iteration begins.
  LogicalResult threadFor(scf::ForOp loop) {
    IRRewriter rewriter(b.getContext());
    rewriter.setInsertionPoint(loop);
    FailureOr<LoopLikeOpInterface> carried =
        cast<LoopLikeOpInterface>(loop.getOperation())
            .replaceWithAdditionalYields(
                rewriter, ValueRange{token},
                /*replaceInitOperandUsesInLoop=*/false,
                [](OpBuilder &, Location, ArrayRef<BlockArgument> args) {
                  return SmallVector<Value>{args.front()};
                });
    if (failed(carried))
      return loop.emitOpError() << "cannot carry the GPU stream";
    auto newLoop = cast<scf::ForOp>(carried->getOperation());
    token = newLoop.getRegionIterArgs().back();
    pending = true;
    if (failed(threadBlock(*newLoop.getBody())))
      return failure();
    auto yield = cast<scf::YieldOp>(newLoop.getBody()->getTerminator());
    yield->setOperand(yield.getNumOperands() - 1, token);
    token = newLoop.getResults().back();
    pending = true;
    return success();
  }

  /// The conditional returns the token as its last result, from both
  /// branches (an else branch is added where there is none).
  LogicalResult threadIf(scf::IfOp cond) {
    SmallVector<Type> types(cond.getResultTypes());
    types.push_back(tokenType());
    b.setInsertionPoint(cond);
    auto newCond = scf::IfOp::create(b, cond.getLoc(), types,
                                     cond.getCondition(),
                                     /*addThenBlock=*/false,
                                     /*addElseBlock=*/false);
    newCond.getThenRegion().takeBody(cond.getThenRegion());
    if (cond.getElseRegion().empty()) {
      Block *elseBlock = b.createBlock(&newCond.getElseRegion());
      b.setInsertionPointToEnd(elseBlock);
      scf::YieldOp::create(b, cond.getLoc());
    } else {
      newCond.getElseRegion().takeBody(cond.getElseRegion());
    }
    cond.replaceAllUsesWith(newCond.getResults().drop_back());
    cond.erase();
    Value before = token;
    bool pendingBefore = pending;
    for (Region *region : newCond.getRegions()) {
      token = before;
      pending = pendingBefore;
      Block &block = region->front();
      if (failed(threadBlock(block)))
        return failure();
      auto yield = cast<scf::YieldOp>(block.getTerminator());
      SmallVector<Value> operands(yield.getOperands());
      operands.push_back(token);
      yield->setOperands(operands);
    }
    token = newCond.getResults().back();
    pending = true;
    return success();
  }

  /// Waits on the host, before `op`, for the stream that `token` is on,
  /// through the runtime's stream functions (see the pass description).
  void synchronize(Operation *op, bool destroy) {
    b.setInsertionPoint(op);
    Location loc = op->getLoc();
    auto ptr = LLVM::LLVMPointerType::get(b.getContext());
    Value stream =
        UnrealizedConversionCastOp::create(b, loc, ptr, token).getResult(0);
    LLVM::CallOp::create(b, loc, runtimeFunction("mgpuStreamSynchronize"),
                         ValueRange{stream});
    if (destroy)
      LLVM::CallOp::create(b, loc, runtimeFunction("mgpuStreamDestroy"),
                           ValueRange{stream});
  }

  /// `void name(void *stream)`, declared in the module if it is not yet.
  LLVM::LLVMFuncOp runtimeFunction(StringRef name) {
    if (auto existing = module.lookupSymbol<LLVM::LLVMFuncOp>(name))
      return existing;
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(module.getBody());
    MLIRContext *context = b.getContext();
    auto type = LLVM::LLVMFunctionType::get(
        LLVM::LLVMVoidType::get(context), {LLVM::LLVMPointerType::get(context)});
    return LLVM::LLVMFuncOp::create(b, module.getLoc(), name, type);
  }

  ModuleOp module;
  OpBuilder b;
  /// The last GPU operation's token: the stream, once created.
  Value token;
  /// Whether GPU work may be running that the host has not waited for.
  bool pending = false;
};

struct InfiniGPUSingleStreamPass
    : infini::impl::InfiniGPUSingleStreamBase<InfiniGPUSingleStreamPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    StreamThreader threader(module);
    SmallVector<func::FuncOp> funcs;
    for (auto func : module.getOps<func::FuncOp>())
      if (!func.isExternal() && holdsGpuWork(func) && !usesTokens(func))
        funcs.push_back(func);
    for (func::FuncOp func : funcs)
      if (failed(threader.run(func)))
        return signalPassFailure();
  }
};

} // namespace
