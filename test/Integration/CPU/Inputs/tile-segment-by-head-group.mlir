// Tiles a segment's gated_combine by groups of 2 query heads and fuses the
// retrieval and the local attention that feed it into the loop.
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %c = transform.structured.match ops{["infini.gated_combine"]} in %root : (!transform.any_op) -> !transform.any_op
    %r = transform.structured.match ops{["infini.memory_retrieve"]} in %root : (!transform.any_op) -> !transform.any_op
    %l = transform.structured.match ops{["infini.local_attention"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_forall %c tile_sizes [1, 2] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %fl, %loop1 = transform.structured.fuse_into_containing_op %l into %loop : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op)
    %fr, %loop2 = transform.structured.fuse_into_containing_op %r into %loop1 : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}
