//===- InitInfini.h - register everything infini provides -------*- C++ -*-===//
//
// Entry points for tools and other compilers that embed the infini dialect.
//
//===----------------------------------------------------------------------===//

#ifndef INFINI_INITINFINI_H
#define INFINI_INITINFINI_H

namespace mlir {
class DialectRegistry;

namespace infini {

/// Adds the infini dialect (and the dialects it depends on) to `registry`,
/// with linalg::AggregatedOpInterface (the decomposition into linalg, which
/// the dialect promises) as an external model. TilingInterface comes with
/// the dialect itself.
void registerInfiniDialect(DialectRegistry &registry);

/// Registers the infini passes (`infini-*`, `convert-infini-to-linalg`) and
/// pipelines (`infini-lower-to-cpu`) with the global pass registry, so that
/// they can be named on the command line and in textual pipelines.
void registerInfiniPasses();

} // namespace infini
} // namespace mlir

#endif // INFINI_INITINFINI_H
