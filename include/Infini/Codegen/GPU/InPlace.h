//===- InPlace.h - arguments a caller updates in place ----------*- C++ -*-===//

#ifndef INFINI_CODEGEN_GPU_INPLACE_H
#define INFINI_CODEGEN_GPU_INPLACE_H

namespace mlir::infini {

/// The argument attribute by which infini-read-only-inputs tells
/// infini-in-place-results, across bufferization (which drops
/// `bufferization.writable`), that the caller marked an argument writable.
inline constexpr char kInPlaceAttrName[] = "infini.in_place";

} // namespace mlir::infini

#endif // INFINI_CODEGEN_GPU_INPLACE_H
