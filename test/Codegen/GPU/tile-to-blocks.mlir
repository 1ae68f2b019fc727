// RUN: infini-opt %s -infini-tile-to-blocks -split-input-file -verify-diagnostics | FileCheck %s
// RUN: infini-opt %s -infini-tile-to-blocks="rows=8 cols=16" -split-input-file -verify-diagnostics | FileCheck %s --check-prefix=SMALL
// RUN: infini-opt %s -infini-tile-to-blocks="chunk=128" -split-input-file -verify-diagnostics | FileCheck %s --check-prefix=CHUNK
// RUN: not infini-opt %s -infini-tile-to-blocks="rows=0" -split-input-file 2>&1 | FileCheck %s --check-prefix=OPTION
// RUN: not infini-opt %s -infini-tile-to-blocks="chunk=-1" -split-input-file 2>&1 | FileCheck %s --check-prefix=OPTION-CHUNK

// OPTION: infini-tile-to-blocks: rows and cols must be positive and chunk non-negative, got 0, 32 and 0
// OPTION-CHUNK: infini-tile-to-blocks: rows and cols must be positive and chunk non-negative, got 32, 32 and -1

// A block per batch and 32 x 32 tile of the product (partial tiles at the
// edges), on a linear grid; the fill of the accumulator is computed by the
// kernel for its own tile.
// CHECK-LABEL: func.func @matmul_fill
// CHECK: scf.forall (%[[B:.*]], %[[I:.*]], %[[J:.*]]) = (0, 0, 0) to (2, 40, 48) step (1, 32, 32) shared_outs(%[[O:.*]] = %{{.*}}) -> (tensor<2x40x48xf32>)
// CHECK: %[[ACC:.*]] = tensor.extract_slice %[[O]][%[[B]], %[[I]], %[[J]]]
// CHECK: %[[F:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[ACC]] : tensor<1x?x?xf32>)
// CHECK: linalg.batch_matmul ins(%{{.*}}, %{{.*}} : tensor<1x?x16xf32>, tensor<1x16x?xf32>) outs(%[[F]] : tensor<1x?x?xf32>)
// CHECK: {mapping = [#gpu.block<linear_dim_2>, #gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
// CHECK-NOT: linalg.fill
// SMALL-LABEL: func.func @matmul_fill
// SMALL: scf.forall ({{.*}}) = (0, 0, 0) to (2, 40, 48) step (1, 8, 16)
func.func @matmul_fill(%a: tensor<2x40x16xf32>, %b: tensor<2x16x48xf32>) -> tensor<2x40x48xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x40x48xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x40x48xf32>) -> tensor<2x40x48xf32>
  %m = linalg.batch_matmul ins(%a, %b : tensor<2x40x16xf32>, tensor<2x16x48xf32>) outs(%f : tensor<2x40x48xf32>) -> tensor<2x40x48xf32>
  return %m : tensor<2x40x48xf32>
}

// -----

// A producer the consumer reads along its reduction (all 4096 columns of
// it for every tile) is too large to recompute per block: it stays a kernel
// of its own, which runs first (and computes the exp of its own tiles).
// CHECK-LABEL: func.func @large_producer
// CHECK: %[[T:.*]] = scf.forall ({{.*}}) = (0, 0) to (16, 4096) step (16, 32)
// CHECK: math.exp
// CHECK: linalg.transpose
// CHECK: {mapping = [#gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
// CHECK: scf.forall ({{.*}}) = (0, 0) to (16, 16) step (16, 16)
// CHECK: tensor.extract_slice %[[T]][%{{.*}}, 0] [16, 4096]
// CHECK: linalg.matmul
func.func @large_producer(%a: tensor<4096x16xf32>, %b: tensor<4096x16xf32>, %c: tensor<16x16xf32>) -> tensor<16x16xf32> {
  %e = tensor.empty() : tensor<4096x16xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<4096x16xf32>) outs(%e : tensor<4096x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %y = math.exp %in : f32
    linalg.yield %y : f32
  } -> tensor<4096x16xf32>
  %t = tensor.empty() : tensor<16x4096xf32>
  %xt = linalg.transpose ins(%x : tensor<4096x16xf32>) outs(%t : tensor<16x4096xf32>) permutation = [1, 0]
  %m = linalg.matmul ins(%xt, %b : tensor<16x4096xf32>, tensor<4096x16xf32>) outs(%c : tensor<16x16xf32>) -> tensor<16x16xf32>
  return %m : tensor<16x16xf32>
}

// -----

