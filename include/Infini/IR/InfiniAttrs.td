//===- InfiniAttrs.td - infini attributes and enums --------*- tablegen -*-===//

#ifndef INFINI_IR_INFINIATTRS_TD
#define INFINI_IR_INFINIATTRS_TD

include "Infini/IR/InfiniBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"

def Infini_UpdateRule : I32EnumAttr<"UpdateRule",
    "how a segment's keys and values are written into the memory", [
      I32EnumAttrCase<"linear", 0>,
      I32EnumAttrCase<"delta", 1>
    ]> {
  let cppNamespace = "::mlir::infini";
  let genSpecializedAttr = 0;
}

def Infini_UpdateRuleAttr : EnumAttr<Infini_Dialect, Infini_UpdateRule, "rule"> {
  let summary = "memory update rule";
  let description = [{
    `linear` adds `sigma(K)^T V` to the memory (paper eq. 4). `delta` first
    subtracts what the memory already returns for the keys and adds
    `sigma(K)^T (V - V_old)` (paper eq. 5). Both add `sum_t sigma(K[t])` to
    the norm.
  }];
  let assemblyFormat = "`<` $value `>`";
}

#endif // INFINI_IR_INFINIATTRS_TD
