// RUN: infini-opt %s -split-input-file -verify-diagnostics -infini-check-module-nesting
// RUN: not infini-opt %s -split-input-file -infini-check-module-nesting="pipeline=infini-lower-to-nvvm" 2>&1 | FileCheck %s --check-prefix=NVVM

// A function in a nested module is refused, with the pipeline to run on it.
// NVVM: run the pipeline on it, e.g. --pass-pipeline='builtin.module(builtin.module(infini-lower-to-nvvm))'
module {
  func.func @top() {
    return
  }
  // expected-error @below {{compiles the functions of the module it runs on, not those of nested modules: this module (@inner) holds @layer; run the pipeline on it, e.g. --pass-pipeline='builtin.module(builtin.module(}}
  module @inner {
    // expected-note @below {{function here}}
    func.func @layer() {
      return
    }
  }
}

// -----

// Nested modules without functions, and functions at the top, are fine.
module {
  module @constants {
  }
  func.func @top() {
    return
  }
}
