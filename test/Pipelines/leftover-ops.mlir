// An op a pipeline cannot lower is an error naming it, never output that
// exits 0 with it (issue 13: infini-lower-to-cpu used to leave
// linalg.softmax for mlir-runner to trip over). math.erfc has no lowering
// in either pipeline.
// RUN: not infini-opt %s -infini-lower-to-cpu 2>&1 | FileCheck %s --check-prefix=CPU
// RUN: %if cuda-toolkit %{ not infini-opt %s -infini-lower-to-nvvm 2>&1 | FileCheck %s --check-prefix=NVVM %}

// CPU: leftover-ops.mlir:[[@LINE+3]]:8: error: 'math.erfc' is left after infini-lower-to-cpu: the pipeline cannot lower it
// NVVM: leftover-ops.mlir:[[@LINE+2]]:8: error: 'math.erfc' is left after infini-lower-to-nvvm: the pipeline cannot lower it
func.func @erfc(%x: f32) -> f32 {
  %y = math.erfc %x : f32
  return %y : f32
}
