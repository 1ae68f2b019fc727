// Calls _mlir_ciface_gqa_local (dynamic-size-check.mlir), compiled for
// dynamic heads and tokens, with operands whose sizes agree (`right`) or
// not: `wrong-tokens` gives the key 5 tokens and the query 4, `wrong-heads`
// 3 query heads for 2 kv heads, `zero-kv-heads` no kv head at all.
#include <cstdint>
#include <cstdio>
#include <algorithm>
#include <cstring>
#include <vector>

struct Descriptor {
  float *allocated, *aligned;
  int64_t offset, sizes[4], strides[4];
};

static Descriptor describe(std::vector<float> &data, int64_t heads,
                           int64_t tokens) {
  Descriptor d{data.data(), data.data(), 0, {1, heads, tokens, 4}, {}};
  int64_t stride = 1;
  for (int i = 3; i >= 0; --i) {
    d.strides[i] = stride;
    stride *= d.sizes[i];
  }
  data.resize(stride);
  d.allocated = d.aligned = data.data();
  return d;
}

extern "C" void _mlir_ciface_gqa_local(Descriptor *result, Descriptor *q,
                                       Descriptor *k, Descriptor *v);

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "right";
  int64_t heads = std::strcmp(mode, "wrong-heads") == 0 ? 3 : 4;
  int64_t kvHeads = std::strcmp(mode, "zero-kv-heads") == 0 ? 0 : 2;
  int64_t keyTokens = std::strcmp(mode, "wrong-tokens") == 0 ? 5 : 4;
  std::vector<float> q, k, v;
  Descriptor dq = describe(q, heads, 4), dk = describe(k, kvHeads, keyTokens),
             dv = describe(v, kvHeads, keyTokens);
  std::fill(q.begin(), q.end(), 0.25f);
  std::fill(k.begin(), k.end(), 0.5f);
  std::fill(v.begin(), v.end(), 0.75f);
  Descriptor out{};
  _mlir_ciface_gqa_local(&out, &dq, &dk, &dv);
  // Equal scores: every query averages values that are all 0.75.
  std::printf("out: %lldx%lldx%lldx%lld, out[0] = %g\n",
              (long long)out.sizes[0], (long long)out.sizes[1],
              (long long)out.sizes[2], (long long)out.sizes[3],
              out.aligned[out.offset]);
  return 0;
}
