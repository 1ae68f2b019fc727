//===- CheckDynamicSizes.cpp - run-time checks of dynamic op sizes --------===//
//
// The verifier checks that an infini op's operands agree on each size where
// the sizes are static. Where one is dynamic, operands that disagree at run
// time would make the kernels read and write out of bounds. This pass puts
// the checks before the op: each dynamic dimension equals the other
// dimensions carrying the same size, H is a multiple of Hkv, and no size but
// the token count is 0. A stream's positions (infini.attention_chunk) are
// checked to be >= 0. A failed check writes a message and aborts.
//
//===----------------------------------------------------------------------===//

#include "RuntimeReporter.h"

#include "Infini/IR/InfiniOps.h"
#include "Infini/Transforms/Passes.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/Support/FormatVariadic.h"

namespace mlir::infini {
#define GEN_PASS_DEF_INFINICHECKDYNAMICSIZES
#include "Infini/Transforms/Passes.h.inc"
} // namespace mlir::infini

using namespace mlir;
using namespace mlir::infini;

namespace {

using Use = SizeRelation::Use;

bool isStatic(const Use &use) {
  return !cast<RankedTensorType>(use.value.getType()).isDynamicDim(use.dim);
}

bool isResult(const Use &use, Operation *op) {
  return use.value.getDefiningOp() == op;
}

/// "infini.local_attention at layer.mlir:12:8", for messages.
std::string describe(Operation *op) {
  std::string where = op->getName().getStringRef().str();
  if (auto file = op->getLoc()->findInstanceOf<FileLineColLoc>())
    where += llvm::formatv(" at {0}:{1}:{2}", file.getFilename().getValue(),
                           file.getLine(), file.getColumn())
                 .str();
  return where;
}

std::string describe(const Use &use) {
  return llvm::formatv("'{0}' (dimension {1})", use.name, use.dim).str();
}

class SizeChecker {
public:
  SizeChecker(RuntimeReporter &reporter, Operation *op)
      : reporter(reporter), op(op), b(op), where(describe(op)) {}

  void run(ArrayRef<SizeRelation> relations) {
    Value heads, kvHeads;
    const Use *headsUse = nullptr, *kvHeadsUse = nullptr;
    bool headsStatic = true, kvHeadsStatic = true;
    for (const SizeRelation &relation : relations) {
      // Results can be compared only where static (their dynamic sizes come
      // from the operands).
      SmallVector<const Use *> uses;
      for (const Use &use : relation.uses)
        if (!isResult(use, op) || isStatic(use))
          uses.push_back(&use);
      bool isHeads = relation.kind == SizeRelation::Kind::Heads ||
                     relation.kind == SizeRelation::Kind::KvHeads;
      if (!isHeads && llvm::all_of(uses, [](const Use *use) {
            return isStatic(*use);
          }))
        continue; // The verifier has checked these.
      const Use *const *reference = llvm::find_if(uses, [](const Use *use) {
        return isStatic(*use);
      });
      const Use *ref = reference != uses.end() ? *reference : uses.front();
      Value size = sizeOf(*ref);
      bool isTokens = relation.kind == SizeRelation::Kind::Tokens ||
                      relation.kind == SizeRelation::Kind::KeyTokens;
      if (!isStatic(*ref) && !isTokens)
        check(arith::CmpIOp::create(b, loc(), arith::CmpIPredicate::ne, size,
                                    index(0)),
              relation.letter + " of " + describe(*ref) +
                  " is 0; only the token count may be 0");
      for (const Use *use : uses) {
        if (use == ref || (isStatic(*use) && isStatic(*ref)))
          continue;
        check(arith::CmpIOp::create(b, loc(), arith::CmpIPredicate::eq,
                                    sizeOf(*use), size),
              relation.letter + " of " + describe(*use) +
                  " differs from that of " + describe(*ref));
      }
      // For the multiple check: the size, and an operand to name (what
      // the caller passed, rather than a result type).
      const Use *named = ref;
      const Use *const *operand = llvm::find_if(
          uses, [&](const Use *use) { return !isResult(*use, op); });
      if (isResult(*ref, op) && operand != uses.end())
        named = *operand;
      if (relation.kind == SizeRelation::Kind::Heads) {
        heads = size;
        headsUse = named;
        headsStatic = isStatic(*ref);
      } else if (relation.kind == SizeRelation::Kind::KvHeads) {
        kvHeads = size;
        kvHeadsUse = named;
        kvHeadsStatic = isStatic(*ref);
      }
    }
    if (!heads || !kvHeads || (headsStatic && kvHeadsStatic))
      return;
    // Hkv = 0 was reported above; the division must not trap anyway.
    Value divisor = arith::MaxUIOp::create(b, loc(), kvHeads, index(1));
    Value rest = arith::RemUIOp::create(b, loc(), heads, divisor);
    check(arith::CmpIOp::create(b, loc(), arith::CmpIPredicate::eq, rest,
                                index(0)),
          "H of " + describe(*headsUse) + " is not a multiple of Hkv of " +
              describe(*kvHeadsUse));
  }

private:
  Location loc() const { return op->getLoc(); }
  Value index(int64_t v) { return arith::ConstantIndexOp::create(b, loc(), v); }

