//===- InfiniTilingInterface.h - TilingInterface of the ops -----*- C++ -*-===//
//
// Internal to the dialect library: InfiniDialect::initialize() attaches the
// models.
//
//===----------------------------------------------------------------------===//

#ifndef INFINI_LIB_IR_INFINITILINGINTERFACE_H
#define INFINI_LIB_IR_INFINITILINGINTERFACE_H

namespace mlir {
class MLIRContext;

namespace infini::detail {

/// Attaches TilingInterface to memory_retrieve, memory_update,
/// local_attention, gated_combine and online_attention.
void attachTilingInterface(MLIRContext &ctx);

} // namespace infini::detail
} // namespace mlir

#endif // INFINI_LIB_IR_INFINITILINGINTERFACE_H
