// causal-matmul, exported by scripts/export-corpus.py (torch 2.15.0+cu132, transformers 5.24.0, torch-mlir (fx.export_and_import)).
// Regenerate with scripts/export-corpus.sh; do not edit.
#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0, d1) -> (0, d1)>
#map3 = affine_map<(d0, d1) -> (d0, 0)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> ()>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func private @printMemrefF32(tensor<*xf32>)
  func.func @entry() {
    %in0 = arith.constant dense<[[[[-1.12583983, -1.1523602, -0.250578582, -0.433878809], [0.848710358, 0.692009151, -0.31601277, -2.11521935], [0.322274923, -1.26333475, 0.349983186, 0.30813393], [0.119841509, 1.2376579, 1.11677718, -0.247278154], [-1.35265374, -1.6959312, 0.566650629, 0.793508351], [0.598839462, -1.55509508, -0.34136039, 1.85300612]], [[0.750189483, -0.585497558, -0.173396751, 0.183477938], [1.38936615, 1.58633423, 0.946298361, -0.843676746], [-0.613583088, 0.0315927416, -0.492676973, 0.248414755], [0.439695835, 0.112411186, 0.64079237, 0.441156268], [-0.102309652, 0.792443991, -0.289667696, 0.0525074862], [0.522860467, 2.30220532, -1.46889389, -1.58668876]], [[-0.673089921, 0.872831225, 1.05535746, 0.17784372], [-0.230335474, -0.391754389, 0.543294728, -0.395157546], [-0.446217179, 0.7440207, 1.52097952, 3.41050267], [-1.53118432, -1.23413503, 1.81972528, -0.551528692], [-0.56924808, 0.919971406, 1.11081612, 1.28987408], [-1.47817397, 2.56723285, -0.473119795, 0.335550755]]], [[[-1.62932599, -0.549743652, -0.479834259, -0.499681532], [-1.06698036, 1.11493957, -0.140671432, 0.805753589], [-0.0933482349, 0.687050223, -0.838315368, 0.00089182175], [0.84189409, -0.400034159, 1.03946197, 0.358153105], [-0.246000946, 2.30251646, -1.88168919, -0.0497270226], [-1.04497862, -0.956500828, 0.0335318595, 0.710086584]], [[1.64586699, -1.36016893, 0.344565421, 0.519867718], [-2.6133225, -1.69647443, -0.228241786, 0.279955], [0.246926397, 0.0768870041, 0.338005811, 0.454401761], [0.456940144, -0.865371346, 0.781307936, -0.926789403], [-0.218833685, -2.43506527, -0.0729147568, -0.0339864083], [0.962518275, 0.349168241, -0.921461999, -0.056194786]], [[-0.622698486, -0.463722169, 1.92178237, -0.402545542], [0.123902477, 1.16478348, 0.92337352, 1.38729525], [-0.883375764, -0.418913484, -0.804826498, 0.565609634], [0.610364616, 0.46688354, 1.95065713, -1.06309855], [-0.0773257539, 0.116398647, -0.593990803, -1.24392819], [-0.102092631, -1.03354836, -0.312638819, 0.245785475]]]]> : tensor<2x3x6x4xf32>
    %in1 = arith.constant dense<[[[[-0.259641558, 0.11833705, 0.243959248, 1.16460061], [0.288576156, 0.386597753, -0.201063916, -0.117926985], [0.192199051, -0.772156894, -1.90034533, 0.130677447], [-0.704293966, 0.314720958, 0.157392889, 0.385362715], [0.967145681, -0.991082728, 0.301605433, -0.107316926], [0.998456597, -0.498714775, 0.761110902, 0.618300855]], [[0.314048558, 0.213332996, -0.120050833, 0.360459715], [-0.314034998, -1.07870805, 0.240810513, -1.39622724], [-0.0661440492, -0.358355075, -1.5615617, -0.354643285], [1.08107257, 0.131478056, 1.5735383, 0.781429946], [-1.07865798, -0.720909834, 1.47079265, 0.275635004], [0.666781068, -0.994389653, -1.18936396, -1.19594944]], [[-0.559630096, 0.533471823, 0.406886607, 0.394586533], [0.171510965, 0.87604475, -0.287087411, 1.02164006], [-0.074394919, -1.09222364, 0.392026424, 0.594526112], [0.662274063, -1.2063024, 0.607439697, -0.547156811], [1.17108893, 0.097496137, 0.963374555, 0.84032321], [-1.25365472, 0.986836076, -0.494655043, -1.28304303]]], [[[0.955221832, 1.28357768, -0.66586113, 0.565133691], [0.287703395, -0.0333747827, -1.06188846, -0.114426173], [-0.343335807, 1.57126486, 0.191614881, 0.379941851], [-0.144757032, 0.637617826, -0.281290233, -1.32987511], [-0.142010793, -0.534145772, -0.523379028, 0.861504257], [-0.886963189, 0.838774681, 1.15289509, -1.76109815]], [[-1.47774279, -1.75567114, 0.0761660933, -1.07860339], [1.44034219, -0.110594191, 0.576860249, -0.16917409], [-0.0640248731, 1.03842556, 0.906823516, -0.475513846], [-0.870743573, 0.144742891, 1.90285647, 0.39039579], [-0.039372541, -0.801472187, -0.495544314, -0.361514062], [0.585113227, -1.15600657, -0.143364877, -0.194740593]], [[-0.0855634063, 1.39451993, 0.596900046, -0.482848346], [-0.366098613, -1.32705247, 1.6952796, 2.06549954], [-0.233957678, 0.707318306, 0.580048084, 0.268302083], [-2.05893874, 0.534020662, -0.535394907, -0.863664985], [-0.0234944057, 1.17166984, 0.398687184, -0.198715523], [-1.15594077, -0.316669524, 0.94029808, -1.14695454]]]]> : tensor<2x3x6x4xf32>
    %in2 = arith.constant dense<[[[[0.55880332, 0.791758478, -0.184675768, -0.731772482], [-0.0806519166, -0.980060756, 0.0604914688, -0.488954604], [-0.813731253, 0.819994807, -0.633173406, 1.29475474], [1.46282923, -0.620433629, 0.988389254, -0.43217814], [-0.623218894, -0.216245338, -0.488675445, 0.786955953], [0.107590728, -1.07147765, -0.116647765, -1.01697075]], [[-1.19797838, 0.478437752, -1.22952437, -1.37003636], [1.54354179, -0.0332069993, -0.418626368, -0.255596727], [-0.129230425, -0.0545947552, 0.408346742, 1.1263659], [1.9350574, 1.00768507, 1.00464165, -0.433519781], [-1.2425977, 1.28455007, 0.243772283, 0.530368626], [-0.0145307295, -2.23571825, 1.46603012, -1.21905816]], [[0.644230068, 3.93000388, -0.124424294, 0.2953417], [0.38265419, -0.54972136, -0.994035721, 1.34593689], [1.94566822, -1.29036391, -2.3494761, -2.06886196], [0.909421086, -0.694620073, 1.95945716, -1.10382783], [0.541141808, 1.53895831, 1.08604908, 1.24640501], [0.115075059, 1.61930752, 0.463693529, 1.30073547]]], [[[0.873230517, 0.0651267022, 0.773241103, -0.970138431], [-0.887676895, -0.318316281, -0.334403694, 0.454283655], [0.498953044, 0.877997458, 0.389444351, 1.4625175], [0.479506105, -0.533399999, -0.0346513465, 0.657296956], [-0.311224312, -0.562003553, -0.483492643, -1.27211261], [-0.174018219, 0.554116726, -0.181655243, -0.234473392]], [[0.294201314, 0.797322392, 1.26421535, 0.935492337], [0.545463562, -1.5373888, 0.312438637, 0.740059674], [1.45022082, 4.10149336, 1.11822581, -1.56684732], [-0.698975146, 0.574386358, 1.23806322, -0.640540123], [-0.764472842, 0.240840584, 0.166425735, -2.23181462], [1.3892113, -0.502332568, 1.67969275, -1.02395296]], [[1.68592429, -1.21769202, 0.764963329, 1.19711816], [-0.712786138, -0.0655755326, 2.20497036, 1.78517091], [-0.0118402261, 0.979667127, -1.06605148, 1.7719636], [-0.279260188, -0.276901424, 0.748925447, -0.643455148], [-0.951759338, 0.27152127, 0.671578884, 1.84998226], [1.19095004, -0.589856505, 0.964693785, -1.50935125]]]]> : tensor<2x3x6x4xf32>
    %out0 = call @main(%in0, %in1, %in2) : (tensor<2x3x6x4xf32>, tensor<2x3x6x4xf32>, tensor<2x3x6x4xf32>) -> (tensor<2x3x6x4xf32>)
    %u0 = tensor.cast %out0 : tensor<2x3x6x4xf32> to tensor<*xf32>
    call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
    return
  }
  func.func @main(%arg0: tensor<2x3x6x4xf32>, %arg1: tensor<2x3x6x4xf32>, %arg2: tensor<2x3x6x4xf32>) -> tensor<2x3x6x4xf32> {
    %c0_i64 = arith.constant 0 : i64
    %c1_i64 = arith.constant 1 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_2 = arith.constant dense<true> : tensor<6x6xi1>
    %cst_3 = arith.constant 5.000000e-01 : f32
    %0 = tensor.empty() : tensor<2x3x4x6xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<2x3x6x4xf32>) outs(%0 : tensor<2x3x4x6xf32>) permutation = [0, 1, 3, 2] 
    %collapsed = tensor.collapse_shape %arg0 [[0, 1], [2], [3]] : tensor<2x3x6x4xf32> into tensor<6x6x4xf32>
    %collapsed_4 = tensor.collapse_shape %transposed [[0, 1], [2], [3]] : tensor<2x3x4x6xf32> into tensor<6x4x6xf32>
    %1 = tensor.empty() : tensor<6x6x6xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<6x6x6xf32>) -> tensor<6x6x6xf32>
    %3 = linalg.batch_matmul ins(%collapsed, %collapsed_4 : tensor<6x6x4xf32>, tensor<6x4x6xf32>) outs(%2 : tensor<6x6x6xf32>) -> tensor<6x6x6xf32>
    %expanded = tensor.expand_shape %3 [[0, 1], [2], [3]] output_shape [2, 3, 6, 6] : tensor<6x6x6xf32> into tensor<2x3x6x6xf32>
    %4 = tensor.empty() : tensor<2x3x6x6xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x3x6x6xf32>) outs(%4 : tensor<2x3x6x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %28 = arith.mulf %in, %cst_3 : f32
      linalg.yield %28 : f32
    } -> tensor<2x3x6x6xf32>
    %6 = tensor.empty() : tensor<6xi64>
    %7 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel"]} outs(%6 : tensor<6xi64>) {
    ^bb0(%out: i64):
      %28 = linalg.index 0 : index
      %29 = arith.index_cast %28 : index to i64
      linalg.yield %29 : i64
    } -> tensor<6xi64>
    %expanded_5 = tensor.expand_shape %7 [[0, 1]] output_shape [1, 6] : tensor<6xi64> into tensor<1x6xi64>
    %expanded_6 = tensor.expand_shape %7 [[0, 1]] output_shape [6, 1] : tensor<6xi64> into tensor<6x1xi64>
    %8 = tensor.empty() : tensor<6x6xi64>
    %9 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded_5, %expanded_6 : tensor<1x6xi64>, tensor<6x1xi64>) outs(%8 : tensor<6x6xi64>) {
    ^bb0(%in: i64, %in_11: i64, %out: i64):
      %28 = arith.subi %in, %in_11 : i64
      linalg.yield %28 : i64
    } -> tensor<6x6xi64>
    %10 = tensor.empty() : tensor<6x6xi1>
    %11 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%9 : tensor<6x6xi64>) outs(%10 : tensor<6x6xi1>) {
    ^bb0(%in: i64, %out: i1):
      %28 = arith.cmpi sge, %in, %c1_i64 : i64
      linalg.yield %28 : i1
    } -> tensor<6x6xi1>
    %12 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%11, %cst_2 : tensor<6x6xi1>, tensor<6x6xi1>) outs(%10 : tensor<6x6xi1>) {
    ^bb0(%in: i1, %in_11: i1, %out: i1):
      %28 = arith.andi %in, %in_11 : i1
      linalg.yield %28 : i1
    } -> tensor<6x6xi1>
    %13 = linalg.generic {indexing_maps = [#map5, #map6, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12, %cst_1, %5 : tensor<6x6xi1>, tensor<f32>, tensor<2x3x6x6xf32>) outs(%4 : tensor<2x3x6x6xf32>) {
    ^bb0(%in: i1, %in_11: f32, %in_12: f32, %out: f32):
      %28 = arith.select %in, %in_11, %in_12 : f32
      linalg.yield %28 : f32
    } -> tensor<2x3x6x6xf32>
    %14 = tensor.empty() : tensor<2x3x6xi64>
    %15 = linalg.fill ins(%c0_i64 : i64) outs(%14 : tensor<2x3x6xi64>) -> tensor<2x3x6xi64>
    %16 = tensor.empty() : tensor<2x3x6xf32>
    %17 = linalg.fill ins(%cst_0 : f32) outs(%16 : tensor<2x3x6xf32>) -> tensor<2x3x6xf32>
    %18:2 = linalg.generic {indexing_maps = [#map, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%13 : tensor<2x3x6x6xf32>) outs(%17, %15 : tensor<2x3x6xf32>, tensor<2x3x6xi64>) {
    ^bb0(%in: f32, %out: f32, %out_11: i64):
      %28 = linalg.index 3 : index
      %29 = arith.index_cast %28 : index to i64
      %30 = arith.maximumf %in, %out : f32
      %31 = arith.cmpf ogt, %in, %out : f32
      %32 = arith.select %31, %29, %out_11 : i64
      linalg.yield %30, %32 : f32, i64
    } -> (tensor<2x3x6xf32>, tensor<2x3x6xi64>)
    %expanded_7 = tensor.expand_shape %18#0 [[0], [1], [2, 3]] output_shape [2, 3, 6, 1] : tensor<2x3x6xf32> into tensor<2x3x6x1xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map8, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13, %expanded_7 : tensor<2x3x6x6xf32>, tensor<2x3x6x1xf32>) outs(%4 : tensor<2x3x6x6xf32>) {
    ^bb0(%in: f32, %in_11: f32, %out: f32):
      %28 = arith.subf %in, %in_11 : f32
      linalg.yield %28 : f32
    } -> tensor<2x3x6x6xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19 : tensor<2x3x6x6xf32>) outs(%4 : tensor<2x3x6x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %28 = math.exp %in : f32
      linalg.yield %28 : f32
    } -> tensor<2x3x6x6xf32>
    %21 = tensor.empty() : tensor<2x3x6x1xf32>
    %22 = linalg.fill ins(%cst : f32) outs(%21 : tensor<2x3x6x1xf32>) -> tensor<2x3x6x1xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map8], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%20 : tensor<2x3x6x6xf32>) outs(%22 : tensor<2x3x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %28 = arith.addf %in, %out : f32
      linalg.yield %28 : f32
    } -> tensor<2x3x6x1xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map8, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20, %23 : tensor<2x3x6x6xf32>, tensor<2x3x6x1xf32>) outs(%4 : tensor<2x3x6x6xf32>) {
    ^bb0(%in: f32, %in_11: f32, %out: f32):
      %28 = arith.divf %in, %in_11 : f32
      linalg.yield %28 : f32
    } -> tensor<2x3x6x6xf32>
    %collapsed_8 = tensor.collapse_shape %24 [[0, 1], [2], [3]] : tensor<2x3x6x6xf32> into tensor<6x6x6xf32>
    %collapsed_9 = tensor.collapse_shape %arg2 [[0, 1], [2], [3]] : tensor<2x3x6x4xf32> into tensor<6x6x4xf32>
    %25 = tensor.empty() : tensor<6x6x4xf32>
    %26 = linalg.fill ins(%cst : f32) outs(%25 : tensor<6x6x4xf32>) -> tensor<6x6x4xf32>
    %27 = linalg.batch_matmul ins(%collapsed_8, %collapsed_9 : tensor<6x6x6xf32>, tensor<6x6x4xf32>) outs(%26 : tensor<6x6x4xf32>) -> tensor<6x6x4xf32>
    %expanded_10 = tensor.expand_shape %27 [[0, 1], [2], [3]] output_shape [2, 3, 6, 4] : tensor<6x6x4xf32> into tensor<2x3x6x4xf32>
    return %expanded_10 : tensor<2x3x6x4xf32>
  }
}