  Value sizeOf(const Use &use) {
    auto type = cast<RankedTensorType>(use.value.getType());
    if (!type.isDynamicDim(use.dim))
      return index(type.getDimSize(use.dim));
    return tensor::DimOp::create(b, loc(), use.value, use.dim);
  }

  void check(Value ok, const Twine &what) {
    reporter.check(b, loc(), ok, ("infini: " + where + ": " + what).str());
  }

  RuntimeReporter &reporter;
  Operation *op;
  OpBuilder b;
  std::string where;
};

struct InfiniCheckDynamicSizesPass
    : infini::impl::InfiniCheckDynamicSizesBase<InfiniCheckDynamicSizesPass> {
  using Base::Base;

  /// A stream position below 0 would index the caches before their first
  /// row: each position is checked before the op.
  static void checkPositions(RuntimeReporter &reporter, AttentionChunkOp op) {
    OpBuilder b(op);
    Location loc = op.getLoc();
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    Value count = tensor::DimOp::create(b, loc, op.getPosition(), 0);
    std::string message =
        "infini: " + describe(op) + ": a 'position' is negative";
    scf::ForOp::create(
        b, loc, zero, count, one, ValueRange{},
        [&](OpBuilder &nb, Location nloc, Value i, ValueRange) {
          Value p = tensor::ExtractOp::create(nb, nloc, op.getPosition(),
                                              ValueRange{i});
          Value ok = arith::CmpIOp::create(
              nb, nloc, arith::CmpIPredicate::sge, p,
              arith::ConstantIntOp::create(nb, nloc, 0, 64));
          reporter.check(nb, nloc, ok, message);
          scf::YieldOp::create(nb, nloc);
        });
  }

  void runOnOperation() override {
    SmallVector<std::pair<Operation *, SmallVector<SizeRelation>>> work;
    SmallVector<AttentionChunkOp> chunks;
    if (positions)
      getOperation().walk([&](AttentionChunkOp op) { chunks.push_back(op); });
    getOperation().walk([&](Operation *op) {
      // Empty for ops of other dialects.
      SmallVector<SizeRelation> relations = getSizeRelations(op);
      bool dynamic = llvm::any_of(relations, [&](const SizeRelation &r) {
        return llvm::any_of(r.uses, [&](const Use &use) {
          return !isResult(use, op) && !isStatic(use);
        });
      });
      if (dynamic)
        work.emplace_back(op, std::move(relations));
    });
    // The messages and write/abort go into the module nearest each op (an
    // llvm.mlir.addressof resolves there).
    llvm::MapVector<Operation *, std::unique_ptr<RuntimeReporter>> reporters;
    auto reporterFor = [&](Operation *op) -> RuntimeReporter * {
      auto module = op->getParentOfType<ModuleOp>();
      std::unique_ptr<RuntimeReporter> &reporter = reporters[module];
      if (!reporter) {
        reporter =
            std::make_unique<RuntimeReporter>(module, "infini_size_check");
        if (failed(reporter->declareRuntime()))
          return nullptr;
      }
      return reporter.get();
    };
    for (auto &[op, relations] : work) {
      RuntimeReporter *reporter = reporterFor(op);
      if (!reporter)
        return signalPassFailure();
      SizeChecker(*reporter, op).run(relations);
    }
    for (AttentionChunkOp op : chunks) {
      RuntimeReporter *reporter = reporterFor(op);
      if (!reporter)
        return signalPassFailure();
      checkPositions(*reporter, op);
    }
  }
};

} // namespace
