// RUN: infini-opt %s -split-input-file -verify-diagnostics -allow-unregistered-dialect -infini-check-lowered="pipeline=infini-lower-to-cpu accept=llvm.,omp."

// Only the accepted dialects (and the module) may remain.
llvm.func @ok() {
  llvm.return
}

// -----

llvm.func @left() {
  // expected-error @below {{'frontend.custom' is left after infini-lower-to-cpu: the pipeline cannot lower it}}
  "frontend.custom"() : () -> ()
  llvm.return
}

// -----

// The first op left, in program order: the function, not its body.
// expected-error @below {{'func.func' is left after infini-lower-to-cpu: the pipeline cannot lower it}}
func.func @unlowered() {
  return
}