// With a chunk, a sum over more iterations than it (a multiple of it) is
// split: 512 tokens into 4 chunks of 128, each a block of its own per
// output tile, into partial sums (their tensor's zero fill in the same
// block), and a kernel of its own adds the partial sums to the
// accumulator. A length that is no multiple of the chunk is split into
// chunks of the largest length below it (and above a quarter of it) that
// divides it, a multiple of 16 first: 400 into 5 of 80 (not 4 of 100).
// Without a chunk, or for a length without such a divisor (521, a prime),
// the sum stays whole in each block.
// CHECK-LABEL: func.func @sum_over_tokens
// CHECK: scf.forall ({{.*}}) = (0, 0) to (16, 16) step (16, 16)
// CHECK-NOT: scf.forall
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<16x512xf32>, tensor<512x16xf32>)
// CHECK-LABEL: func.func @uneven_sum
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<16x521xf32>, tensor<521x16xf32>)
// CHUNK-LABEL: func.func @sum_over_tokens
// CHUNK-DAG: %[[A:.*]] = tensor.expand_shape %{{.*}} {{\[\[}}0], [1, 2]] output_shape [16, 4, 128]
// CHUNK-DAG: %[[B:.*]] = tensor.expand_shape %{{.*}} {{\[\[}}0, 1], [2]] output_shape [4, 128, 16]
// CHUNK: %[[PARTS:.*]] = scf.forall (%[[C:.*]], %[[I:.*]], %[[J:.*]]) = (0, 0, 0) to (4, 16, 16) step (1, 16, 16)
// CHUNK: tensor.extract_slice %[[A]][%[[I]], %[[C]], 0] [16, 1, 128]
// CHUNK: tensor.extract_slice %[[B]][%[[C]], 0, %[[J]]] [1, 128, 16]
// CHUNK: linalg.fill
// CHUNK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel", "reduction"]
// CHUNK: {mapping = [#gpu.block<linear_dim_2>, #gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
// CHUNK: scf.forall ({{.*}}) = (0, 0) to (16, 16) step (16, 16) shared_outs(%{{.*}} = %arg2)
// CHUNK: tensor.extract_slice %[[PARTS]][0, %{{.*}}, %{{.*}}] [4, 16, 16]
// CHUNK: linalg.generic {{.*}} iterator_types = ["reduction", "parallel", "parallel"]
// CHUNK: {mapping = [#gpu.block<linear_dim_1>, #gpu.block<linear_dim_0>]}
// CHUNK-LABEL: func.func @sum_of_400
// CHUNK: tensor.expand_shape %{{.*}} {{\[\[}}0], [1, 2]] output_shape [16, 5, 80]
// CHUNK: scf.forall ({{.*}}) = (0, 0, 0) to (5, 16, 16) step (1, 16, 16)
// CHUNK-LABEL: func.func @uneven_sum
// CHUNK-NOT: tensor.expand_shape
// CHUNK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<16x521xf32>, tensor<521x16xf32>)
func.func @sum_over_tokens(%a: tensor<16x512xf32>, %b: tensor<512x16xf32>, %c: tensor<16x16xf32>) -> tensor<16x16xf32> {
  %m = linalg.matmul ins(%a, %b : tensor<16x512xf32>, tensor<512x16xf32>) outs(%c : tensor<16x16xf32>) -> tensor<16x16xf32>
  return %m : tensor<16x16xf32>
}
func.func @sum_of_400(%a: tensor<16x400xf32>, %b: tensor<400x16xf32>, %c: tensor<16x16xf32>) -> tensor<16x16xf32> {
  %m = linalg.matmul ins(%a, %b : tensor<16x400xf32>, tensor<400x16xf32>) outs(%c : tensor<16x16xf32>) -> tensor<16x16xf32>
  return %m : tensor<16x16xf32>
}
func.func @uneven_sum(%a: tensor<16x521xf32>, %b: tensor<521x16xf32>, %c: tensor<16x16xf32>) -> tensor<16x16xf32> {
  %m = linalg.matmul ins(%a, %b : tensor<16x521xf32>, tensor<521x16xf32>) outs(%c : tensor<16x16xf32>) -> tensor<16x16xf32>
  return %m : tensor<16x16xf32>
}

// -----

func.func @no_parallel_loop(%a: tensor<8xf32>, %s: tensor<f32>) -> tensor<f32> {
  // expected-error @below {{has no parallel loop to spread over GPU blocks}}
  %r = linalg.reduce ins(%a : tensor<8xf32>) outs(%s : tensor<f32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %y = arith.addf %in, %acc : f32
      linalg.yield %y : f32
    }
  return %r : tensor<f32>
}
