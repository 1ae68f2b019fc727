// lucidrains-delta, exported by scripts/export-corpus.py (torch 2.15.0+cu132, transformers 5.24.0, torch-mlir (fx.export_and_import)).
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
    %in0 = arith.constant dense<[[[1.43982482, -0.203052595, 0.0434787273, 0.942491889, -0.65152216, -1.11560941, 0.506615162, -0.0155411391, -0.385587662, -0.0145575348, -0.348590553, 0.433625102, 0.500015497, -0.749369442, -0.786774635, -0.120663397, -1.73194313, 0.654350877, -0.630417764, 1.14811146, -0.116064712, 0.672166705, 1.99242568, -0.52232933, 1.67523551, -1.94706059, -0.0182119589, 0.359263867, 0.723967969, 1.10111642, 1.43560624, 0.099468641], [-0.636214495, -0.160398856, 0.047010377, 1.17715013, 0.824400723, 0.33460182, 1.52049851, -0.885691881, 0.689176679, -0.471783102, -0.116750404, -0.519488215, -0.85368222, -0.536523283, -1.63674843, -1.34535658, -1.9188081, -1.37252021, -1.25624728, -0.416852593, -2.55017614, 0.397790849, 0.415653884, 0.405713648, -0.636077344, 1.09910929, -0.748373389, 0.432487816, 1.28891349, -0.216402665, 0.560187042, -0.91696316], [0.611115634, 0.773936331, -0.454409331, -0.690810204, 1.18405747, -0.159539104, -0.499696285, 0.536426783, 1.54173231, -0.254126728, -0.914332211, 0.536006093, 0.0101084122, -0.538293779, 0.812423944, 1.63621414, 0.803571343, 1.66039658, -2.69759154, 0.953651786, 1.9591217, -0.759915531, 0.0472858772, 0.675904036, -0.0611006729, 0.874501467, -1.04527235, 0.711262524, 0.646805227, -0.686924875, -0.426408321, -0.693824768], [-0.609097242, -0.225814223, 0.326868087, -1.10237992, -0.569157422, -0.229134858, 1.01498282, -1.42344046, 0.423877656, 0.815247536, -0.23975651, -0.536893666, 1.5996027, 1.22448933, -1.61632729, 1.85687041, -0.221850544, 3.45340514, -1.48111904, -0.564773083, 0.0492031686, -0.0692946315, 1.61594748, 0.669671178, -0.537577689, 0.53413105, 0.313206702, -0.0593741909, 1.17281103, -0.85328114, 0.485398322, 0.0874757692], [1.72781098, 0.75393647, 0.114765689, -0.141445234, 1.60509908, -0.929959834, 1.14134884, -0.61681515, -0.717021883, -0.273947418, -1.82593942, -0.373450547, 0.123524472, -0.888314128, 1.01870036, -0.328539699, 0.63625741, -1.28891575, -0.822905958, -1.15573847, -0.721093833, -0.112863846, -0.831879854, 0.290734291, 0.479954004, 0.850337684, -0.197927848, 0.537425637, -2.7242105, -1.60586143, 1.2852236, -1.36720252], [-0.431870729, 0.604862809, 1.09000909, 0.482105881, -0.279068261, -0.355462432, -1.6249758, -0.440085679, -1.02589691, 0.0900452137, 1.19535494, 0.420767218, 1.35671031, 1.25493455, 0.177026436, -0.863003135, -1.55316043, 0.937542319, 0.246758953, -1.37817824, 1.86860263, -0.391914606, -0.87691617, 0.365882754, 1.97305751, 0.0721495375, 1.11978221, -1.52232718, -0.82372421, -1.15046918, 0.514721632, -1.71929288]], [[-0.828849614, -0.291419566, -1.18663692, -0.637377381, -0.240162954, 1.81965005, 0.744692087, 1.32038093, -1.03038454, 0.267510533, 0.356330395, 0.0573183931, -2.04163575, -0.719430864, 0.197631791, -0.612125158, 0.711858511, -1.09003496, -0.073177211, 1.02368426, 0.683660209, 1.01180661, -1.22482407, 0.406219453, -0.212462634, -0.153479338, 1.01536989, -0.431322902, 1.03293848, -0.313341111, 0.304299653, -0.186079815], [-0.861638069, -0.909303308, -0.271907389, 1.42152679, 0.379734188, 1.82083976, 0.201474398, 0.712298989, -0.333155125, -0.316518635, 0.304947019, -0.934252918, -0.790171504, 0.771643341, 0.717031121, 0.29344815, 1.19828188, -1.32025659, -1.84363317, -0.0248663705, -0.808467269, 0.279604435, -2.86219382, -1.66171658, 1.39563453, 1.13244903, 0.855971217, -0.504569709, 1.55492425, 0.330049902, -0.19755882, -2.12183404], [0.694920897, 1.24058127, -0.733860195, 0.72709775, 2.07666111, -0.115256235, 1.3997668, 0.887109697, -0.0280222762, 1.31183922, 0.909232199, -0.0892511085, -0.558451891, 0.384912312, -1.36790097, 0.463042289, -0.319174021, 1.17321277, -0.707882881, -2.42195702, -0.874746203, 1.12434542, 0.561111689, 0.674321711, -1.02285838, -1.49130929, -1.58320737, 0.235796586, -0.0607326701, 0.259584516, 0.740271807, -0.206618741], [-0.122514538, -0.508566618, 0.762101471, 0.26634264, -0.612817228, 0.641418278, -1.73462677, 0.0713202357, -1.12412941, 0.254441798, 0.16699858, -0.671136856, -0.755394757, 0.258391112, -0.999372959, 0.0119204419, 1.84106362, 0.956384301, -0.0887559652, -0.431454748, 0.752304733, 1.26988065, 0.724432588, 1.44758964, 0.015386356, 1.22779822, 1.08263218, 1.77078331, -1.68352997, 0.124235399, 0.4110955, 1.44815028], [1.01534641, 1.04712629, 0.132431448, -0.102358878, 0.330749393, -0.0815208331, 0.377372682, -0.704769433, 1.23804176, -0.787179708, 0.710398078, 0.928685963, 0.585913479, -0.339084864, 0.57793045, 0.375052869, 1.22322834, 0.972440839, 0.958667278, -0.2168051, -0.844064295, -0.670101285, -0.734220743, 1.69139898, 1.18122113, -0.551939011, -0.138377294, -0.719046056, -0.23573631, -1.94776237, 0.54506731, -0.241072878], [0.0831196457, 1.58746421, 0.225957125, 1.00655544, -0.433082968, -0.740821898, 0.0233530104, -0.470106781, 0.255814314, 0.737565756, 0.0452944897, 0.850367725, -0.524568081, -0.820773602, -0.643919528, -0.354019493, 0.0591572896, 0.0949013904, 0.91934371, -0.121779852, -0.705833495, 0.241263837, -0.611635149, -0.284747243, 0.0514511578, -0.210086212, -0.242338851, -0.234028935, 0.561712921, 0.260381341, -0.283725023, 1.04799807]]]> : tensor<2x6x32xf32>
    %in1 = arith.constant dense<[[[[0.122091949, -0.019542722, 0.0464558378, -0.184789166, 0.0923703238, -0.0460017398, 0.0910307467, -0.11152444], [0.0506516583, 8.88806244e-05, 0.00418526633, -0.103143238, -0.0172855072, 0.00980934687, 0.0615174584, -0.123281635], [0.0221036449, 0.0427837782, -0.00499693491, -0.0151018947, 0.146072045, 0.0589996465, 0.205466852, -0.0336941369], [-0.0245829467, 0.121076107, -0.0975485891, -0.175045535, 0.0968749747, 0.0673638135, -0.0479372405, -0.128375903], [-0.0145915467, -0.152963549, -0.0525054112, -0.0757648423, -0.0147110848, 0.0785533935, 0.0186274331, 0.0461040437], [-0.049790334, -0.0935251266, -0.023630904, -0.104856305, -0.0141861914, 0.00748641556, -0.133956537, 0.0863842964], [0.0885576606, 0.0301057547, 0.00336408662, -0.0430179983, 0.0857039317, -0.0055010072, -0.0239198543, -0.0943049118], [0.0471562855, 0.100506775, -0.0603357852, 0.0107083023, 0.225616261, -0.0915647596, -0.148430139, 0.0170138087]], [[-0.102240779, -0.0845988765, -0.0811213702, 0.0401752703, 0.0494472831, -0.20772551, 0.130707189, -0.17361939], [0.0796332881, 0.011244732, -0.0113670425, 0.0279240012, -0.0181133263, -0.0360667221, -0.0466132797, 0.149341941], [0.0359810106, -0.14708738, 0.192774191, 0.199588284, 0.156111553, -0.111850873, 0.0685957149, 0.0588302612], [-0.167163, 0.2090808, -0.175393581, 0.166314468, 0.0674654916, -0.0200982336, 0.0882622227, -0.010507728], [-0.186788082, 0.0935411081, 0.10159456, 0.209733948, -0.027206162, 0.0141138211, 0.0149433976, -0.0346135609], [0.0758047625, 0.0251184292, 0.0921969861, -0.0527120903, -0.0194282345, -0.205748826, -0.162608713, 0.183874041], [-0.00662080944, 0.0206567869, 0.0133319264, 0.139288276, 0.088973172, 0.00651772087, -0.163967356, 0.040944498], [0.05443893, -0.0740150139, -0.0486172326, -0.000914562319, -0.121368729, 0.0100666713, 0.02413656, 0.0504907146]], [[-0.0147376722, 0.172564015, 0.0725407451, -0.132179558, 0.0468207747, 0.0619073026, 0.0882638618, 0.0778874904], [-0.0591088496, 0.0235585179, -0.0827900246, -0.0494487882, -0.0201623645, -0.0402299315, 0.0638438687, 0.0639092401], [0.0236352514, 0.0391178355, -0.0251469016, -0.0553913899, 0.0184517484, 0.184862703, -0.0751770139, 0.0590995625], [-0.0321560577, -0.0358406305, 0.179372936, -0.181234106, 0.00164584001, -0.0718852952, 0.12153659, 0.0285964664], [-0.00813289545, -0.00693288073, 0.12957859, -0.0785627291, 0.163769528, 0.0477704331, -0.0673075169, -0.0823179409], [-0.183979973, -0.0764803365, -0.101706862, 0.0577902496, -0.0973760411, 0.216281176, -0.174102291, -0.1399187], [-0.147212848, 0.120908499, -0.0516555011, 0.0480721183, -0.0668233857, 0.187733456, 0.0646999255, -0.1733955], [-0.104311429, -0.00471532391, 0.030560879, -0.118495084, -0.149620369, -0.165798485, 0.0215674788, -0.0309340339]], [[0.11532443, -0.00521651888, 0.0127870915, 0.0825911537, -0.0600599349, 0.0117492452, 0.194525108, -0.0277759768], [0.0774095356, -0.151174352, 0.146519944, 0.0433787033, -0.0154800639, -0.0181639902, 0.0782018155, -0.119029179], [0.0375760421, -0.129847303, 0.0853795931, 0.10532973, 0.159706637, -0.0952753946, 0.044812616, 0.0484314114], [0.0421117954, 0.0257758442, -0.0381746702, -0.0128354076, 0.0881989747, 0.0657806247, -0.0507043116, -0.181665406], [-0.0402700566, -0.0456332639, 0.0476783216, 0.166436985, -0.11667718, -0.0686876476, -0.163513526, 0.00813855696], [-0.0562501848, -0.0845573172, -0.0852380916, 0.0478736125, -0.072217308, -0.15827775, 0.124273561, 0.0742644146], [-0.0847794712, 0.0169402715, 0.0687752664, -0.093819268, -0.0569276698, -0.120448045, 0.00761282444, 0.074860625], [-0.047159981, -0.0279697832, 0.0943317935, 0.00252062804, -0.0119827194, 0.0660634264, 0.0200925302, -0.136122152]]], [[[0.0858495682, 0.0283345561, 0.089140527, -0.0425087027, 0.136981711, -0.0635126904, -0.0067367577, 0.0303366985], [-0.106190979, -0.167381331, -0.0184671991, 0.0350143015, 0.022389086, 0.0889450684, 0.00778247742, -0.0121771684], [0.00500965584, -0.00625859154, 0.0794771537, 0.130011231, 0.00622635474, 0.0759796277, 0.042989485, -0.110009231], [0.00377366436, -0.101149797, -0.11037308, -0.140610427, -0.075812906, 0.117124774, -0.0694589093, 0.108067535], [0.00786347594, -0.0105215525, -0.0408839695, 0.217128709, -0.100625992, 0.0283418, 0.0842863843, 0.0782915279], [-0.126240775, 0.00434983801, 0.0716990903, -0.126800299, 0.0151408045, 0.0789813921, 0.00734694395, 0.0133868484], [-0.0917177126, 0.0981224924, -0.0309789665, -0.0383127108, -0.106265388, -0.171373278, 0.0637445077, -0.114221431], [-0.0294786673, -0.195985004, 0.0469118617, 0.0331978761, -0.0226597451, -0.123760365, -0.047080595, 0.0587861612]], [[0.00664005429, 0.170619726, -0.0675092861, -0.115181684, -0.0140232285, -0.0995996818, -0.0159732699, -0.0142112924], [0.117603578, -0.118483901, -0.0751944035, -0.0568786524, 0.0680709332, 0.0572160892, 0.188381031, 0.109657504], [0.0300586857, 0.0399548337, 0.0181413032, -0.0186210535, -0.0126138646, 0.115692452, -0.0823886395, -0.0634455606], [-0.00203620805, 0.162093103, -0.0274490211, 0.0280372556, 0.0160826948, 0.17720814, 0.0769908354, 0.0641915575], [-0.0548367687, -0.0663112327, -0.0775637031, 0.0377167873, 0.212980896, -0.00137597637, -0.0936227217, -0.189129949], [-0.101643302, -0.0264425315, -0.0340981595, -0.235076889, -0.076070711, 0.00251196558, -0.132051915, 0.0448043719], [0.0628212914, -0.125977203, -0.131048992, -0.00863539614, -0.0445110239, -0.158286139, 0.218207672, 0.0498587154], [0.0564194508, -0.108862959, -0.00821489934, 0.121106409, -0.0236256998, -0.0202883985, 0.231514379, 0.0619293042]], [[-0.241628274, 0.021204723, -0.0307157729, -0.0889730975, -0.20281601, -0.0529844053, -0.0890915915, 0.113670789], [-0.0924460813, -0.0639240965, 0.000102976701, 0.0263141226, 0.0536364429, 0.0116526997, 0.137462512, -0.105279557], [-0.182907879, -0.13409619, 0.0280758049, 0.0959357247, -0.0668067187, 0.0434074737, -0.104493633, -0.0371793099], [-0.00471838284, -0.0320340097, 0.0701491535, -0.16869089, -0.0663521066, -0.00763710449, 0.0704346448, 0.103189431], [0.0701405331, 0.0747482032, -0.00768024055, 0.0575490184, 0.0268392917, -0.118216075, 0.0571311079, 0.116455451], [-0.0243507009, 0.0157336108, 0.0773114413, -0.0599458218, 0.0502656661, 0.0739629641, -0.0682485774, 0.0372838415], [-0.263212919, -0.0121875806, 0.0824007466, 0.0753534436, 0.0279768705, -0.0195575785, 0.0898355469, 0.0885138512], [0.0762066692, -0.134762228, 0.045013871, -0.0144773843, -0.0278833602, -0.0759106204, -0.0976003855, -0.0201958623]], [[-0.222452477, -0.162199423, 0.0052205692, -0.128006667, -0.0542664714, -0.00574457273, 0.038742058, -0.0572420955], [0.031270545, 0.132253692, -0.063785173, 0.11287111, -0.00296299509, -0.127629027, 0.0577487536, -0.0992993861], [0.0457566939, -0.0869471207, -0.0500169508, 0.0710515752, -0.0874143839, -0.0282853153, 0.101864927, -0.0244362596], [0.109832071, 0.00212084432, -0.147870004, 0.134893, 0.14620319, -0.111564219, -0.148612127, -0.15178296], [0.168844342, -0.0550387576, -0.173681155, 0.102702223, -0.152890369, 0.0170004759, -0.108286358, -0.0175956246], [-0.0259207375, 0.127024934, -0.0918687508, 0.0411723219, -0.0116652725, -0.0603902042, -0.0634771362, 0.149320439], [-0.0315163769, 0.0738036558, 0.173653707, -0.0706235319, -0.0901391879, 0.00359070464, 0.0296166185, 0.0838930234], [0.11827419, 0.210154608, 0.0514557064, 0.0338437445, 0.0226773731, 0.0593346767, 0.273323625, 0.0901497677]]]]> : tensor<2x4x8x8xf32>
    %in2 = arith.constant dense<[[[1.28262079, 0.660415173, 1.09614658, 1.49637294, 1.31725776, 0.968346834, 1.41991615, 1.22279036], [0.587118626, 1.20951033, 0.890511394, 1.34400403, 1.11539531, 1.20111156, 0.804781795, 1.00234962], [0.508255005, 1.41167688, 1.25555468, 1.28420329, 1.33795905, 1.42900085, 0.838814855, 0.501467466], [1.22908425, 0.590723872, 1.3651315, 0.625542998, 0.757362127, 0.832610428, 0.581170678, 1.25466514]], [[1.42842209, 0.851205945, 0.930569232, 1.26690638, 1.32852483, 1.21279788, 0.93288058, 0.735287428], [0.96464783, 0.827501655, 0.94060421, 1.10040188, 0.51283437, 1.16900373, 0.566501677, 0.791471124], [1.46643376, 0.8153705, 0.656381309, 0.747856081, 0.925323963, 1.26383305, 0.845719814, 1.16342199], [0.536047816, 0.510986686, 1.10370409, 0.893929183, 1.3650167, 1.46872473, 1.014678, 1.46320796]]]> : tensor<2x4x8xf32>
    %out0, %out1, %out2 = call @main(%in0, %in1, %in2) : (tensor<2x6x32xf32>, tensor<2x4x8x8xf32>, tensor<2x4x8xf32>) -> (tensor<2x6x32xf32>, tensor<2x4x8x8xf32>, tensor<2x4x8xf32>)
    %u0 = tensor.cast %out0 : tensor<2x6x32xf32> to tensor<*xf32>
    call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
    %u1 = tensor.cast %out1 : tensor<2x4x8x8xf32> to tensor<*xf32>
    call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
    %u2 = tensor.cast %out2 : tensor<2x4x8xf32> to tensor<*xf32>
    call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
    return
  }
  func.func @main(%arg0: tensor<2x6x32xf32>, %arg1: tensor<2x4x8x8xf32>, %arg2: tensor<2x4x8xf32>) -> (tensor<2x6x32xf32>, tensor<2x4x8x8xf32>, tensor<2x4x8xf32>) {
    %c0_i64 = arith.constant 0 : i64
    %c1_i64 = arith.constant 1 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<6x6xi1>
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
    %0 = tensor.empty() : tensor<2x6x1xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<2x6x1xf32>) -> tensor<2x6x1xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0 : tensor<2x6x32xf32>) outs(%1 : tensor<2x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.absf %in : f32
      %112 = math.powf %111, %cst_16 : f32
      %113 = arith.addf %112, %out : f32
      linalg.yield %113 : f32
    } -> tensor<2x6x1xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<2x6x1xf32>) outs(%0 : tensor<2x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.powf %in, %cst_15 : f32
      linalg.yield %111 : f32
    } -> tensor<2x6x1xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<2x6x1xf32>) outs(%0 : tensor<2x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.truncf %cst_14 : f64 to f32
      %112 = arith.cmpf ult, %in, %111 : f32
      %113 = arith.select %112, %111, %in : f32
      linalg.yield %113 : f32
    } -> tensor<2x6x1xf32>
    %5 = tensor.empty() : tensor<2x6x32xf32>
    %collapsed = tensor.collapse_shape %4 [[0], [1, 2]] : tensor<2x6x1xf32> into tensor<2x6xf32>
    %6 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x6xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x6x32xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %6 : tensor<2x6x32xf32>, tensor<2x6x32xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.divf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x6x32xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<2x6x32xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.truncf %cst_13 : f64 to f32
      %112 = arith.mulf %in, %111 : f32
      linalg.yield %112 : f32
    } -> tensor<2x6x32xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %cst_12 : tensor<2x6x32xf32>, tensor<32xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.mulf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x6x32xf32>
    %10 = tensor.empty() : tensor<32x96xf32>
    %transposed = linalg.transpose ins(%cst_11 : tensor<96x32xf32>) outs(%10 : tensor<32x96xf32>) permutation = [1, 0] 
    %collapsed_17 = tensor.collapse_shape %9 [[0, 1], [2]] : tensor<2x6x32xf32> into tensor<12x32xf32>
    %11 = tensor.empty() : tensor<12x96xf32>
    %12 = linalg.fill ins(%cst : f32) outs(%11 : tensor<12x96xf32>) -> tensor<12x96xf32>
    %13 = linalg.matmul ins(%collapsed_17, %transposed : tensor<12x32xf32>, tensor<32x96xf32>) outs(%12 : tensor<12x96xf32>) -> tensor<12x96xf32>
    %expanded = tensor.expand_shape %13 [[0, 1], [2, 3, 4]] output_shape [2, 6, 3, 4, 8] : tensor<12x96xf32> into tensor<2x6x3x4x8xf32>
    %14 = tensor.empty() : tensor<3x2x4x6x8xf32>
    %transposed_18 = linalg.transpose ins(%expanded : tensor<2x6x3x4x8xf32>) outs(%14 : tensor<3x2x4x6x8xf32>) permutation = [2, 0, 3, 1, 4] 
    %extracted_slice = tensor.extract_slice %transposed_18[0, 0, 0, 0, 0] [1, 2, 4, 6, 8] [1, 1, 1, 1, 1] : tensor<3x2x4x6x8xf32> to tensor<1x2x4x6x8xf32>
    %extracted_slice_19 = tensor.extract_slice %transposed_18[1, 0, 0, 0, 0] [1, 2, 4, 6, 8] [1, 1, 1, 1, 1] : tensor<3x2x4x6x8xf32> to tensor<1x2x4x6x8xf32>
    %extracted_slice_20 = tensor.extract_slice %transposed_18[2, 0, 0, 0, 0] [1, 2, 4, 6, 8] [1, 1, 1, 1, 1] : tensor<3x2x4x6x8xf32> to tensor<1x2x4x6x8xf32>
    %collapsed_21 = tensor.collapse_shape %extracted_slice [[0, 1], [2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<2x4x6x8xf32>
    %collapsed_22 = tensor.collapse_shape %extracted_slice_19 [[0, 1], [2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<2x4x6x8xf32>
    %collapsed_23 = tensor.collapse_shape %extracted_slice_20 [[0, 1], [2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<2x4x6x8xf32>
    %15 = tensor.empty() : tensor<2x4x6x8xf32>
    %16 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_21 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.truncf %cst_10 : f64 to f32
      %112 = arith.mulf %in, %111 : f32
      linalg.yield %112 : f32
    } -> tensor<2x4x6x8xf32>
    %17 = tensor.empty() : tensor<6xf32>
    %18 = linalg.generic {indexing_maps = [#map5], iterator_types = ["parallel"]} outs(%17 : tensor<6xf32>) {
    ^bb0(%out: f32):
      %111 = linalg.index 0 : index
      %112 = arith.index_cast %111 : index to i64
      %113 = arith.sitofp %112 : i64 to f32
      %114 = arith.addf %113, %cst : f32
      linalg.yield %114 : f32
    } -> tensor<6xf32>
    %19 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%18 : tensor<6xf32>) outs(%17 : tensor<6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %cst : f32
      linalg.yield %111 : f32
    } -> tensor<6xf32>
    %expanded_24 = tensor.expand_shape %19 [[0, 1]] output_shape [6, 1] : tensor<6xf32> into tensor<6x1xf32>
    %expanded_25 = tensor.expand_shape %cst_9 [[0, 1]] output_shape [4, 1] : tensor<4xf32> into tensor<4x1xf32>
    %20 = tensor.empty() : tensor<1x4xf32>
    %transposed_26 = linalg.transpose ins(%expanded_25 : tensor<4x1xf32>) outs(%20 : tensor<1x4xf32>) permutation = [1, 0] 
    %21 = tensor.empty() : tensor<6x4xf32>
    %22 = linalg.generic {indexing_maps = [#map6, #map7, #map8], iterator_types = ["parallel", "parallel"]} ins(%expanded_24, %transposed_26 : tensor<6x1xf32>, tensor<1x4xf32>) outs(%21 : tensor<6x4xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.mulf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<6x4xf32>
    %23 = tensor.empty() : tensor<6x4x2xf32>
    %24 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<6x4xf32>) outs(%23 : tensor<6x4x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<6x4x2xf32>
    %collapsed_27 = tensor.collapse_shape %24 [[0], [1, 2]] : tensor<6x4x2xf32> into tensor<6x8xf32>
    %25 = tensor.empty() : tensor<6x8xf32>
    %26 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%collapsed_27 : tensor<6x8xf32>) outs(%25 : tensor<6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.cos %in : f32
      linalg.yield %111 : f32
    } -> tensor<6x8xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %26 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.mulf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_28 = tensor.expand_shape %16 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 2] : tensor<2x4x6x8xf32> into tensor<2x4x6x4x2xf32>
    %extracted_slice_29 = tensor.extract_slice %expanded_28[0, 0, 0, 0, 0] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %extracted_slice_30 = tensor.extract_slice %expanded_28[0, 0, 0, 0, 1] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %collapsed_31 = tensor.collapse_shape %extracted_slice_30 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x1xf32> into tensor<2x4x6x4xf32>
    %28 = tensor.empty() : tensor<2x4x6x4xf32>
    %29 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_31 : tensor<2x4x6x4xf32>) outs(%28 : tensor<2x4x6x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.negf %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x4xf32>
    %expanded_32 = tensor.expand_shape %29 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 1] : tensor<2x4x6x4xf32> into tensor<2x4x6x4x1xf32>
    %concat = tensor.concat dim(4) %expanded_32, %extracted_slice_29 : (tensor<2x4x6x4x1xf32>, tensor<2x4x6x4x1xf32>) -> tensor<2x4x6x4x2xf32>
    %collapsed_33 = tensor.collapse_shape %concat [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x2xf32> into tensor<2x4x6x8xf32>
    %30 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%collapsed_27 : tensor<6x8xf32>) outs(%25 : tensor<6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.sin %in : f32
      linalg.yield %111 : f32
    } -> tensor<6x8xf32>
    %31 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_33, %30 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.mulf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %32 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%27, %31 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.addf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %33 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_22, %26 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.mulf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_34 = tensor.expand_shape %collapsed_22 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 2] : tensor<2x4x6x8xf32> into tensor<2x4x6x4x2xf32>
    %extracted_slice_35 = tensor.extract_slice %expanded_34[0, 0, 0, 0, 0] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %extracted_slice_36 = tensor.extract_slice %expanded_34[0, 0, 0, 0, 1] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %collapsed_37 = tensor.collapse_shape %extracted_slice_36 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x1xf32> into tensor<2x4x6x4xf32>
    %34 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_37 : tensor<2x4x6x4xf32>) outs(%28 : tensor<2x4x6x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.negf %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x4xf32>
    %expanded_38 = tensor.expand_shape %34 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 1] : tensor<2x4x6x4xf32> into tensor<2x4x6x4x1xf32>
    %concat_39 = tensor.concat dim(4) %expanded_38, %extracted_slice_35 : (tensor<2x4x6x4x1xf32>, tensor<2x4x6x4x1xf32>) -> tensor<2x4x6x4x2xf32>
    %collapsed_40 = tensor.collapse_shape %concat_39 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x2xf32> into tensor<2x4x6x8xf32>
    %35 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_40, %30 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.mulf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %36 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%33, %35 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.addf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_41 = tensor.expand_shape %36 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 8, 1] : tensor<2x4x6x8xf32> into tensor<2x4x6x8x1xf32>
    %collapsed_42 = tensor.collapse_shape %32 [[0, 1], [2], [3]] : tensor<2x4x6x8xf32> into tensor<8x6x8xf32>
    %37 = tensor.empty() : tensor<2x4x8x6x1xf32>
    %transposed_43 = linalg.transpose ins(%expanded_41 : tensor<2x4x6x8x1xf32>) outs(%37 : tensor<2x4x8x6x1xf32>) permutation = [0, 1, 3, 2, 4] 
    %collapsed_44 = tensor.collapse_shape %transposed_43 [[0, 1], [2], [3, 4]] : tensor<2x4x8x6x1xf32> into tensor<8x8x6xf32>
    %38 = tensor.empty() : tensor<8x6x6xf32>
    %39 = linalg.fill ins(%cst : f32) outs(%38 : tensor<8x6x6xf32>) -> tensor<8x6x6xf32>
    %40 = linalg.batch_matmul ins(%collapsed_42, %collapsed_44 : tensor<8x6x8xf32>, tensor<8x8x6xf32>) outs(%39 : tensor<8x6x6xf32>) -> tensor<8x6x6xf32>
    %expanded_45 = tensor.expand_shape %40 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 6] : tensor<8x6x6xf32> into tensor<2x4x6x1x6xf32>
    %41 = tensor.empty() : tensor<2x4x6x6x1xf32>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<2x4x6x1x6xf32>) outs(%41 : tensor<2x4x6x6x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_47 = tensor.collapse_shape %transposed_46 [[0], [1], [2], [3, 4]] : tensor<2x4x6x6x1xf32> into tensor<2x4x6x6xf32>
    %42 = tensor.empty() : tensor<6xi64>
    %43 = linalg.generic {indexing_maps = [#map5], iterator_types = ["parallel"]} outs(%42 : tensor<6xi64>) {
    ^bb0(%out: i64):
      %111 = linalg.index 0 : index
      %112 = arith.index_cast %111 : index to i64
      linalg.yield %112 : i64
    } -> tensor<6xi64>
    %expanded_48 = tensor.expand_shape %43 [[0, 1]] output_shape [1, 6] : tensor<6xi64> into tensor<1x6xi64>
    %expanded_49 = tensor.expand_shape %43 [[0, 1]] output_shape [6, 1] : tensor<6xi64> into tensor<6x1xi64>
    %44 = tensor.empty() : tensor<6x6xi64>
    %45 = linalg.generic {indexing_maps = [#map7, #map6, #map8], iterator_types = ["parallel", "parallel"]} ins(%expanded_48, %expanded_49 : tensor<1x6xi64>, tensor<6x1xi64>) outs(%44 : tensor<6x6xi64>) {
    ^bb0(%in: i64, %in_82: i64, %out: i64):
      %111 = arith.subi %in, %in_82 : i64
      linalg.yield %111 : i64
    } -> tensor<6x6xi64>
    %46 = tensor.empty() : tensor<6x6xi1>
    %47 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%45 : tensor<6x6xi64>) outs(%46 : tensor<6x6xi1>) {
    ^bb0(%in: i64, %out: i1):
      %111 = arith.cmpi sge, %in, %c1_i64 : i64
      linalg.yield %111 : i1
    } -> tensor<6x6xi1>
    %48 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%47, %cst_4 : tensor<6x6xi1>, tensor<6x6xi1>) outs(%46 : tensor<6x6xi1>) {
    ^bb0(%in: i1, %in_82: i1, %out: i1):
      %111 = arith.andi %in, %in_82 : i1
      linalg.yield %111 : i1
    } -> tensor<6x6xi1>
    %49 = tensor.empty() : tensor<2x4x6x6xf32>
    %50 = linalg.generic {indexing_maps = [#map9, #map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %cst_3, %collapsed_47 : tensor<6x6xi1>, tensor<f32>, tensor<2x4x6x6xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: i1, %in_82: f32, %in_83: f32, %out: f32):
      %111 = arith.select %in, %in_82, %in_83 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x6xf32>
    %51 = tensor.empty() : tensor<2x4x6xi64>
    %52 = linalg.fill ins(%c0_i64 : i64) outs(%51 : tensor<2x4x6xi64>) -> tensor<2x4x6xi64>
    %53 = tensor.empty() : tensor<2x4x6xf32>
    %54 = linalg.fill ins(%cst_1 : f32) outs(%53 : tensor<2x4x6xf32>) -> tensor<2x4x6xf32>
    %55:2 = linalg.generic {indexing_maps = [#map4, #map11, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%50 : tensor<2x4x6x6xf32>) outs(%54, %52 : tensor<2x4x6xf32>, tensor<2x4x6xi64>) {
    ^bb0(%in: f32, %out: f32, %out_82: i64):
      %111 = linalg.index 3 : index
      %112 = arith.index_cast %111 : index to i64
      %113 = arith.maximumf %in, %out : f32
      %114 = arith.cmpf ogt, %in, %out : f32
      %115 = arith.select %114, %112, %out_82 : i64
      linalg.yield %113, %115 : f32, i64
    } -> (tensor<2x4x6xf32>, tensor<2x4x6xi64>)
    %expanded_50 = tensor.expand_shape %55#0 [[0], [1], [2, 3]] output_shape [2, 4, 6, 1] : tensor<2x4x6xf32> into tensor<2x4x6x1xf32>
    %56 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50, %expanded_50 : tensor<2x4x6x6xf32>, tensor<2x4x6x1xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.subf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x6xf32>
    %57 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56 : tensor<2x4x6x6xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.exp %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x6xf32>
    %58 = tensor.empty() : tensor<2x4x6x1xf32>
    %59 = linalg.fill ins(%cst : f32) outs(%58 : tensor<2x4x6x1xf32>) -> tensor<2x4x6x1xf32>
    %60 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%57 : tensor<2x4x6x6xf32>) outs(%59 : tensor<2x4x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %out : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x1xf32>
    %61 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %60 : tensor<2x4x6x6xf32>, tensor<2x4x6x1xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.divf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x6xf32>
    %collapsed_51 = tensor.collapse_shape %61 [[0, 1], [2], [3]] : tensor<2x4x6x6xf32> into tensor<8x6x6xf32>
    %collapsed_52 = tensor.collapse_shape %extracted_slice_20 [[0, 1, 2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<8x6x8xf32>
    %62 = tensor.empty() : tensor<8x6x8xf32>
    %63 = linalg.fill ins(%cst : f32) outs(%62 : tensor<8x6x8xf32>) -> tensor<8x6x8xf32>
    %64 = linalg.batch_matmul ins(%collapsed_51, %collapsed_52 : tensor<8x6x6xf32>, tensor<8x6x8xf32>) outs(%63 : tensor<8x6x8xf32>) -> tensor<8x6x8xf32>
    %expanded_53 = tensor.expand_shape %64 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 8] : tensor<8x6x8xf32> into tensor<2x4x6x1x8xf32>
    %65 = tensor.empty() : tensor<2x4x6x8x1xf32>
    %transposed_54 = linalg.transpose ins(%expanded_53 : tensor<2x4x6x1x8xf32>) outs(%65 : tensor<2x4x6x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_55 = tensor.collapse_shape %transposed_54 [[0], [1], [2], [3, 4]] : tensor<2x4x6x8x1xf32> into tensor<2x4x6x8xf32>
    %66 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_21 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.cmpf ogt, %in, %in_82 : f32
      %112 = arith.select %111, %in, %in_82 : f32
      linalg.yield %112 : f32
    } -> tensor<2x4x6x8xf32>
    %67 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_21 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.cmpf olt, %in, %in_82 : f32
      %112 = arith.select %111, %in, %in_82 : f32
      linalg.yield %112 : f32
    } -> tensor<2x4x6x8xf32>
    %68 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.exp %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %69 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.subf %in, %cst_0 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %70 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %69 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.addf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %71 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %cst_0 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %collapsed_56 = tensor.collapse_shape %71 [[0, 1], [2], [3]] : tensor<2x4x6x8xf32> into tensor<8x6x8xf32>
    %collapsed_57 = tensor.collapse_shape %arg1 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %72 = linalg.batch_matmul ins(%collapsed_56, %collapsed_57 : tensor<8x6x8xf32>, tensor<8x8x8xf32>) outs(%63 : tensor<8x6x8xf32>) -> tensor<8x6x8xf32>
    %expanded_58 = tensor.expand_shape %72 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 8] : tensor<8x6x8xf32> into tensor<2x4x6x1x8xf32>
    %transposed_59 = linalg.transpose ins(%expanded_58 : tensor<2x4x6x1x8xf32>) outs(%65 : tensor<2x4x6x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_60 = tensor.collapse_shape %transposed_59 [[0], [1], [2], [3, 4]] : tensor<2x4x6x8x1xf32> into tensor<2x4x6x8xf32>
    %expanded_61 = tensor.expand_shape %arg2 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %collapsed_62 = tensor.collapse_shape %expanded_61 [[0, 1], [2], [3]] : tensor<2x4x8x1xf32> into tensor<8x8x1xf32>
    %73 = tensor.empty() : tensor<8x6x1xf32>
    %74 = linalg.fill ins(%cst : f32) outs(%73 : tensor<8x6x1xf32>) -> tensor<8x6x1xf32>
    %75 = linalg.batch_matmul ins(%collapsed_56, %collapsed_62 : tensor<8x6x8xf32>, tensor<8x8x1xf32>) outs(%74 : tensor<8x6x1xf32>) -> tensor<8x6x1xf32>
    %expanded_63 = tensor.expand_shape %75 [[0, 1], [2], [3]] output_shape [2, 4, 6, 1] : tensor<8x6x1xf32> into tensor<2x4x6x1xf32>
    %76 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_63 : tensor<2x4x6x1xf32>) outs(%58 : tensor<2x4x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.truncf %cst_8 : f64 to f32
      %112 = arith.cmpf ult, %in, %111 : f32
      %113 = arith.select %112, %111, %in : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x6x1xf32>
    %77 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_60, %76 : tensor<2x4x6x8xf32>, tensor<2x4x6x1xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.divf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_64 = tensor.expand_shape %cst_7 [[0, 1, 2]] output_shape [4, 1, 1] : tensor<4xf32> into tensor<4x1x1xf32>
    %78 = tensor.empty() : tensor<4x1x1xf32>
    %79 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_64 : tensor<4x1x1xf32>) outs(%78 : tensor<4x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.negf %in : f32
      %112 = math.exp %111 : f32
      %113 = arith.addf %112, %cst_0 : f32
      %114 = arith.divf %cst_0, %113 : f32
      linalg.yield %114 : f32
    } -> tensor<4x1x1xf32>
    %80 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_55, %79 : tensor<2x4x6x8xf32>, tensor<4x1x1xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.mulf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %81 = linalg.generic {indexing_maps = [#map14, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_5, %79 : tensor<f32>, tensor<4x1x1xf32>) outs(%78 : tensor<4x1x1xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.subf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<4x1x1xf32>
    %82 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77, %81 : tensor<2x4x6x8xf32>, tensor<4x1x1xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.mulf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %83 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80, %82 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.addf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %84 = tensor.empty() : tensor<2x6x4x8xf32>
    %transposed_65 = linalg.transpose ins(%83 : tensor<2x4x6x8xf32>) outs(%84 : tensor<2x6x4x8xf32>) permutation = [0, 2, 1, 3] 
    %85 = tensor.empty() : tensor<32x32xf32>
    %transposed_66 = linalg.transpose ins(%cst_6 : tensor<32x32xf32>) outs(%85 : tensor<32x32xf32>) permutation = [1, 0] 
    %collapsed_67 = tensor.collapse_shape %transposed_65 [[0, 1], [2, 3]] : tensor<2x6x4x8xf32> into tensor<12x32xf32>
    %86 = tensor.empty() : tensor<12x32xf32>
    %87 = linalg.fill ins(%cst : f32) outs(%86 : tensor<12x32xf32>) -> tensor<12x32xf32>
    %88 = linalg.matmul ins(%collapsed_67, %transposed_66 : tensor<12x32xf32>, tensor<32x32xf32>) outs(%87 : tensor<12x32xf32>) -> tensor<12x32xf32>
    %expanded_68 = tensor.expand_shape %88 [[0, 1], [2]] output_shape [2, 6, 32] : tensor<12x32xf32> into tensor<2x6x32xf32>
    %89 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_22 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.cmpf ogt, %in, %in_82 : f32
      %112 = arith.select %111, %in, %in_82 : f32
      linalg.yield %112 : f32
    } -> tensor<2x4x6x8xf32>
    %90 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_22 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.cmpf olt, %in, %in_82 : f32
      %112 = arith.select %111, %in, %in_82 : f32
      linalg.yield %112 : f32
    } -> tensor<2x4x6x8xf32>
    %91 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%90 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.exp %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %92 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%91 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.subf %in, %cst_0 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %93 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89, %92 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.addf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %94 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%93 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %cst_0 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %collapsed_69 = tensor.collapse_shape %94 [[0, 1], [2], [3]] : tensor<2x4x6x8xf32> into tensor<8x6x8xf32>
    %95 = linalg.batch_matmul ins(%collapsed_69, %collapsed_57 : tensor<8x6x8xf32>, tensor<8x8x8xf32>) outs(%63 : tensor<8x6x8xf32>) -> tensor<8x6x8xf32>
    %expanded_70 = tensor.expand_shape %95 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 8] : tensor<8x6x8xf32> into tensor<2x4x6x1x8xf32>
    %transposed_71 = linalg.transpose ins(%expanded_70 : tensor<2x4x6x1x8xf32>) outs(%65 : tensor<2x4x6x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_72 = tensor.collapse_shape %transposed_71 [[0], [1], [2], [3, 4]] : tensor<2x4x6x8x1xf32> into tensor<2x4x6x8xf32>
    %96 = linalg.batch_matmul ins(%collapsed_69, %collapsed_62 : tensor<8x6x8xf32>, tensor<8x8x1xf32>) outs(%74 : tensor<8x6x1xf32>) -> tensor<8x6x1xf32>
    %expanded_73 = tensor.expand_shape %96 [[0, 1], [2], [3]] output_shape [2, 4, 6, 1] : tensor<8x6x1xf32> into tensor<2x4x6x1xf32>
    %97 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_73 : tensor<2x4x6x1xf32>) outs(%58 : tensor<2x4x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.truncf %cst_8 : f64 to f32
      %112 = arith.cmpf ult, %in, %111 : f32
      %113 = arith.select %112, %111, %in : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x6x1xf32>
    %98 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_72, %97 : tensor<2x4x6x8xf32>, tensor<2x4x6x1xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.divf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %99 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_23, %98 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.subf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_74 = tensor.expand_shape %94 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 8, 1] : tensor<2x4x6x8xf32> into tensor<2x4x6x8x1xf32>
    %transposed_75 = linalg.transpose ins(%expanded_74 : tensor<2x4x6x8x1xf32>) outs(%37 : tensor<2x4x8x6x1xf32>) permutation = [0, 1, 3, 2, 4] 
    %collapsed_76 = tensor.collapse_shape %transposed_75 [[0, 1], [2], [3, 4]] : tensor<2x4x8x6x1xf32> into tensor<8x8x6xf32>
    %collapsed_77 = tensor.collapse_shape %99 [[0, 1], [2], [3]] : tensor<2x4x6x8xf32> into tensor<8x6x8xf32>
    %100 = tensor.empty() : tensor<8x8x8xf32>
    %101 = linalg.fill ins(%cst : f32) outs(%100 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %102 = linalg.batch_matmul ins(%collapsed_76, %collapsed_77 : tensor<8x8x6xf32>, tensor<8x6x8xf32>) outs(%101 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_78 = tensor.expand_shape %102 [[0, 1], [2], [3, 4]] output_shape [2, 4, 8, 1, 8] : tensor<8x8x8xf32> into tensor<2x4x8x1x8xf32>
    %103 = tensor.empty() : tensor<2x4x8x8x1xf32>
    %transposed_79 = linalg.transpose ins(%expanded_78 : tensor<2x4x8x1x8xf32>) outs(%103 : tensor<2x4x8x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_80 = tensor.collapse_shape %transposed_79 [[0], [1], [2], [3, 4]] : tensor<2x4x8x8x1xf32> into tensor<2x4x8x8xf32>
    %104 = tensor.empty() : tensor<2x4x8x6xf32>
    %transposed_81 = linalg.transpose ins(%94 : tensor<2x4x6x8xf32>) outs(%104 : tensor<2x4x8x6xf32>) permutation = [0, 1, 3, 2] 
    %105 = tensor.empty() : tensor<2x4x8xf32>
    %106 = linalg.fill ins(%cst : f32) outs(%105 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %107 = linalg.generic {indexing_maps = [#map4, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%transposed_81 : tensor<2x4x8x6xf32>) outs(%106 : tensor<2x4x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %out : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x8xf32>
    %108 = tensor.empty() : tensor<2x4x8x8xf32>
    %109 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_80, %arg1 : tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) outs(%108 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.addf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x8x8xf32>
    %110 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %arg2 : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%105 : tensor<2x4x8xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %111 = arith.addf %in, %in_82 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x8xf32>
    return %expanded_68, %109, %110 : tensor<2x6x32xf32>, tensor<2x4x8x8xf32>, tensor<2x4x8xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_32_32_torch.float32: "0x04000000C5720B3E1AB3EBBD79740EBEA61EDB3C58248C3C3EC5DCBDFDEC3E3BAFD0AD3D879E1FBD738085BD3A8397BD4BF687BD12A9F3BDF22A6EBD4DD9573DDEA62B3EA600FBBC4DEE0EBBEE6BF7BC49D1153E6B10E33DEDBBFABC8FCC27BC1764193D64002A3ED3DD00BD5AEF42BA656A19BE2E0ED63D6425DA3C0DEEC2BD34621A3E47E3B53DBCEC2D3E15D7133EBD7A09BC50DF13BC95DF0E3E7684DDBDF78C01BD79AB63BD967CBB3D4FF996BD46FA74BC7410ED3D2B47CB3BAE959D3BC691D73D348E7FBD2B77183DBB2BF2BD7A290FBE36ADFABC165681BD9D9831BE3EEFABBD7B412B3D9864EA3DF9EBD73DEE1C31BE39663D3C5B0CA83DC5750BBEB915173D89E511BE165BFEBD648455BDF0DC00BD38FE2A3D106984BC3748D23B150727BEAAA21CBE3787343D1433223DE49A543D0E32C3BD00E96E3D2A65C1BDC7E00ABE800B853D6625C23D19C0403D9DF5F33CF47431BEA716413DA74B08BEA7FAA7BDF424963C36FC32BDF2CE12BE9AB618BEA17C4E3DDF980DBE97F35C3B0DF9103E03F4333EAB8008BE33F7B9BDB42A17BE2876AC3DBCE62D3C7C90953DDF7B253EA6481E3ED0CB133EBF15E3BD06B0B3BD93282D3E850524BE51A1D13DDBB60FBE959CC1BDB355A3BBC9FECB3D8894793D28932C3E759489BC0A15EDBD701C2C3E0B6A1CBB3521A53D03D9F5BCED2BC63D964D56BDBB6FE63DC6BF033E0B3B0A3EE3FEC2BD3D9E5FBD6095083E97A815BD11C8703D216C96BD535A26BE338DDF3CF789153E952125BEF660C2BD49D51ABE9698E6BDEDBF373C6D0D80BCB875013DBEB79BBD5FB8093EC938263E81F80DBE95DC063EE004AA3D4A7D24BD70B4303E872AAA3D236108BEA1AA173E658E283C1ADF1DBEE889CA3DB6A2053D17EE8ABD88945CBDC566E0BBDF980A3D7751C3BDF17DF6BDE1F6913C87D1C5BCECD9913DFDDF15BE8BE9DBBB013C11BE58478C3D53411C3ED6AA023C366BBC3DA2FEE83D396AEDBD0C18F53D301925BDFB3FAFBC8678243E94F440BDCDFB083EAE63A63DBD912A3EB0AAF23CB2632D3E490F253B0481B93D99FEA53D1CC8233E33BA333D43E6763D9806B33C5E17873D0C21483D478D5DBDAF162A3E72A324BE913E4CBD8037FC3D9A7D30BD950500BD4179C4BD889DF8BC50C51A3C1EE822BE7A7A093E2876D63C604CE2BD99B107BEE7BEE03DF01E9BBB19EB853D180D723CB8B8FDBDE2764A3D8DDD10BE1FAE6CBDCF71053D45C5BCBC4AB934BDA9D6B3BC3FDBC03DB58403BE543D1CBE5CBD0EBEEC57173E557C84BC4D3A1DBEE0C3B43D0A0234BDE5269B3A57060BBD86591FBE9C4D223E01A81EBE35B4CF3DD49E253BF989DB3D6D53B73CC0E375BD962CE4BC79C8083EEB2344BC8BB1D63D564A28BD4EAA393A7A179ABD3985B73D14582DBC9C97783DC615553DCEE7943DC173AFBD6D671E3C1E9BF93D25D7EABD8D59B03DAEBD83BD41B0AFBD5BD2F6BC2C86F03DEED463BDFE8BC2BD0B77A53D941FE9BD2C7B8A3D9607283E7EA5193EEE7C18BE8D6D20BEBA1AB33D5A0956BD701219BE5E0CB43DA690123E590509BE1EB70A3E7236333E8DB30D3DCFF064BDE3E8343D081624BE6AB62ABE859084BDF9E4E73CD2DF1D3E4B55B7BD59C2EB3DB780DBBB297A9A3D1DFB91BD468B0BBE52BA89BDEED155BD13510D3E4DA7413DEB30AB3DABC98F3D18D3B5BDFF9603BED65BB9BDEF2FD8BD3DE7B43DA450013D073431BE45ADE8BD352806BE43771F3EC548F33CDD5D003E1036D63DC521CD3DADD4033EF6A0133EDEC5043EA89B11BE8CE61ABD410E993DB044EEBDDD57213EF6B728BDC1CB12BEE37D273EA037ADBD668EB63DC112C73D737D6BBB6CEB20BE01BD2F3DA4A8963DF4FE293E532D02BE2D34D6BC61B51EBEB1D6E83D2D65193B9DD73FBD1A170EBE5DF2883D28DFD73D1543ABBD2FE11C3E8DB7E53C2953F9BD3DAB273E5AFCC53B0F220EBE282AD33DE556B3BDFF9262BC7C75BA3D01F8F7BDE081203EDE4A523BF387D3BDE2BA30BED47D00BE2FA3833D817AFF3D33CE09BDA258A43D7E3C61BCC4E5CABB25FE3C3D0F38EABD861A963DB13CFABD223DA83D5008D6BDF40AA33DE266F03D97F5ED3DC0FE3F3D92F4B1BD84150B3E52E92ABE8B3FE73D7A1C2EBB47F939BD9E836A3D5A731FBEDD96F73DF6630BBE6F068CBD6191563D64381CBEEBD6B0BD435DFC3D4111103E629DBA3D4EA13EBD6C9E1A3C0B83253EBEB80A3EB58D1DBE1CB4A53DB0071BBE0FF102BE0E85BC3D282D27BE1670C8BB536F2F3EB66F2E3E6A76163E2F09803C4CF789BDE7E8B9BD3429EDBCB7B58FBD948B88BD1DCD9EBC7BCB4CBD1303633D0A598B3DDE97C5BD6D5F0DBD037787BD93A78B3D9FF402BEBD7E97BDEFC2A33D4132F9BD254A21BE38CBEBBD39D1BABDCD12103D7227C3BD1DCFC23D9801523C7A2D74BCC72C023E7751B83D65D3283EC6E7F0BC387663BDF280AD3D759FFEBDEF42D6BC14B9603D52620DBD5BD276BBAF1CCA3C593E0D3E3C147E3DCFC628BEE610EDBDDA10993B857375BDE5A015BED568C53C79FBAB3BC0695CBD46500ABEEF29C73DF7518CBDC21BF3BDC92D1F3E1A3C303EA457063D9CC44CBDF9E614BE73D77CBD94A8AF3D05A9353D1B4D18BE28BF60BC220AE7BD4AAAC03B128BD23DB3B0253E7008CFBCB910F73DF43CADBDFB2C28BE7090B7BD47E65EBC97C2123E904337BD9C2C183D4E99A9BD1C42A9BD3AAE843C87ACF13DB14787BD2388253EE3FABA3C03E9DBBB8ECF683B01438E3BDDDF313D91B4E1BD70EF753D01B5513DF42D97BD46416C3D95F33C3DBE87F83D23F8DB3DFBD4013E2EB0CA3D82112DBEF9AE7F3D08D1093EF227F53D9BAB133C916985BD41AABEBD6E40113EC7129DBCE3F455BD5277CB3D815F8BBD6E2B013D24B324BEB38EAFBDB2DB0DBEED3559BDC81AD93D47C1583DCF9B16BE8EB6E1BDE6EE02BE4BA1F3BC92CE253E73EEB93D16FFDB3D0547DFBC52A675BD79617C3DB51CD63C7BDABA3D65C930BE5DA0EB3D6BE62CBE4CAB113EF92425BED65921BE3765103E31FA09BDF5A3E2BDF391353D14D38EBAB0B19DBDAA910BBE9E3AD8BD5DCA2E3E7F098CBD3069383D106FFCBDB8078EBD70A7043EBD34A1BD6DBB0B3E2C3BD73BF37822BE282F18BEB9C533BE2866E33B186B6EBD1BBB073ED28E733D50BDD13DF2AB12BD27A705BED052CB3D3E3EBABD94A74F3BBEE11CBEF9DC52BC3DE479BDCD959FBA252A663B88636F3B9165EABC723716BE7CC0293D66832CBEDD66FABD4A0B073D85281C3E50140FBE43C0D3BC6C5FF7BB8CCF913C30C45D387BED0CBE56D52FBEC0137DBD380034BE5BD3ADBD61DD85BD8290B2BBE5BD143E8E8409BECD7A85BD306743BDB388F7BDA4531BBEEB9A36BC0A30DFBD6FF13DBD4905AABDB01922BE02E1C93DADD9073D5B9E51BD626003BD481C123EF1C30FBE580854BD42FA85BCAC85B439F3D5EFBD6DDEB8BDA0FA143EB7C003BE8BC82ABDEDFDCF3DC4931DBE0784313DADDF313EE05C0FBC162CACBDFF8E6FBDE4D8BE3DA1C5043EE362B9BC486DF4BD3338F53D1C2183BD946CC7BB3F6CD83D7BE8C6BCA9F7253E363215BEB83133BE5CB2E33D55A4183E006560BDBEA7C13D134322BDEF8F25BD6AD7F2BDB03F86BBC708EF3DBD66833D12A50B3E3C2A0C3E47D61B3EF1E60E3D94105ABDEEAE15BE04FB013E6EDD1FBE6294DDBDB0BDE83D5383AC3C2853923CFCD2783D80BA003EE5BC663D92C73F3D04E6923D51F3B0BDBFA858BDB23A243E6B310DBD35EA5FBD5DA80EBD7098213ED1552A3D048D3F3D3A378EBD1BBA0E3DB7D6003E9AFE74BCE8DF94BD9DC3223E7C68333D777987BC5907BBBD96FFE5BD4FF20C3E8A13903DDC045B3D3D29273E40D5993CD1DD113EDF2EFA3D6D3E1B3E48DDB9BDC83D0D3E6E590B3E78A626BD85AB86BC93521C3ED9CA6C38733FDD3D20C8DABD7879CEBB429397BDDF16333EE731773D4A47DABC99F2C3BD18136B3D90639B3D1D75DFBD9D9E5B3D600F213E195ABC3C7B54BFBD1D61813D6E6640BDDDF515BD7B502C3D891BC33D7B035D3D60B5973D4B05A0BD71F81FBEF230B7BDFB0CF03DAB5E1E3E403D2DBE47BA4EBDD35422BE69A100BE85AA17BE7F22A8BD08D523BECF9B2B3EEA9E33BE6511233D4D252D3E503B383B93E4A83CF68C1BBE0163F03D41202F3E2B031ABD166C403D83D4E93D736DFC3D4894C43D0625273E8FCF823D8B09D73D39E30ABE0B7CFC3D63ADC53D213FF2BD1596AD3CDDAE053D09F01DBDA33222BC4822203E84A5CF3D53DC3ABD95B81B3D63D9853D7B9103BE96182CBE3EFB0B3DBF929CBD7C80E13D877833BD682F16BDE12ECA3DD71D153E18090DBD1CBE05BC7612FFBD059913BE28D81ABE0F28A9BC52B57EBC63A7243E89BB043E328A353DD1AE163EEE90DCBDC0FCFA3D8301593D94F965BD5623D2BD36442D3E141E6FBD4417BE3DAD8D48BD807A0C3E32D519BEA263F73D48FC5B3C34259BBDA07A873DEA5C753D972AE83DB504A43B73C3B93C09BB30BDF2C5203E3B2212BE33BDD8BD67770BBE5821DD3D6503FCBDD83536BD5775453D13AF2D3E6B78D2BD848C283D765CEABD12D6E0BDFF4887BDCF9ACFBD377BFCB8E60533BE61B4E13DB34C25BEC2FA46BD8687633DE5DC13BE9DE0C03D4ADB173E21F3B2BD6027163E2A621DBE44DF423C1C0932BEA113E23BEC2251BD174EC23D6AE4FD3C5E21BDBCD37988BDD036913D81BC25BD2DBB30BE46A1B33D79055C3CCA60563D7CF0D8BD0FCA6FBB78FA53BDE570A43C166CEE3D1F58223E38ED493CF3F4343E7B97233E1926A63DE5BABC3D9CF7A4BD5BE9EA3C00A4C03D1BEF4BB91E8DBC3DF7B40EBE599E89BD6A8CD9BD00482F3E2A5939BD1CC5A1BD623A6FBDB2A3E13DDC30A63D7E8E8FBDC8C003BE56A1CBBD872A7ABD619870BD9BFA2FBE9757BA3CD5BCF6BCA7477A3BA667653D72429EBD2D4490BDB835173E1AF7E7BDEFBC0A3E6414C9BDC5A1533D5B0F70BD80C596BD9BADDD3CCD7B303E35B49F3AB184F03D95E3493CB411203E53E29F3D0C00DABDB0B3C73C4741FE3D622588BCFEB32A3CCB597E3D04514DBDF87E1CBDA9161B3E1E26B1BD5453283D9FAFF5BD5E0E323E956199BDD1EE88BD09371CBE3DED1BBC4B920DBD75075D3DC527BC3D2D8D1CBDED43133DC07DD3BD553F743C9153643BA7B89CBDAEF02EBE0E42183EAE8F043E8CD1C6BD1BC0EFBD847A9E3CE85C55BC3F7AD8BDD748D53B084124BD4E6AE43DFA48763D85D7E23D34589F3D71AF11BD3F70823D5A34A1BD087F023ECE552CBB3B0C273EF0A1113D9FAB693DB28ABBBC4139CABDD581F4BD87C3E7BDC3CBD8BD03281B3EB545DFBD98D802BEC8FF2BBDDC349B3D11AE90BD38A847BD16892DBEDFABFABD64A2DB3C0053BD3CEC42F23A018574BD11ADFC3B469204BE32CE943DFE1A93BD2065F0BD53463FBD7C75C73D986CAFBD756817BEA9C5913D9DBE173D1CE115BEAC60063EA464F2BD213B1BBE0C6091BCCD40FCBDB1BC233DCB3697BDC1B7313ECFA9FCBDBE5B343E3C0E22BEB212803DB03FF33D22296E3D7508D83CBF422A3D1E0FFC3CDF041C3EE63CDBBD1492DEBDE852C2BD6E1224BEA0F0E1BA4543EFBCC535EABD55FDDDBDADE4A1BDD2DAAE3DC906AC3BFE57BBBD803E373D23B4F4BDFE273E3D6BA348BDFB13883DC674823D89F7863B00DB00BE294E163EA12B553DE591C03C4E52E03D570EA43CCC81743CE4D8303EE13E00BE4BE79D3D6B4ECBBBB772333E0EC31F3A3DD4DEBD",
      torch_tensor_4_torch.float32_1: "0x0400000000002041000020410000204100002041",
      torch_tensor_4_torch.float32: "0x040000000000803FCDCCCC3D0AD7233C6F12833A",
      torch_tensor_96_32_torch.float32: "0x04000000CC1B2E3E4F938DBDD4047A3CC4B6A2BD048EC4BD0B2431BEEBA090BD7261A93DFCACE43DEAB70BBDB7A2863D96B75E3D23242FBC4727F6BC0830AEBDE10F08BDD1AC3EBDF366353DA45642BD1E4F22BEC0B1E93D2A78273E762E1A3E56E37C3C49CBA83D6A1716BE8EB6123E7E5F31BED320ECBD2454A1BD69F68C3D5C5D463D492E193D5F1FC33DDE0DFA3D3F5A74BDAA062FBE3C5A1F3E5FCF2ABE3D0CE43C11BB06BE2F3DF9BD13FF1CBE6730193EDFA220BE3598123E09E7F2BD7637D5BD967A263E0725F1BC87A985BDCC0A2EBDFA2011BEE9C61D3D642C68BD9273C53DD646053EBA7586BDE598193EA357133C3F031CBCAE0725BEE362A43CF3E25D3B2D02F4BDF10206BD3BD29CBD0DFFF3BD0DC38DBDAD7DA2BB7AB01ABE83EAE8BD332EBABD375F19BE1BDA4D3D2495A3BDD803033C2A5178BD571E8FBC7EA9E03D308C0ABD2413343EE06227BE5E2311BECCD7103C223BF4BCFFD004BE942527BEA7B3B0BCBABF153E717AE33CE39EDBBD9900143EA547A3BD41992F3CE7AD8DBDBE25A0BC418406BD51C502BEFC5506BD532CBE3D9FF7C1BD3CF4683C6118203EBFADE8BD3B7ACCBD1CE3DEBD61FA683D795AF7BBB0653E3DAA1406BE31EDC13D2129F5BDBC941C3DED9C47BCAD8BE5BD00BBEF3DD9BE833DB18F253EE2B02ABEDDD1FF3D92D1413D13A2B4BD36941E3E5D7A213EA728C5BDEBA896BD5325A43C8C98B33DFC591E3EBC9E803D4C822A3EDCD973BBA1D9103E2EC4D2BD5D0F66BCB7E6DF3D0F60913D40EA0BBE3C9629BBA28BCE3D7DDFDF3DDFF603BE6E2493BDC084FEBDBFB6E9BD44C74FBD17A02FBE9008A23C9DB72C3EB902C9BC46B1DDBBD08C553D36CB8EBCD0075D3D5CCCF73D8D68053E51CBC13DCB6264BD5A79BC3D260A153E2E6F163E4AED5DBC48E2163D68C0F33B693984BD239A6ABD7D49073E6C51F93DBD6B18BE16121D3E66BDFEBD5E4E21BE4D8A1F3E2B47C3BC8B27D03D8F6C83BDB7890EBE9E1A84BD200B9CBDFAA5493C542310BD9BFC303E003421BE0BEA653D627707BEFE0EFFBCE2292BBE1DE01FBD2700F0BC0CD6C53DD21109BCF69DDD3C571D023E54FB603D8366673DDCDB9DBB2FDED1BDA6E5C33D23F7C3BDB11F9FBD53500E3EB3860CBECFAE1D3E89DB82BC88A7A63D19B714BEB033D6BD4A3C98BDB35093BDEC2EC6BD02B60C3D49A5B1BD329822BC917BD73C51A5A7BBE56CF43CA9B4DCB883A21FBECEFB48BDC62E8EBD47B5B2BD1FF51BBE3203583CBB79EEBDBFA8E1BD6A66433CC18E773D5F53B33D2267FB3D7C632EBEB70C59BD0920213EB75B2BBE90BB9B3D23272EBE4FACBC3DAAB3D23D6584223CD0F1823AE98AC2BD8DCB173E7B15EBBDE3D6CB3D69C3CBBD1FBDB2BD8300DEBD7F5F343EEC1C28BEDDDA1F3EDAE1683D9CFD0C3E9A281ABE599799BDEA56D1BD3C74DC3DB90032BEB14CFA3C48B9943CB288133E29019CBD30340C3E067A9BBC0208B33BA0D902BEDBCE343E8814453D90000B3E44E478BDEE0966BDE624F53DB6830E3E5117DE3C76CE2A3E5EFA17BE372B75BD645C1B3DE132483D1CB8573DC13515BD3D4E2B3ED7C9733D52043FBB11CF11BE78A127BDD1C78C39E27C95BD4CADBD3D7B86173E5864243DFCFD9EBD837BDD3D109325BE71C42C3E52AC51BD9AE127BE0838883B1A59C7BDF255EA3DE941E23DDF0418BEAB62103E57C07B3D236033BE0EF206BCAF0EF2BC21EC573CC7C905BDFC2C09BEE1F5C33D2F0E303E32A930BEA7F8333E97B72ABE57613DBD3E53EB3CAF6FF5BD7F66D73DFFD6BFBD6FCEDC3D407734BEA52B803D738727BE25FEB43DBC7D043E7EB71A3E67A70DBEDFDF8C3D226B01BBFB8F11BE1742143D2FCEBC3DAD14213EB087013E2EDA0DBEC5A114BDBC3826BD6BC5523D23B398BDEDD718BECBE6B7BD7E4F0B3E8545D4BDBF7F093E086C2F3EB2B3D2BC602516BE882611BEE94CD03C891730BE97ACDF3DC9F539BD5BD0AC3CD51B65BD35E9B2BDFB0205BE24EB003E612E703C6C8FBB3D3A2EEEBD45D3B1BDCB50CD3D1F8F85BDBF9EFCBC3E65ED3DEF3928BE3F5014BE5F871BBDE23E30BEC96C56BCDC0C873D969770BDF927C83D881BDFBD2AA39A3DBF12FD3D507C10BE728FE5BDB02EFD3D646FA23D0CF481BD9D94EE3D0C34DB3D8A2613BD5C3D3E3C751193BCB96FA8BBA8416FBDC276663D986066BDED0CD9BDD18C04BC63762ABA133A1BBD4CE9A5BD4A932DBE1178073EE0717BBDA40A80BBED27023EBCE1CC3D475D303E94B9C93DDFFE97BD164433BE0F79093D66AD28BD888A493D9E65A33D0C7018BE3F6280BD22C399BDEBEA413D436A9E3DF003FE3D169703BE74054FBD03EB06BE6729073E9E3C273EF1769DBDE9A2303EEE07083EF586EE3C03A8A3BD95190D3EE3DA213E61F1243E2C69E53DCEF8043E8263123ED8F310BEE6ADC7BC1A7B333E089A7EBD5E412C3D92FE1F3E03B29A3D71BF9DBD226F83BDF7FC2BBE9DF7DC3D885B1DBEAC4AB6BD0F33043E9EAC24BEBE072E3EF250173DA9FF25BD8A7C5BBDC12683BD0E0E2A3ED1A59CBD797F1EBE94BE1BBE6A35093E8B60B73DC4A007BE2798953DA662FF3D6D07A8BDE34AF03CCBF7C2BC66CF02BE26ED08BEE29004BC3025D33D0666A43C8DB42A3E29541FBEAF682CBE82C8CCBD557FDBBD65E5863DF74F03BE9F16883BBBDDE43DB9B142BD96F34C3D5B3F313E7B5A18BE994027BE3B56ABBCB23DF03DC489B53D6C12AC3DB42A48BC589A103E4C71BC3B184A09BEC73DC73D6A61873DF4346EBDA0353A3DB94B273E2C7EF03D414DBB3D7F64C23CB15A0E3DB295223EDBEC2D3E3176D83DA2F29A3D754665BBACC9D03DA44CD93D4999C2BD5EAB2CBC4B0FA43D51712E3E8C5084BD8E1EE03D528200BD4B7898B81846043ED1B0003E9EF0D4BD016DF63DC16F003E29AB83BD34BF123EAD84E23D902BE63D420A0E383AC49F3DBAB6123D55DBE83D8CF31A3E78F7293EB887A03CCC2077BD3EA19CBC1CD35CBDDF31D93D3999973D22980EBE298E21BE99D424BB7C16B93D4BA58EBCDC7C21BEFAF60B3E65F4FC3C509DF3BD5E5196BD80B29C3DE78DEF3D83D3F0BDC16106BE6D85C53C5769343E260C21BD6D47873D01867FBD2A331E3DB75FD43CC36C5F3D9BADDB3D1363E93CBED52ABE1B5F12BE4E6920BE3FC9123C6E40883D15C5F03C11038CBB4919333EC61B143C707EA03AA3BB8D3D3C54DBBD51DC3C3D2C2B47BC580274BD382F31BCC75E13BE46ED8ABD97F800BE1DAB863D18659A3D268CD5BD0CD271BCCA1F283E4C9482BB4CEBD5BC35537A3DC48C25BE0C5132BCCD4A2CBDF6AA0C3E20FE323ED4E28DBD3F61683D799F7D3D98C6AFBD6FE2B6BD9A73723DB72DBCBD89DE023EE0821E3EF6B6303EF94F2C3E30905EBBA619103E002D44BDDC6311BEA543F3BC66AEB33D6287F53CC9B127BE69B88BBD2054283DF960F63D5E8924BEF969A7BD50B74FBDD69EEB3DCD14A5BDEC42B5BD8CB431BE7B4CAE3DE1870DBED14481BD82E6263E5FFB0A3E8AD10CBC7914BD3D666E8F3D4260523D5E0733BD23019A3D97A9223ED43924BE6E0324BE33FD1FBEE428B3BD8C83BFBD61B11F3C5435FD3D7698123EC4AF493D2C1B1D3ECB10DB3D8DDD24BE99EF8F3DB7250B3E11BFB63CB75823BE4496BCBD19F1293C5252EA3DC074653D41072BBE4A061EBE6D23323EB17C46BD8C228DBCBB992DBEB5570A3ECC16043D1103923D111C0A3EDA4B653D48E5C1BD026D1E3E194B2CBEC5D608BE1E3D023E4EF3CBBCEB3CA93DC348FDBDA3623E3D398D203E551B5F3D1623833C771B533DEB3BACBD130E1F3E383E1EBE1419003E407ADBBDD7052BBC8C17AA3CEFBA093E8B63123EB200C63DA3EE76BDC9CEF03DBA37083E8E950E3E07E83C3D24FA9BBB2589723D64C2123ECAD5AFBDB17A94BDEB8166BD3CCE1A3EB9C3FB3D2323ED3D2F90F83C7B4B05BE2050F4BCB03059BD3F43103E7C627D3D11B5EBBDA026CCBD730E793D742505BEB787273E57BC733D93E9C2BD0C20F53D1BAA2B3E99F11BBE5FF7CB3CF576E6BDE1151CBE4577543C4FF2C13D98E6C8BD7B40D63D97A02FBCEC22B33DABE081BD108E1EBE790E06BEF2EE33BD1F67243E740D0EBEBD51243E6C7C433C727722BE42B4F6BC792E933D26EDBD3D830132BE793AA1BD2B41AC3C040A9F3DD4A3BD3AED82FCBD1C5D2EBDD2A19DBD09D557BD0198B1BC7BACAABD139126BEDE95773C54942B3ECCA0ABBD2F63333EC6AFD63D06F7F83D85A1763D9CD114BD0E0EBDBC22869B3C9593FBBD4281693D6389C83D2D71103CE98204BE4AFC90BD7D6C11BE1255173EB552FDBD4CA5F43DC6ED813DECF7BFB9CD101A3DA8C87E3D0071E63DBC2732BEB7BB273E2AAC103E1C5B56BD71666C3D689F423DE46ACFBDFC41BF3DC2D9183E378169BD4D7B42BD9D26243E2D7594BC96E70ABE00C0F2BD0BDD133E3BE2143E2CBDB9BC94E6F5BC2A48A13DF19219BE57D12C3EBD58FFBD1E0378BD5ECFD5BB9BC6AB3D293CF2BDCD583FBD91FF9D3B53D7BBBBABD2BC3DE0BBE43DFDDCA73D317DAABD15352E3EB93186BB5CA24CBC153B103E729A2D3EBFE52CBD7F02B9BD072FE2BC1A0B333D7CAB113E0B4DE53D42D2D83D033DD6BD07E59D3DC69C4BBDBA9E80BDE48D1B3DE7CBD43CB4A0FA3D3401053E0D1C0D3D6EE729BEF35A2DBD83E0DE3D13A8AABD3B2B48BC6252DE3DADAC333E67FC2FBD5DABB93CFF77333C71ADD63D7B43923D95B1053EBB31B9BDF442063E705713BD9DBFF0BD5A5B083E79EEE13DFCD639BD7888643D1CF906BE38A0013E9EC9E7BCD79E16BEB134DD3D36DCA8BD391B4E3DEC8AB3BD31E8A53BE226C73DF3C0793D8348A2BCE04CEE3DA7FD243DC9BC76BB64E8BA3DC7D9B93D11D8163E80CA24BEEB2FE13DAAD5C4BBD25465BD52005DBD111D053C9D4E88BC2B4333BEFB53803D26BDECBCA3E8A03CB8A4163D655434BE8909F43D1A9384BD2DB3CEBD33B227BD71CDB6BDE80B153E569D1FBD7E63F03D7E7DD43DF6491CBECBA5463DECB1E03D7B93D8BD01DA12BE6CD2193CE4C092BDCFED24BD5D53883D9FDA00BC199D1BBE1D2DCC3CEDE626BCAEA9163EF8D3583C6B6302BC2A83A1BD553CC0BBF0ABA4BC541369BDA9AC2DBE45C1DD3CE2B2FBBC646B1D3ED52A963C6C460C3E35F5A53DBC0BBBBD17B068BA6ACE5E3D6A25FE3D81F9F53D24992A3E94FBEFBD68840E3E6C699C3C3D5EA53DDAFD103EE2E4413D77D4A43CCF68B93CD2558ABD9B2312BDF888D93DAEC0F5BD264F463DC0DA4C3C47DDEEBD177CDCBA75988BBDBFF12D3E2E471ABE7941AF3DB23E2BBDC3AF56BDC786E8BDA82FEDBD0155143DC9274CBD44E9A9BDDCB6FB3CE65D923CEA69293EAF2396BDEC8319BE243B963CCC7D89BD1F9B133DC68C0C3EE146F6BC5D2BF9BDBF805DBDB42615BE942CE43DAD7027BE9275BDBD79C53B3C5CDB56BD3FA0D93D8718F4BD72D65CBD7DCFEABD1DB4283E6661E43D625A813C09E5703D3CF634BE8F00133E61E6C5BDD64930BEEABE293D17BE5D3C29C9B33D917CE03DD7D2E1BCD7346F3DA6F716BDE2BFDABD9489063C13D5083D08BBCA3DCF118F3D83EE2DBBE01E00BEF77A8CBDFCFE2ABE06B32E3DD3B01CBEB7B9F2BABE87113EFB75CB3D122403BE267D763B026F5CBC028C7C3C05AE623D2E5BADBD5FD8F5BD46FF14BE5B04AABD70D73FBD6D1AB53C48B2BD3DB49B16BD739B2DBE8180F2BDAD00E73D531F80BC2F6372BC6B115E3D8DFC9D3D33548BBD5503793DE919E9BD0C0A083EF233B6BCABAFA53C3862ECBDBEAD083E1A220DBE121EEA3D2A9880BD35F568BD243312BD1C5F843D23A024BD0351FE3D05692E3E26C7C03C7B38633D5D41673D1751D83D5B732FBE9C3601BE852C60BD7036E9BD9302BDBD9D422A3E941C12BD2DA7FCBDCB81A9BDC27FB23CDEF6FFBDFBFFAB3D2C51153E0C76CDBD0BA099BC712A043D92C7F63B2ED2EFBDC0ED2EBE5166CBBD062ECF3D8D4E13BE2761083D499C82BDC31ED23DF7D1423D10CD133D01F22DBD34BC28BE36980BBEED1A33BD12982C3E7E8300BEEE93293E1B3601BEFBAD103E839885BD29D8223EB11B41BD43130BBEA9A9B5BC81EDC5BD74757FBDAD35BD3DDBE403BDE618A33DC0791EBEBA5279BCA78D6ABC162F1CBC57CF88BD10FDAB3B1CBC073C4C85833DB615F0BD0B245ABDA57E833DDCFB983D1B0A90BDBA42F13C42422F3D61BF17BE858F873CF047A2BC271916BEF856DCBC957F36BDE1A91ABECCECDA3DAD1886BD52B958BDDE0C963DE610A73D1488E2BC0BAB8B3D2EDC1F3DAEA334BEE272FA3D25729B3DC0B710BE5D7261BDEA0ABE3D3E6CF63D5547913D20A0C63D3B44F7BDF76A233E7F381A3E252BCCBD1D3285BD2D67863D5C9EC83CF086E5BC6E14653C387DFB3D31FC013EF9A220BED4FD253E9D60A3BC629140BD8A6A5DBD6D4CEDBD04272B3ECF9E16BE4C45AA3DE3BE503C9ED3753DBD3EA1BDB311B5BD7ED08EBDCFD9F0BC045196BC915EAE3D897A05BE8BE789BDF7BE2FBEA37E1A3E8CEF863D7897C3BCAF2DB3BD00C1B8BDDB3B1C3E0079153E33D1103E58EB21BE3222AA3D1305973D49F3943D288C29BD1AA681BD42E2B2BD073222BEFDB3153E7503D53CD3F70B3E3581F33D73AD333E1EDB45BDB1D6AD3D7D3C273B183529BC3B0F233D977F11BEBFC4103E981A9C3DFF61023E60C8A43D14E0183E2CE5BFBD18289EBD37BB313ED448FD3D9E6984BD4CAB21BEBEDCFCBD9D870D3ED7F99C3DD151B73DADA921BE1D9201BD41090CBE0D4C083D433002BD7D3A143D2B5325BADF50ADBCEBC79FBDF078DDBDFEA330BEE998463DC4E6CF3DD302AD3CABF61B3E67D4C3BD6C9D3DBD7892223E9686AE3CFB20B33DAB4FE6BC4712883DADBDC7BC22EA19BDB68E1ABE313B0B3E1B4025BE0945DCBD0CABEDBD647DF23C35A8A3BD74FFDD3CF882873D2F97AB3D5065D13DC2D629BE77FE60BD578031BE1EBBC2BC80F9EB3DC8BD253E37804D3CF98FD93CF671163E46C501BE2B5F36BD532FE73D143622BE343510BDDABB38BDA6A1DBBDAC28F6BD67B4BD3D29EBBB3D4BCD233E4C1BCFBDDF91AB3D14A7D23D9E1824BD3092713D8A7FA93D17131CBE0D2AF03B211941BD0787DA3D08EBB63DFA2BC5BDD643ECBC3084E93DE7D1FE3D2587CABD441ED4BA3F3CC0BC1082573CFD34D73CA3E9C9BCC26F04BD315D06BE98AC0C3EFD9FBC3D2D6F0ABD4D49DE3B52456B3C5AB700BC604C96BCA71D073D12F61BBEA227AC3DE85D1A3E2453D03C98189CBDAB4FFB3D6CD42F3E58B9F33DEA7B473D9EF196BC910FB33D07E6283EBE70163EA76F213D5179FCBC170E133E030E24BD578FB8BDDE363D3DF376F83CC3D230BE55B1ACBC89E423BC5B3B1D3E9F1EB23D25C8E5BD347C0D3E2FCBE5BDA409143EE7265DBD37D337BDEC0630BDF6FEA13D28F7CA3D106AA5BDD1AF823D5571F9BD7EA2FEBCEEB81ABEAAC8123E19360EBC8AED71BDAFCEC83D7F1E2DBE2DE6CE3D481457BBE8B328BE86AA283D8B3552BDA19D91BD1C1D383DB9BDF93CC024EFBD6EB481BDADCE103E6EE9B63D7C9B2FBEB3CF2FBD788809BE47598EBB413EFB3CAEFA5D3DE1F710BD267C96BDBAAA1D3E44DF2C3E395B0EBE31D8B4BDA6703EBD1956ABBD547A833C9DBC7EBDC9F709BD3B0F113EBEA6983D2D18F4BCE9D90D3DDDD9BCBC5CC2BA3CD16CAFBD2E5B16BE1B02733D45D50BBEDB6F08BEC789D0BD4FD0463DAF37313D0A2F0DBEC6677BBDDFF3383DB76CE8BD1F8A993DCCD02ABE6337FABDB06D143DBA2F18BDFEB717BE82ED29BE16EEDD3B3B6EB33D4EB005BECBC3223DB468F9BD2DF07CBDA2AACE3DAE8F233DCA03063ECD4B2D3E258A123EE578F23D17CFE23D9276FDBD2BC1F53DC797FC3DBBCEF6BCE1718FBD7FA88A3D1417FFBB53A4DFBD1450D3BDF1DBBE3DC785123E29F1953C7F440E3EDE0534BEC53FEABD3963223E4AA2513DF109853DE2D7473B9E662ABEAA27333ED87FB9BDF692253E3D77033E3450B7BB1844E33DC6CD5EBD9FC4B9BD2D0035BE5AA5F2BD86D8B6BBFCDE01BE97CF7FBDBEBE933DA66D2BBED0904C3DF7ACBD3D9FB4F2BD8D17CFBDCC4BBF3D9BBBA4BDBD5F043E241033BC6A3EACBDFE4611BEF410923DF5DAD13D24D5E93D2EF2963D5B3C093D71AB263E646A54BDD2B8E13DE1961E3E57E4B73AAC87683D22C977BBEEF6D13D65A5163E15C19E3D2818C1BDB734653D448932BEE1A2ACBBDF5E3C3D3331F23CC78B27BE5E64C53C9EA0B6BDF66426BEECD8093EF571F83B22B830BEB35523BD2F4F1ABEC60BE8BD2E4C0DBE9EF5273D1EC801BAC1CA3BBD8F985F3DC324C5BD2E3670BD2EB0893DCF3A9EBD3C7CA3BA5FA605BE86DEDCBD1250A2BB7E0AC43D435D14BEEE3727BE826158BD5A6EF43C916C993D98507B3DF9E996BC20E422BEC19DE33C329CBBBCB519AF3C1FC6833CB0EA28BE69401DBE8CD4F93D166F2CBD3BB34EBD6C56E33B90F818BE7ADD7DBBE554BE3D0DEE6C3DB1650DBEB643623DF14BE43D4088EE3D31158BBD18896BBD3963EABD86DE923D7716FC3D0CC6E9BD449A963DB3474F3DF14E3B3C21EE0D3E7D9AC4BC4EE92CBDAC21F7BDE8A9133EAE6ABC3D2221193EF82DC0BD9C69BCBC76C7193DB4352EBE43DB2EBE58A49CBD1562E0BD87F82A3E40FE103E7349ABBD5DAA21BE363D28BE655F41BCBBC311BE66CFC9BDBB927B3D42A58CBDB8E6ACBD69D9E8BCC7D8243EF846C13D16D4DF3C8A19F13DDF5311BDE55B36BD3974AABC482FB2BBA01F7CBD8E77F23D6E80B53D59A0323E474B2DBEF79D1CBE032BB5BDE3A9623BD246073D57E5CF3D302D21BE1D74E0BD2435DB3D6600D2BC63F50DBE44401BBEC9FA293EC22CEEBB7A57E23DFD9E1DBEDA6B21BC6EC3413D611F0EBE5C95233DC1A910BE3A8A2FBE683E8E3B0C44E13DDEC3353A5CC937BD280AC33D395EE93D92BE0EBC31C7AF3D3F75C2BDA5F016BEF723803CC879C5BD0829C23D9D3D0EBDA379E5BCC16DEABD930FD3BC6BCC033DFC2ECF3DDB1EC2BD850C22BD2B3EDBBDBC618FBCAB4A41BD14A5953D8D39113CA282B23DB721C93D75C030BE1FE43B3D94C21DBD6B30C9BBED0E4C3BF8090C3E54B808BDC2A32EBE2029023D866335BDB01D763C879406BE47D4ACBDF0C1913CA2E1333E0E2630BEFB36DC3D58F4713DCE1DF7BDA3A7303E6D5FB1BD67A30CBD5DF31A3D1487C63DDC0F08BDC7081E3EF78C55BD8258FBBD5103EDBD66ACC23CE46203BE8678DE3D4E830BBE108DF93CAB4D29BD7F8A133E057DCF3D3C591638B74BB33BEF9758BD591D78BD415D063E1AAEA0BD26B32D3E685122BEC3E6413D6F519DBDDD5B133EEFC4EFBB5B19A23C7B8DED3D35CB06BD41B71EBE95F3023EAF25273D9F8C25BC9BB0A7BD753F4F3D97D7CA3D0FA6DDBDC09256BD42AE803DB00FDFBD9A8E163E9A37243E967731BDA8EC113E301CEDBD28598C3C489EE1BD4C83943D53A2F23DE98FE9BD8BE0EFBDC3E6BF3DE154D43D477E02BECF4BC3BBADE6F3BD2528213D45E0E6BD24EAC43DB94482BD5FFD213ECC578EBD0315CFBDF3600DBDCC04173E35C6AB3D36C872BCE0C4E1BD49C124BDA18A2A3E7B40203D82380D3E58ECE23DE12F603CFECC05BECCC2203EB393933C54481B3D083DE1BDE0E2383D69F507BD63830BBE389E213EEE4433BD2D83D3BDF02F08BE3EB9323E33B71F3EDD4D2C3E26E02D3EEA97D1BD44732DBE4FEB003E5FD110BE615C26BDADBF5ABB802782BD601BB8BDCDDD76BD9C53F13D71F0303E172B633DCBED0CBE8E47B4BD5D999EBC29A2613DFA1502BE21012D3E37388DBD1FF1D5BD41A029BE03930CBE23BE543D1BBDC8BD2E6AD4BD1275073D88E61D3E062D9E3DDA4F163E47950D3D6477D0BDA4A5523D8AC2A53DE268DDBD2E3B23396F75093EC68FAFBD2505003E9059F83DBECA99BD13F2F43D3CCE1D3EE9CB3E3D7EA05FBD7172BFBDBA3A9D3D30E319BEE622053D262D08BE16BF693D0901CF3D8A3C053ED870133EE00C30BE023F2E3EAE2EBB3D8F88EEBD71B0303E845306BE27E8003E2550B13DA24909BE02BCDA3CF3AFBBBDDA4327BEDAD3733D2FDB9BBD9A41C9BD3A68BA3DB6823CBD228CA13D2EF786BDB579AFBD9586BD3D3530BB3D5C17FEBDA1C6FD3C21139B3D85FC60BD58B7B2BD94C3133E1668153EAC52383DC644043E1016F2BD94B600BD1A56323E5FBAC5BD79D6F4BC6551DBBD8D18F4BDD8B67A3D911928BE107C2C3EE379C2BC2A9E18BEB3A9EBBD31D4EBBD992A0E3EB47A303EF1D9A03D3C731CBC164E903996E3A9BD7467103EF87FC13D41616F3DEEA3C13D0D652B3E5536F9BD554345BD2951B3BD5BBCA6BDD47E953CD29A293E3BA2D63D4A684CBD0AF030BEEE04133D0A04FD3D1EAD033E93DBF5BD8919E73D6E9214BEF69EBA392C1429BEF67491BDBF79AABDD43613BE8F8DB6BD69EFDB3D004BB2BDE608993C85D429BE9D77173D1D13DF3D146D0E3DA206CB3DDC0A1EBDC0E6823D5B6F40BD2CE6F23D8137ABBDB31B723D3C2DA4BCD1C0703D35EBB83CF76B223E669EA33D2B49C13D4EE22F3DC2E2683DB4B4A1BDDB8CBC3D4C450F3D99DD3CBDAA12583CC28CB53C3DB7233E294BD33D5384D3BD1EDA273EEE5BA3BCEE73F93D4C7AB3BDEF29B2BC3376ACBCDF470A3EAE41A7BD094717BE15EC16BEEB131F3ED7DB143E545B4EBC2EAB9F3D141F22BD187CBCBD5FE81DBE7555123CB5E0CC3D35030A3CB793263E15E124BE07A925BE51F62A3EE428E53C327C7F3C26301DBE8322233EEC811A3EBD8A26BC1C15BE3DC96DF93DD65D33BCCB2604BE807B87BC5BEB123EA96D65BD235FECBD279125BEF65E1E3E50C7013E77A6073E00471BBD347DF23D1B250DBEA92C073E33AFC33C0C28C0BD31020DBEE7A4BDBD9E7F0BBE36389A3DF4F35F3CFEDCF23D29CBF2BDD8D205BECE0FBCBCBF9F143EAD2666BD7BEF323EA002163E0C19B73D054D1E3EA2461DBEE982F53DDFD725BE20512CBEC75A063D00E91A3D42C0AABDFBF2003E642DC13D3472A7BDB86B293E95760E3ED39422BEE1AF6EBD22F2F3BDF1E0DA3D67F2293DFEF927BDD490023D2C690DBE9D9098BD34C3AD3DF83D7FBCFD82E43C58A8833D9CB2C23D754123BC287F0B3E3ECBA5BC86F0FFBDE7BA623D693442BD6BB117BE1F787CBCC21909BEE76AAF3DBBE8EF3D8FBAB43D893BC73D88CF123E82BD6B3D50C7AF3D6E10103E4DD29BBD6EAEB4BD3F3B6B3DF513AC3D3E8CF83D65AC1F3EE98932BE73122BBE98F3F13DCEBD02BE4CE3A53D4A2F2C3D04C32E3EA60A20BD6D5C0B3EF76D723D5BDEAEBD4913BCBD678900BE6CD3E43CABA80BBE90FDABBD9E0E8DBC1527EB3D295D1ABEB1AFC4BDACE500BE3E0012BECAFDC1BDEF22DB3D707005BD0EAD3FBDB4950CBC5B18AEBDC9CE273E77C360BD735B09BED3F20BBD81C9243DDA492BBE87E8E13DF42E57BD029AC5BD6EADF0BD7D34D33D3EAA51BD42D07EBDA1E52D3D97E6233E6D20C43DA7250D3E758112BEC10B20BDD68C3BBD05481F3EA5EC293E32108BBDF4770EBE17490E3EFBC586BD97061FBEC42D2F3E2B6C083ECE4AB43CE4D943BD9FBFCF3DAF4D2CBE962A063D753141BDDEDB0FBD590F503D7C45C83D0C4182BD965BA33DA55252BD156B0CBE86AD23BEE15C8ABC7BA724BEAF04C83DAA45D83CAF56C2BD0D9D73BD266830BE979EC23DC8F5D33D4741BD3C6A6A1CBE6324043E13F8AEBD50C71ABE8AF6F8BBD043F93DBB0398BDA986A83C4B4AD03DE1B15B3DB627F83C6997133DF47E8E3D4B7B953D1FE9083E408283BD5D0BC53CAAA71C3E5D63083ED5B749BC129409BE105FE9BD7551233B67945FBD2674033E00CC8B3D899E30BE0378283D50F2AD3C4AB719BEA17A00BC64F5173E20CC043E196E18BE16B7823D544DB9BDF7B4543DE626053D28093C3DB20C213E4848063E97CB163E251A993D814873BD3CF6163E8BA42FBE0ED2A43D4AADAEBD8860133EBDFD293DF0BF103E5B72343D17579BBD08622B3C25268ABD0DED693D68850B3E5A1622BDE879F73DD157C5BDD93CA13D013A1EBE7BFAF6BB086973BD9C170A3E47E9B73DD1C000BE033337BD021BBCBD65EDC9BB9AD3A6BD81A87EBD365813BEA9D1453CD6D2C0BD08B13F3D71DCCA3D7BE6323E9BCC0CBE7CE94DBDCEFB833D18BEED3BB1E9203EDF262CBC2779E0BDE84DDCBC543A2E3E6AB7EC3D729EB7BDF04508BE5D21AF3DE4E61C3D7E31CF3DAFA430BEAACB0ABEAD1002BEB314F1BD8902C53D2DD40A3E67000ABDAC8500BE08F6C5BC5AB8923D39ECEFBD116DBCBD7513B33C232397BD2869EC3D11B0073EF4A2B33CE128F4BDF181C8BC9C05F53DCB18E5BDB40C18BD435A223E9434A03D5B13743D1A432EBC1C1D6EBDBA096BBD24A1F23D089EF33D6D42CC3D0D26703D94D91E3EA4A80CBE2B039A3D5A9280BD31DA5A3BE503323E3AECABBD1F861D3DC26DD63BBE37BF3D0A30203C57F5F9BD9AADA33D95D519BE701FE0BC61F268BDA5896BBDC1EC493DE15AEFBD16190BBEDF80CEBDAC19833C890FFCBDC60682BDD22838BDF44FFBBD366622BE05BED53D2D9503BE809BED3DFFE31A3E9469DDBD384B5B3DFFE1963D1B28393C66C8D0BD88DC143E21B48C3DB753F4BD7251903BD56F1A3EDFAA27BEF9441A3E7E9D773D49130ABE8B79513DCDAE3FBD0C2DBD3D9DCEF7BCE6539ABD732DE8BBD167D8BDAD7A333E120C34BE66D2D4BC1B38F2BDACE20ABE16F63BBDBF59B13D639C903DF88AB9BD16AE30BE647FA4BD58E4C73D85E6C13DA554FE3D2E4D47BD42B011BDDC0AB5BDB2E4E5BD0145CBBDFAF4C0BCBA700DBE324F07BE080CA63C3D75D2BDBA9323BDB38610BEF609E83C558AA53DE157C63CCD289ABD833CFF3C30A1263D3700BABCD1E30BBE9B15B2BD3B37DDBDCFA0B3BD43D5AC3BB5FD263E3321853DA0AF18BCC753A73CFDD952BD37B6FC3DAAD2BF3C5046AF3D9B01883DC899C23D6BC0FB3D7F39F8BD63B1FABDA5FC59BD1A1DB13D57E8DDBDCC0C31BE5840E8BDF83DAF3D099DED3DF57CE8BCC19EA7BD090ADC3D7305B0BD941AA13DC6821CBE912428BE91FF03BE4E938C3DAE49A53D4090003EDDCD27BD4839273E8EF5613DD904093DE352333E8558063EA8721E3EFCD0CA3DD12B293C20C2E7BD3747F9BD025024BEBCB0E7BC1911473C49B0E4BCA65F723D3B3587BC8B0CA83D6BEB83BB930781BD6F98C0BB246FF13C94823CBD5B2B843DB1B816BE3F972A3E4AB0DF3CB865263EB1E220BED48314BEB11208BED6C0B6BD579813BC406BA8BDA818FD3DCFF0A5BCDDD3263E3ABD8BBD9B8E28BE48B205BED3E600BEC8BFB5BD29F230BEC8F4A6BD8A97273E297F7ABCD0FBA53BB7432ABE1112953D068104BE357431BD1F9BD7BC419AF5BD714675BD3A4BB1BD5FA8153D3D82B5BD4F8F59BD68D6AF3D44DA003EA2DD8BBDC5121EBDAB8D03BE434FE3BC626A03BE1F4E14BEC2812EBE63A5CABD88D5233DF72A01BE6167EABC5569943C33B108BE83F8C2BD24E20F3D053133BCD16DB2BDB73E30BC09580CBE450260BDD3CE213D44F30C3EAA90B03DE66809BE351BCD3D29BDC23D474C9CBD5E2DED3DDFAD153EA3BF3BBC716356BD5313113DCEA9C8BDBF55D53C72C3C0BD266BF6BD409A2ABE090D6C3D925808BEB2D6A4BD17A7293E871F023E8786113E398F32BE29C0B8BDD183043ED136043DAFB70DBDC37B963DAD100CBE2C2A9EBB3C9605BE045828BE51E4093DD6B2CDBDEFF020BE69C04C3B9861953D67DA903C9B48BEBD7B5831BEFF9DCC3D5B1C733C386296BD739B9ABDC0E7DE3D1C05B4BD7191A0BD10DD0A3ED908033E0C60B73DEE43DE3D755D8BBD5A84483DF5BA9BBD56996BBD8D0007BE82232DBEB9A5A93D64B28FBDF021573D7B370CBEC4E3133E01C9EC3D5FC380BBB7C1003DEE16DE3DB837D43CA2E9F6BD528C5A3D3E0BA53D34DEBA3DBEE0213DF835983DCDCC923D3CB981BD1C0C93BDB48DBCBDA6F50FBE700DC3BD9DCD203E3A931EBEBA791E3E579E7EBDB45C003E9A38653D7BD611BE986D0CBD633429BEFA47163DDA5E8BBD02031A3E453B9D3DE222C33C44F1D5BDB4C66FBCF3E915BE6BF7BC3D3A8BBFBD776B103EF4339DBD762538BDF8A2FA3D942201BEB875053D91BECE3D952ED6BD4E9C04BD664F843D45E7B53D34A8B9BDAEC8DE3DA4B2D9BD2582B2BCD9BB673D26FC703C81200B3D20CC19BDCFC10CBD6563F43C3E8F723D1082A63DC1BA65BD89C21DBED325133E31CFB5BDBB30213E18F3ED3D3FCA933DE8754BBD313B08BDF319A33B0D38C1BD08D0C8BDC9F7CE3D45E34EBD091AA3BDA3968BBD0A20B7BDA6799BBD2B23BF3DBD9E5CBBD42103BD0625F4BD2C13163E2C9889BBB69FC9BD3CCF1EBD1BDF2E3D030911BEC369DABCB27BD73BF7FA6E3DAE1868BC6C8FC8BC43B01E3ED8BB073CAED5A8BD78D0233E09DC1D3D7B25DCBD7C405E3D77D513BE720AC13D4D6F42BDE566223DB50B71BD00BDE73D1850FABD354699BDC78018BCD37415BEF7D62DBEE26B49BD0B9FA03DEE3D1BBEC615C43D474A44BC0DF3213EC082CEBCD3260ABE464DF23D7DF70CBE7C3ED8BDFD0E2BBD31E920BE2645B4BBA96B843D034ED7BD86C7C43CEE74AE3D7EFCEE3DD3DC12BDBB7D2B3EFA7EA73DFA02C3BCEC2003BCF6AB0EBEA6F7123D800ECDBD41544A3D2D74E13D6C7BC2BD9F4C2FBDBA41D9BD568180BD74802D3E03B729BEC3C4043E91FFDABDD446F73D504B88BD8590903DD3DBAE3D97F0AD3D33EE883D8FF6EE3DED45113B12ACB1BCBBBB9DBCCA999D3D6E4B7E3C9B6AEABDFADF7CBDF67280BDE2B82BBE23F5FEBBA6D077BD605DE7BDBAC6D13D7E392A3ED7D37D3C8662E9BDC358063E85FD703D99DADABD732FE63B2EF7393D65C4B63DC977E8BDBD2D5B3DB8E9FB3DB806D6BD2904EF3C49100ABE603576BD32F2E7BDAFB5953DA104593D5478FD3DBEF70A3E2589F2BC278DBCBD037A1A3E5DA2B0BD350C8DBD916ADCBDBFD35D3C52698EBD235C5CBDA1F16C3D467008BE7E96FA3D98612FBE0511D83D1975B0BD34CFDB3B61F6BA3C1CED51BDD031963C40EAC63CA72C0CBE2D88AEBD298AD53DDE4895BDA4358FBDE7248F3DCFBFB8BD8B78093E8DF5ADBD71F017BD9CAE07BEBD4FDFBD5AA407BED931AFBD90B803BE584E043ED4FA1DBE868512BEEAB9083E2C0281BD0AA3E83DB70A3138A04FFF3D3AE92DBEDE7D413D37D915BE7DB2D93C506E2CBD9BDC22BEE2D1333E5875EABD002D913BC1CD9ABC3CB30E3E05E5A9BD5252343E84B9E3BD79A8FE3D8987BB3D21CF1BBEBA9300BEA537FCBC3E87813B7C169E3D347593BCBE8A14BD6AFEEE3D487660BDE1AFE6BD5368233EBFA15CBD5095523D58FD1F3E595705BE284BDE3DE5621D3EE109DFBD6E3BAFBC81EAFF3DA33718BD5FBA9B3C1AA936BD5C58213E9F2301BE3F93763C5DB0283E574625BE4E96FA3DCB9E1A3E06B7713D533317BE63978D3D7C79FB3D67F40B3E251B2EBE133E34BE5C8C9EBD9B267CBD07FB063EE97BE1BD59CF303E3E0933BEF35E1BBE1CBB95BC06FDF83DD744233DEEBA10BEE1910D3E8EF7B93D5BD192BD0099243D6A078FBD8C5C6F3C6F8AE8BDC5D5BD3CCF5FD13D232E35BC2C5C92BCB83FB7BCDCBE18BE94BB063E70F99D3D14A412BD03E2823D3F12333E18280E3E82EE20BEE212E5BC6160473AD6F9213EB24638BD0A3C14BE97A0DBBD0379F0BD26580ABD3DBD393D4633B33D7A0B66BC6A95473B65B50F3DB262C63D9A9DC33D6BC42F3E5F1F18BECAED05BE6B5518BE00F8D63DA955F4BDD75D0BBE22FBD9BD2E9DDCBDB36C203EA9833CBD0AB67CBDCE38E03D44E6E53B032447BDC832FCBDF901DE3C4408BD3D22264BBD8B78063E8CE3D4BD79C926BD72241A3C1F9920BEF4A2F23C00F2FEBD44ECF3BD67F0C03DD9E3DEBC8762573DAADE933DDBBF013E3FF802BE48565C3DF727ED3D605866BDB0598C3D93F9AFBDD9E9363D5F51853D5EE330BE240AF03C0FD72E3EC7F22EBE9B880C3EFB77FEBC9E4F563C1B33CFBD250F513DAA36A9BDAD8EA93C046C8EBB8A7209BD0615DDBDF51B90BD09AD2F3EE62B183E689CC33D8B729B3D1E6CB6BC594F273EF122233E623C18BE6D638F3D459304BE0FE6DABD1096E33ABAF013BDA6C8A13DA1E790BD2BFEC4BD3D2B08BED9C10B3E7366FFBD28E4C7BD9F3313BEAFB769BD6002123ECF98223E3A4D42BD9DE1A43D450D2A3DAB4225BED37BDCBD7F7EACBD2AC6E43CAB0B0FBD1AA3ACBD1CE80F3EB1AA7E3D72ECE23C48370FBE8A733A3DF29DF73DB4209EBDA2ACE13D21D8A7BDA9701F3EEFD881BD966DF33C3FD9FFBD78D5CA3DF68FDD3D520C223E90649A3D1CEE153DC68A18BE03A8FB3C201A38BD02CE1B3E16781DBE2026C43BACA598BD1C3827BE64C0FCBD804A1BBE6306B9BCBE672C3EA534813D3066C8BC3E57EFBD77DBE4BD468878BD0CF150BDFA053BBD67710B3CA4C2C83AB24D1BBC949CFDBDAB1A15BE98A4DEBD87A59EBD553E263ECD7DBDBDA727F63DB84B313E0CE5B33D516815BEDB9831BEED40233D2C200EBE8F45C23C01F53F3D44B6D5B977DA54BD0AD2F13D18FC063ECF80F7BD66ED373D7BA0C8BDE0FA5EBC7A449C3D1AC6EBBCA5109F3D214FFFBDA5E3E73CE0060ABD43150E3ECD8DD6BCEFDA3EBD0985A23D1734ABBD4C7FE8BBDC6BAC3C8F15183EA9CE07BE481F95BB62909E3DC5C9133EE2DB283E5F337D3DC86D67BDED52BC3D4B37C7BD2FA5923BB3B1C7BDC10216BEAA75FB3D7B3E8F3DB461333D1D810B3D4CEADFBDBE76183EDD3CC0BB392DBF3D572FC23D87F1F7BC802E093E1459093EEADA313EF114A5BDF893A13D80F70F3ED1BD2FBE615B2FBC095FD33C019803BD32222A3D81B1C6BC10524FBD5BBEF2BD83D21CBEF6D0C83BB726F23D4E0FD83A9FCB29BDF0B9FABC03F5C83D8809143E8EDCF3BCA117D13B036CCC3DFD43BE3C0375BCBDAFF5E6BDA0A0A43C313F123EFBD2AB3D89EC273DD343FF3D8951073E7D766BBD1BD2E03DFCCCCEBD6F8F95BD98907ABD08A60D3E3130C0BDA04E2EBE6A39DE3DD9E8D73D57DB1DBE5A15D1BDA997DB3DAEBA8EBBCC3D11BDE15BB5BC11E4E9BD651074BD8E48B13DC0E2373DBF8605BE7B8848BDBEEB123E8083DD3D26BA28BEED60D13DEC33D83D805A2EBD891E163E913A31BED96552BD6914D8BD152F0EBE161510BE8C35493B568982BDAD2B1FBE2338F23B79F6013E821FF93D95F6F03CD3F9CBBDB2581B3E6799733DDA710FBEA77B57BDFA37B6BD0FAAC43DD30E87BC8A2A86BDCB68C63D4B54CBBCBCB01BBE8B77BC3DFDD3893D",
      torch_tensor_32_torch.float32: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F"
    }
  }
#-}
