// Upstream mlir-opt (Debian's, LLVM 22) with libInfiniPlugin.so: the dialect
// parses, verifies and round-trips, and our passes and pipelines run.
// REQUIRES: infini-plugin
// RUN: mlir-opt %s --load-dialect-plugin=%infini_plugin \
// RUN: | mlir-opt --load-dialect-plugin=%infini_plugin | FileCheck %s --check-prefix=ROUNDTRIP
// RUN: mlir-opt %s --load-dialect-plugin=%infini_plugin --load-pass-plugin=%infini_plugin \
// RUN:     --pass-pipeline="builtin.module(infini-decompose-attention)" | FileCheck %s --check-prefix=DECOMPOSE
// RUN: mlir-opt %s --load-dialect-plugin=%infini_plugin --load-pass-plugin=%infini_plugin \
// RUN:     --pass-pipeline="builtin.module(convert-infini-to-linalg)" | FileCheck %s --check-prefix=LINALG
// RUN: not mlir-opt %S/Inputs/bad-local-attention.mlir --load-dialect-plugin=%infini_plugin 2>&1 | FileCheck %s --check-prefix=VERIFY

// ROUNDTRIP: infini.attention %{{.*}} segment_len = 4 rule = delta
// DECOMPOSE: scf.for
// DECOMPOSE: infini.memory_retrieve
// DECOMPOSE: infini.local_attention
// DECOMPOSE: infini.gated_combine
// DECOMPOSE: infini.memory_update {{.*}} rule = delta
// LINALG-NOT: infini.
// LINALG: scf.forall
// LINALG: linalg.contract
// VERIFY: 'infini.local_attention' op 'key' has 3 kv heads but 'value' has 2
func.func @layer(%q: tensor<1x2x8x4xf32>, %k: tensor<1x1x8x4xf32>, %v: tensor<1x1x8x4xf32>,
                 %m: tensor<1x1x4x4xf32>, %z: tensor<1x1x4xf32>, %g: tensor<2xf32>)
    -> (tensor<1x2x8x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>) {
  %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 4 rule = delta
      : tensor<1x2x8x4xf32>, tensor<1x1x8x4xf32>, tensor<1x1x8x4xf32>,
        tensor<1x1x4x4xf32>, tensor<1x1x4xf32>, tensor<2xf32>
      -> tensor<1x2x8x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>
  return %o, %m1, %z1 : tensor<1x2x8x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>
}

