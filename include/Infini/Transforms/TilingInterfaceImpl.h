//===- TilingInterfaceImpl.h - TilingInterface for infini ops ---*- C++ -*-===//

#ifndef INFINI_TRANSFORMS_TILINGINTERFACEIMPL_H
#define INFINI_TRANSFORMS_TILINGINTERFACEIMPL_H

namespace mlir {
class DialectRegistry;

namespace infini {

/// Attaches the upstream TilingInterface to the primitive infini ops, so that
/// upstream tiling and fusion (scf::tileUsingSCF,
/// scf::tileConsumerAndFuseProducersUsingSCF, transform.structured.tile_*,
/// fuse_into_containing_op) work on them. The loops are the leading result
/// dimensions, all parallel:
///
///   memory_retrieve, gated_combine   (B, H, N, Dv)
///   local_attention                   (B, H)      rows attend to the whole
///                                                 segment, so N is not a loop
///   memory_update                     (B, Hkv)    every token updates all of
///                                                 M[b, g]
///
/// Under grouped-query attention a tile of query heads must cover whole groups
/// or lie inside one: its static size must be a multiple or a divisor of
/// H / Hkv. Other tile sizes fail with a diagnostic.
void registerTilingInterfaceExternalModels(DialectRegistry &registry);

} // namespace infini
} // namespace mlir

#endif // INFINI_TRANSFORMS_TILINGINTERFACEIMPL_H
