// RUN: infini-opt %s -convert-infini-to-gpu -split-input-file -verify-diagnostics
// RUN: not infini-opt %s -convert-infini-to-gpu=block-size=0 -split-input-file 2>&1 | FileCheck %s --check-prefix=OPTION

// RUN: not infini-opt %s -convert-infini-to-gpu=block-size=2048 -split-input-file 2>&1 | FileCheck %s --check-prefix=THREADS
// RUN: not infini-opt %s -convert-infini-to-gpu=query-tile=100000 -split-input-file 2>&1 | FileCheck %s --check-prefix=TILE
// RUN: not infini-opt %s -convert-infini-to-gpu=reduction-chunk=-1 -split-input-file 2>&1 | FileCheck %s --check-prefix=CHUNK
// RUN: not infini-opt %s -convert-infini-to-gpu=decode-key-split=-4 -split-input-file 2>&1 | FileCheck %s --check-prefix=SPLIT

// OPTION: convert-infini-to-gpu: block-size must be positive, got 0
// THREADS: convert-infini-to-gpu: block-size must be at most 1024 (CUDA's limit of threads per block), got 2048
// TILE: convert-infini-to-gpu: query-tile must be at most 65536, got 100000
// CHUNK: convert-infini-to-gpu: reduction-chunk must be non-negative, got -1
// SPLIT: convert-infini-to-gpu: decode-key-split must be non-negative, got -4

func.func @online_dynamic_dk(%q: tensor<1x2x8x?xf32>, %k: tensor<1x2x8x?xf32>, %v: tensor<1x2x8x4xf32>,
                  %acc: tensor<1x2x8x4xf32>, %m: tensor<1x2x8xf32>, %s: tensor<1x2x8xf32>, %off: index)
    -> (tensor<1x2x8x4xf32>, tensor<1x2x8xf32>, tensor<1x2x8xf32>) {
  // expected-error @below {{needs static head dimensions on the GPU, but 'query' is 'tensor<1x2x8x?xf32>'}}
  %a, %b, %c = infini.online_attention %q, %k, %v query_offset = %off outs(%acc, %m, %s)
      : tensor<1x2x8x?xf32>, tensor<1x2x8x?xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8xf32>, tensor<1x2x8xf32>
  return %a, %b, %c : tensor<1x2x8x4xf32>, tensor<1x2x8xf32>, tensor<1x2x8xf32>
}

// -----

func.func @dynamic_dk(%q: tensor<1x2x8x?xf32>, %k: tensor<1x2x8x?xf32>, %v: tensor<1x2x8x4xf32>) -> tensor<1x2x8x4xf32> {
  // expected-error @below {{needs static head dimensions on the GPU, but 'query' is 'tensor<1x2x8x?xf32>'}}
  %l = infini.local_attention %q, %k, %v : tensor<1x2x8x?xf32>, tensor<1x2x8x?xf32>, tensor<1x2x8x4xf32> -> tensor<1x2x8x4xf32>
  return %l : tensor<1x2x8x4xf32>
}

// -----

func.func @dynamic_dv(%k: tensor<1x2x8x4xf32>, %v: tensor<1x2x8x?xf32>, %m: tensor<1x2x4x?xf32>, %z: tensor<1x2x4xf32>) -> (tensor<1x2x4x?xf32>, tensor<1x2x4xf32>) {
  // expected-error @below {{needs static head dimensions on the GPU, but 'value' is 'tensor<1x2x8x?xf32>'}}
  %m1, %z1 = infini.memory_update %k, %v, %m, %z : tensor<1x2x8x4xf32>, tensor<1x2x8x?xf32>, tensor<1x2x4x?xf32>, tensor<1x2x4xf32> -> tensor<1x2x4x?xf32>, tensor<1x2x4xf32>
  return %m1, %z1 : tensor<1x2x4x?xf32>, tensor<1x2x4xf32>
}

// -----

