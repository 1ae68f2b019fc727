// An Infini-attention layer as a frontend emits it: projections happen
// outside, the layer takes Q/K/V for a 4096-token chunk, the state carried
// from the previous chunk, and per-head gate logits, and returns the output
// and the state for the next chunk. Grouped-query attention: 8 query heads
// share 2 key/value heads.
func.func @infini_layer(
    %q: tensor<1x8x4096x64xf32>, %k: tensor<1x2x4096x64xf32>,
    %v: tensor<1x2x4096x64xf32>, %memory: tensor<1x2x64x64xf32>,
    %norm: tensor<1x2x64xf32>, %gate: tensor<8xf32>)
    -> (tensor<1x8x4096x64xf32>, tensor<1x2x64x64xf32>, tensor<1x2x64xf32>) {
  %out, %memory1, %norm1 = infini.attention %q, %k, %v, %memory, %norm, %gate
      segment_len = 1024 rule = delta
      : tensor<1x8x4096x64xf32>, tensor<1x2x4096x64xf32>, tensor<1x2x4096x64xf32>,
        tensor<1x2x64x64xf32>, tensor<1x2x64xf32>, tensor<8xf32>
      -> tensor<1x8x4096x64xf32>, tensor<1x2x64x64xf32>, tensor<1x2x64xf32>
  return %out, %memory1, %norm1
      : tensor<1x8x4096x64xf32>, tensor<1x2x64x64xf32>, tensor<1x2x64xf32>
}

// One segment written with the four primitives, in the order the layer runs
// them: retrieval reads the memory from before this segment's update.
func.func @segment_step(
    %q: tensor<?x8x1024x64xbf16>, %k: tensor<?x2x1024x64xbf16>,
    %v: tensor<?x2x1024x64xbf16>, %memory: tensor<?x2x64x64xf32>,
    %norm: tensor<?x2x64xf32>, %gate: tensor<8x64xf32>)
    -> (tensor<?x8x1024x64xbf16>, tensor<?x2x64x64xf32>, tensor<?x2x64xf32>) {
  %mem_out = infini.memory_retrieve %q, %memory, %norm
      : tensor<?x8x1024x64xbf16>, tensor<?x2x64x64xf32>, tensor<?x2x64xf32>
      -> tensor<?x8x1024x64xbf16>
  %local_out = infini.local_attention %q, %k, %v
      : tensor<?x8x1024x64xbf16>, tensor<?x2x1024x64xbf16>, tensor<?x2x1024x64xbf16>
      -> tensor<?x8x1024x64xbf16>
  %out = infini.gated_combine %mem_out, %local_out, %gate
      : tensor<?x8x1024x64xbf16>, tensor<?x8x1024x64xbf16>, tensor<8x64xf32>
      -> tensor<?x8x1024x64xbf16>
  %memory1, %norm1 = infini.memory_update %k, %v, %memory, %norm rule = delta
      : tensor<?x2x1024x64xbf16>, tensor<?x2x1024x64xbf16>, tensor<?x2x64x64xf32>,
        tensor<?x2x64xf32>
      -> tensor<?x2x64x64xf32>, tensor<?x2x64xf32>
  return %out, %memory1, %norm1
      : tensor<?x8x1024x64xbf16>, tensor<?x2x64x64xf32>, tensor<?x2x64xf32>
}
