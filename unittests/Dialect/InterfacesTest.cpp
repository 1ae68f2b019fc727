//===- InterfacesTest.cpp - the interfaces the dialect brings -------------===//
//
// Loading the dialect alone gives its ops TilingInterface; the decomposition
// into linalg (linalg::AggregatedOpInterface) is promised by the dialect and
// attached by registerInfiniDialect; with assertions on, using it without
// that registration is an error that names the interface.
//
//===----------------------------------------------------------------------===//

#include "Infini/IR/InfiniDialect.h"
#include "Infini/IR/InfiniOps.h"
#include "Infini/InitInfini.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Interfaces/TilingInterface.h"
#include "mlir/Parser/Parser.h"

#include "gtest/gtest.h"

using namespace mlir;

namespace {

constexpr const char *kOps = R"mlir(
func.func @f(%q: tensor<1x2x8x4xf32>, %k: tensor<1x1x8x4xf32>,
             %v: tensor<1x1x8x4xf32>, %acc: tensor<1x2x8x4xf32>,
             %m: tensor<1x2x8xf32>, %s: tensor<1x2x8xf32>, %off: index)
    -> (tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>) {
  %l = infini.local_attention %q, %k, %v
      : tensor<1x2x8x4xf32>, tensor<1x1x8x4xf32>, tensor<1x1x8x4xf32>
      -> tensor<1x2x8x4xf32>
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off
      outs(%acc, %m, %s)
      : tensor<1x2x8x4xf32>, tensor<1x1x8x4xf32>, tensor<1x1x8x4xf32>,
        tensor<1x2x8x4xf32>, tensor<1x2x8xf32>, tensor<1x2x8xf32>
  return %l, %a : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>
}
)mlir";

/// Every infini op of `module`.
SmallVector<Operation *> infiniOps(ModuleOp module) {
  SmallVector<Operation *> ops;
  module.walk([&](Operation *op) {
    if (isa<infini::InfiniDialect>(op->getDialect()))
      ops.push_back(op);
  });
  return ops;
}

TEST(InfiniDialectInterfaces, TilingComesWithTheDialect) {
  DialectRegistry registry;
  registry.insert<infini::InfiniDialect, func::FuncDialect>();
  MLIRContext ctx(registry);
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(kOps, &ctx);
  ASSERT_TRUE(module);
  SmallVector<Operation *> ops = infiniOps(*module);
  ASSERT_EQ(ops.size(), 2u);
  for (Operation *op : ops)
    EXPECT_TRUE(isa<TilingInterface>(op)) << op->getName().getStringRef().str();
  // The key dimension of online_attention is a reduction.
  auto online = cast<TilingInterface>(ops[1]);
  EXPECT_EQ(online.getLoopIteratorTypes().back(),
            utils::IteratorType::reduction);
}

TEST(InfiniDialectInterfaces, DecompositionWithTheRegistration) {
  DialectRegistry registry;
  registry.insert<func::FuncDialect>();
  infini::registerInfiniDialect(registry);
  MLIRContext ctx(registry);
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(kOps, &ctx);
  ASSERT_TRUE(module);
  for (Operation *op : infiniOps(*module)) {
    EXPECT_TRUE(isa<linalg::AggregatedOpInterface>(op))
        << op->getName().getStringRef().str();
    EXPECT_TRUE(isa<TilingInterface>(op));
  }
}

/// What an op-interface query does, with assertions on, for the
/// decomposition of local_attention: checks whether the dialect promised it
/// without an implementation (Debian's release MLIR skips the check and
/// finds no interface).
void askForDecomposition(const DialectRegistry &registry) {
  MLIRContext ctx(registry);
  auto *dialect = ctx.getOrLoadDialect<infini::InfiniDialect>();
  dialect->handleUseOfUndefinedPromisedInterface(
      TypeID::get<infini::LocalAttentionOp>(),
      linalg::AggregatedOpInterface::getInterfaceID(), "AggregatedOpInterface");
}

TEST(InfiniDialectInterfacesDeathTest, DecompositionIsPromised) {
  DialectRegistry dialectOnly;
  dialectOnly.insert<infini::InfiniDialect>();
  EXPECT_DEATH(askForDecomposition(dialectOnly),
               "promised by dialect 'infini' but never implemented");
  // registerInfiniDialect keeps the promise.
  DialectRegistry registered;
  infini::registerInfiniDialect(registered);
  askForDecomposition(registered);
}

} // namespace