// A prompt's chunk: its pieces' sizes and number depend on the positions,
// which are in device memory.
func.func @prompt_chunk(%q: tensor<1x2x3x4xf32>, %k: tensor<1x1x3x4xf32>, %m: tensor<1x1x4x4xf32>,
                        %z: tensor<1x1x4xf32>, %g: tensor<2xf32>, %c: tensor<1x1x8x4xf32>, %p: tensor<1xi64>)
    -> tensor<1x2x3x4xf32> {
  // expected-error @below {{'infini.attention_chunk' op has GPU kernels for decode steps only (a 'query' of one token, statically), but 'query' is 'tensor<1x2x3x4xf32>': longer chunks compile with infini-lower-to-cpu}}
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %k, %m, %z, %g
      segment(%m, %z) cache(%c, %c) position(%p)
      : tensor<1x2x3x4xf32>, tensor<1x1x3x4xf32>, tensor<1x1x3x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>,
        tensor<2xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>, tensor<1x1x8x4xf32>, tensor<1x1x8x4xf32>, tensor<1xi64>
      -> tensor<1x2x3x4xf32>
  return %o : tensor<1x2x3x4xf32>
}

// -----

func.func @dynamic_chunk(%q: tensor<1x2x?x4xf32>, %k: tensor<1x1x?x4xf32>, %m: tensor<1x1x4x4xf32>,
                         %z: tensor<1x1x4xf32>, %g: tensor<2xf32>, %c: tensor<1x1x8x4xf32>, %p: tensor<1xi64>)
    -> tensor<1x2x?x4xf32> {
  // expected-error @below {{but 'query' is 'tensor<1x2x?x4xf32>'}}
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %k, %m, %z, %g
      segment(%m, %z) cache(%c, %c) position(%p)
      : tensor<1x2x?x4xf32>, tensor<1x1x?x4xf32>, tensor<1x1x?x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>,
        tensor<2xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>, tensor<1x1x8x4xf32>, tensor<1x1x8x4xf32>, tensor<1xi64>
      -> tensor<1x2x?x4xf32>
  return %o : tensor<1x2x?x4xf32>
}

// -----

// A block takes the query heads of one kv head: their number must be known.
func.func @dynamic_heads(%q: tensor<1x?x1x4xf32>, %k: tensor<1x?x1x4xf32>, %m: tensor<1x?x4x4xf32>,
                         %z: tensor<1x?x4xf32>, %g: tensor<?xf32>, %c: tensor<1x?x8x4xf32>, %p: tensor<1xi64>)
    -> tensor<1x?x1x4xf32> {
  // expected-error @below {{'infini.attention_chunk' op needs static head counts on the GPU (a block computes the H / Hkv query heads of one kv head), but 'query' is 'tensor<1x?x1x4xf32>' and 'key' is 'tensor<1x?x1x4xf32>'}}
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %k, %m, %z, %g
      segment(%m, %z) cache(%c, %c) position(%p)
      : tensor<1x?x1x4xf32>, tensor<1x?x1x4xf32>, tensor<1x?x1x4xf32>, tensor<1x?x4x4xf32>, tensor<1x?x4xf32>,
        tensor<?xf32>, tensor<1x?x4x4xf32>, tensor<1x?x4xf32>, tensor<1x?x8x4xf32>, tensor<1x?x8x4xf32>, tensor<1xi64>
      -> tensor<1x?x1x4xf32>
  return %o : tensor<1x?x1x4xf32>
}

// -----

func.func @dynamic_segment(%q: tensor<1x2x1x4xf32>, %k: tensor<1x1x1x4xf32>, %m: tensor<1x1x4x4xf32>,
                           %z: tensor<1x1x4xf32>, %g: tensor<2xf32>, %c: tensor<1x1x?x4xf32>, %p: tensor<1xi64>)
    -> tensor<1x2x1x4xf32> {
  // expected-error @below {{'infini.attention_chunk' op needs a static segment length on the GPU (the cache's splits are blocks), but 'key_cache' is 'tensor<1x1x?x4xf32>'}}
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %k, %m, %z, %g
      segment(%m, %z) cache(%c, %c) position(%p)
      : tensor<1x2x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>,
        tensor<2xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>, tensor<1x1x?x4xf32>, tensor<1x1x?x4xf32>, tensor<1xi64>
      -> tensor<1x2x1x4xf32>
  return %o : tensor<1x2x1x4xf32>
}
