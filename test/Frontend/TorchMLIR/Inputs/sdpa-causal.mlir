// sdpa-causal, exported by scripts/export-corpus.py (torch 2.15.0+cu132, transformers 5.24.0, torch-mlir (fx.export_and_import)).
// Regenerate with scripts/export-corpus.sh; do not edit.
#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0, d1) -> (0, d1)>
#map3 = affine_map<(d0, d1) -> (d0, 0)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1) -> ()>
#map6 = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func private @printMemrefF32(tensor<*xf32>)
  func.func @entry() {
    %in0 = arith.constant dense<[[[[2.25573063, 1.22879565, -0.485460818, 0.45357132], [1.35144472, 0.43392694, -0.51325202, -0.186026841], [0.27565816, 0.109690644, 0.359424114, -0.753738523], [0.229399592, -0.254443973, 1.58001351, -0.244364366], [-1.1991092, -0.0256861672, 1.80237508, -1.05965316], [3.40282631, -0.568669975, -0.47548908, 1.74316311]], [[-0.204407454, -0.316414386, 1.29374373, 1.34526229], [0.193943769, 1.57167482, -0.382735103, 1.39508343], [0.342745543, -1.60449255, -0.587305307, 0.600388467], [0.437803507, -0.09645468, 0.33026883, -0.187518895], [-1.42706466, 0.592554152, -1.15819132, 0.0357609242], [0.216012582, -0.916079998, 1.55985129, -3.15372443]], [[-0.561102509, -0.430297107, -0.333225191, -1.54639721], [-0.0147169065, 1.22511184, 1.5936389, -1.63149726], [-0.0568769649, 0.629658997, 0.271168947, -0.685983062], [-1.09179425, 1.679667, -0.880823672, 0.580032825], [0.364229947, 0.0881340578, -1.30691111, -0.706368625], [-0.164216191, -0.97146821, -1.03084397, 0.647279203]]], [[[-0.190614939, 0.716650963, -2.0001893, -2.40965796], [0.219422862, -1.69886053, 1.30942404, -1.66129482], [-0.546072841, -0.630178094, -0.634650111, 0.974664509], [0.209842518, 0.0298898593, 1.70923519, -0.725758612], [-0.773537159, 0.596214175, -1.2504189, 1.14559329], [0.739341855, 1.25319803, -0.444523096, 0.818451941]], [[-0.818016171, 0.360316068, -1.61461139, -2.47336149], [0.0361557864, -0.342217952, -0.38169235, -0.0568785109], [0.843617499, 0.682873845, 3.39439559, -1.66877794], [0.510858595, -0.285985082, 0.335051775, 1.17193723], [1.29550219, 0.89086163, -0.489848047, -1.17265737], [-0.687045455, -2.33485818, 0.0940408483, -0.202082172]], [[-0.0595241375, 2.01184177, -0.336791694, 0.325980335], [0.535201967, 1.97328949, -0.207510948, -0.0305745415], [0.126728147, 0.00554656377, 0.794336021, 0.407153606], [-0.36090219, 1.31025481, -0.965052664, 0.88061142], [-0.102474377, -0.677010059, -0.410660774, -1.61855543], [0.507908106, 2.32295418, 0.229775339, -0.529652476]]]]> : tensor<2x3x6x4xf32>
    %in1 = arith.constant dense<[[[[-0.873306692, 0.00426141964, -1.25788677, -1.08446646], [0.752979457, 0.323647738, -0.27501002, 1.30561185], [0.211751819, 0.271962315, -0.926843166, -2.73300028], [-0.564173698, -0.273999631, 0.139780581, 0.508562028], [0.277099729, -0.98124963, 0.888846517, 1.56899524], [-0.0818526223, -0.349400103, 0.202426523, -0.288383424]], [[0.148297608, 2.41873121, 1.3278693, -0.263860226], [0.364465922, 2.54401636, -2.68946719, 2.44260907], [0.0103748748, -0.99648869, 0.978500307, -0.441439539], [-0.26104334, 0.797976851, -1.10714447, 2.33057547], [-0.765017569, -0.47496739, -0.495256513, -0.198360503], [2.21487951, -0.13668862, -1.01816082, 0.178405404]], [[-0.513585746, -0.564428866, -0.918368101, -0.749563634], [-0.094932951, 1.1008662, 1.31046069, -0.292845309], [-0.788344204, -0.169521257, -2.17486167, 0.720247388], [0.285446167, 0.229030102, 1.28326905, -1.37920511], [0.540756583, -0.947807431, 0.202143952, -0.350748271], [0.545005262, 1.54121077, 0.600239217, -0.338015169]]], [[[0.404662937, 0.893128753, -1.45409095, 1.18749344], [-0.299523443, 2.29631829, 0.330545634, 2.17476797], [-1.24595284, 2.49661326, -0.706882954, 1.15044856], [-0.549767137, 0.815517962, 2.00054502, -0.439347476], [-0.431898028, -0.472928643, 0.325640976, -0.973621309], [0.797892451, -0.573300421, 0.206049502, 0.213736236]], [[0.954396069, 0.733062744, -1.45520985, -2.04579759], [-0.177074984, 0.624047875, -1.68891001, 0.817578971], [-0.389597356, 1.27761066, 0.514681458, 0.348517388], [-1.03787243, -0.958686888, 0.918174505, 0.488797367], [0.983928323, 0.99613589, -1.16577184, -0.585371017], [-0.186192736, -1.23744214, 1.18389809, -0.195454016]], [[-1.33660889, 1.05113196, -1.02693427, -0.287495464], [1.84797323, -2.39495611, 0.407697827, -0.169885904], [0.584177613, 1.05043066, 1.28557897, -1.61651981], [-0.768962383, -1.22046185, 0.573128104, 0.699196815], [0.251055717, 0.278451741, -0.0946340561, 1.61043274], [-0.121664941, -1.39413309, -0.904787242, -0.34669891]]]]> : tensor<2x3x6x4xf32>
    %in2 = arith.constant dense<[[[[0.704936445, 0.0305445809, -0.854238331, 0.538818479], [-0.526490033, -1.33204079, 1.54513776, 0.40862605], [-2.05464268, 0.525905311, 0.599464238, -0.407819062], [0.453023255, -0.391789347, 2.14034986, -0.206202671], [-0.0983885601, 0.485467166, 0.707570791, 0.0430650637], [-0.439437956, -0.676114738, 1.738886, -0.94229275]], [[-1.06464624, -0.229709223, -1.2564038, 0.557012975], [0.157614753, 1.02706885, 1.22928143, -0.0012231326], [-1.80954528, 0.692564011, 1.19821358, 1.31669009], [-0.34832263, 1.20750356, -0.647828937, 0.526524782], [-0.950791657, -2.14557838, 0.382710367, -0.40974617], [-0.738603294, 1.6552757, 0.520371795, -0.232616022]], [[0.497416645, 0.268522233, 1.47687864, 0.354795069], [1.62470853, 0.593422532, -1.72541153, -0.622015595], [-0.00624940079, 0.895197332, -0.00769986911, 0.0451716185], [0.579344511, -1.58251882, -0.587792218, -0.113982558], [0.701437533, -0.555606186, -0.381693304, -0.0442441143], [0.51958251, 0.760080695, -1.02926695, -1.25040495]]], [[[-0.113693669, -0.614020705, 0.853007674, 0.155098259], [1.10592222, 1.09445274, 0.570273042, 0.776365876], [-1.35683358, -0.765395105, -0.209026247, -0.2651833], [-0.777854919, 1.40723383, -2.97766423, -0.144182369], [-0.849926889, -0.297831923, 2.12925076, 0.502732515], [-0.887090027, 1.99741638, -1.69837618, -0.67200458]], [[-0.761709929, -1.91453874, -1.12175941, -0.603557885], [-2.41896963, -0.917043507, 0.701836944, -0.756097496], [0.376346946, 1.12796593, 0.0218965337, 1.49373114], [-2.19259095, -0.109066404, -1.56896448, 0.558114886], [-1.06546962, 0.402577609, -0.405241668, -0.583366156], [-0.25852257, -0.605559468, -0.188242286, 0.959606647]], [[0.680009305, -0.769220829, -0.0728835985, -1.44334602], [-1.26225817, 0.58818084, -0.876555979, -1.03526592], [-1.21522152, -0.169627622, 0.582280517, 1.88970816], [0.270748466, 0.730144739, -1.28012025, -0.358179361], [-0.0612594076, 1.3390553, -1.05889952, 0.4159275], [-0.780119359, -0.0244226605, -0.944518209, 0.0760863051]]]]> : tensor<2x3x6x4xf32>
    %out0 = call @main(%in0, %in1, %in2) : (tensor<2x3x6x4xf32>, tensor<2x3x6x4xf32>, tensor<2x3x6x4xf32>) -> (tensor<2x3x6x4xf32>)
    %u0 = tensor.cast %out0 : tensor<2x3x6x4xf32> to tensor<*xf32>
    call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
    return
  }
  func.func @main(%arg0: tensor<2x3x6x4xf32>, %arg1: tensor<2x3x6x4xf32>, %arg2: tensor<2x3x6x4xf32>) -> tensor<2x3x6x4xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_1 = arith.constant dense<0.000000e+00> : tensor<2x3x6x6xf32>
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<6x6xi1>
    %cst_5 = arith.constant 0xFFF0000000000000 : f64
    %cst_6 = arith.constant 0.70710678118654757 : f64
    %0 = tensor.empty() : tensor<2x3x6x4xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg0 : tensor<2x3x6x4xf32>) outs(%0 : tensor<2x3x6x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %38 = arith.truncf %cst_6 : f64 to f32
      %39 = arith.mulf %in, %38 : f32
      linalg.yield %39 : f32
    } -> tensor<2x3x6x4xf32>
    %2 = tensor.empty() : tensor<6xi64>
    %3 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel"]} outs(%2 : tensor<6xi64>) {
    ^bb0(%out: i64):
      %38 = linalg.index 0 : index
      %39 = arith.index_cast %38 : index to i64
      linalg.yield %39 : i64
    } -> tensor<6xi64>
    %expanded = tensor.expand_shape %3 [[0, 1]] output_shape [1, 6] : tensor<6xi64> into tensor<1x6xi64>
    %expanded_7 = tensor.expand_shape %3 [[0, 1]] output_shape [6, 1] : tensor<6xi64> into tensor<6x1xi64>
    %4 = tensor.empty() : tensor<6x6xi64>
    %5 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded, %expanded_7 : tensor<1x6xi64>, tensor<6x1xi64>) outs(%4 : tensor<6x6xi64>) {
    ^bb0(%in: i64, %in_14: i64, %out: i64):
      %38 = arith.subi %in, %in_14 : i64
      linalg.yield %38 : i64
    } -> tensor<6x6xi64>
    %6 = tensor.empty() : tensor<6x6xi1>
    %7 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%5 : tensor<6x6xi64>) outs(%6 : tensor<6x6xi1>) {
    ^bb0(%in: i64, %out: i1):
      %38 = arith.cmpi sle, %in, %c0_i64 : i64
      linalg.yield %38 : i1
    } -> tensor<6x6xi1>
    %8 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%7, %cst_4 : tensor<6x6xi1>, tensor<6x6xi1>) outs(%6 : tensor<6x6xi1>) {
    ^bb0(%in: i1, %in_14: i1, %out: i1):
      %38 = arith.andi %in, %in_14 : i1
      linalg.yield %38 : i1
    } -> tensor<6x6xi1>
    %9 = tensor.empty() : tensor<6x6xf32>
    %10 = linalg.generic {indexing_maps = [#map4, #map5, #map5, #map4], iterator_types = ["parallel", "parallel"]} ins(%8, %cst_2, %cst_3 : tensor<6x6xi1>, tensor<f32>, tensor<f32>) outs(%9 : tensor<6x6xf32>) {
    ^bb0(%in: i1, %in_14: f32, %in_15: f32, %out: f32):
      %38 = arith.select %in, %in_14, %in_15 : f32
      linalg.yield %38 : f32
    } -> tensor<6x6xf32>
    %11 = tensor.empty() : tensor<2x3x4x6xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<2x3x6x4xf32>) outs(%11 : tensor<2x3x4x6xf32>) permutation = [0, 1, 3, 2] 
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed : tensor<2x3x4x6xf32>) outs(%11 : tensor<2x3x4x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %38 = arith.truncf %cst_6 : f64 to f32
      %39 = arith.mulf %in, %38 : f32
      linalg.yield %39 : f32
    } -> tensor<2x3x4x6xf32>
    %collapsed = tensor.collapse_shape %1 [[0, 1], [2], [3]] : tensor<2x3x6x4xf32> into tensor<6x6x4xf32>
    %collapsed_8 = tensor.collapse_shape %12 [[0, 1], [2], [3]] : tensor<2x3x4x6xf32> into tensor<6x4x6xf32>
    %13 = tensor.empty() : tensor<6x6x6xf32>
    %14 = linalg.fill ins(%cst : f32) outs(%13 : tensor<6x6x6xf32>) -> tensor<6x6x6xf32>
    %15 = linalg.batch_matmul ins(%collapsed, %collapsed_8 : tensor<6x6x4xf32>, tensor<6x4x6xf32>) outs(%14 : tensor<6x6x6xf32>) -> tensor<6x6x6xf32>
    %expanded_9 = tensor.expand_shape %15 [[0, 1], [2], [3]] output_shape [2, 3, 6, 6] : tensor<6x6x6xf32> into tensor<2x3x6x6xf32>
    %16 = tensor.empty() : tensor<2x3x6x6xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_9, %10 : tensor<2x3x6x6xf32>, tensor<6x6xf32>) outs(%16 : tensor<2x3x6x6xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %38 = arith.addf %in, %in_14 : f32
      linalg.yield %38 : f32
    } -> tensor<2x3x6x6xf32>
    %18 = tensor.empty() : tensor<2x3x6xi64>
    %19 = linalg.fill ins(%c0_i64 : i64) outs(%18 : tensor<2x3x6xi64>) -> tensor<2x3x6xi64>
    %20 = tensor.empty() : tensor<2x3x6xf32>
    %21 = linalg.fill ins(%cst_0 : f32) outs(%20 : tensor<2x3x6xf32>) -> tensor<2x3x6xf32>
    %22:2 = linalg.generic {indexing_maps = [#map, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%17 : tensor<2x3x6x6xf32>) outs(%21, %19 : tensor<2x3x6xf32>, tensor<2x3x6xi64>) {
    ^bb0(%in: f32, %out: f32, %out_14: i64):
      %38 = linalg.index 3 : index
      %39 = arith.index_cast %38 : index to i64
      %40 = arith.maximumf %in, %out : f32
      %41 = arith.cmpf ogt, %in, %out : f32
      %42 = arith.select %41, %39, %out_14 : i64
      linalg.yield %40, %42 : f32, i64
    } -> (tensor<2x3x6xf32>, tensor<2x3x6xi64>)
    %expanded_10 = tensor.expand_shape %22#0 [[0], [1], [2, 3]] output_shape [2, 3, 6, 1] : tensor<2x3x6xf32> into tensor<2x3x6x1xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map8, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17, %expanded_10 : tensor<2x3x6x6xf32>, tensor<2x3x6x1xf32>) outs(%16 : tensor<2x3x6x6xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %38 = arith.subf %in, %in_14 : f32
      linalg.yield %38 : f32
    } -> tensor<2x3x6x6xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%23 : tensor<2x3x6x6xf32>) outs(%16 : tensor<2x3x6x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %38 = math.exp %in : f32
      linalg.yield %38 : f32
    } -> tensor<2x3x6x6xf32>
    %25 = tensor.empty() : tensor<2x3x6x1xf32>
    %26 = linalg.fill ins(%cst : f32) outs(%25 : tensor<2x3x6x1xf32>) -> tensor<2x3x6x1xf32>
    %27 = linalg.generic {indexing_maps = [#map, #map8], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%24 : tensor<2x3x6x6xf32>) outs(%26 : tensor<2x3x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %38 = arith.addf %in, %out : f32
      linalg.yield %38 : f32
    } -> tensor<2x3x6x1xf32>
    %28 = linalg.generic {indexing_maps = [#map, #map8, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%24, %27 : tensor<2x3x6x6xf32>, tensor<2x3x6x1xf32>) outs(%16 : tensor<2x3x6x6xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %38 = arith.divf %in, %in_14 : f32
      linalg.yield %38 : f32
    } -> tensor<2x3x6x6xf32>
    %29 = tensor.empty() : tensor<2x3x6x6xi1>
    %30 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17 : tensor<2x3x6x6xf32>) outs(%29 : tensor<2x3x6x6xi1>) {
    ^bb0(%in: f32, %out: i1):
      %38 = arith.extf %in : f32 to f64
      %39 = arith.cmpf oeq, %38, %cst_5 : f64
      linalg.yield %39 : i1
    } -> tensor<2x3x6x6xi1>
    %31 = tensor.empty() : tensor<2x3x6x1xi1>
    %32 = linalg.fill ins(%true : i1) outs(%31 : tensor<2x3x6x1xi1>) -> tensor<2x3x6x1xi1>
    %33 = linalg.generic {indexing_maps = [#map, #map8], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%30 : tensor<2x3x6x6xi1>) outs(%32 : tensor<2x3x6x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %38 = arith.andi %in, %out : i1
      linalg.yield %38 : i1
    } -> tensor<2x3x6x1xi1>
    %34 = linalg.generic {indexing_maps = [#map8, #map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%33, %cst_1, %28 : tensor<2x3x6x1xi1>, tensor<2x3x6x6xf32>, tensor<2x3x6x6xf32>) outs(%16 : tensor<2x3x6x6xf32>) {
    ^bb0(%in: i1, %in_14: f32, %in_15: f32, %out: f32):
      %38 = arith.select %in, %in_14, %in_15 : f32
      linalg.yield %38 : f32
    } -> tensor<2x3x6x6xf32>
    %collapsed_11 = tensor.collapse_shape %34 [[0, 1], [2], [3]] : tensor<2x3x6x6xf32> into tensor<6x6x6xf32>
    %collapsed_12 = tensor.collapse_shape %arg2 [[0, 1], [2], [3]] : tensor<2x3x6x4xf32> into tensor<6x6x4xf32>
    %35 = tensor.empty() : tensor<6x6x4xf32>
    %36 = linalg.fill ins(%cst : f32) outs(%35 : tensor<6x6x4xf32>) -> tensor<6x6x4xf32>
    %37 = linalg.batch_matmul ins(%collapsed_11, %collapsed_12 : tensor<6x6x6xf32>, tensor<6x6x4xf32>) outs(%36 : tensor<6x6x4xf32>) -> tensor<6x6x4xf32>
    %expanded_13 = tensor.expand_shape %37 [[0, 1], [2], [3]] output_shape [2, 3, 6, 4] : tensor<6x6x4xf32> into tensor<2x3x6x4xf32>
    return %expanded_13 : tensor<2x3x6x4xf32>
  }
}
