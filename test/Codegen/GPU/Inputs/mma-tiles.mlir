// Warp programs for vector-to-mma-lanes.test: every operand layout and
// memory infini-gpu-vector-to-mma handles, in f16 and bf16.
#mk = affine_map<(m, n, k) -> (m, k)>
#nk = affine_map<(m, n, k) -> (n, k)>
#mn = affine_map<(m, n, k) -> (m, n)>
#t = affine_map<(d0, d1) -> (d1, d0)>
#last2 = affine_map<(d0, d1, d2, d3) -> (d2, d3)>

gpu.module @kernels {
  // A in global memory (element loads), B stored (k, n) in shared memory
  // (ldmatrix .x2.trans), C in shared memory, two steps along k.
  gpu.func @global_a_trans_b(%k: memref<1x2x32x64xbf16>, %qt: memref<64x32xbf16, #gpu.address_space<workgroup>>,
                             %s: memref<32x32xf32, #gpu.address_space<workgroup>>) kernel {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %pad = arith.constant 0.0 : bf16
    %zero = arith.constant 0.0 : f32
    %c = vector.transfer_read %s[%c16, %c8], %zero {in_bounds = [true, true]} : memref<32x32xf32, #gpu.address_space<workgroup>>, vector<16x8xf32>
    %a0 = vector.transfer_read %k[%c0, %c1, %c16, %c0], %pad {in_bounds = [true, true], permutation_map = #last2} : memref<1x2x32x64xbf16>, vector<16x16xbf16>
    %b0 = vector.transfer_read %qt[%c0, %c8], %pad {in_bounds = [true, true], permutation_map = #t} : memref<64x32xbf16, #gpu.address_space<workgroup>>, vector<8x16xbf16>
    %a0e = arith.extf %a0 : vector<16x16xbf16> to vector<16x16xf32>
    %b0e = arith.extf %b0 : vector<8x16xbf16> to vector<8x16xf32>
    %c1v = vector.contract {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a0e, %b0e, %c : vector<16x16xf32>, vector<8x16xf32> into vector<16x8xf32>
    %a1 = vector.transfer_read %k[%c0, %c1, %c16, %c16], %pad {in_bounds = [true, true], permutation_map = #last2} : memref<1x2x32x64xbf16>, vector<16x16xbf16>
    %b1 = vector.transfer_read %qt[%c16, %c8], %pad {in_bounds = [true, true], permutation_map = #t} : memref<64x32xbf16, #gpu.address_space<workgroup>>, vector<8x16xbf16>
    %a1e = arith.extf %a1 : vector<16x16xbf16> to vector<16x16xf32>
    %b1e = arith.extf %b1 : vector<8x16xbf16> to vector<8x16xf32>
    %c2v = vector.contract {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a1e, %b1e, %c1v : vector<16x16xf32>, vector<8x16xf32> into vector<16x8xf32>
    vector.transfer_write %c2v, %s[%c16, %c8] {in_bounds = [true, true]} : vector<16x8xf32>, memref<32x32xf32, #gpu.address_space<workgroup>>
    gpu.return
  }

  // A stored (k, m) in shared memory (ldmatrix .x4.trans), B stored (n, k)
  // (ldmatrix .x2), C in global memory; a second A tile at a column that
  // is not a multiple of 8 (element loads from shared memory).
  gpu.func @trans_a_plain_b(%pt: memref<32x32xf16, #gpu.address_space<workgroup>>, %v: memref<64x32xf16, #gpu.address_space<workgroup>>,
                            %acc: memref<32x64xf32>) kernel {
    %c0 = arith.constant 0 : index
    %c8 = arith.constant 8 : index
    %c12 = arith.constant 12 : index
    %c16 = arith.constant 16 : index
    %pad = arith.constant 0.0 : f16
    %zero = arith.constant 0.0 : f32
    %c = vector.transfer_read %acc[%c0, %c8], %zero {in_bounds = [true, true]} : memref<32x64xf32>, vector<16x8xf32>
    %a = vector.transfer_read %pt[%c0, %c16], %pad {in_bounds = [true, true], permutation_map = #t} : memref<32x32xf16, #gpu.address_space<workgroup>>, vector<16x16xf16>
    %b = vector.transfer_read %v[%c8, %c16], %pad {in_bounds = [true, true]} : memref<64x32xf16, #gpu.address_space<workgroup>>, vector<8x16xf16>
    %ae = arith.extf %a : vector<16x16xf16> to vector<16x16xf32>
    %be = arith.extf %b : vector<8x16xf16> to vector<8x16xf32>
    %d = vector.contract {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %ae, %be, %c : vector<16x16xf32>, vector<8x16xf32> into vector<16x8xf32>
    %a2 = vector.transfer_read %pt[%c16, %c12], %pad {in_bounds = [true, true], permutation_map = #t} : memref<32x32xf16, #gpu.address_space<workgroup>>, vector<16x16xf16>
    %a2e = arith.extf %a2 : vector<16x16xf16> to vector<16x16xf32>
    %d2 = vector.contract {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a2e, %be, %d : vector<16x16xf32>, vector<8x16xf32> into vector<16x8xf32>
    vector.transfer_write %d2, %acc[%c0, %c8] {in_bounds = [true, true]} : vector<16x8xf32>, memref<32x64xf32>
    gpu.return
  }

  // A stored (m, k) in shared memory (ldmatrix .x4), shared by two output
  // tiles; B stored (k, n) in global memory (element loads), the second
  // tile's 8 columns on; C written where it was read and 16 rows below.
  gpu.func @plain_a_two_tiles(%q: memref<32x32xbf16, #gpu.address_space<workgroup>>, %w: memref<16x32xbf16>,
                              %out: memref<32x16xf32, #gpu.address_space<workgroup>>) kernel {
    %c0 = arith.constant 0 : index
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %pad = arith.constant 0.0 : bf16
    %zero = arith.constant 0.0 : f32
    %c0v = vector.transfer_read %out[%c0, %c0], %zero {in_bounds = [true, true]} : memref<32x16xf32, #gpu.address_space<workgroup>>, vector<16x8xf32>
    %c1v = vector.transfer_read %out[%c0, %c8], %zero {in_bounds = [true, true]} : memref<32x16xf32, #gpu.address_space<workgroup>>, vector<16x8xf32>
    %a = vector.transfer_read %q[%c16, %c16], %pad {in_bounds = [true, true]} : memref<32x32xbf16, #gpu.address_space<workgroup>>, vector<16x16xbf16>
    %b0 = vector.transfer_read %w[%c0, %c16], %pad {in_bounds = [true, true], permutation_map = #t} : memref<16x32xbf16>, vector<8x16xbf16>
    %b1 = vector.transfer_read %w[%c0, %c8], %pad {in_bounds = [true, true], permutation_map = #t} : memref<16x32xbf16>, vector<8x16xbf16>
    %ae = arith.extf %a : vector<16x16xbf16> to vector<16x16xf32>
    %b0e = arith.extf %b0 : vector<8x16xbf16> to vector<8x16xf32>
    %b1e = arith.extf %b1 : vector<8x16xbf16> to vector<8x16xf32>
    %d0 = vector.contract {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %ae, %b0e, %c0v : vector<16x16xf32>, vector<8x16xf32> into vector<16x8xf32>
    %d1 = vector.contract {indexing_maps = [#mk, #nk, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %ae, %b1e, %c1v : vector<16x16xf32>, vector<8x16xf32> into vector<16x8xf32>
    vector.transfer_write %d0, %out[%c0, %c0] {in_bounds = [true, true]} : vector<16x8xf32>, memref<32x16xf32, #gpu.address_space<workgroup>>
    vector.transfer_write %d1, %out[%c16, %c8] {in_bounds = [true, true]} : vector<16x8xf32>, memref<32x16xf32, #gpu.address_space<workgroup>>
    gpu.return
  }
}
