// Calls _mlir_ciface_retrieve (entry-shape-check.mlir) with descriptors of
// the shapes it was compiled for, or with a wrong one: `wrong-tokens` passes
// a query of 5 tokens instead of 4, `wrong-stride` a transposed layout.
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

template <int Rank> struct Descriptor {
  float *allocated, *aligned;
  int64_t offset, sizes[Rank], strides[Rank];
};

template <int Rank>
Descriptor<Rank> describe(std::vector<float> &data, const int64_t (&sizes)[Rank]) {
  Descriptor<Rank> d{data.data(), data.data(), 0, {}, {}};
  int64_t stride = 1;
  for (int i = Rank - 1; i >= 0; --i) {
    d.sizes[i] = sizes[i];
    d.strides[i] = stride;
    stride *= sizes[i];
  }
  return d;
}

// The CPU pipeline returns results: the C interface writes the result's
// descriptor through its first argument.
extern "C" void _mlir_ciface_retrieve(void *result, void *q, void *m, void *z);

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "right";
  int64_t tokens = std::strcmp(mode, "wrong-tokens") == 0 ? 5 : 4;
  std::vector<float> q(1 * 2 * tokens * 4, 0.5f), m(1 * 1 * 4 * 4, 0.25f),
      z(1 * 1 * 4, 1.0f);
  auto dq = describe<4>(q, {1, 2, tokens, 4});
  auto dm = describe<4>(m, {1, 1, 4, 4});
  auto dz = describe<3>(z, {1, 1, 4});
  Descriptor<4> out{};
  if (std::strcmp(mode, "wrong-stride") == 0)
    std::swap(dm.strides[2], dm.strides[3]);
  _mlir_ciface_retrieve(&out, &dq, &dm, &dz);
  // sigma(0.5) = 1.5 everywhere: (1.5 * 4 * 0.25) / max(1.5 * 4, eps).
  std::printf("out[0] = %g\n", out.aligned[out.offset]);
  return 0;
}
