// lucidrains-one-stream, exported by scripts/export-corpus.py (torch 2.15.0+cu132, transformers 5.24.0, torch-mlir (fx.export_and_import)).
// Regenerate with scripts/export-corpus.sh; do not edit.
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d2)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0) -> (d0)>
#map6 = affine_map<(d0, d1) -> (d0, 0)>
#map7 = affine_map<(d0, d1) -> (0, d1)>
#map8 = affine_map<(d0, d1) -> (d0, d1)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> ()>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
#map14 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func private @printMemrefF32(tensor<*xf32>)
  func.func @entry() {
    %in0 = arith.constant dense<[[[-0.0628909022, -2.16107464, -0.54436332, 2.63935041, 0.102349721, -0.249265686, 1.15788686, 0.448073775, 1.10116684, 0.829025626, 0.117679179, -0.362641543, -0.408889592, 0.466745675, -0.0742526203, 0.91609025, 0.273985863, 0.0577704608, 1.65594494, 0.506751716, -0.0432596579, -0.261794925, 1.24181616, -1.95578492, -0.879020929, 0.589830041, 0.805163443, -0.0598035082, -0.769850433, -1.02515173, -0.396440357, -0.600163281], [1.44817924, 1.40622306, -0.943891704, 2.35727715, -0.0902797207, 0.161059782, -0.622572124, 0.380145341, -0.756438971, 1.6407758, -0.390110105, -1.16117096, -0.949511409, -0.333082616, 0.554997683, 1.09010243, 0.525901258, 1.26898599, 0.763447464, 1.23413038, -0.306520373, 0.161776394, 0.77564913, -0.0187532268, 0.897699714, 0.492387354, 0.580761552, -0.752734303, -1.55763888, -0.684295774, -0.123023927, -0.814867795], [-1.47216046, -0.378017187, 0.114280395, -0.639888108, 0.742455304, 0.568837643, 0.547628939, -0.773446441, 1.05568099, -1.17680395, -1.2100004, -1.35016418, -0.42432937, 0.341752529, 1.31513345, -1.73894727, -0.0771835744, -1.5743494, 0.612459004, 0.581224382, 0.757842183, 0.487701952, 1.23830974, -0.442413032, 0.253871202, 0.639229, -0.380408287, 0.516838968, -0.707459569, -0.543548226, -1.17120242, 1.67413354], [-1.08777356, 0.507659614, -1.74326646, -0.738915324, 1.24514174, -0.384855807, -0.37605983, 1.83216083, -0.135145679, -0.302219391, 0.588439047, 1.12400794, -0.211404026, -0.824691534, 0.935051084, -1.27839506, 0.317131639, 1.75253093, -1.61169875, 0.332080007, -0.740987957, 0.213710591, 1.35819113, 1.00359857, 1.4353987, -1.33677161, 0.140026018, -0.0438693203, 0.0556557588, -0.139472276, 0.0270246919, -1.28288603], [0.444548666, 1.21385801, -0.801827908, 0.252024561, 0.407378018, -0.843911529, -0.587529242, -1.6292001, 1.1095233, -0.979994953, 0.790791452, 0.520065844, -0.495344937, -1.8426156, 1.39445388, -0.336356938, -0.597179234, -1.6889236, -0.463929623, 0.27795139, -0.813074291, 1.42451286, -0.294301659, -0.0877423659, -2.21093631, 1.06653202, -0.379333496, -1.6413871, 1.26903248, -1.34667134, 1.75062859, -0.209083602], [-1.47714388, 1.30306494, 1.14456069, 0.0569907315, -0.681972384, -0.768144608, 1.75558031, 0.132477969, 0.232275277, 2.18334603, 0.994392037, -0.728952527, -0.701954961, 0.951630235, 1.25317121, 1.0697639, 1.82552612, -0.423550546, 0.45760709, 0.426719248, -0.906265378, -0.150914982, -0.424626499, -0.930706203, 0.384364396, -1.63294208, -0.538460732, 0.156003803, 0.98299253, 0.492004484, -0.998913229, -1.0351665], [-0.224494696, -0.200874195, 1.19018018, -0.550981581, 0.727156043, -0.657202125, -0.286720484, -0.558237016, -0.951215744, -0.320439756, 0.176470488, -1.15280247, 0.850791276, -0.926712871, 1.46993732, 0.616182446, -0.62963742, -1.11248291, 0.638246477, 0.870295465, -0.664715886, 1.11613321, 1.52630162, -0.254882038, -0.0229835976, -0.780404568, 0.113431297, 0.321260989, -0.220782951, -1.21478999, -0.858531296, 1.33486319], [-0.191256702, -0.680119514, 0.587214649, 0.507532537, 0.188313812, -0.265503615, -0.41493842, -0.373177409, -0.479981095, -0.836750925, -2.93826222, -1.02323008, -1.31148517, -0.772877336, -0.154442415, -0.815489054, -1.74440455, -0.429483354, 0.368972719, -0.782453001, -0.326108932, 1.75297761, 0.776503026, 0.5504601, -1.14191425, -0.750446856, -0.165460825, -0.883470774, 1.13861382, -1.99756563, -0.187768295, -0.886268258], [-0.381139904, -1.38427842, 0.240354404, 0.237719461, 1.11373281, 1.11837709, -0.539178729, 0.590108871, 0.29734987, -0.911324441, 1.08273971, 0.811893046, 1.76850426, -0.485337615, 0.418822169, -0.537775218, 1.19950545, -0.249085739, -1.19905615, -0.0121043958, 1.53679359, 0.562139094, -1.27711201, 0.639746487, 0.209404886, 0.782312751, -2.52390814, 0.34552893, 0.678773284, -1.30608547, -0.640591383, 0.0599616058], [0.604186654, 1.71546769, -0.267976552, 0.236474574, 1.1760658, 1.00123107, 1.08823597, 0.0494404882, -1.25457382, 0.36951068, 0.378176838, 0.795746744, 1.32308269, -0.508202195, -0.595814288, 0.341546237, 0.0767991468, -1.00864542, -1.90133715, 0.391018361, -0.824230969, 0.949195385, -1.25409293, 0.0810460821, -1.08170962, -0.777780771, -1.09339237, 0.154193625, -0.0634677634, 0.278059661, 1.01299608, -1.38011694], [0.432298601, 0.0554054081, -0.494481713, 1.06392646, 0.140857533, 0.492708355, -1.17447126, -0.617475927, -0.198553264, 0.0162946507, 0.643435478, -0.756080568, -1.35141492, -1.174945, -1.04305172, 0.479197592, -0.288601309, 0.293496042, -1.71357024, 0.791261971, 0.0535820946, 0.582165241, 0.286618978, 0.663828075, 0.40203476, 0.752785921, 0.506237626, -0.532772303, 0.429668725, -0.166722417, -0.147394687, -0.236059487], [0.301275998, -0.0898233354, 1.14062524, -1.63952708, -0.678129733, -0.598241031, 0.323786974, -0.719312668, 0.841101468, -0.390368193, -0.407853931, 0.126957774, 0.914382994, -0.841487467, 1.5507133, 0.175393701, 0.0377553925, 2.21042609, -0.416279465, -1.26913822, -0.204649165, 0.170212016, 0.246254072, 1.91820788, -0.331213802, 1.24153078, -0.97386831, -0.618804395, 0.997092485, 0.295495689, 0.892249763, 1.18564427], [-1.84457266, 1.12711489, -0.657928348, 0.0559286177, -0.957059205, 1.522946, 0.419640511, -0.68710202, 0.795988441, -0.759764254, 0.185295597, 1.78960693, -0.853095174, -0.55826807, 1.39699423, -0.645177662, -0.906069994, -1.47305882, -0.234916463, 0.583676398, -0.879629076, 1.18355787, 0.256190151, -2.01107097, 2.45744491, -1.07393241, -0.695876062, -1.24701762, -1.45939159, -0.702327669, -1.44045615, 1.50632143], [1.70693398, -1.03548038, -0.171596318, -1.0160234, -0.297561198, -2.04635954, 3.09478951, 1.32288146, -0.381949902, -0.863455832, 0.367234558, -2.43381953, -0.897972584, 0.814630091, -1.37396836, -0.68660295, 1.09520507, -0.310076237, 1.05479157, 0.278176814, -1.29177141, -0.724866927, -0.444065958, -0.0613810457, -1.22460794, 1.16999078, -0.112948626, -0.890639603, 0.866525054, 0.156618804, 0.0578139536, -1.21419394], [-0.0317132473, -1.31989527, 0.666957617, 0.634671509, -0.509491026, 1.09170711, 0.164020151, -0.28906396, -0.720702708, 0.720523834, -0.0360929929, -2.22399426, -0.910446465, -2.0771718, 0.476735502, 1.25634241, 1.3682338, 0.0174049418, 0.231117263, 0.39814198, -0.435580611, 0.947258413, -0.687161207, 0.714621067, -1.07549238, 0.0837926641, -0.196213156, -0.89404422, 1.92000103, 0.660228252, 0.36764282, 0.815446496], [0.362825245, 2.27920198, 0.137393877, -1.90719342, -0.615886271, 0.674283981, -1.20936918, -1.62743127, -0.444754064, 0.99240154, 0.406219393, -0.121867038, 0.947372556, -0.521918476, 0.136865243, 0.833845675, -0.525070965, 0.157808825, -1.35273731, -1.42598248, 1.72051466, -1.26931596, 0.381484985, 0.470652163, -1.15186918, 0.649838984, 1.30629432, 0.177601799, -0.0507014655, -0.566544652, -2.23516321, 1.23635411]]]> : tensor<1x16x32xf32>
    %in1 = arith.constant dense<[[[[-0.00673091738, 0.0376039371, 0.082960479, -0.0226194281, -0.0888148099, -0.0744488612, 0.128214702, 0.0390555598], [-0.0584719144, -0.0994782969, -0.0644931123, 0.0977244675, 0.0267675165, 0.0241381284, 0.104443148, -0.140424922], [-0.130613551, -0.0304796994, -0.119665086, -0.0943037793, 0.0335975811, -0.116097711, 0.0221571662, 0.0299623013], [0.00323651149, 0.021060532, -0.043146871, 0.0904650018, -0.00899223797, -0.105933301, 0.0762091801, 0.0619341247], [0.0869504958, -0.051987648, -0.0109007237, 0.0212437194, 0.0202673022, 0.10680186, -0.150290981, 0.0602531545], [0.0116000604, 0.0327701867, 0.125633985, -0.134170964, 0.0298709068, 0.037367031, 0.0344833732, -0.0290288161], [0.227124453, -0.0674250796, -0.0426893495, -0.0303162672, 0.0628401637, 0.0879894793, -0.0509651415, -0.0334213525], [-0.0180525761, -0.072930716, -0.0178308971, -0.0443088673, 0.361187518, 0.0937825069, -0.0072406414, 0.148218334]], [[0.0932066068, -0.138113096, -0.163827524, 0.148270115, -0.112129591, 0.0351675563, 0.0963988826, -0.111523747], [0.036452502, -0.0209892523, 0.0749244615, -0.0255469177, -0.0647714064, -0.0119704632, 0.0798852667, -0.186763182], [-0.0972977057, -0.0761790946, -0.0855412334, -0.0822638795, 0.0856523365, 0.0443208143, -0.0535422526, -0.014717089], [0.118337713, 0.00677551841, -0.0757542998, 0.0280165672, -0.0710144341, -0.00730200252, 0.196295187, 0.155100331], [0.0438552871, -0.0503711961, -0.209434018, -0.119723432, -0.0466510728, 0.0723140463, 0.0996179953, -0.205388352], [0.0320448056, -0.00922228303, -0.0829616338, -0.133973271, 0.106920592, -0.0911413133, -0.00529640121, 0.132263765], [-0.0196357127, -0.0482089445, -0.162975103, -0.0326879099, 0.0543363281, -0.0468035862, 0.0085605178, 0.107700169], [0.0146533465, 0.0160856005, 0.00652386388, -0.0763219073, -0.0186082851, -0.164687321, -0.00797561649, 0.194980428]], [[0.125296399, -0.0670795217, 0.0282596238, 0.0552994683, -0.0574463904, -0.0814058185, 0.143047437, 0.0437977836], [-0.0728241429, 0.0983152539, -0.0341217853, 0.0273004062, 0.147929028, -0.0650321394, 0.0634719804, 0.0725820586], [-0.0523799546, 0.0493682101, 0.0549339168, -0.0120792948, -0.146638528, -0.131165251, -0.170620099, -0.0503217168], [-0.116381362, 0.099571161, -0.0606159568, 0.0942974016, 0.104658656, -0.139228821, -0.145315722, -0.0177103095], [0.0319654606, -0.128596529, -0.0154141551, -0.055550646, 0.0250250045, 0.121621601, -0.00270821736, -0.0545129478], [0.0490143262, 0.144946009, 0.0133737326, 0.0643338487, 0.145291716, 0.120642997, -0.11695049, 0.164723858], [-0.0962285325, -0.0468622334, -0.0702261776, 0.0273478981, -0.0203292407, 0.20107682, 0.0881354213, 0.18506974], [-0.0272028893, 0.00825957954, -0.0707616061, -0.00392366294, -0.0823704079, 0.0168662965, 0.0168210622, 0.0645749792]], [[0.0133219734, 0.0797066092, 0.0335821062, 0.100219466, -0.109889761, -0.133517966, 0.247915298, 0.0857904479], [0.273177207, -0.00740972022, 0.0147737013, -0.10039302, -0.0108043766, 0.0295045283, -0.157581702, -0.0193229932], [0.18276909, -0.142117545, 0.00350673543, -0.0837575272, 0.0296588521, -0.00980145857, -0.0380152911, -0.021555081], [-0.0541796461, 0.148899511, -0.140218183, 0.132501855, 0.0190723222, -0.0275044534, -0.00574948965, -0.0337471627], [-0.0736692548, -0.0397394672, -0.187551081, -0.0501992665, -0.0741775185, -0.0778938457, -0.134718597, 0.0286153685], [0.0140521051, 0.110412098, 0.0851323679, -0.0379994027, 0.0675068274, -0.0805093125, 0.169881448, -0.0771768093], [-0.00120622909, -0.0170078799, -0.0325017348, 0.0744734183, 0.0344188251, 0.102371335, -0.0424895212, 0.015522155], [0.00607545488, -0.0883826539, -0.0643894151, -0.104546838, 0.11374487, 0.0349348001, -0.0410793312, -0.0801754296]]]]> : tensor<1x4x8x8xf32>
    %in2 = arith.constant dense<[[[1.18906307, 1.32161808, 1.14966416, 1.29654241, 1.2496717, 1.30135393, 1.20084715, 1.4791081], [0.755390882, 0.517253876, 0.784879029, 1.09847188, 1.17957115, 1.11404359, 0.753791928, 1.16814446], [1.47739339, 0.846445024, 0.507186055, 0.823498487, 1.33640051, 1.15048289, 0.77035284, 0.81478554], [0.96168071, 1.02231884, 0.663353622, 1.19891691, 1.43022108, 0.703130126, 0.808374286, 1.0805403]]]> : tensor<1x4x8xf32>
    %out0, %out1, %out2 = call @main(%in0, %in1, %in2) : (tensor<1x16x32xf32>, tensor<1x4x8x8xf32>, tensor<1x4x8xf32>) -> (tensor<1x16x32xf32>, tensor<1x4x8x8xf32>, tensor<1x4x8xf32>)
    %u0 = tensor.cast %out0 : tensor<1x16x32xf32> to tensor<*xf32>
    call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
    %u1 = tensor.cast %out1 : tensor<1x4x8x8xf32> to tensor<*xf32>
    call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
    %u2 = tensor.cast %out2 : tensor<1x4x8xf32> to tensor<*xf32>
    call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
    return
  }
  func.func @main(%arg0: tensor<1x16x32xf32>, %arg1: tensor<1x4x8x8xf32>, %arg2: tensor<1x4x8xf32>) -> (tensor<1x16x32xf32>, tensor<1x4x8x8xf32>, tensor<1x4x8xf32>) {
    %c0_i64 = arith.constant 0 : i64
    %c1_i64 = arith.constant 1 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<16x16xi1>
    %cst_5 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense_resource<torch_tensor_32_32_torch.float32> : tensor<32x32xf32>
    %cst_7 = arith.constant dense_resource<torch_tensor_4_torch.float32_1> : tensor<4xf32>
    %cst_8 = arith.constant 1.000000e-10 : f64
    %cst_9 = arith.constant dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>
    %cst_10 = arith.constant 0.35355339059327379 : f64
    %cst_11 = arith.constant dense_resource<torch_tensor_96_32_torch.float32> : tensor<96x32xf32>
    %cst_12 = arith.constant dense_resource<torch_tensor_32_torch.float32> : tensor<32xf32>
    %cst_13 = arith.constant 5.6568542494923806 : f64
    %cst_14 = arith.constant 9.9999999999999998E-13 : f64
    %cst_15 = arith.constant 5.000000e-01 : f32
    %cst_16 = arith.constant 2.000000e+00 : f32
    %0 = tensor.empty() : tensor<1x16x1xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0 : tensor<1x16x32xf32>) outs(%1 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.absf %in : f32
      %119 = math.powf %118, %cst_16 : f32
      %120 = arith.addf %119, %out : f32
      linalg.yield %120 : f32
    } -> tensor<1x16x1xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<1x16x1xf32>) outs(%0 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.powf %in, %cst_15 : f32
      linalg.yield %118 : f32
    } -> tensor<1x16x1xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<1x16x1xf32>) outs(%0 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.truncf %cst_14 : f64 to f32
      %119 = arith.cmpf ult, %in, %118 : f32
      %120 = arith.select %119, %118, %in : f32
      linalg.yield %120 : f32
    } -> tensor<1x16x1xf32>
    %5 = tensor.empty() : tensor<1x16x32xf32>
    %collapsed = tensor.collapse_shape %4 [[0], [1, 2]] : tensor<1x16x1xf32> into tensor<1x16xf32>
    %6 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<1x16xf32>) outs(%5 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x16x32xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %6 : tensor<1x16x32xf32>, tensor<1x16x32xf32>) outs(%5 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.divf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x16x32xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<1x16x32xf32>) outs(%5 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.truncf %cst_13 : f64 to f32
      %119 = arith.mulf %in, %118 : f32
      linalg.yield %119 : f32
    } -> tensor<1x16x32xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %cst_12 : tensor<1x16x32xf32>, tensor<32xf32>) outs(%5 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.mulf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x16x32xf32>
    %10 = tensor.empty() : tensor<32x96xf32>
    %transposed = linalg.transpose ins(%cst_11 : tensor<96x32xf32>) outs(%10 : tensor<32x96xf32>) permutation = [1, 0] 
    %collapsed_17 = tensor.collapse_shape %9 [[0, 1], [2]] : tensor<1x16x32xf32> into tensor<16x32xf32>
    %11 = tensor.empty() : tensor<16x96xf32>
    %12 = linalg.fill ins(%cst : f32) outs(%11 : tensor<16x96xf32>) -> tensor<16x96xf32>
    %13 = linalg.matmul ins(%collapsed_17, %transposed : tensor<16x32xf32>, tensor<32x96xf32>) outs(%12 : tensor<16x96xf32>) -> tensor<16x96xf32>
    %expanded = tensor.expand_shape %13 [[0, 1], [2, 3, 4]] output_shape [1, 16, 3, 4, 8] : tensor<16x96xf32> into tensor<1x16x3x4x8xf32>
    %14 = tensor.empty() : tensor<3x1x4x16x8xf32>
    %transposed_18 = linalg.transpose ins(%expanded : tensor<1x16x3x4x8xf32>) outs(%14 : tensor<3x1x4x16x8xf32>) permutation = [2, 0, 3, 1, 4] 
    %extracted_slice = tensor.extract_slice %transposed_18[0, 0, 0, 0, 0] [1, 1, 4, 16, 8] [1, 1, 1, 1, 1] : tensor<3x1x4x16x8xf32> to tensor<1x1x4x16x8xf32>
    %extracted_slice_19 = tensor.extract_slice %transposed_18[1, 0, 0, 0, 0] [1, 1, 4, 16, 8] [1, 1, 1, 1, 1] : tensor<3x1x4x16x8xf32> to tensor<1x1x4x16x8xf32>
    %extracted_slice_20 = tensor.extract_slice %transposed_18[2, 0, 0, 0, 0] [1, 1, 4, 16, 8] [1, 1, 1, 1, 1] : tensor<3x1x4x16x8xf32> to tensor<1x1x4x16x8xf32>
    %collapsed_21 = tensor.collapse_shape %extracted_slice [[0, 1], [2], [3], [4]] : tensor<1x1x4x16x8xf32> into tensor<1x4x16x8xf32>
    %collapsed_22 = tensor.collapse_shape %extracted_slice_19 [[0, 1], [2], [3], [4]] : tensor<1x1x4x16x8xf32> into tensor<1x4x16x8xf32>
    %collapsed_23 = tensor.collapse_shape %extracted_slice_20 [[0, 1], [2], [3], [4]] : tensor<1x1x4x16x8xf32> into tensor<1x4x16x8xf32>
    %15 = tensor.empty() : tensor<1x4x16x8xf32>
    %16 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_21 : tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.truncf %cst_10 : f64 to f32
      %119 = arith.mulf %in, %118 : f32
      linalg.yield %119 : f32
    } -> tensor<1x4x16x8xf32>
    %17 = tensor.empty() : tensor<16xf32>
    %18 = linalg.generic {indexing_maps = [#map5], iterator_types = ["parallel"]} outs(%17 : tensor<16xf32>) {
    ^bb0(%out: f32):
      %118 = linalg.index 0 : index
      %119 = arith.index_cast %118 : index to i64
      %120 = arith.sitofp %119 : i64 to f32
      %121 = arith.addf %120, %cst : f32
      linalg.yield %121 : f32
    } -> tensor<16xf32>
    %19 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%18 : tensor<16xf32>) outs(%17 : tensor<16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %cst : f32
      linalg.yield %118 : f32
    } -> tensor<16xf32>
    %expanded_24 = tensor.expand_shape %19 [[0, 1]] output_shape [16, 1] : tensor<16xf32> into tensor<16x1xf32>
    %expanded_25 = tensor.expand_shape %cst_9 [[0, 1]] output_shape [4, 1] : tensor<4xf32> into tensor<4x1xf32>
    %20 = tensor.empty() : tensor<1x4xf32>
    %transposed_26 = linalg.transpose ins(%expanded_25 : tensor<4x1xf32>) outs(%20 : tensor<1x4xf32>) permutation = [1, 0] 
    %21 = tensor.empty() : tensor<16x4xf32>
    %22 = linalg.generic {indexing_maps = [#map6, #map7, #map8], iterator_types = ["parallel", "parallel"]} ins(%expanded_24, %transposed_26 : tensor<16x1xf32>, tensor<1x4xf32>) outs(%21 : tensor<16x4xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.mulf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<16x4xf32>
    %23 = tensor.empty() : tensor<16x4x2xf32>
    %24 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<16x4xf32>) outs(%23 : tensor<16x4x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x4x2xf32>
    %collapsed_27 = tensor.collapse_shape %24 [[0], [1, 2]] : tensor<16x4x2xf32> into tensor<16x8xf32>
    %25 = tensor.empty() : tensor<16x8xf32>
    %26 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%collapsed_27 : tensor<16x8xf32>) outs(%25 : tensor<16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.cos %in : f32
      linalg.yield %118 : f32
    } -> tensor<16x8xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %26 : tensor<1x4x16x8xf32>, tensor<16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.mulf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %expanded_28 = tensor.expand_shape %16 [[0], [1], [2], [3, 4]] output_shape [1, 4, 16, 4, 2] : tensor<1x4x16x8xf32> into tensor<1x4x16x4x2xf32>
    %extracted_slice_29 = tensor.extract_slice %expanded_28[0, 0, 0, 0, 0] [1, 4, 16, 4, 1] [1, 1, 1, 1, 1] : tensor<1x4x16x4x2xf32> to tensor<1x4x16x4x1xf32>
    %extracted_slice_30 = tensor.extract_slice %expanded_28[0, 0, 0, 0, 1] [1, 4, 16, 4, 1] [1, 1, 1, 1, 1] : tensor<1x4x16x4x2xf32> to tensor<1x4x16x4x1xf32>
    %collapsed_31 = tensor.collapse_shape %extracted_slice_30 [[0], [1], [2], [3, 4]] : tensor<1x4x16x4x1xf32> into tensor<1x4x16x4xf32>
    %28 = tensor.empty() : tensor<1x4x16x4xf32>
    %29 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_31 : tensor<1x4x16x4xf32>) outs(%28 : tensor<1x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.negf %in : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x4xf32>
    %expanded_32 = tensor.expand_shape %29 [[0], [1], [2], [3, 4]] output_shape [1, 4, 16, 4, 1] : tensor<1x4x16x4xf32> into tensor<1x4x16x4x1xf32>
    %concat = tensor.concat dim(4) %expanded_32, %extracted_slice_29 : (tensor<1x4x16x4x1xf32>, tensor<1x4x16x4x1xf32>) -> tensor<1x4x16x4x2xf32>
    %collapsed_33 = tensor.collapse_shape %concat [[0], [1], [2], [3, 4]] : tensor<1x4x16x4x2xf32> into tensor<1x4x16x8xf32>
    %30 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%collapsed_27 : tensor<16x8xf32>) outs(%25 : tensor<16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.sin %in : f32
      linalg.yield %118 : f32
    } -> tensor<16x8xf32>
    %31 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_33, %30 : tensor<1x4x16x8xf32>, tensor<16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.mulf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %32 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%27, %31 : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.addf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %33 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_22, %26 : tensor<1x4x16x8xf32>, tensor<16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.mulf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %expanded_34 = tensor.expand_shape %collapsed_22 [[0], [1], [2], [3, 4]] output_shape [1, 4, 16, 4, 2] : tensor<1x4x16x8xf32> into tensor<1x4x16x4x2xf32>
    %extracted_slice_35 = tensor.extract_slice %expanded_34[0, 0, 0, 0, 0] [1, 4, 16, 4, 1] [1, 1, 1, 1, 1] : tensor<1x4x16x4x2xf32> to tensor<1x4x16x4x1xf32>
    %extracted_slice_36 = tensor.extract_slice %expanded_34[0, 0, 0, 0, 1] [1, 4, 16, 4, 1] [1, 1, 1, 1, 1] : tensor<1x4x16x4x2xf32> to tensor<1x4x16x4x1xf32>
    %collapsed_37 = tensor.collapse_shape %extracted_slice_36 [[0], [1], [2], [3, 4]] : tensor<1x4x16x4x1xf32> into tensor<1x4x16x4xf32>
    %34 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_37 : tensor<1x4x16x4xf32>) outs(%28 : tensor<1x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.negf %in : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x4xf32>
    %expanded_38 = tensor.expand_shape %34 [[0], [1], [2], [3, 4]] output_shape [1, 4, 16, 4, 1] : tensor<1x4x16x4xf32> into tensor<1x4x16x4x1xf32>
    %concat_39 = tensor.concat dim(4) %expanded_38, %extracted_slice_35 : (tensor<1x4x16x4x1xf32>, tensor<1x4x16x4x1xf32>) -> tensor<1x4x16x4x2xf32>
    %collapsed_40 = tensor.collapse_shape %concat_39 [[0], [1], [2], [3, 4]] : tensor<1x4x16x4x2xf32> into tensor<1x4x16x8xf32>
    %35 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_40, %30 : tensor<1x4x16x8xf32>, tensor<16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.mulf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %36 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%33, %35 : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.addf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %expanded_41 = tensor.expand_shape %32 [[0], [1], [2], [3, 4]] output_shape [1, 4, 16, 8, 1] : tensor<1x4x16x8xf32> into tensor<1x4x16x8x1xf32>
    %expanded_42 = tensor.expand_shape %36 [[0], [1], [2], [3, 4]] output_shape [1, 4, 16, 8, 1] : tensor<1x4x16x8xf32> into tensor<1x4x16x8x1xf32>
    %37 = tensor.empty() : tensor<4x16x8x1x1xf32>
    %transposed_43 = linalg.transpose ins(%expanded_41 : tensor<1x4x16x8x1xf32>) outs(%37 : tensor<4x16x8x1x1xf32>) permutation = [1, 2, 3, 0, 4] 
    %collapsed_44 = tensor.collapse_shape %transposed_43 [[0], [1], [2, 3, 4]] : tensor<4x16x8x1x1xf32> into tensor<4x16x8xf32>
    %38 = tensor.empty() : tensor<4x8x1x16x1xf32>
    %transposed_45 = linalg.transpose ins(%expanded_42 : tensor<1x4x16x8x1xf32>) outs(%38 : tensor<4x8x1x16x1xf32>) permutation = [1, 3, 0, 2, 4] 
    %collapsed_46 = tensor.collapse_shape %transposed_45 [[0], [1], [2, 3, 4]] : tensor<4x8x1x16x1xf32> into tensor<4x8x16xf32>
    %39 = tensor.empty() : tensor<4x16x16xf32>
    %40 = linalg.fill ins(%cst : f32) outs(%39 : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %41 = linalg.batch_matmul ins(%collapsed_44, %collapsed_46 : tensor<4x16x8xf32>, tensor<4x8x16xf32>) outs(%40 : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %expanded_47 = tensor.expand_shape %41 [[0], [1], [2, 3, 4]] output_shape [4, 16, 1, 1, 16] : tensor<4x16x16xf32> into tensor<4x16x1x1x16xf32>
    %42 = tensor.empty() : tensor<1x4x16x16x1xf32>
    %transposed_48 = linalg.transpose ins(%expanded_47 : tensor<4x16x1x1x16xf32>) outs(%42 : tensor<1x4x16x16x1xf32>) permutation = [3, 0, 1, 4, 2] 
    %collapsed_49 = tensor.collapse_shape %transposed_48 [[0], [1], [2], [3, 4]] : tensor<1x4x16x16x1xf32> into tensor<1x4x16x16xf32>
    %43 = tensor.empty() : tensor<16xi64>
    %44 = linalg.generic {indexing_maps = [#map5], iterator_types = ["parallel"]} outs(%43 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %118 = linalg.index 0 : index
      %119 = arith.index_cast %118 : index to i64
      linalg.yield %119 : i64
    } -> tensor<16xi64>
    %expanded_50 = tensor.expand_shape %44 [[0, 1]] output_shape [1, 16] : tensor<16xi64> into tensor<1x16xi64>
    %expanded_51 = tensor.expand_shape %44 [[0, 1]] output_shape [16, 1] : tensor<16xi64> into tensor<16x1xi64>
    %45 = tensor.empty() : tensor<16x16xi64>
    %46 = linalg.generic {indexing_maps = [#map7, #map6, #map8], iterator_types = ["parallel", "parallel"]} ins(%expanded_50, %expanded_51 : tensor<1x16xi64>, tensor<16x1xi64>) outs(%45 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_102: i64, %out: i64):
      %118 = arith.subi %in, %in_102 : i64
      linalg.yield %118 : i64
    } -> tensor<16x16xi64>
    %47 = tensor.empty() : tensor<16x16xi1>
    %48 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%46 : tensor<16x16xi64>) outs(%47 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %118 = arith.cmpi sge, %in, %c1_i64 : i64
      linalg.yield %118 : i1
    } -> tensor<16x16xi1>
    %49 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%48, %cst_4 : tensor<16x16xi1>, tensor<16x16xi1>) outs(%47 : tensor<16x16xi1>) {
    ^bb0(%in: i1, %in_102: i1, %out: i1):
      %118 = arith.andi %in, %in_102 : i1
      linalg.yield %118 : i1
    } -> tensor<16x16xi1>
    %50 = tensor.empty() : tensor<1x4x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map9, #map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49, %cst_3, %collapsed_49 : tensor<16x16xi1>, tensor<f32>, tensor<1x4x16x16xf32>) outs(%50 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: i1, %in_102: f32, %in_103: f32, %out: f32):
      %118 = arith.select %in, %in_102, %in_103 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x16xf32>
    %52 = tensor.empty() : tensor<1x4x16xi64>
    %53 = linalg.fill ins(%c0_i64 : i64) outs(%52 : tensor<1x4x16xi64>) -> tensor<1x4x16xi64>
    %54 = tensor.empty() : tensor<1x4x16xf32>
    %55 = linalg.fill ins(%cst_1 : f32) outs(%54 : tensor<1x4x16xf32>) -> tensor<1x4x16xf32>
    %56:2 = linalg.generic {indexing_maps = [#map4, #map11, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%51 : tensor<1x4x16x16xf32>) outs(%55, %53 : tensor<1x4x16xf32>, tensor<1x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_102: i64):
      %118 = linalg.index 3 : index
      %119 = arith.index_cast %118 : index to i64
      %120 = arith.maximumf %in, %out : f32
      %121 = arith.cmpf ogt, %in, %out : f32
      %122 = arith.select %121, %119, %out_102 : i64
      linalg.yield %120, %122 : f32, i64
    } -> (tensor<1x4x16xf32>, tensor<1x4x16xi64>)
    %expanded_52 = tensor.expand_shape %56#0 [[0], [1], [2, 3]] output_shape [1, 4, 16, 1] : tensor<1x4x16xf32> into tensor<1x4x16x1xf32>
    %57 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %expanded_52 : tensor<1x4x16x16xf32>, tensor<1x4x16x1xf32>) outs(%50 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.subf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57 : tensor<1x4x16x16xf32>) outs(%50 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.exp %in : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x16xf32>
    %59 = tensor.empty() : tensor<1x4x16x1xf32>
    %60 = linalg.fill ins(%cst : f32) outs(%59 : tensor<1x4x16x1xf32>) -> tensor<1x4x16x1xf32>
    %61 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%58 : tensor<1x4x16x16xf32>) outs(%60 : tensor<1x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %out : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x1xf32>
    %62 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58, %61 : tensor<1x4x16x16xf32>, tensor<1x4x16x1xf32>) outs(%50 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.divf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x16xf32>
    %expanded_53 = tensor.expand_shape %62 [[0], [1], [2], [3, 4]] output_shape [1, 4, 16, 16, 1] : tensor<1x4x16x16xf32> into tensor<1x4x16x16x1xf32>
    %expanded_54 = tensor.expand_shape %collapsed_23 [[0], [1], [2], [3, 4]] output_shape [1, 4, 16, 8, 1] : tensor<1x4x16x8xf32> into tensor<1x4x16x8x1xf32>
    %63 = tensor.empty() : tensor<4x16x16x1x1xf32>
    %transposed_55 = linalg.transpose ins(%expanded_53 : tensor<1x4x16x16x1xf32>) outs(%63 : tensor<4x16x16x1x1xf32>) permutation = [1, 2, 3, 0, 4] 
    %collapsed_56 = tensor.collapse_shape %transposed_55 [[0], [1], [2, 3, 4]] : tensor<4x16x16x1x1xf32> into tensor<4x16x16xf32>
    %64 = tensor.empty() : tensor<4x16x1x8x1xf32>
    %transposed_57 = linalg.transpose ins(%expanded_54 : tensor<1x4x16x8x1xf32>) outs(%64 : tensor<4x16x1x8x1xf32>) permutation = [1, 2, 0, 3, 4] 
    %collapsed_58 = tensor.collapse_shape %transposed_57 [[0], [1], [2, 3, 4]] : tensor<4x16x1x8x1xf32> into tensor<4x16x8xf32>
    %65 = tensor.empty() : tensor<4x16x8xf32>
    %66 = linalg.fill ins(%cst : f32) outs(%65 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
    %67 = linalg.batch_matmul ins(%collapsed_56, %collapsed_58 : tensor<4x16x16xf32>, tensor<4x16x8xf32>) outs(%66 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
    %expanded_59 = tensor.expand_shape %67 [[0], [1], [2, 3, 4]] output_shape [4, 16, 1, 1, 8] : tensor<4x16x8xf32> into tensor<4x16x1x1x8xf32>
    %68 = tensor.empty() : tensor<1x4x16x8x1xf32>
    %transposed_60 = linalg.transpose ins(%expanded_59 : tensor<4x16x1x1x8xf32>) outs(%68 : tensor<1x4x16x8x1xf32>) permutation = [3, 0, 1, 4, 2] 
    %collapsed_61 = tensor.collapse_shape %transposed_60 [[0], [1], [2], [3, 4]] : tensor<1x4x16x8x1xf32> into tensor<1x4x16x8xf32>
    %69 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_21 : tensor<f32>, tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.cmpf ogt, %in, %in_102 : f32
      %119 = arith.select %118, %in, %in_102 : f32
      linalg.yield %119 : f32
    } -> tensor<1x4x16x8xf32>
    %70 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_21 : tensor<f32>, tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.cmpf olt, %in, %in_102 : f32
      %119 = arith.select %118, %in, %in_102 : f32
      linalg.yield %119 : f32
    } -> tensor<1x4x16x8xf32>
    %71 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70 : tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.exp %in : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %72 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71 : tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.subf %in, %cst_0 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %73 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %72 : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.addf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %74 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73 : tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %cst_0 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %expanded_62 = tensor.expand_shape %74 [[0], [1], [2], [3, 4]] output_shape [1, 4, 16, 8, 1] : tensor<1x4x16x8xf32> into tensor<1x4x16x8x1xf32>
    %expanded_63 = tensor.expand_shape %arg1 [[0], [1], [2], [3, 4]] output_shape [1, 4, 8, 8, 1] : tensor<1x4x8x8xf32> into tensor<1x4x8x8x1xf32>
    %transposed_64 = linalg.transpose ins(%expanded_62 : tensor<1x4x16x8x1xf32>) outs(%37 : tensor<4x16x8x1x1xf32>) permutation = [1, 2, 3, 0, 4] 
    %collapsed_65 = tensor.collapse_shape %transposed_64 [[0], [1], [2, 3, 4]] : tensor<4x16x8x1x1xf32> into tensor<4x16x8xf32>
    %75 = tensor.empty() : tensor<4x8x1x8x1xf32>
    %transposed_66 = linalg.transpose ins(%expanded_63 : tensor<1x4x8x8x1xf32>) outs(%75 : tensor<4x8x1x8x1xf32>) permutation = [1, 2, 0, 3, 4] 
    %collapsed_67 = tensor.collapse_shape %transposed_66 [[0], [1], [2, 3, 4]] : tensor<4x8x1x8x1xf32> into tensor<4x8x8xf32>
    %76 = linalg.batch_matmul ins(%collapsed_65, %collapsed_67 : tensor<4x16x8xf32>, tensor<4x8x8xf32>) outs(%66 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
    %expanded_68 = tensor.expand_shape %76 [[0], [1], [2, 3, 4]] output_shape [4, 16, 1, 1, 8] : tensor<4x16x8xf32> into tensor<4x16x1x1x8xf32>
    %transposed_69 = linalg.transpose ins(%expanded_68 : tensor<4x16x1x1x8xf32>) outs(%68 : tensor<1x4x16x8x1xf32>) permutation = [3, 0, 1, 4, 2] 
    %collapsed_70 = tensor.collapse_shape %transposed_69 [[0], [1], [2], [3, 4]] : tensor<1x4x16x8x1xf32> into tensor<1x4x16x8xf32>
    %expanded_71 = tensor.expand_shape %arg2 [[0], [1], [2, 3]] output_shape [1, 4, 8, 1] : tensor<1x4x8xf32> into tensor<1x4x8x1xf32>
    %77 = tensor.empty() : tensor<4x1x8x1xf32>
    %transposed_72 = linalg.transpose ins(%expanded_71 : tensor<1x4x8x1xf32>) outs(%77 : tensor<4x1x8x1xf32>) permutation = [1, 0, 2, 3] 
    %collapsed_73 = tensor.collapse_shape %transposed_72 [[0], [1], [2, 3]] : tensor<4x1x8x1xf32> into tensor<4x1x8xf32>
    %78 = tensor.empty() : tensor<4x8x16x1xf32>
    %transposed_74 = linalg.transpose ins(%74 : tensor<1x4x16x8xf32>) outs(%78 : tensor<4x8x16x1xf32>) permutation = [1, 3, 2, 0] 
    %collapsed_75 = tensor.collapse_shape %transposed_74 [[0], [1], [2, 3]] : tensor<4x8x16x1xf32> into tensor<4x8x16xf32>
    %79 = tensor.empty() : tensor<4x1x16xf32>
    %80 = linalg.fill ins(%cst : f32) outs(%79 : tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %81 = linalg.batch_matmul ins(%collapsed_73, %collapsed_75 : tensor<4x1x8xf32>, tensor<4x8x16xf32>) outs(%80 : tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %expanded_76 = tensor.expand_shape %81 [[0], [1], [2, 3]] output_shape [4, 1, 1, 16] : tensor<4x1x16xf32> into tensor<4x1x1x16xf32>
    %transposed_77 = linalg.transpose ins(%expanded_76 : tensor<4x1x1x16xf32>) outs(%59 : tensor<1x4x16x1xf32>) permutation = [1, 0, 3, 2] 
    %82 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_77 : tensor<1x4x16x1xf32>) outs(%59 : tensor<1x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.truncf %cst_8 : f64 to f32
      %119 = arith.cmpf ult, %in, %118 : f32
      %120 = arith.select %119, %118, %in : f32
      linalg.yield %120 : f32
    } -> tensor<1x4x16x1xf32>
    %83 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_70, %82 : tensor<1x4x16x8xf32>, tensor<1x4x16x1xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.divf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %expanded_78 = tensor.expand_shape %cst_7 [[0, 1, 2]] output_shape [4, 1, 1] : tensor<4xf32> into tensor<4x1x1xf32>
    %84 = tensor.empty() : tensor<4x1x1xf32>
    %85 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_78 : tensor<4x1x1xf32>) outs(%84 : tensor<4x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.negf %in : f32
      %119 = math.exp %118 : f32
      %120 = arith.addf %119, %cst_0 : f32
      %121 = arith.divf %cst_0, %120 : f32
      linalg.yield %121 : f32
    } -> tensor<4x1x1xf32>
    %86 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_61, %85 : tensor<1x4x16x8xf32>, tensor<4x1x1xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.mulf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %87 = linalg.generic {indexing_maps = [#map14, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_5, %85 : tensor<f32>, tensor<4x1x1xf32>) outs(%84 : tensor<4x1x1xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.subf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<4x1x1xf32>
    %88 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%83, %87 : tensor<1x4x16x8xf32>, tensor<4x1x1xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.mulf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %89 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%86, %88 : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.addf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %90 = tensor.empty() : tensor<1x16x4x8xf32>
    %transposed_79 = linalg.transpose ins(%89 : tensor<1x4x16x8xf32>) outs(%90 : tensor<1x16x4x8xf32>) permutation = [0, 2, 1, 3] 
    %91 = tensor.empty() : tensor<32x32xf32>
    %transposed_80 = linalg.transpose ins(%cst_6 : tensor<32x32xf32>) outs(%91 : tensor<32x32xf32>) permutation = [1, 0] 
    %collapsed_81 = tensor.collapse_shape %transposed_79 [[0, 1], [2, 3]] : tensor<1x16x4x8xf32> into tensor<16x32xf32>
    %92 = tensor.empty() : tensor<16x32xf32>
    %93 = linalg.fill ins(%cst : f32) outs(%92 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %94 = linalg.matmul ins(%collapsed_81, %transposed_80 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%93 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded_82 = tensor.expand_shape %94 [[0, 1], [2]] output_shape [1, 16, 32] : tensor<16x32xf32> into tensor<1x16x32xf32>
    %95 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_22 : tensor<f32>, tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.cmpf ogt, %in, %in_102 : f32
      %119 = arith.select %118, %in, %in_102 : f32
      linalg.yield %119 : f32
    } -> tensor<1x4x16x8xf32>
    %96 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_22 : tensor<f32>, tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.cmpf olt, %in, %in_102 : f32
      %119 = arith.select %118, %in, %in_102 : f32
      linalg.yield %119 : f32
    } -> tensor<1x4x16x8xf32>
    %97 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%96 : tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.exp %in : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %98 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%97 : tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.subf %in, %cst_0 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %99 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%95, %98 : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.addf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %100 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%99 : tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %cst_0 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %expanded_83 = tensor.expand_shape %100 [[0], [1], [2], [3, 4]] output_shape [1, 4, 16, 8, 1] : tensor<1x4x16x8xf32> into tensor<1x4x16x8x1xf32>
    %transposed_84 = linalg.transpose ins(%expanded_83 : tensor<1x4x16x8x1xf32>) outs(%37 : tensor<4x16x8x1x1xf32>) permutation = [1, 2, 3, 0, 4] 
    %collapsed_85 = tensor.collapse_shape %transposed_84 [[0], [1], [2, 3, 4]] : tensor<4x16x8x1x1xf32> into tensor<4x16x8xf32>
    %101 = linalg.batch_matmul ins(%collapsed_85, %collapsed_67 : tensor<4x16x8xf32>, tensor<4x8x8xf32>) outs(%66 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
    %expanded_86 = tensor.expand_shape %101 [[0], [1], [2, 3, 4]] output_shape [4, 16, 1, 1, 8] : tensor<4x16x8xf32> into tensor<4x16x1x1x8xf32>
    %transposed_87 = linalg.transpose ins(%expanded_86 : tensor<4x16x1x1x8xf32>) outs(%68 : tensor<1x4x16x8x1xf32>) permutation = [3, 0, 1, 4, 2] 
    %collapsed_88 = tensor.collapse_shape %transposed_87 [[0], [1], [2], [3, 4]] : tensor<1x4x16x8x1xf32> into tensor<1x4x16x8xf32>
    %transposed_89 = linalg.transpose ins(%100 : tensor<1x4x16x8xf32>) outs(%78 : tensor<4x8x16x1xf32>) permutation = [1, 3, 2, 0] 
    %collapsed_90 = tensor.collapse_shape %transposed_89 [[0], [1], [2, 3]] : tensor<4x8x16x1xf32> into tensor<4x8x16xf32>
    %102 = linalg.batch_matmul ins(%collapsed_73, %collapsed_90 : tensor<4x1x8xf32>, tensor<4x8x16xf32>) outs(%80 : tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %expanded_91 = tensor.expand_shape %102 [[0], [1], [2, 3]] output_shape [4, 1, 1, 16] : tensor<4x1x16xf32> into tensor<4x1x1x16xf32>
    %transposed_92 = linalg.transpose ins(%expanded_91 : tensor<4x1x1x16xf32>) outs(%59 : tensor<1x4x16x1xf32>) permutation = [1, 0, 3, 2] 
    %103 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_92 : tensor<1x4x16x1xf32>) outs(%59 : tensor<1x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.truncf %cst_8 : f64 to f32
      %119 = arith.cmpf ult, %in, %118 : f32
      %120 = arith.select %119, %118, %in : f32
      linalg.yield %120 : f32
    } -> tensor<1x4x16x1xf32>
    %104 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_88, %103 : tensor<1x4x16x8xf32>, tensor<1x4x16x1xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.divf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %105 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_23, %104 : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) outs(%15 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.subf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x16x8xf32>
    %expanded_93 = tensor.expand_shape %105 [[0], [1], [2], [3, 4]] output_shape [1, 4, 16, 8, 1] : tensor<1x4x16x8xf32> into tensor<1x4x16x8x1xf32>
    %106 = tensor.empty() : tensor<4x8x16x1x1xf32>
    %transposed_94 = linalg.transpose ins(%expanded_83 : tensor<1x4x16x8x1xf32>) outs(%106 : tensor<4x8x16x1x1xf32>) permutation = [1, 3, 2, 0, 4] 
    %collapsed_95 = tensor.collapse_shape %transposed_94 [[0], [1], [2, 3, 4]] : tensor<4x8x16x1x1xf32> into tensor<4x8x16xf32>
    %transposed_96 = linalg.transpose ins(%expanded_93 : tensor<1x4x16x8x1xf32>) outs(%64 : tensor<4x16x1x8x1xf32>) permutation = [1, 2, 0, 3, 4] 
    %collapsed_97 = tensor.collapse_shape %transposed_96 [[0], [1], [2, 3, 4]] : tensor<4x16x1x8x1xf32> into tensor<4x16x8xf32>
    %107 = tensor.empty() : tensor<4x8x8xf32>
    %108 = linalg.fill ins(%cst : f32) outs(%107 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %109 = linalg.batch_matmul ins(%collapsed_95, %collapsed_97 : tensor<4x8x16xf32>, tensor<4x16x8xf32>) outs(%108 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %expanded_98 = tensor.expand_shape %109 [[0], [1], [2, 3, 4]] output_shape [4, 8, 1, 1, 8] : tensor<4x8x8xf32> into tensor<4x8x1x1x8xf32>
    %110 = tensor.empty() : tensor<1x4x8x8x1xf32>
    %transposed_99 = linalg.transpose ins(%expanded_98 : tensor<4x8x1x1x8xf32>) outs(%110 : tensor<1x4x8x8x1xf32>) permutation = [3, 0, 1, 4, 2] 
    %collapsed_100 = tensor.collapse_shape %transposed_99 [[0], [1], [2], [3, 4]] : tensor<1x4x8x8x1xf32> into tensor<1x4x8x8xf32>
    %111 = tensor.empty() : tensor<1x4x8x16xf32>
    %transposed_101 = linalg.transpose ins(%100 : tensor<1x4x16x8xf32>) outs(%111 : tensor<1x4x8x16xf32>) permutation = [0, 1, 3, 2] 
    %112 = tensor.empty() : tensor<1x4x8xf32>
    %113 = linalg.fill ins(%cst : f32) outs(%112 : tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %114 = linalg.generic {indexing_maps = [#map4, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%transposed_101 : tensor<1x4x8x16xf32>) outs(%113 : tensor<1x4x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %out : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x8xf32>
    %115 = tensor.empty() : tensor<1x4x8x8xf32>
    %116 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_100, %arg1 : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%115 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.addf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x8x8xf32>
    %117 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %arg2 : tensor<1x4x8xf32>, tensor<1x4x8xf32>) outs(%112 : tensor<1x4x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %118 = arith.addf %in, %in_102 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x8xf32>
    return %expanded_82, %116, %117 : tensor<1x16x32xf32>, tensor<1x4x8x8xf32>, tensor<1x4x8xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_32_32_torch.float32: "0x040000000775A23DDAEF0F3EAC02F03D413322BD3B32F3BCD7E8133D63631FBE7AEEB83C8C86193E42AA32BE962FB53D73BC5ABD1B89B43D4A97613DD428ACBDF8B707BE4C75CB3DA194213E34F2EEBDFDCEEB3DBAC5393DEB1617BC46A9303E05ABB73C1F2CDA3D731D4F3D69D30FBEBA0E183EA57F263ED95AC0BD187ABE3D0857AA3DA1FD20BD7A72123ED25C16BE2A251CBDC17A1B3D5D675C3DD14E903D3CBF513DFB1E113E674996BD59260B3EA10DCFBD8E32E4BC349606BE2C1053BD24F47E3DCE81233E20E9A8BDF95CBB3DF52448BC289B16BE4B0C383C3DA201BEC87FA13C2C2A093D19AB09BE3F6F2A3EC22320BE5CF1C33CCE20153DE31B203C382927BD5FC4313ED1D8B13D8FF18ABD7153EF3D27F7133E166D84BDF23C63BD4E0BCE3D6AD51D3E4353D03D061F8FBD6F09E63D28A7D23D26CC473D4C53CCBC5854F63D53DFC8BCD4D20B3D1DD57FBDCC76023EA82453BD37E7113E41622F3D58BAB93C3CD52ABEE57E113EC10E183EF10126BE19BBA43C949CB53C8648203E64601B3E1FD4233EADD854BC213F2D3EB7DCF43D6ABB5DBD3AC099BD73298EBD9D01F43D6D2F0ABDCEDAC6BDD272B63D4A51343E59CAD63C29A7FF3DB7FB2D3E131523BE9FF9B93DD9ABE13D1EA86F3B0FE2153E3E5E2ABE8CD1A43DB9010CBE3513CFBD57D07FBCF35BD2BD617D703DF45DE23D79C407BEB23C31BE268EA0BD5AD80F3CCA9A983DC58E0B3E3964113D2E86C93D0FD75DBD9FA7DE3D61951F3EBD06A4BC9EA7653D4BCC34BDB895153B65A91FBEAEE842BD8823CCBD7B467EBB295232BE322FFB3D38D91A3E5EDD2CBE8FE7083E4395F93D1B64B63D879A0A3EDC809E3D1DB70E3E68DD32BC8D63B4BD7A9C7BBBBBC691BDA5B8F43C1EC70E3E79FE7CBC990C863CAC9671BD6782183EF4158DBC4A3DFABD430FAEBD4827293E64BE7C3C2778443DAFF155BDD03DDEBA0470103E8638A2BD2F4032BED2E3C2BC4A65253E9992A3BDF65AC4BDECE7E93DA9885DBD9EA09D3D6B8215BEE83EF3BD936FE63DFEFC28BE4E8306BC81A022BD395A34BE7E240D3DA333D3BDD1B6AD3DCB7411BEEF36283D0891BC3D0D9BA5BDF3B7FEBD0E60073E9C4ACABD13302EBE7674813D0ECF06BB4AFEE43C4CAA25BEEA020B3B9BDD5CBD93F9C43DF553D93DD7B025BE8BB98C3D37EA1A3EBCF7AE3DA12FF4BDDACED03D0DD81ABC78E605BE61C56ABDE366033E97B64E3D76D12D3E4959253E7DBE20BE80872C3E89EC813D6E09903D00E4EBBD97DB803BBD131CBE82EFB1BCC14EB3BDA226D5BC387EA83C6C3D1DBE50DB9EBD7CB7F83DC093663D749ED1BD60251FBE926BAE3DDAA61A3E4545603D5F88C4BDA67F193DDDE320BD51680DBE5C82D9BBA467123DCC13A2BD989458BDC6F89FBD9FC5243EB5228E3D28D5963CD6A31C3E0923E33D9CFAF33D0BDE27BE8042373D2B74803D4D2BCABDCE154F3D5B899CBD4C5E66BDED830BBECB60AD3D7093333EB4A727BD27EAE53AC30227BEB665203ED2752FBE1BA116BE4472273E2B81A0BDE4FB15BE731F1F3DF45CE1BD8F16D33DDE08B63D6085A53D83860E3E86E9D6BD427B013EF03AB83DCBFF29BD686C1C3E72F114BE2589113D3FCC17BDF43264BDDB691EBE300F7FBD180C023E59FAD93CEA4CE4BD8B7A153D0FEF183E372E83BD270BCB3D8D01AE3DD58C02BE624F1EBDDDD3F9BB3B3C71BD73161DBE07BD66BDF5DE083E4F814FBD1F982E3E069321BE79522ABEC8282ABC2E36EABD43D31ABECF893B3DE1113D3D8AF9123EBD1E003E6B9B9E3DA38C093EE0132FBDD8D1763D3C676CBC55442ABED2F150BD809C2BBEEDDB2E3E2C932F3EAE6F26BE7672353CD038153EDBEF14BE4D55A5BDB77A0D3CC8745F3D71B714BE7DD9E6BDA01519BBA5CE5CBDD198193E59EC98BD4AD5013E459F25BDB0809D3D58B2BE3C967AB9BD3381F03AA8110CBEF143F5BDA28ABC3D758811BE7238C03CA5C01ABE66C1B83D64F2113EF3E6153C5BC6BB3C2322143DB0B8253EF12A83BD7C88133EFF31183E8E8700BEA2377E3B27E3E03DCE564D3DDDED0CBE30B6BE3DB56DCFBD9F1303BE6C352A3D10EDCFBDB22164BDC4ADE43CCD991BBCFEA3A23D4784B8BD22C2113E4EB5EA3D556020BE1263833DFDA5DE3D7C88153DDB2405BE320B3F3D9FB8463DDE89C7BD007E253ECE7A1CBE62247A3D24C7FE3D9273DA3D1E0090BD78DDC8BC21DB1D3DEEF3FA3DA3A3D13BA150C23DE12C703CFCC8E13DC54B5BBD5E3694BD82E1A33D4DA48DBDAF38DE3B1C6F0C3E34B272BCE08ED13D3E6FDC3DBB73D1BB7357CA3DD39637BD0744EB3D31961D3E0AFCF23DE4DD1C3E2699A13C9D76293EE11BC33D88FC773DCDC2883CB4171ABEDA582EBEBEA009BC9CF327BE2853493CA407273E61D5D5B9D4C6B53C90DB293E90607D3DCA6F253EB9861ABE7A06B9BC43BDF63D251D68BD238E293EAD4E483C1EE7EB3CEEFB04BE2586E03D14DE303D703E693DE3F610BDE9BB9CBD5C0F39BD0BA31D3E1397C4BDBCE8C23DE1EF54BD709F1A3EE8B9A1BDE0F7FABD43F55E3DCC9EABBD5D5D413BB1EB09BE3DB61DBE5E3CD1BD82B9293E71869DBD169A993DF418243EDCDE2F3EBDF806BEDF941B3E502CD1BCAA032F3E3E3B15BE651F213C9A442B3E1ED4AB3D88950F3B4711033BEA3A1A3EA2C907BE6FE490BDFC85CABD92AD2A3E2744E23C70861EBE392B913DDE1C333C36B1693C363AAB3D30A90C3E1C11A5BD5CCC0EBECFA921BD0EACF7BDFE0C0ABE17E985BDAE4C9B3DC96F2FBEB138AEBD9AEC123DC7F5E5BDECC4233E2C80D5BB9ADEE23D1600573D44C9B03CD745083D284F84BDDDFC013DF263F63D3EC50EBD42006D3DB5C824BD0DEA303E91C858BCB87CE33D658DE83C4E1ADDBD342395BD98181BBE702C0E3ED43623BEEAF5E0BC1B9DBC3DAF7B94BDB377053E2826E23DC3ADE53D7707243EB88D9A3C853D22BE220DE2BD8629C53D15BC843DF8F5F3BBA52A163E78B59CBDD549E03DC87637BDE712CCBD5F02293E196C10BE567DFC3D26842B3CCB78F0BD82AEA7BDF35F2F3ED8F626BE847D2CBEC15EFABDDF3D05BEFF9A163B034D143E6607063EC79E0ABEEEF9DBBD506A2C3C4C60BEBD95C6CD3D46DFACBD82832BBD5F4C083EF815CBBDF6230DBE64F89C3CFCCDE43C3A52EBBDDFC401BE31D64DBDF96812BE4356DC3DA43AC73C8153853DEB3B003EAE4D043E454AA4BD581E333E3818BFBDDF678CBCD9FB023EA09EE1BD5AA8CF3D1E7DAABDDC1A933D4230F93DBF8E913D1165903C7D4C11BD8874543CE080A33DC567D03D61AAE3BDB269EB3CBBE0523D782F20BEDE55B1BD74F322BE084F25BE8776423C5C8094BD4FF8883DE23086BC3FC6503D0303A53DD76E4EBDBA4FD2BD0C2EAD3CC77C1EBE7927283E520020BEC19A113EB7760B3E57D8013D9B8BADBCE9DA363D330C7CBB7E931DBDABD30ABE9CDFC4BDA6E5C13D36E3593D0B44C93C5029D4BDE22C093E844ECF3D725F2DBEA24FF1BDC133C33DC61297BD1BF3EFBD0C03573CA24CD93D18872BBE6A7B24BD32811C3E3B090CBEE59140BC88DF643D2E8FCC3D4CE60C3E63D20B3D7FCDF5BDFE0CB9BDD8F8513B69BA103E7EE683BDC5CD11BEDFE4CA3D9A5FFDBD8AAA8EBD31AF5A3D9B2F7B3DE67E473D5521C8BC9F81B73DD64FDBBC8756203E0F564CBD924D983D1B93CD3DC123033E90622BBC968E07BEAE91993C1F6C14BE826E0C3EC6A64DBD2B7220BEF112303D52BDE73DAF8D983DCCE11BBEF75C14BE50710F3E836BC4BCBB05FB3CF00CF2BD25941FBD0394A93DA0F3E23D5A8924BEE1DBE13DBD21E8BC0FBED43D9004B73D73D805BC96EE9FBDEDBE15BE926EFBBD2520EBBDCD76E4BDACED213ECF76EF3D3B2704BEBBA4ADBD7C45BBBB0ED2073D371814BDBB2C73BDD3BFDB3C250BD3BD930FCBBD59CC30BED48C023D924CB43C749FF2BD5B850FBC68F7A3BC384DA43D3B52F33D7405213D46BBE1BDB477193EC8C17EBC9D0EBA3DD555FF3BB61E6C3D396A2ABEAC662A3ED29C1B3E43E4DD3D82DF10BE6E9F0B3DCDA8A23D9F4A6CBD918401BE7B74D5BD80A0A9BD1277A83DF69FF0BC5F40843D25C7FBBDDEF09EBC7792A33CCD7075BDC983ECBC3BF3013EA8C4063EE986053E8DC9303E5186F43D8EF4A73D0369C93D5A2F2D3E7A89E1BC1E4583BC0E3E02BE7C04F43D2625A13D87F9A53D9AEE3E3D205F3EBCED16FA3D24578BBD649AB7BDFAAA32BE6140053DA7E2093EA2CAFE3D84ED1D3E88E91EBECE11C7BCC5F3B23CD508C9BDCD553EBDD8D7C83D91B934BE0C3FDEBD35E22D3D358E11BEC69EA5BD67561A3E39B9F7BBD16ECEBDB70C873DC78DEF3B03A8283E28CF753DBB8C1D3E8E3F803DCC01183EA6BF0FBDF5FC12BEA9A0693D9CD4933D500D23BE4B3F253E30ABD63C411BE6BC4A58EE3DFC5C3DBDBE91A03D2036083E421B973D5BBF08BEE486FF3DF65AABBC03082B3E8DF680BC115CB33D4B166C3D27D56BBDC83F9E3CC0A631BE53203A3D410394BD68A51ABE191EB5BD70746EBCE6DC25BE10CF1A3EDA42903D1C739FBD37BF193E8AEE8DBDD4E0D2BD8F9B21BD4013043E6388EB3D8E8E12BDB170E4BCD06D37BC56BB11BE3978013ED3ED2EBED5D531BE9D3FF93D32E7B43DDAEBC2BD0850903D0F21A8BBDFCD4BBBE5DD943D1D464A3D5F5DCCBD60A308BE0BFD0A3E93A881BD2A9F183ECB26063ED5CFD9BC6FDDC83DF39B893DDAECBFBD7864753D310E20BEE96AE2BCC822E3BD3CF010BE40EC113D594BBABB275367BD6DD5A23D296AD3BD84C5CCBD17F2753D68FB123D8BA728BE3F3A073EEB7A12BE9A7F02BE695A33BE33C69ABD5AABA8BD8FC38F3D029F16BEDC085B3C93242CBDFB81233E417573BD4009273ED23B303EAC68143CDFE50CBB8D72DDBDFF26A3BD9DF81DBE0850023EE513173E069F22BE0906063D5AF3963D75D4363D037886BD95CCD53C9A90B5BC1566433D42BEC33DB0ADB83DF46A14BEA552A83C52CCC83C3D8B1F3DE3BC263EB167803D007263BC27CE2DBE5ED45CBD11BE22BDB2EDC4BDC8CAD93DDC1672BD13F6933D1EC4233EFE5B4EBDDD9E2B3EDA833EBD0136C43DED5BFC3CD42B34BE5B65E03D5869CFBD018298BDA72726BCD62A293E19EC103EA6855A3D723A8BBDDD6B233EEF4327BD60F3D73C9E212FBD1263873D2C9C3FBD73A8193E52CA1ABEE75B70BC28AB15BD5F441B3DEEC628BE8E1FA83CC98DDD3D21EC25BE949E553DCCEA883DF8AC183E471B8D3D6A651CBEF3070ABEA7FE11BE76AA19BEA45F9D3DCB97BEBD674ECEBD4614B53DF411A63CACC1D83BEDB7203E6E81AF3D467758BDC32D0EBEFD14A9BD5D414A3C41FC26BE0F5525BE06880C3DCDFDDCBD6A0875BC4F942EBE6912E9BD056B80BDAA451CBEFAFBC53D0E8250BD508FC33D4B3AB7BDDE14A9BD60CD773A40A1813DC278A7BDD7691D3DFEE700BEEF1490BDF39D2E3EEACF06BDB7D218BD11FA8EBD0636CF3D2C3E15BE166D173E3C7D31BE62DE05BE18F217BEFC8A88BC4D5F96BD76B4603DBB1AB83D793AED3DC59EC5BDF18B933DF06EEC3DCFDDE6BDF24F083EB1C2DE3D587D8BBD4907B0BD764A33BE0DDAC43DB72EC1BD74929DBD4F972F3E31F201BB74262C3DA769DE3C7EF777BD804E0DBE3419CCBD441B02BE3C17C43D8106CD3CB24591BD547E313CD6CB173EEDAD203D8648B3BD4099A73D087DA7BD6B7792BDBA16933DA69F2EBE239CB3BD220680BCEF8369BD1768103E1D5D75BD75CB723D71FB09BE4482BD3D316DECBD",
      torch_tensor_4_torch.float32_1: "0x0400000000002041000020410000204100002041",
      torch_tensor_4_torch.float32: "0x040000000000803FCDCCCC3D0AD7233C6F12833A",
      torch_tensor_96_32_torch.float32: "0x040000006202D33DB5DA00BD96EAB0BD6C19323E5D1F923A3332143E34C13C3B7C3DA03D3A229CBD502AC0BD8692C43DA42AF1BCEC96833C925BA2BD7666023EE59D8DBCF4D5DF3DC1AA5D3D933D3BBDAA4ABEBC63EA7CBD4A1F633DC3D47ABD9C60D23D45F8403D0AAFF0BD2638C63C3EF19E3D03AF80BD934BB0BC938207BE1C7D103B3688263E60A0BABB61170CBEED8BA33CBDCB00BE0FE9D23D753E273E0579E03CAE531C3E16CD413D21F4523D5863FBBD416E82BD3AB3C0BDA7E1183B3719DA3D64CDC2BDDC65EBBD0B88113E08EC213E8A006E3D04D4ED3D7EB3A7BDDA9E0FBE816900BD8B5933BEF82D903D30C958BDE39C9ABDDB6F01BE3A1597BD430EDD3D06932A3B16F3213E2FF39DBD0712C2BAF9ACE83DC28FDA3DD1060D3D26C0D83D976183BD535EAEBD96FC79BDC7500D3E81113D3DFAA6233EA46DF1BC2A16A63DDDA0FF3D3B3CA13D13A041BDCDE17ABC8FB414BE7219FA3D74FBA23C18E290BCE175433D32D216BE4AA22DBE84914D3D22FC1ABE74BA4A3CF58002BE5D5C1F3E336F2BBC496FC53B9F28E6BD8DB77A3D085D05BEFB9F833CA4B6983D7E1F9D3D8D39FFBDC60614BE0CE86F3D4509BD3D256D233E207BF03DA047273EF146AFBD17F191BD45261ABECFB93A3D560B1F3E508E28BEAA9516BE25D58E3D6029B7BDE381633D8551EDBDDE62453D6581F7BD3F37ACBD0A0754BDB98FA83BF249B33B2AA131BEE110253D6102D63DB5B4533D2D51F63DCAB9F93C63A4CDBD93A4A5BD273215BD3364F83D9908293EDAF6DEBC7978F03DC4C1143D6D23233DB4EC46BD8BCF66BDB87764BC163D2BBC481CB13D859307BE6350143EBB0665BDF997073E2D92F1BDDE6807BE20CC47BC9B63AA3CC5222FBE8C4981BA1CE7EA3D52BA023E368109BDAB0189BD569116BE83434DBD7EB4323E3B74A8BC5E7BA0BDF8A4ED3D48C108BE23F6323E0747F9BD19C296BDC913D1BDECEAEA3DFC9CF1BDFF7AB03BA919733D8BA6D1BD9E969D3D1781FF3D51C232BE09D6D63DD95D843D49BFFA3C2AB4B43DE33C2E3E995FCD3D93AC10BE98941A3EC019B8BD76CE51BDE10829BE14A210BE6CF10D3EDA58C63CF62A863DFFAA9C3D4990D4BCDC090EBE95F8F43D6E691F3CCDB9BCBD0793C7BDA920033EEC00A5BC328C11BD769024BE9D55A23D573601BED88C833C087B713DE982DE3D604C623C47B5203EC0BD1D3E10902A3D18F00DBC82FD2EBEC9114FBDB018A7BC0DFCF43D29D4E6BCBBB56FBCAB20163B7EE898BD7092133D8A78913DCAA5A7BD5BCCD23CC12D2DBEFE19FBBD9180123DEC7A16BE8BD0F6BD409813BE644D3C3DB74C1ABEA8AB16BEA5F3DABD8FE7DEBDED7224BEFEE3A53CDCE9E43DCF1ADABD78AFCBBA2CF3213C0340943DEFA1B83D253B37BDA78E883BE1B8E73D8E74B03D51D95CBD567B2B3E52FA323ED35443BD6C95BB3D861B293E72F100BEE9AD8EBDCE6D41BD7123133E642D9BBCEDCA093D320582BCA89F1FBD164E24BE689FAF3DAA36D7BD30B143BD6CD81CBE0FB4F2BA91E60DBE39AA09BDD4E6D6BD7A68CABC031157BDB2110D3EEEDD40BDB7578BBD1E01693D8427733D485C0E3E58E9353B88AD6BBC56A5B63DEB7024BE8D3B85BDB0AAABBBDA6C03BE1B1AA93D67AD0FBEB11C1ABDF22609BCBA9DE43CAA0D01BEC7A8F4BD2E92CFBD3D9627BEFC87B53C2FFCDD3D9280C63D97E2273E87B350BDC1CC2F3EDE0B80BD4F398DBD22C9A1BD2E3D75BBFBE45D3C774C1CBEB79EA63D409A183ED8AA80BD48C6973BDE9209BEB2750ABD91DC233EA30B13BE1215973D6E444B3DC0B7FEBC0236063E95DC963D67FD693D7BCEB0BC3A62DA3D02EEF63DD0F71E3E534A76BD9D55DFBDEF00943DE9B9C03D7D31F63D1461C93CF1B8273EADA7D23BF845063E72E60F3E1A9904BD03FE6FBDA7862C3E9820243E40031B3D999C363BAB28F03D5047A7BDADE90F3B85FB8F3D15B667BD519F4FBDCF130FBE797AA83D0A300D3E24E412BE07E3FC3DB1521F3E93E50F3E8DEBA73D4100483D51AB14BC9CDFCABD359B18BD47FC0C3ED1AAA33D7AD77BBD8845B0BD01998CBD405385BCD915A3BDD22CD53CE63B0EBE90FB073E5D4212BECD880D3EB6B8D6BBDCCE9ABDF91C82BD1D16E0BDAE8B343C40E00A3EABCD25BE1BD0F1BC08EE24BEFE402DBEC869293E7B19CE3B89258C3B9CC72BBDC6C21FBEB68ED33DAFBD52BC1FDB0E3CED02F0BDCB90A6BD8A2327BE9880AFBCEBE82F3EF290F6BC304887BD2FD01A3EC6F6B43D2FFFCDBDBD43C83D3320883D3C6E1D3ED6CA2B3E60F11B3E3880A43D0ECFA5BDDA38CFBDD5EC36BD38322ABEBC87503BB502263E8A9AAA3CF59D62BC33EAEDBD9F89DDBDD07E1ABE5FF945BD9F72D23DAC291B3EA850933C7A2C0E3E6FDFF6BD263025BE4799033E2F75173D6A64CDBDF9030DBE5B06E93CC3C859BDD5282BBEF4DE323D17EDE3BD53CE973C591201BDAB4ABBBD30311F3E6B4B273E7287273E57C8B8BD9D43D53DEE2A0FBE4952003E1CC1ED3DEBA896BC93A92CBE18BA2ABD37B886BDD702823D76A0FEBDB46E293D1CF3D73D547EC23D53EE073E36C95C3D6C5407BE2413C1BDB4BD0D3E6164C7BDE773843D8D6367BDB5AF173E60282FBEBFCDD03D5F9E56BD8627AEBC262C683DF52B8ABC1DB97BBCBB2021BEE73AA8BDF54032BEDB2C0A3E229FF83D11A2CF3D84A0323EF85CD1BCB19F793DD39BA7BDC905D33DE58A07BE07E607BDB62E083E46CD08BE1749FCBD39A11B3BA97C873D90D390BD4BB06B3DE05820BED3920D3DDC40053E615103BDF78EC63D2775DABDD72E0CBD7ABA073D5057133ED821193E13B927BE2419923DBB7B6E3D41DBC2BD609D133C2D9D1D3E1036D6BD5FB71F3E0524AABD7BF8093E4559D13D3E251D3EB29030BEB6BFF73D4E04003E9D9B49BDF5D0E23DF32A08BE09A65BBDBE1A1FBD4ACCCE3D7188C53DFE8D2FBED830CABDF76FE1BD8E6C033E8C26083EBBD7EEBDF01E0F3EBAEBD13D40C08C3DFACD023E7F175E3D70530CBE13BDA8BDD00C013E688818BE1A850BBE48E12BBE1943A03DD078853B2F23123EF378CCBD741B48BD6F44313E873F153E57DF923BBD29FF3DAAB624BE4FABE53C34EDD6BD47A727BEED27E8BC698A583DD3DDC53D5FF2F2BDB5BFFE3C823E683DF17030BEA8FA053C9C1F61BD7650E4BD8262DFBD81AD2ABEF0AA36BDB750583B2E1486BDA396183E33858B3B99DB813DE6D01D3B840C9E3DA30E283E36421EBE92FFF93CE6AAF63D8D6AF2BD382888BD19C8A73CDEA7283E39F50C3EAEA7B6BD2F38C33CD7CA26BEF24DEABD20708C3D330C823D25C88038118BCCBC90DD603D5F4A2BBE69F4CDBDD132243E2C191FBE39D4063DD5CF96BD9DBCAA3DCB4B70BD675A213E43B80B3ED32751BDCB9F853DE4047BBDF86A9A3DE93E2FBE4276DA3DB8491BBD67FDE03D82C32F3E30EDC63DD2862A3EB5BEAB3CDA30333EC153773B8C91993CB215E43C655BE7BDCE2D28BEA7B1B4BD4AB9383DB1DF13BE70E717BE0BF12F3DA21A273E206A8C3C651549BDEE2626BEAEBD6CBDD4408CBD45FF323E3B223DBD7A4AC0BB352583BC5008343DE95D0CBE0DB280BBE002ED3DB7235E3DCB1BE4BCBB139EBDE454F13D9B2072BD268C553D1A3E323ECF7213BED65F973D579430BD97751EBED25349BDE0D8E9BD7A3FFCBD7E336FBDA1C3843D209515BE2112083EE72923BE209ED53D0D28503D75EFE53DC8A1BCBC68DBCD3D35A5553DE0BFFB3CBDD52B3EB04434BEEA3F593D39BAEE3DDA12C7BD83B6763CA6FB2BBE4BACAABD110901BE773801BDD3E855BD2D02FF3CC8B12D3E8455323EC6D5CD3B95C5C8BD070922BE461021BE1770BBBC361600BE4E6F3DBD04CC2E3EBA582B3DBA966FBDFB111DBC1A3829BC0BBBED3DD5F687BDFDB0843D52B1D8BDD8CC05BE939D353D78C5323E09C3963C50F9BDBDD7C3103DEC2AECBDBDED2B3EB7B928BE7F08CEBDB79C843D8C7AC03D04F799BB1C4BCCBDCB28523D4CD9A7BD209D8A3DC7F763BD9DD3143E6BE7F3BDDB3A0EBE0E937D3CDD48023E30402D3D8F59B93D7A0411BDE05DB83DC6127EBC8FDDD0BC3E370BBE478A5CBD187B01BE0B47113EE74671BDE191713C80F05C3D129C1CBDCD7928BEA2B8D23D6C2FCA3C2B3700BD7F8B423D11360D3EDCA7D73DCFF38DBB9B323DBC335A8F3D158C1F3E96000BBE2E1830BCC38364BD58E652BC7B85043C48CFE5B8EBB1C7BC9D93DABCAD6E1B3E5694033D6AE818BE451679BCD0F8A03CA40EA63D2F323D3DC744A0BD31DD4ABCBF56F1BA8762163E45CD073E1F0712BD3E2E203EDD17703D9C76C5BDBFCE8EBC4E07A6BB14F02F3E776CBFBDF72AC03C6692B4BB6DF61C3E02E0EE3CA1369BBB34BCDA3DDC9DEEBD54D8053EACC6793D3563FEBC080621BEC5941F3ED7D6A63D6D240EBE803B08BE57272ABECD9276BCC2FA5FBCF72E853DA2434B3C8B7DAF3DDE022ABE927EFFBDAE4581BD463C9DBCA0ABCF3DC5ED4D3D5A50623C2EF7013E4818423DBC0C04BEF16FF9BC5E6311BE251327BEE7118E3DA0623CBCD771BABD356013BE5AD7DC3D43D1DABCBC32893DF682843D1C19273D3577253E4A0B173EC4076EBDD4D83B3D7B11B7BD4905233DC9998FBD3B84933CE1B0693DAB5805BEFD0B50BBC62105BD4300033EBC8FEB3D2B6D033EE57CA4BDA4B71D3E875919BDDCEDCD3C1FB795BD6E5FC9BDF44E1FBEA9F73ABD16B7A63DD09107BEAE12D13B676B483CA754E83D358280BDF19827BDF459A9BDE91F033E176D153E972E6E3DA9FFA53D5F9C84BD7C52103DD776D8BD0E8C2C3EC0A5C43D7FF8C3BDDB46CC3D908D483D774051BC7EC1FFBC2EEB0FBEE471E73D48C957BD1F9D503D7585E93D4C22253E1767BE3D144277BB6D5688BDDF688D3D25C8DBBD9B232FBEB04F66BDD94417BE2B07ABBD7A04FEBD3B0A393D4E2122BEAD54BBBD1BBB1A3E58F4F93C185D5FBDF5CE26BE867187BD04A123BED33AB0BCC19B033E6026993DDC99643D5885D53CB56821BE568E0BBE918C853D925831BE099EADBC76D90E3EAF17603D59DEEA3D516C263ED36010BE00385E3DCAFB8CBD37BB55BD466B1EBE057E233EA70D3ABC73A5FFBD82549A3D78C632BEF33932BEC3BC48BDD77E293E902583BC3BFDB33D7D836EBDBA125D3D6B6AB33D1441BFBD734B1ABD770198BD959E653DD2030B3D30C188BDEA4A86BD1FE7053D8D233EBD6318C73D9831AB3B97E8BC3DFD2A06BE060100BED71DB33D44E7EE3D9731D83D1F990D3A58DA023E040E12BD7F1718BEE51501BE5592E43DF506ECBD3B2D9CBAE8FD9E3D35515FBD1713F23D568B543D2A71EB3C1C52E43CF52F92BD8472053DFDD8C7BDDA2761BD4C28093EB1F246BCAB76FD3D9D8614BDD3BBB93D5A8E86BCC53ACE3D41DB343D8B6BA9BDD565BE3D53391EBE4443A43D61EB23BE261C143DC4DEC3BD8B32BC3B3A4D30BEF9DFC23B070D61BDDE7982BCDDB4ABBDBD0D713C442BD7BB09C11EBE4F9A343E45BFBA3DBA4E8EBD4220013EC89074BDF05A093E000891BD70DCDBBD546FD83DE838233ED399F53D9472A13DA06AD33D21E6F0BD26B34D3D199015BE1A021BBE57E78ABDFA150EBE6616EF3DEE5971BC756D483D803114BE20B9BA3BD0D2BEBD426095BDFA281ABE32765B3CBF842F3DE51291BD9F1C0C3E492123BC65CBB7BD6A8CFFBC15C9243D5C8217BE5FCB293EE581923D052394BD29506DBD66C7143E7E702F3EF05517BEB78C3DBD7199073E14BAC0BD81D025BEEA6178BD53C33CBC7A86363D70FC783D2BE10FBD3EE313BE3410A93D9179253E9216A23D71226DBC481BBD3D08727F3C5F10D93D5B2FB9BDBB742BBED4E7A73CABAAFEBC3A90EE3D275A14BD51C24BBD117E09BE47AF1BBC35BEA1BDD4B5A6BDF4C411BE9C7204BDF788193E466E1CBEE96309BD657304BE01F5183E785BC83DE0EECBBD73E668BC7F69F7BD7E2D643DC97EBFBCE10F143E156993BD0A8AA03D6DF60DBE898D49BDE446D43DF6FA0B3EC504FF3DA9E592BC915764BD9D4BD7BD9999333E90DC0F3EE306323E51E00BBE6598173E3B80BFBDC199E5BD1E7D823D30DDBCBD38A4323ECB5ED73DB09FE53D7996BF3D9E6316BE58B1DC3D2BBC243EC1DC8E3C320E16BEAC421B3E56FCC6BD3080AC3DB709E93CB5DFFB3DA606BEBB9E8AB9BCDA9A20BECBFC11BE6FEDA43CBD3D8DBDAECD78BD992D163E9864F7BC0D71523CB6729FBD6F27213E23F6D33BDA1D463C89A91F3DCE15A9BD85DA973C32140F3DF7C6D8BDC08F9CBD7FF133BE8DD4B13C04D1E3BC6BB281BD5002ED3DCCFF27BEB999E0BD3975093E489A0B3DC38313BE7B630D3E9CBF8ABD72AAC6BD0851E53D2455133D635C0B3E0F66433C27CBFEBC110B18BD801FE13D2CB3FD3D1A54953D41D8973D6426983D963492BD09F917BD0981F63A990DE2BDBC36323E4D840D3E3B6DDABDF1D0D43D5E9DDCBC31AF003E603BAABDD9712F3EAE7E2DBD8225013E564B163E35BF243CC15712BC0619EABCE81B30BE8272E73C5BF00A3D87B6A7BDF3AB503D7BB4023EC3222CBEC199123E327B9F3CD312A03D2DC43E3DA0D6183E8F0D063E16ABB33DEDAE0ABD88EF4ABDCD7519BE3B281FBE03B22FBEC920233E0EA133BE88AB033EFE002CBE6E07273E565D5B3D9DB0263D34D22EBDBA23CBBCF7771F3E1126ED3A300EE73B4A97373DE4F3093E074F96BDFA61A93D811A2FBC7B84A7BD9B19923D4FC5673D4F88AEBD19170DBE091B08BED737F4BD17FD293E4696FC3D068B14BE5BCF123EC280E8BC27DC463B1D03D33D41E5133E840E683B6C88A53C11F3C23C7A372DBE91A033B90B3124BEAB2D063E8F870EBEF7D2233DD5DD123ECB5B123E53AF28BEC80341BD9C02D03D5C8D0CBE3794D9BA1E558BBD9E92493CDA09943D1082313DD2007C3DE53E23BDD7BF0DBE2623D83DB620163E77AF093EE7E330BEBC8182BDF003EFBDB445EABD333C2CBED008753D1479053CF245443BB70415BED697A33DD028463CC330CB3CB4C935BC0C59F9BC68C28E3D2581553D8DEC02BD90DC103E0025F43D4C3A303DA0CDA03DDD0977BD257B5BBD681377BDA346973D72BA5D3D42D620BE55B2B3BCA434F93D42A51C3E961A673D12085E374F96C1BDFD3FC9BD733D68BCB75A8ABCFEFBDBBDEB58343EFC2DA83DB2BCC63DB96B05BEB0200E3D1AF2D13D9309A13DE2C7203E70B9ECBCD70CFCBD9CD6A8BDFF7D2EBE7000183E589271BDCC78BD3D156BB13DD7D4A03C35D8483CE7EF0ABE01961E3CAADD2FBC2C82DB3C73CD7E3D25010C3DA5BF073EE5A29DBC3667153E18DEF7BD8E0814BE7C03FE3C51E8F43D5A91053E481BEB3D36E2183ECB93123DB0E6B4BDDFC6B3BD0FE2733D46D8443DCEAB743D127722BD112A1DBD59CB373D445B303D731CF6BCAD8357BD6A12AD3D185495BC1813563D67DF14BEF04DF63DE087CABD919EFBBD57A9AF3C6AA08D3C88117B3B741C29BE3F8A6ABD86D61A3ED342B03D2053793D93EE193EA5A1ACBCFA9129BE8B0A28BDF691E1BD20C3963B46F2C83DE5C0333E5D4FCC3CF07E613DA1C9E03CECEF083E41A9153D7BAE303D8A16DFBD100D023B29AD29BE2E58913D29EAC63C66DEE33D070595BD9068F23D8987B23CA0AB873D5878863CDFD78A3D02580B3EFA7B273E1ABFE2BDB74A2DBEADCED8BD71B0603D8F5524BED86A733B6534003E072C893DBF46B23CAE78313E37DAB8BDEE0B303E5155E5BDCF7516BE04B3F93DE4CE01BE01052EBE1220173E88F909BD5BF5763C206D0F3E19ADE5BD4D53903CC1087C3C817378BDA673973DA587E33D022E223EB23BD0BD3F09B3BB9F23F0BD1549943D6E0631BD2493C43D375F0DBEDB1A1B3E45749FBD35E9223E2174EA3DC43D413D14571D3D72E61F3E17C6C6BD7D54953D10CB7EBD07831F3EE944B9BD83AA12BEF07E3B3DEAACDEBD78E2833D280C5ABD3E713E3C2C25C53D6B87C0BDB920C4BDE32D84BB0FB33C3B94B1A73D45E64F3D35AF1ABEE465213E369F24BEE8592EBED2D92C3E48F733BE11AF693DF160173D217ACA3D7534223E23E45E3D575C813DAB57063E270F64BDB89EE03DEE2FB9BD195926BE90E119BE960F9CBD1BB7F23C2D7C153E48AC16BE39052FBDFD1C7DBD63A5113EC07EBD3DA43D4CBD03A1D0BCC758DABD227CEDBD4AEA2EBDA21F22BBA613AC3DCB17B83D67EE5BBCFBC2D7BDF0B418BE5834223E4B40AA3B1455733DB9C716BE11599B3DD72F783C271B683D606003BEF80D523D45AE183E16CD9FBDF88708BEC7512D3D59853B3D67F427BEBDBA2B3EE552303E2E031F3E299D0C3E5931123DF4C897BDBD54B63D6E0C0B3EF3DE2ABDC90D3E3DEA1FD3BD2B3FC1BDFC3927BE181F5EBD662D48BD249682BDAAA0363C7A3703BEF6B330BE3E56B13CCE5021BBB169183EEA626EBD4E5FC63DA559153E4B525EBD5E88243EADBFDA3D6CD527BE4D1D46BD3CF5E53D6B46F73D3B96473D2CC913BD28F11E3E3BF602BD3894A6BDAD8FCA3B70BB893DA40DA93D539B9DBD573C99BCE8C88BBB505D943C9738C4BDA2D8AEBD8402103E10AE8ABDEAFB293EDF56183ED7A04F3D7967F8BD8EA5A83D03B1303EFF05143EB7B2C7BD963C133E97B699BD45EC923D890DF03D266606BEB2541E3EB46F093EFC7ADA3DB72009BE4DEE1D3E2FF033BE607AB5BD2B19A6BD674CE53D9BC1D0BDE0CD96BD2F3FDBBD05B1C6BB76E4AF3D8DDC34BE43428E3D59F47DBD9EA7223E8E7BECBD8BBA9CBD4816B8BC498B4D3D7571073ECD4C823D4E75ACBD796A8DBD884087BD68492F3EB11A85BDDB547C3C55DBF53D641B17BE69F21A3E8EFC51BC03AD80BD03C28F3D733FC4BC0441F7BC13ACCBBD13D0163DC36D123C6018B0BD1813D8BD4CF4C7BC0815323DF044293D6774E03DDEAC39BD958A503D6F9217BECB7C223C960B7F3CACEBB4BC7D3023BCF0B5E1BA4BAB193E877C20BE74CB21BE380B083D148202BE3F03DBBD682C2C3EEB6B96BD891C123DF89CD43DB4E1063E5E9103BE1588163C6FB3B03D6A4A30BE46E7E43DAE1DD6BD4BC3D7BDE29E203E49AC0EBE179E283E67D0EBBC319866BD78BA293EC4F03E3D8C4903BE00FBDFBDCB8EF4BCF453F73DA9529FBD31D2AE3DD6ABEC3D93B1B93D9B6B6DBD1C10DBBD290A983B4E6D10BEC3E6A4BDF38219BE967B793DE210DD3D065F8C3D73E40EBE228908BEBD7C31BCA45B38BD68D689BD924B303E5906C9BB60A3C8BD7FB1503DB0A9063ED87A0ABDB47D323EE2E7643C7C6EE13DA8F312BE5439923DAC9B20BD834652BD598CFF3DABDFE73B63360E3E3FC695BC3C71DDBD9789263CF3EC26BE7598ABBD1AD0033E1E67103EF75304BE1BE109BE2196F2BD020FD4BDD8FF8E3DB2A5103EF6FD0CBEC78704BC3F9C0ABE7549663D77E08ABD1B5A9D3CB01CE03D3647143E5F8B0EBD601A803D7DAB3F3DE741163BFFA12CBD0E60B5BDE2D81E3EA800A53C477C9BBDD0F218BE03DEEBBD5A9A02BD1BE7993C3C67ABBD616E1E3E0C6D033D36B9603DECB22EBEF6B203BD38FD073E6FB5B63CF7E65E3D6ACE90BDFE12CCBB4B891F3D4077D83BE541BD3C15A98C3D4DCB013CA744793D0206C23CA83A26BE2A1F2BBD4888183EB49311BE42E3483C8E96553DEC0B01BE480A34BE565A1FBDEA0F313EA5F8133E6F4E48BD3F7508BE69B7A1BD781F1B3B91480BBC73600CBE01DDF4BD6B8FBE3DFB80E5BD1B152F3E8E31D63D69968CBCCD14C03D3B2929BEBE8FDBBC86BC88BC2AEEF6BDC675D73DB3F407BD31F2EC3DC90F00BEA478DFBD05AD393DF79DAE3CBF9865BDD8631DBE0C1088BD5B0AFABC8C482B3EBB002B3E5F8F1FBD6647EB3D6523DCBD07CE36BDF6FE88BD30C547BDC3730C3CA1852B3E4D0A22BE3A18F0BDF5A1243E9F750FBCCB0BD6BD30642FBE709C723D2B09073E92924ABD3BD4D5BC03E2F83D108E8FBC56D0F73C9E87FD3DE1300EBEAEC4F73DA34BFFBD8A655A3D9F36153E4F7B183E315D033E177AE93DF4BDD1BD9659C1BDA3E2053E8B59B8BB12FB823D73643A3D8FE07BBD9FE68C3DD6D42D3E1B159FBBEF4E083EC8A7533DA75BB2BD3CFBD03D090DF0BD234BC2BDC1E031BE886E283D4029A73D3D3F3EBD5F4A47BCDBFC0BBEAECAD8BD688C82BD4C79203EA9D9C7BDB4EB103DD8BDAF3BEC13803C9971CDBD7335183DCA55333E1FE1F33DEF7BF83D45A008BE44813EBD0F9B193E596E0C3EAA570F3E33A1913D74C20EBE1FCFC73DCE61FEBD8235B73CEDC44FBC11AEC2BDF3ADAABDFA7006BE024B26BDF43FA1BDD6DE1C3EAEEECA3D7A0F9E3B929202BEF64229BE4FA8A73D4C0AF43A7FE28B3D7CF3EEBD012DAE3C0C9A513D5478223E71631B3E02B6C3BD303AE23D291A943DE074863DB649903CE34472BDF8639BBC718C7A3DFADD12BE9166C3BDFA998A3D51F70F3E3AAA10BE759D1BBE56E0CDBDE226D83DB4AD533D3443663D10CF04BD47EADABBC35BB6BC52E5E4BD54B105BEE5AD13BEDB4C29BE982605BE40E88FBD33574DBCAC92693D17E68E3DD92227BE211F0CBE9CF21D3E363FD63D51963F3D33A5BF3DE8837FBD65D7B2BD2DE62CBE0B072FBE51618B3DBEDFE63D1EC6093ED20BB13CBC8CA23DB551273E7645203E01F0403DAF59AE3DFC64A0BDB14204BE599CCCBC4554803C1C1A61BD6B16093B1E69353DE4FEA4BDB8D8A2BDD04913BE7AA2BC3D09349C3CC6CDF73C2933DABDAC8D15BE90E7733C422C873D166D473DE292993DA63EAE3DAD7E08BEB3657B3D960DD53D30200C3E800FB73BB535803D33AF163EF03AB4BC59CEE0BDA7FCBC3D35D7E7BD15E2BA3D2242FB3D17A99F3DA622B7BDC5ED0F3EB1A37D3DA6071D3E97F0073D0FC854BC6B2BBE3CF11420BE93CF1FBE370B50BDF7CF9A3D87DC32BE3C93BF3D9F7D353D02D4133E6593ADBD1C1B4BBDCB56753D7481EEBDBD4B33BD13E4EEBD2DA5343EDCA9253E359D14BED610DDBDDDE62EBD3D4030BD41F98D3D2F4093BD419AE23DCAAD533DF025D9BD24F905BE5E49313E19148FBD264BE63D1FED29BCCF1EDA3BC898D23CC16297BC1C5B45BD01C1093D404700BE62D8AB3CB51908BE9C4B043D75F818BCC2B080BDAEEB503D356B04BD0CC3283E0AF79DBDB6BD013D542798BC881A153E348C3E3D22CF343ECF314E3DE896ED3D0A65CA3DBF3D73BD9D16A7BC2F3E28BE1E61D03DE7DBE9BBB308C93DCC9F3FBC23ADDEBD981DA73C336BA73D9CD3C2BD56EAE8BC08AFF2BDF6DDA73DD45C0DBE13A207BE5E448D3D2A8303BE36215B3D9800FB3D5D939EBD2EB91FBD4C6A1EBE4DF2143E70142C3EAEDC53BD70D6EA3C6B3DC6BDB01387BC234E063E05508EBD64DD633C517F1B3E347DA4BD55932FBE5724263E524F07BEA4A9D4BDA410F83CC33B72BD2086A53D4C87ADBD22AAC4BD30E2CE3D260372BD2FAE31BE7DC8A8BDB8DBD1BDDE4DE4BDC710113E37822CBE76400A3EE4620EBD78392FBE18967F3DE44219BE11DDC0BDC9EEFCBD72AFF1BDBB752BBEA1ADBF3D99590E3EC18BBFBDAB7D153E9919023ED6371C3C17ACD3BDBE6F42BD2145153EFE2E32BEB2D0B5BDC328D43DEECA2C3E4A55323BC4CC583DB5CCA83A490AA23C71FB21BE58A6BA3D21E10E3D408609BD5C0620BEC534D2BD4D7A75BD3BE7E83D2E778F3DE272A8BD38D60E3E6691A0BDD695D33DE130DDBD8CF18C3D6A99B43DE8C51C3E2CBD08BE64139EBD02578BBD8261CB3DE465803DBE5D403D789C9EBDB1CB203DD25F403DA397F13D3139DABDF42CE83D65C719BEC249073EB241DB3DAABF36BD485013BDD226A9BD788130BD9380823D3B4C213E408FB83D890F163E2243BDBC5D36EBBD316C453DF74FF53DFD56FABD9713A83D5C4C15BEBAD8423B5673A2BDE584A83C25EFCA3DD7A1D23AE955F73D40C8A1BDE681163EF33EA73D63EA1FBCA0E09A3DC022183E15B93E3DF60A223EB11599BDB56A933D927E5B3DB7FA28BE29122BBEF1D419BE60E691BDAFA226BE0F3DED3DBCC9C23DBA6A163E3E9A38BC7B0C18BD52D861BD5B61D33D78A8293E2D98FEBD40F18E3DE553E73D7075043D389942BDF4CD853D5BC50EBE8625FA3D80E7913DB5C92E3E93C95A3D079A1EBDE79CFA3D02D101BE5EF5353A7A83F03DC8FE1BBE8513A7BC36CC173E9B760DBEDDDBE8BD7E799BBCD68FB8BD5C4CB23CAA7A93BDC52B0EBEE559D83DF0B440BD780E0CBE20FFE7BDD02B34BEED6059BD2217D53DCBA3F43D2007EABD4B88E6BDB3ADDABD13B85EBD3FA9C33DFE17793D8B69153EFE5CBA3D8122203EA848FA3DD9C38FBB3598B03DD070A5BD4F2BC2BCE54C053EFA1217BE206243BD45A093BDE39BC73D6774323B0D34043EF9E5F93DC87A22BEB118D7BDD6FA18BEDAA0E8BD03C8933DC946123ED23694BC556DC9BD215B283E105CA7BDE72D2E3E2D0A95BD51DB013E87D84A3DC73B8CBDB7712D3E1543DE3D3D5D0BBE0279203E5A061C3E0BEA223C06BB08BDA32F0D3E944F34BC62291FBE9F0C86BD5502F4BD8D67ACBD95312EBE8575E8BDF8B223BE098B8F3D65F5623DAA192EBE2F1A1CBE474846BD8976B83B84CF82BB3F2A79BC71822CBD5E8BA4BC6E78933CACC646BDE0EF8F3D5D409DBD12C9063E44EA543D8F4B963D704F06BEFED9E93DA8D10B3E3FEAA1BDABEF6B3D33819C3D83F0273D05043E3D952BD3BDD5D998BD835C173E6846EF3D4349A2BC83DC31BEE0BC333DDADA113E67056E3DE87E1CBEB5218D3D5E4EA63DE48707BEB9DCB8BDD19A453DCB2117BEF16BC6BD596CF53DFCE6E7BD92DC9ABD2BD79E3D6F98CF3DD20F1D3EA0BC19BE48152BBEF1BB7B3D5C87C33DFF36D73DFFF524BEA294033ED3A6AABD37A9103CA22026BE2D90AE3CE7D6893D81CB69BDD7AA05BCB2B2A9BDAE7C6A3C402206BE4C8913BEB0D880BD2FF323BEBD0A0A3E989C5CBDCC9FE33D582B153D2E5C7E3D4BD05A3BAA0D1ABD9F32FF3D2DCE2F3E9F565F3C3E72B13DE3AD6BBC0771633C7F9DDB3D8A33B33C2F41F9BD7182A8BD883F31BE458403BC78CAAE3D63DB00BEA88826BEC1A02DBEA377E9BD5270803DB389153ECF5A223EA63F2D3E4338D2BD63E34D3DC0FA323C583403BD25366A3D77EA0E3E0432FFBD161EE13C58711A3EB454C9BCE0DC0ABE6D561B3E77FF17BC8D349F3DF96B4DBD3F5B663D772833BE0840B23CA89AECBD470CD43DFF6FE83DD38A103E671D2DBEFF4E08BEF651063EC4C6AC3DD7C35CBDB51A1F3E0C451E3E2CB935BD0CEFB53D94E2DE3D2E63F73C184037BD5565963D6BA021BD50B280BD3F24C0BC6C3FB23DC1B3A73D4530F2BC6222B3BD80DCA1BDF0AA0ABEA1B8593BBCECC43C021BB8BC6C41A13B364E08BE22C8123E58D4243EE2BAFB3B28BCD9BDA36724BD7222E4BDA0D5A2BCD29DD6BD858019BE891F7CBD867CE8BD93E1ABBC21F5943D6783F8BDB31D0C3EA8D3A6BC2B409ABD392352BD2E0EA53C7B1FE5BC4DEBC83B8C0E8EBDD812FB3D6CDE183E049D88BD04F640BD0F0A453D62C33DBD4EC0C5BDD2C2B73D4D7534BEDDA5E93D5519EC3DB0B0FF3D1C5DDE3DA153BBBD9D950DBE0F560D3D09F813BE54ECE3BB20B8223ECC46B53DB3025EBD7ECB213EB185063EA1D5D83D36D6103EFD11843D566ECB3DFD80443B4445093E8BCC4C3D83CA2D3E6DEF233DE3C9E2BC7D0484BDE90056BD0AE21D3EFB2DE23D40DDD8BDE8E5553D898EE6BD4D3453BCE22CD8BD598A293DFE4A47BC0221013E43D833BE1073343E53F2C4BD8B7F983D8255D83DCBDD5EBC6EE8973D493B073DF9E45A3CE1D419BE8CD70F3E9B7C21BE3CE407BE59CE0FBEBC4A88BDC77D353C0053AABD29E52E3D5253083D1D983A3D3348B1BD42A40FBE983DDDBD3A2FA13D7ABE143E242652BDAA362DBC721CB4BC34034E3D919B083E98BB333E162A113C428AE23DB988BEBD4DB03BBD7C0074BDD6DAD7BDAEDAF73CC8C18DBDEEA56BBC87BEA7BD1C94C13D29B91BBE51AE2C3E2920FBBDC7D1403D7BA0A6BD0690283E288EE63D88B1E7BC1A850B3E198719BE6075E03DB09193BDF2E46CBD24FEE33DD0DE0F3EE6FE663C06371BBD1D00D2BDFD72013E5C39E63DA0A89B3D4608FFBCAF911CBE242F023EE437AF3CAFE22CBE14AC12BDFB10C8BDCE8764BCFC64B5BC4FE6B73D692332BEA3BA12BEA99C08BD9E960ABD182EB7BDC33047BDD372093E85E781BD0C38DB3D0DDA68BD19EFC03DC656043EADF83A3CCCA9AC3D422414BB8FFC0D3EBBBAB33D617F11BD43D1863C6B174F3DDB68B43C8A08F2BDBA3F033D0624A53DDAA412BE56D724BE6229B6BD9BC72F3E2876B23D8AFAD4BDEAA028BDE882DA3C9CA29ABDABF9D4BD64D15F3CE89F113CE623FEBDCF0415BDD24D14BD21BC883DEBBD9FBD9DD70D3D3DD6013E9D9BFBBD7539DABCCAFFB43D4D7BB5BC929E1ABEAF6A87BD3EFBF43DC2B202BEACE531BE6DF14B3DEF846C3CB1EC0F3E2F38843DD51D123EAE86E83CF56701BE8399D63CB4BB4CBDCC4A0ABE4012A9BD9BC6143E24CD803DECC72B3EBD17513D533A2FBC81F4E13D0820AA3D406EF7BDAF11223E448C433DC1BF643D97FAC4BDE5B39BBDDA3720BE20B5ABBD2BB90A3EB324D53DF6FB1FBECA44B3BDB5DDA5BD1A7B8D3DCEA8CD3DB59ADE3CBD15CFBC4648D8BC9B7ACABD909F24BACA2E31BEE1559ABDFB83003EA81C853D103D85BDE9A30B3EA65326BEFF0F29BE27460C3E4291D23D38D8183DCC12C9BD0768E2BD0916C1BC966388BD2B9F523D90C35ABC18382A3D245B04BAA8AFABBD9DE99D3DF37AE93D001CB4BC2106283E4ECEA3BCD789353D04AAB9BD9B57A6BDEE0FE8BD7282CFBDEE0BBEBD462C05BE72364ABD93F0013E6B9DF2BDFFD559BD98FC4EBD86036ABDC671983DEF9B8A3D33A8F7BDD82126BD771633BE749E003E7BBBC0BD871A293E4C612BBE4C2C1C3EBCBA99BDCBC3583D3C58F03D491E263D63B8133E032BDFBD521F16BD521D06BE0FCC0C3BB202B33D100F093EBB86333EABF7FE3D0AF7CBBD5C83AE3C2FE316BEF2591ABE88840ABE24D165BDAD14043EAFDE7ABD63E099BD4E6C8EBDF47FBBBD2B6E80BDE30C2CBC405F65BD5909E53D5AB50DBEFE1C21BEA1980EBE66C3323E739F42BB8FD0773C90CFF33D470C2EBE6B6E89BD81E898BD892520BE3E2200BD08FDDDBD1056283E22FD8D3CD38691BDEF76EA3DF37C953DEE32363D43D1303D277298BD7B88333DEA9725BE5AEB983D9B239A3CC786D13CE8B2283E2FFFBABDF9D5963D030E523D72A1B2BDFB770CBE84EEB5BDEB6623BE2E1320BE9C980D3E24F82ABC61B7CB3D5E53ABBDAF3A9D3C5C88A03DC8E5F53D56FE2DBD5CC0C13CF046B6BD26847FBD7B535B3D6939B93D9904CABD8F6A38BDC62BA2BD5AD6AF3DD2CB04BEC4D6183E36CD963D2DC84ABDEA311CBCBDF9FF3DD4B3063DE0271FBE5B93133E958424BE080C06BE1EA7C6BD0CE890BD3C7D253E78F45D3D05F42B3E545FA8BD815DA2BDC77CA9BC02E81B3ECDD429BEE4DE2C3E43E3A33D8497033E12EBC1BD8AED223EBEA5183E01D41E3E341D26BDAFA99CBC37C899BC7D1F0C3ECC89E33D333331BCFCB72BBEF839113E232AE83D7A5D163D92E7AABC8F33BABD795875BDC9A015BE59EE83BD08E794BD3CAA8BBCC43B24BEDEE0853DBB8EE23DB5A40EBEE46227BDC645F43D9D1E21BE72DA8CBD14499BBDF3C3183EC915013ED8B1E63D40F7243EB7CC1ABDF6161BBDC1E2473D4DFC25BD1B8B083E82E0413D39B0B1BD1DF4043E0070243EC259093E9623723D0621373D43012BBE3359A13DA3E8183D833CF63D2B8AA93C465F4C3D77C5A53DADB3C13D65063C3D962D14BE9CC324BE608A173E30C4EEBD9979A73DC7AAC83DD44502BE9A8117BC1752C23DA696FABD9C2E7BBC9E82C13D801F0DBB4E52903D60AFFABC1638AABD93EDE43DBDED253E1F39143E37FE19BE4581103E410087BD0079F93CAA1A033E4B1885BC944026BD501821BEA791B73C39C9FF3C03B7A13D293F14BE3396DABD24AC213E02FEEB3C240CCCBCDD56223ED83F513C8B58263E8281923D6573D23C9A30DB3D8D3196BC200008BDD471103EBBDC8ABC605427BD40EC07BEBDF507BD884C2CBE532914BE3B06913DF68B1FBE75458C3DD6F3883D7884A93DAB13CA3DCEDB6F3D1BA0F63D7BD134BEED20AC3D423B333E57382A3E8D4916BE064119BED5DEC53DD7CF0BBE406802BE3449143DD5E7723D1AAE2F3EC737DEBD9762C93D974718BC7CD2333D2496823DB2C2F23DC1B46CBC71507F3D54B7A8BDC254BA3DC4E00B3EA6E6C83DBA9EA8BDBF5C043E339C3E3D67DFF43C918F933D4E822DBDEAC82E3E692FB9BD480F003E70AA283D1AC895BB517F09BE653ED4BC2BFB10BE5A2E27BE86F2E6BDD570AC3DDB42823DE84487BD726408BD22D09EBD57C2D33B10AE863DECC7303E7F70083E0D26CA3CBA5AD53DBA69B0BD25216CBB2912643CBFAC05BECE308CBCA39D073D1A573EBDC4EB283E5DC131BEFD5CA33DA382F43D60E618BEBA0517BE087390BDCC7E673DAC170A3DCE8619BD7125C4BD79B0D1BDCF9930BE2D7EC3BD4810183EC6BD1BBD815E94BCCBE730BEB00ED83DDC139FBDFF1A75BD466BB4BD2F49AD3C7C3DDDBC3C68C33DF0C52EBD4614E3BDCD96BBBD6E6F43BC78E9313E65E2C23D192CAA3C7B5A07BE3BE0333EB1CEC93D26D39E3D1EBB353CA0D090BD87EE65BDF664A43C6D39F33D4295433CB1ED9D3D3C0F853C3439F5BCFFD2E5BC7BC3D9BDF50B953D31CD3EBD3D3303BD637D28BED8A0463D3696DEBDAC40C33C8713DCBCA602323E909724BE75B0CE3DB22B7F3D67F82C3E54B520BE1BEE073E7E86C23D7A4D093E77541A3E31E1123E88392A3D66A485BD951536BD2D60B3BC6B29B3BC88D406BE22244D3D7FCC17BE14C410BE2B3F2ABDB4821BBE1C9BF63DF1A087BD25F810BC3932ECBD1549853C98AC193C0D040EBD7AE017BE1F01B4BDD21C123EF0CB73BD078C21BE77BF9BBD7EBF083E1ECB0F3D377B93BC1078E8BD9B4D29BE6B1BE63DDFDAD73D07380FBEDF61C13D25B0183E94D93BBD70E6C83D59991C3EFB8527BD57148D3DF3339C3D4F1502BEDE60883DF4872BBE97AFAB3C34ADC93D17CFBE3D54CED5BD038708BE103023BE78852C3E3ECC4A3D020547BDE7F7963D9470C33CBFEB203E9B46F9BDF750A83DB925273EA84B4FBB4BAFAF3D2122A0BD27C502BE1243C93D4DC5A9BD22DE8FBDC5D21C3E4ADED8BDC47FC83D0C1C08BE42E8A93C2075483CB5E0C1BC43F700BE6D38BFBD79AF5BBD7834063E7F9DB3BDC9A6023E284A6C3D6286223D2EF92E3C6EDD3A3DEA28D23D92EFDA3DBF2A9C3D1A56F03D83D70DBEEF1A1EBE3BB1AA3D",
      torch_tensor_32_torch.float32: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F"
    }
  }
#-}
