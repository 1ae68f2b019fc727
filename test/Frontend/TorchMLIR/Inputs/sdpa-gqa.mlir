// sdpa-gqa, exported by scripts/export-corpus.py (torch 2.15.0+cu132, transformers 5.24.0, torch-mlir (fx.export_and_import)).
// Regenerate with scripts/export-corpus.sh; do not edit.
#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0, d1) -> (0, d1)>
#map3 = affine_map<(d0, d1) -> (d0, 0)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1) -> ()>
#map6 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map7 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func private @printMemrefF32(tensor<*xf32>)
  func.func @entry() {
    %in0 = arith.constant dense<[[[[3.11461735, -0.81076771, -1.10520828, -0.723306537], [0.788231432, 1.36452687, 0.373651356, -1.00043392], [0.00155953877, -0.13155888, 0.103148535, -0.369794101], [-0.711595714, -0.120299622, 1.23830819, 0.198523119], [-0.798508465, 0.276048809, 0.0981890485, 2.4820919], [-1.2006737, 1.02095759, -0.386971742, -0.056888476]], [[-0.273444593, -0.0610538386, 0.532088816, -0.897183299], [-1.30165601, -1.37282526, 1.69093239, -0.462199718], [0.203585073, -1.03282869, 1.13048077, -0.570301294], [-2.10093808, 0.3899225, 0.0873434916, -0.857359827], [-0.274616063, 0.443212092, 0.959109724, 1.33195317], [0.773311198, 3.05669689, -2.48780298, -1.69617486]], [[-0.050967399, 1.39256883, 2.29754233, 0.527254701], [0.151381925, 0.518824399, -0.589620948, 1.00068021], [-1.31743121, 0.0056001856, 0.567883074, -1.41920328], [-0.322634339, 0.160126984, -1.48356235, 0.823374152], [1.01663446, 1.28675354, 2.08200788, 0.116743095], [-0.148229212, 0.893053591, -0.76183182, -1.53878808]], [[-1.78456485, 0.695488572, -2.45619416, 0.0206974167], [-0.125317976, 1.68623936, 2.27623892, -0.956782937], [0.71448344, 0.844455481, 0.0699334815, 0.00623310078], [-1.40553021, 0.11945226, -0.331221193, -0.840735137], [0.461118162, 0.615967274, -0.21903789, -0.240665019], [-0.625095665, 0.816149235, -0.571069241, -0.119452819]]], [[[-0.427360773, 0.814325035, -1.41207635, -0.099773705], [0.0749361962, 0.590322316, 0.398556411, -0.635890603], [-0.353853881, -1.09899771, -2.05434895, -0.0806624293], [-0.000535338302, -1.14543974, 2.0060811, -0.17704834], [-1.51466966, 1.07495522, 0.050764937, -1.65574396], [-0.461488158, 0.0380770303, -1.32404816, 0.554826558]], [[-0.722726285, 2.12211537, 0.049964603, 0.452127546], [0.81456995, -0.139418826, -0.367670417, -0.457354575], [-1.29454982, 0.701186895, -1.90976584, 1.05381346], [-1.04730678, 0.225115389, 0.679832816, 0.528867543], [0.354224414, 0.580520093, 0.0369020328, 0.623025775], [0.839757979, -0.881984651, 0.965045154, 0.868832588]], [[0.887984753, -0.92478466, 0.324096471, -0.818960309], [0.362417579, 0.222114876, 0.279031754, -0.315173417], [-0.401035786, 0.215717807, 1.28537881, -1.03859496], [-1.63396192, 0.53742671, 1.08261299, -1.71046841], [-1.08408248, -0.128738061, -0.681077302, -1.30989599], [0.66026926, -1.41206288, 1.83458102, 0.456194848]], [[0.274988651, 0.199279964, 0.109113462, -0.842998385], [0.605169654, 1.3176558, 1.07100475, -1.22171509], [0.628865004, 1.01341772, -0.799432814, -0.125668287], [0.67592591, 0.862501502, 1.7967968, -1.50773215], [0.0727499351, -2.29249072, 0.537125468, 0.681682587], [-1.49633396, -0.982475281, 0.718393803, 0.440211952]]]]> : tensor<2x4x6x4xf32>
    %in1 = arith.constant dense<[[[[-0.561903477, 0.663950205, -2.10332513, 0.877717197], [-0.237188518, 1.56572521, -1.1442709, -2.66332006], [2.12452507, 1.38750887, 0.811534405, 0.162922651], [-0.67186898, -1.69284821, -1.07492673, 0.854341388], [-0.591451526, 0.424459964, -1.24012148, -0.0706719086], [-0.0632003173, 0.591973066, -0.445560813, -1.21898043]], [[-1.55115092, 0.472384065, -2.7393508, 0.025881581], [-0.196236953, -0.782057166, -2.1407032, 0.333739281], [-1.12298143, 0.620968759, -0.876394391, -1.77400267], [-0.810375929, -1.47596204, 0.667024791, 0.668803871], [-0.0751946792, 0.16430141, 0.0275003258, 0.581315339], [0.234984145, 1.07167065, -0.522865593, -0.721290171]]], [[[-0.20580411, -0.808767259, 0.464662284, 0.391480386], [-1.34060371, 0.759645879, 0.72879231, -0.0667353868], [0.555898488, -1.4076215, 0.110627323, 0.035188131], [-0.564558506, 0.915884078, 0.298981994, 0.177091479], [-0.343924254, 0.229101464, 0.43660593, 0.270180434], [-0.200221404, 1.01841938, -0.416932613, -0.0307777282]], [[-0.98460418, 0.202377424, 0.415626705, -1.20371485], [-0.133298665, -0.293406248, 0.464894205, 0.576248705], [-0.0577781089, 1.17152858, -1.51849627, 0.0475286469], [-0.0103142187, 1.43534696, 0.251750827, 0.740822732], [-1.09815013, 0.154789373, -1.39887607, 0.0408038348], [-1.11742008, 0.702943146, -0.667476535, 0.125382289]]]]> : tensor<2x2x6x4xf32>
    %in2 = arith.constant dense<[[[[0.404710263, -0.654932439, 0.0521242209, 0.340055436], [-0.212416261, 1.56291652, -0.90715909, -1.56618524], [0.0485476516, 0.993504405, 2.11797214, -0.182710499], [-0.776845515, 1.77642667, -0.503278375, 0.0565759242], [-0.548087418, -0.691732705, -0.655946851, 0.694925487], [-0.467058659, -0.167954206, 0.758473635, 1.18806458]], [[-0.630461454, -0.065405719, 0.618794978, 2.00196123], [0.295237929, 0.531375766, -0.522704542, 0.0994781554], [-0.116882607, 0.372823536, -1.02109766, 1.07946563], [1.14690602, -0.17329216, 0.0637120232, -1.26991642], [-0.6211707, -0.238075972, 0.0892065614, 1.80075228], [-2.06265974, 0.322170019, -1.13903737, 1.24179626]]], [[[-1.51865542, 1.20050788, -0.445135117, 0.0496783778], [-0.173595011, 0.766983867, 0.618021786, 2.78991199], [0.432525367, 2.13044548, 2.55000854, 0.299252093], [-0.583730459, 0.325483084, 0.133253515, 0.124883376], [-1.4959594, 0.018231241, 0.345599592, 0.0312060956], [0.400390446, 0.425762951, 0.839517117, 1.23894477]], [[0.523906112, -1.65837169, 0.548334897, -1.39832103], [-1.97641432, 1.23249054, -0.545575142, -0.0694138929], [0.73224473, -0.150333002, -0.70713228, 0.467497289], [0.278677493, 1.3356787, 1.15531254, -0.0562979802], [0.430615097, -0.932645023, -1.505319, 0.103317082], [1.52157855, 0.365497351, 1.42892802, 0.364333123]]]]> : tensor<2x2x6x4xf32>
    %out0 = call @main(%in0, %in1, %in2) : (tensor<2x4x6x4xf32>, tensor<2x2x6x4xf32>, tensor<2x2x6x4xf32>) -> (tensor<2x4x6x4xf32>)
    %u0 = tensor.cast %out0 : tensor<2x4x6x4xf32> to tensor<*xf32>
    call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
    return
  }
  func.func @main(%arg0: tensor<2x4x6x4xf32>, %arg1: tensor<2x2x6x4xf32>, %arg2: tensor<2x2x6x4xf32>) -> tensor<2x4x6x4xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_1 = arith.constant dense<0.000000e+00> : tensor<2x4x6x6xf32>
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<6x6xi1>
    %cst_5 = arith.constant 0xFFF0000000000000 : f64
    %cst_6 = arith.constant 0.70710678118654757 : f64
    %0 = tensor.empty() : tensor<2x4x6x4xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<2x4x6x4xf32>) outs(%0 : tensor<2x4x6x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %41 = arith.truncf %cst_6 : f64 to f32
      %42 = arith.mulf %in, %41 : f32
      linalg.yield %42 : f32
    } -> tensor<2x4x6x4xf32>
    %2 = tensor.empty() : tensor<6xi64>
    %3 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel"]} outs(%2 : tensor<6xi64>) {
    ^bb0(%out: i64):
      %41 = linalg.index 0 : index
      %42 = arith.index_cast %41 : index to i64
      linalg.yield %42 : i64
    } -> tensor<6xi64>
    %expanded = tensor.expand_shape %3 [[0, 1]] output_shape [1, 6] : tensor<6xi64> into tensor<1x6xi64>
    %expanded_7 = tensor.expand_shape %3 [[0, 1]] output_shape [6, 1] : tensor<6xi64> into tensor<6x1xi64>
    %4 = tensor.empty() : tensor<6x6xi64>
    %5 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded, %expanded_7 : tensor<1x6xi64>, tensor<6x1xi64>) outs(%4 : tensor<6x6xi64>) {
    ^bb0(%in: i64, %in_15: i64, %out: i64):
      %41 = arith.subi %in, %in_15 : i64
      linalg.yield %41 : i64
    } -> tensor<6x6xi64>
    %6 = tensor.empty() : tensor<6x6xi1>
    %7 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%5 : tensor<6x6xi64>) outs(%6 : tensor<6x6xi1>) {
    ^bb0(%in: i64, %out: i1):
      %41 = arith.cmpi sle, %in, %c0_i64 : i64
      linalg.yield %41 : i1
    } -> tensor<6x6xi1>
    %8 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%7, %cst_4 : tensor<6x6xi1>, tensor<6x6xi1>) outs(%6 : tensor<6x6xi1>) {
    ^bb0(%in: i1, %in_15: i1, %out: i1):
      %41 = arith.andi %in, %in_15 : i1
      linalg.yield %41 : i1
    } -> tensor<6x6xi1>
    %9 = tensor.empty() : tensor<6x6xf32>
    %10 = linalg.generic {indexing_maps = [#map4, #map5, #map5, #map4], iterator_types = ["parallel", "parallel"]} ins(%8, %cst_2, %cst_3 : tensor<6x6xi1>, tensor<f32>, tensor<f32>) outs(%9 : tensor<6x6xf32>) {
    ^bb0(%in: i1, %in_15: f32, %in_16: f32, %out: f32):
      %41 = arith.select %in, %in_15, %in_16 : f32
      linalg.yield %41 : f32
    } -> tensor<6x6xf32>
    %11 = tensor.empty() : tensor<2x2x2x6x4xf32>
    %12 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%arg1 : tensor<2x2x6x4xf32>) outs(%11 : tensor<2x2x2x6x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x6x4xf32>
    %collapsed = tensor.collapse_shape %12 [[0], [1, 2], [3], [4]] : tensor<2x2x2x6x4xf32> into tensor<2x4x6x4xf32>
    %13 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%arg2 : tensor<2x2x6x4xf32>) outs(%11 : tensor<2x2x2x6x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x6x4xf32>
    %14 = tensor.empty() : tensor<2x4x4x6xf32>
    %transposed = linalg.transpose ins(%collapsed : tensor<2x4x6x4xf32>) outs(%14 : tensor<2x4x4x6xf32>) permutation = [0, 1, 3, 2] 
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed : tensor<2x4x4x6xf32>) outs(%14 : tensor<2x4x4x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %41 = arith.truncf %cst_6 : f64 to f32
      %42 = arith.mulf %in, %41 : f32
      linalg.yield %42 : f32
    } -> tensor<2x4x4x6xf32>
    %collapsed_8 = tensor.collapse_shape %1 [[0, 1], [2], [3]] : tensor<2x4x6x4xf32> into tensor<8x6x4xf32>
    %collapsed_9 = tensor.collapse_shape %15 [[0, 1], [2], [3]] : tensor<2x4x4x6xf32> into tensor<8x4x6xf32>
    %16 = tensor.empty() : tensor<8x6x6xf32>
    %17 = linalg.fill ins(%cst : f32) outs(%16 : tensor<8x6x6xf32>) -> tensor<8x6x6xf32>
    %18 = linalg.batch_matmul ins(%collapsed_8, %collapsed_9 : tensor<8x6x4xf32>, tensor<8x4x6xf32>) outs(%17 : tensor<8x6x6xf32>) -> tensor<8x6x6xf32>
    %expanded_10 = tensor.expand_shape %18 [[0, 1], [2], [3]] output_shape [2, 4, 6, 6] : tensor<8x6x6xf32> into tensor<2x4x6x6xf32>
    %19 = tensor.empty() : tensor<2x4x6x6xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map8, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_10, %10 : tensor<2x4x6x6xf32>, tensor<6x6xf32>) outs(%19 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %in_15: f32, %out: f32):
      %41 = arith.addf %in, %in_15 : f32
      linalg.yield %41 : f32
    } -> tensor<2x4x6x6xf32>
    %21 = tensor.empty() : tensor<2x4x6xi64>
    %22 = linalg.fill ins(%c0_i64 : i64) outs(%21 : tensor<2x4x6xi64>) -> tensor<2x4x6xi64>
    %23 = tensor.empty() : tensor<2x4x6xf32>
    %24 = linalg.fill ins(%cst_0 : f32) outs(%23 : tensor<2x4x6xf32>) -> tensor<2x4x6xf32>
    %25:2 = linalg.generic {indexing_maps = [#map, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%20 : tensor<2x4x6x6xf32>) outs(%24, %22 : tensor<2x4x6xf32>, tensor<2x4x6xi64>) {
    ^bb0(%in: f32, %out: f32, %out_15: i64):
      %41 = linalg.index 3 : index
      %42 = arith.index_cast %41 : index to i64
      %43 = arith.maximumf %in, %out : f32
      %44 = arith.cmpf ogt, %in, %out : f32
      %45 = arith.select %44, %42, %out_15 : i64
      linalg.yield %43, %45 : f32, i64
    } -> (tensor<2x4x6xf32>, tensor<2x4x6xi64>)
    %expanded_11 = tensor.expand_shape %25#0 [[0], [1], [2, 3]] output_shape [2, 4, 6, 1] : tensor<2x4x6xf32> into tensor<2x4x6x1xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map10, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20, %expanded_11 : tensor<2x4x6x6xf32>, tensor<2x4x6x1xf32>) outs(%19 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %in_15: f32, %out: f32):
      %41 = arith.subf %in, %in_15 : f32
      linalg.yield %41 : f32
    } -> tensor<2x4x6x6xf32>
    %27 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%26 : tensor<2x4x6x6xf32>) outs(%19 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %41 = math.exp %in : f32
      linalg.yield %41 : f32
    } -> tensor<2x4x6x6xf32>
    %28 = tensor.empty() : tensor<2x4x6x1xf32>
    %29 = linalg.fill ins(%cst : f32) outs(%28 : tensor<2x4x6x1xf32>) -> tensor<2x4x6x1xf32>
    %30 = linalg.generic {indexing_maps = [#map, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%27 : tensor<2x4x6x6xf32>) outs(%29 : tensor<2x4x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %41 = arith.addf %in, %out : f32
      linalg.yield %41 : f32
    } -> tensor<2x4x6x1xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map10, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%27, %30 : tensor<2x4x6x6xf32>, tensor<2x4x6x1xf32>) outs(%19 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %in_15: f32, %out: f32):
      %41 = arith.divf %in, %in_15 : f32
      linalg.yield %41 : f32
    } -> tensor<2x4x6x6xf32>
    %32 = tensor.empty() : tensor<2x4x6x6xi1>
    %33 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20 : tensor<2x4x6x6xf32>) outs(%32 : tensor<2x4x6x6xi1>) {
    ^bb0(%in: f32, %out: i1):
      %41 = arith.extf %in : f32 to f64
      %42 = arith.cmpf oeq, %41, %cst_5 : f64
      linalg.yield %42 : i1
    } -> tensor<2x4x6x6xi1>
    %34 = tensor.empty() : tensor<2x4x6x1xi1>
    %35 = linalg.fill ins(%true : i1) outs(%34 : tensor<2x4x6x1xi1>) -> tensor<2x4x6x1xi1>
    %36 = linalg.generic {indexing_maps = [#map, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%33 : tensor<2x4x6x6xi1>) outs(%35 : tensor<2x4x6x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %41 = arith.andi %in, %out : i1
      linalg.yield %41 : i1
    } -> tensor<2x4x6x1xi1>
    %37 = linalg.generic {indexing_maps = [#map10, #map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36, %cst_1, %31 : tensor<2x4x6x1xi1>, tensor<2x4x6x6xf32>, tensor<2x4x6x6xf32>) outs(%19 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: i1, %in_15: f32, %in_16: f32, %out: f32):
      %41 = arith.select %in, %in_15, %in_16 : f32
      linalg.yield %41 : f32
    } -> tensor<2x4x6x6xf32>
    %collapsed_12 = tensor.collapse_shape %37 [[0, 1], [2], [3]] : tensor<2x4x6x6xf32> into tensor<8x6x6xf32>
    %collapsed_13 = tensor.collapse_shape %13 [[0, 1, 2], [3], [4]] : tensor<2x2x2x6x4xf32> into tensor<8x6x4xf32>
    %38 = tensor.empty() : tensor<8x6x4xf32>
    %39 = linalg.fill ins(%cst : f32) outs(%38 : tensor<8x6x4xf32>) -> tensor<8x6x4xf32>
    %40 = linalg.batch_matmul ins(%collapsed_12, %collapsed_13 : tensor<8x6x6xf32>, tensor<8x6x4xf32>) outs(%39 : tensor<8x6x4xf32>) -> tensor<8x6x4xf32>
    %expanded_14 = tensor.expand_shape %40 [[0, 1], [2], [3]] output_shape [2, 4, 6, 4] : tensor<8x6x4xf32> into tensor<2x4x6x4xf32>
    return %expanded_14 : tensor<2x4x6x4xf32>
  }
}
