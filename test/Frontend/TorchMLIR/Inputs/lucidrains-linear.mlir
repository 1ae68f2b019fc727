// lucidrains-linear, exported by scripts/export-corpus.py (torch 2.15.0+cu132, transformers 5.24.0, torch-mlir (fx.export_and_import)).
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
    %in0 = arith.constant dense<[[[0.0900838599, 0.0564712249, 1.09889555, -1.22942603, -0.408349454, 0.228183672, -1.40421009, -0.927290797, -0.373545676, 1.24851394, -1.15062845, 0.154401705, -0.413305104, 0.576548815, 0.585385621, 0.92960304, -0.425141513, 0.637293816, -1.45977366, 0.136078045, -0.732042313, -0.451007009, 0.0937182307, -1.30790293, 0.244825125, -1.72156203, 0.266890436, 0.62263763, 1.21411824, -0.863647401, 0.111533642, -0.366600871], [-0.48723191, 0.452954233, -0.308245629, 2.10019588, 0.782667577, 0.686820149, 0.254084349, -0.433135331, 0.18332243, 0.213524193, -0.980491579, 0.309930354, 0.137719288, 0.161418289, 0.799859583, -0.392545968, -1.94080222, -0.712699294, 1.35673964, -0.180082992, -0.5163517, 1.27139628, -0.534477174, 0.608330905, -0.59381181, -0.0337310322, -1.18133259, -0.37767899, 0.0858580619, 0.785612524, 0.916677415, 0.48534289], [-0.732983887, 0.295515269, -0.399320662, -0.471312493, -1.43176568, -1.30590165, -1.02934194, -0.584448874, -0.705696285, -0.933609545, -0.917233288, -0.184157997, -0.582899272, -0.813111246, -0.329009354, 0.63242954, 0.0638706461, 0.336449057, 0.22878924, -0.163123652, -1.20899212, 0.565206349, -1.31648123, 0.364610463, 0.567710757, 1.81937981, -1.74013197, 0.17184411, 0.444027215, -0.175614282, 2.12836862, 1.06656742], [-1.38853645, -0.347692728, 0.19112125, -0.450302541, -0.463256776, -0.62617439, 0.511809587, 0.807342172, -0.0466898717, 1.30001068, 0.561029613, 1.39017892, -0.415435165, -0.149944976, 0.0298376754, 0.474705189, -0.57618165, 1.2727983, 0.277891189, -1.0602237, 0.112976559, -0.207202405, 0.822204649, -0.66881448, 1.92371762, 0.0376146436, -1.70186746, -0.459767073, 0.141730398, -0.111617252, 1.61060977, 0.732962251], [0.473575324, 0.426946878, 0.219753176, 0.215260655, -0.58218509, -0.251425982, 0.328390896, 0.356691331, -0.520880163, -0.78843224, 0.974600852, -0.423058927, -0.0922438651, 0.0734325498, -1.80187356, -0.573967159, 0.925706685, 1.42490649, 0.652455091, 1.50411761, 1.71483624, 1.40851235, -1.04496062, 2.19971251, -0.631967187, 2.43076468, -0.0877458155, 1.16928351, -0.0572819002, 1.77893329, -0.398872674, 1.39698398], [0.0432974361, -0.311508924, 0.810156703, -0.263296247, -0.413440347, -0.97035706, -0.567537606, -0.486985534, 1.57039845, 0.643024802, -0.0455255918, -0.802154422, 0.0815880969, -0.254711211, -0.71943903, -0.0588120259, -0.578064203, 0.358335108, 0.210105941, 0.152460158, -0.38533783, 0.636011779, -1.59781623, 1.30330753, -0.448726475, -0.262774915, 0.546641588, 1.37218976, -1.0436542, -0.125105336, -0.754659653, 1.33786321]], [[0.203644067, -0.855196238, 0.5407359, -0.892322004, 0.894198239, -1.29894912, -0.428734899, 1.4682622, 1.0590353, -0.428136379, -0.427533358, 0.0755683184, 0.321166873, 0.149488762, -0.967433929, 2.16588116, -1.72478104, -1.06954563, -0.556218743, -0.723567903, 0.192037925, 2.68217635, 0.373139322, -0.125062123, -0.142139256, -0.46934253, 0.327979714, 1.06157064, 0.747512639, -2.47566485, -0.0513286218, 0.588647902], [1.04690397, -0.214654446, 0.232670054, -0.633438647, 0.711206317, 0.100610748, 1.19387281, -1.46750808, 0.570096731, 0.218077004, -2.32650208, -0.313102692, 0.259018242, -0.74038887, -0.74446398, 0.285052478, 2.72418404, -1.25331378, 0.39236632, 0.806286216, 1.75873327, 0.877927005, -1.5107981, -0.298144639, -1.38236976, -1.47175002, 0.227531105, 0.176068187, 1.74681664, -0.290347606, -1.77705276, -0.451339036], [-0.901980162, 0.204060376, 1.90442431, -0.716847897, 0.920096934, -0.0397445373, 2.09644437, 1.39276183, 0.208936349, -0.101351678, -1.05305982, 0.216425702, -0.530792654, 1.10646617, 0.820673585, -0.660045326, -0.881735921, -1.01540124, 0.30779323, 0.781946361, -0.100665331, 0.329943329, 0.287693352, -0.289708585, -0.713020384, 0.381161898, 0.53595376, 0.250615239, 0.736733973, -1.1416434, -0.281373382, -1.62665427], [0.668895781, -0.4270235, -0.956364155, -0.0772496611, -1.61888623, 1.81929874, 1.38516021, -1.04764771, 0.448595375, 0.634733319, -0.959649861, 0.0783280358, 0.753492296, -0.920336306, 0.694185674, -2.42030501, -0.338820636, 0.228884727, -0.30891487, -0.905515134, 0.61656338, -0.363439292, 0.233248934, 0.73055166, -1.33992589, -1.53247678, -0.145914078, 1.61698079, -2.08936977, -0.267535299, 0.588696301, 1.3419739], [-0.291877866, -1.17549586, -1.31395745, 1.03106499, 0.840228498, -1.45976067, 1.28925729, 0.431690484, -0.346695781, -0.695629418, -0.1611211, -0.267425716, -1.48482645, 0.574297428, 0.759620428, -0.0177887008, -0.349012375, 2.60745001, -0.943555474, -0.935521722, 1.17825878, 0.836384714, -0.181788996, -1.8750782, -0.602905512, -2.38198018, 0.393392265, -0.0619590916, 0.518506229, 1.13548064, 0.579748929, -0.999307036], [-3.22941446, -0.943984509, -1.14646876, 0.108171381, 1.09125972, 0.074123241, 0.386747003, -1.01927638, -1.09531426, 0.75183022, 2.17503214, -0.463591814, 0.408196628, -1.34780359, -0.592660069, 1.15716112, -1.09530342, -0.0222685151, -0.156468421, -1.40140903, 0.333880484, -0.987012804, -0.529999316, -1.10080111, 1.23543131, 0.793236673, 0.0267238598, -0.728863299, 0.60707289, 1.79503655, -1.66686344, -0.0550910123]]]> : tensor<2x6x32xf32>
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
      %106 = math.absf %in : f32
      %107 = math.powf %106, %cst_16 : f32
      %108 = arith.addf %107, %out : f32
      linalg.yield %108 : f32
    } -> tensor<2x6x1xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<2x6x1xf32>) outs(%0 : tensor<2x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = math.powf %in, %cst_15 : f32
      linalg.yield %106 : f32
    } -> tensor<2x6x1xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<2x6x1xf32>) outs(%0 : tensor<2x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.truncf %cst_14 : f64 to f32
      %107 = arith.cmpf ult, %in, %106 : f32
      %108 = arith.select %107, %106, %in : f32
      linalg.yield %108 : f32
    } -> tensor<2x6x1xf32>
    %5 = tensor.empty() : tensor<2x6x32xf32>
    %collapsed = tensor.collapse_shape %4 [[0], [1, 2]] : tensor<2x6x1xf32> into tensor<2x6xf32>
    %6 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x6xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x6x32xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %6 : tensor<2x6x32xf32>, tensor<2x6x32xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.divf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x6x32xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<2x6x32xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.truncf %cst_13 : f64 to f32
      %107 = arith.mulf %in, %106 : f32
      linalg.yield %107 : f32
    } -> tensor<2x6x32xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %cst_12 : tensor<2x6x32xf32>, tensor<32xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.mulf %in, %in_75 : f32
      linalg.yield %106 : f32
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
    %15 = tensor.empty() : tensor<2x4x6x8xf32>
    %16 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_21 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.truncf %cst_10 : f64 to f32
      %107 = arith.mulf %in, %106 : f32
      linalg.yield %107 : f32
    } -> tensor<2x4x6x8xf32>
    %17 = tensor.empty() : tensor<6xf32>
    %18 = linalg.generic {indexing_maps = [#map5], iterator_types = ["parallel"]} outs(%17 : tensor<6xf32>) {
    ^bb0(%out: f32):
      %106 = linalg.index 0 : index
      %107 = arith.index_cast %106 : index to i64
      %108 = arith.sitofp %107 : i64 to f32
      %109 = arith.addf %108, %cst : f32
      linalg.yield %109 : f32
    } -> tensor<6xf32>
    %19 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%18 : tensor<6xf32>) outs(%17 : tensor<6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %cst : f32
      linalg.yield %106 : f32
    } -> tensor<6xf32>
    %expanded_23 = tensor.expand_shape %19 [[0, 1]] output_shape [6, 1] : tensor<6xf32> into tensor<6x1xf32>
    %expanded_24 = tensor.expand_shape %cst_9 [[0, 1]] output_shape [4, 1] : tensor<4xf32> into tensor<4x1xf32>
    %20 = tensor.empty() : tensor<1x4xf32>
    %transposed_25 = linalg.transpose ins(%expanded_24 : tensor<4x1xf32>) outs(%20 : tensor<1x4xf32>) permutation = [1, 0] 
    %21 = tensor.empty() : tensor<6x4xf32>
    %22 = linalg.generic {indexing_maps = [#map6, #map7, #map8], iterator_types = ["parallel", "parallel"]} ins(%expanded_23, %transposed_25 : tensor<6x1xf32>, tensor<1x4xf32>) outs(%21 : tensor<6x4xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.mulf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<6x4xf32>
    %23 = tensor.empty() : tensor<6x4x2xf32>
    %24 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<6x4xf32>) outs(%23 : tensor<6x4x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<6x4x2xf32>
    %collapsed_26 = tensor.collapse_shape %24 [[0], [1, 2]] : tensor<6x4x2xf32> into tensor<6x8xf32>
    %25 = tensor.empty() : tensor<6x8xf32>
    %26 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%collapsed_26 : tensor<6x8xf32>) outs(%25 : tensor<6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = math.cos %in : f32
      linalg.yield %106 : f32
    } -> tensor<6x8xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %26 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.mulf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_27 = tensor.expand_shape %16 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 2] : tensor<2x4x6x8xf32> into tensor<2x4x6x4x2xf32>
    %extracted_slice_28 = tensor.extract_slice %expanded_27[0, 0, 0, 0, 0] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %extracted_slice_29 = tensor.extract_slice %expanded_27[0, 0, 0, 0, 1] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %collapsed_30 = tensor.collapse_shape %extracted_slice_29 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x1xf32> into tensor<2x4x6x4xf32>
    %28 = tensor.empty() : tensor<2x4x6x4xf32>
    %29 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_30 : tensor<2x4x6x4xf32>) outs(%28 : tensor<2x4x6x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.negf %in : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x4xf32>
    %expanded_31 = tensor.expand_shape %29 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 1] : tensor<2x4x6x4xf32> into tensor<2x4x6x4x1xf32>
    %concat = tensor.concat dim(4) %expanded_31, %extracted_slice_28 : (tensor<2x4x6x4x1xf32>, tensor<2x4x6x4x1xf32>) -> tensor<2x4x6x4x2xf32>
    %collapsed_32 = tensor.collapse_shape %concat [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x2xf32> into tensor<2x4x6x8xf32>
    %30 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%collapsed_26 : tensor<6x8xf32>) outs(%25 : tensor<6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = math.sin %in : f32
      linalg.yield %106 : f32
    } -> tensor<6x8xf32>
    %31 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_32, %30 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.mulf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %32 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%27, %31 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.addf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %33 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_22, %26 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.mulf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_33 = tensor.expand_shape %collapsed_22 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 2] : tensor<2x4x6x8xf32> into tensor<2x4x6x4x2xf32>
    %extracted_slice_34 = tensor.extract_slice %expanded_33[0, 0, 0, 0, 0] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %extracted_slice_35 = tensor.extract_slice %expanded_33[0, 0, 0, 0, 1] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %collapsed_36 = tensor.collapse_shape %extracted_slice_35 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x1xf32> into tensor<2x4x6x4xf32>
    %34 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_36 : tensor<2x4x6x4xf32>) outs(%28 : tensor<2x4x6x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.negf %in : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x4xf32>
    %expanded_37 = tensor.expand_shape %34 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 1] : tensor<2x4x6x4xf32> into tensor<2x4x6x4x1xf32>
    %concat_38 = tensor.concat dim(4) %expanded_37, %extracted_slice_34 : (tensor<2x4x6x4x1xf32>, tensor<2x4x6x4x1xf32>) -> tensor<2x4x6x4x2xf32>
    %collapsed_39 = tensor.collapse_shape %concat_38 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x2xf32> into tensor<2x4x6x8xf32>
    %35 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_39, %30 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.mulf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %36 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%33, %35 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.addf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_40 = tensor.expand_shape %36 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 8, 1] : tensor<2x4x6x8xf32> into tensor<2x4x6x8x1xf32>
    %collapsed_41 = tensor.collapse_shape %32 [[0, 1], [2], [3]] : tensor<2x4x6x8xf32> into tensor<8x6x8xf32>
    %37 = tensor.empty() : tensor<2x4x8x6x1xf32>
    %transposed_42 = linalg.transpose ins(%expanded_40 : tensor<2x4x6x8x1xf32>) outs(%37 : tensor<2x4x8x6x1xf32>) permutation = [0, 1, 3, 2, 4] 
    %collapsed_43 = tensor.collapse_shape %transposed_42 [[0, 1], [2], [3, 4]] : tensor<2x4x8x6x1xf32> into tensor<8x8x6xf32>
    %38 = tensor.empty() : tensor<8x6x6xf32>
    %39 = linalg.fill ins(%cst : f32) outs(%38 : tensor<8x6x6xf32>) -> tensor<8x6x6xf32>
    %40 = linalg.batch_matmul ins(%collapsed_41, %collapsed_43 : tensor<8x6x8xf32>, tensor<8x8x6xf32>) outs(%39 : tensor<8x6x6xf32>) -> tensor<8x6x6xf32>
    %expanded_44 = tensor.expand_shape %40 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 6] : tensor<8x6x6xf32> into tensor<2x4x6x1x6xf32>
    %41 = tensor.empty() : tensor<2x4x6x6x1xf32>
    %transposed_45 = linalg.transpose ins(%expanded_44 : tensor<2x4x6x1x6xf32>) outs(%41 : tensor<2x4x6x6x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_46 = tensor.collapse_shape %transposed_45 [[0], [1], [2], [3, 4]] : tensor<2x4x6x6x1xf32> into tensor<2x4x6x6xf32>
    %42 = tensor.empty() : tensor<6xi64>
    %43 = linalg.generic {indexing_maps = [#map5], iterator_types = ["parallel"]} outs(%42 : tensor<6xi64>) {
    ^bb0(%out: i64):
      %106 = linalg.index 0 : index
      %107 = arith.index_cast %106 : index to i64
      linalg.yield %107 : i64
    } -> tensor<6xi64>
    %expanded_47 = tensor.expand_shape %43 [[0, 1]] output_shape [1, 6] : tensor<6xi64> into tensor<1x6xi64>
    %expanded_48 = tensor.expand_shape %43 [[0, 1]] output_shape [6, 1] : tensor<6xi64> into tensor<6x1xi64>
    %44 = tensor.empty() : tensor<6x6xi64>
    %45 = linalg.generic {indexing_maps = [#map7, #map6, #map8], iterator_types = ["parallel", "parallel"]} ins(%expanded_47, %expanded_48 : tensor<1x6xi64>, tensor<6x1xi64>) outs(%44 : tensor<6x6xi64>) {
    ^bb0(%in: i64, %in_75: i64, %out: i64):
      %106 = arith.subi %in, %in_75 : i64
      linalg.yield %106 : i64
    } -> tensor<6x6xi64>
    %46 = tensor.empty() : tensor<6x6xi1>
    %47 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%45 : tensor<6x6xi64>) outs(%46 : tensor<6x6xi1>) {
    ^bb0(%in: i64, %out: i1):
      %106 = arith.cmpi sge, %in, %c1_i64 : i64
      linalg.yield %106 : i1
    } -> tensor<6x6xi1>
    %48 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%47, %cst_4 : tensor<6x6xi1>, tensor<6x6xi1>) outs(%46 : tensor<6x6xi1>) {
    ^bb0(%in: i1, %in_75: i1, %out: i1):
      %106 = arith.andi %in, %in_75 : i1
      linalg.yield %106 : i1
    } -> tensor<6x6xi1>
    %49 = tensor.empty() : tensor<2x4x6x6xf32>
    %50 = linalg.generic {indexing_maps = [#map9, #map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %cst_3, %collapsed_46 : tensor<6x6xi1>, tensor<f32>, tensor<2x4x6x6xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: i1, %in_75: f32, %in_76: f32, %out: f32):
      %106 = arith.select %in, %in_75, %in_76 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x6xf32>
    %51 = tensor.empty() : tensor<2x4x6xi64>
    %52 = linalg.fill ins(%c0_i64 : i64) outs(%51 : tensor<2x4x6xi64>) -> tensor<2x4x6xi64>
    %53 = tensor.empty() : tensor<2x4x6xf32>
    %54 = linalg.fill ins(%cst_1 : f32) outs(%53 : tensor<2x4x6xf32>) -> tensor<2x4x6xf32>
    %55:2 = linalg.generic {indexing_maps = [#map4, #map11, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%50 : tensor<2x4x6x6xf32>) outs(%54, %52 : tensor<2x4x6xf32>, tensor<2x4x6xi64>) {
    ^bb0(%in: f32, %out: f32, %out_75: i64):
      %106 = linalg.index 3 : index
      %107 = arith.index_cast %106 : index to i64
      %108 = arith.maximumf %in, %out : f32
      %109 = arith.cmpf ogt, %in, %out : f32
      %110 = arith.select %109, %107, %out_75 : i64
      linalg.yield %108, %110 : f32, i64
    } -> (tensor<2x4x6xf32>, tensor<2x4x6xi64>)
    %expanded_49 = tensor.expand_shape %55#0 [[0], [1], [2, 3]] output_shape [2, 4, 6, 1] : tensor<2x4x6xf32> into tensor<2x4x6x1xf32>
    %56 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50, %expanded_49 : tensor<2x4x6x6xf32>, tensor<2x4x6x1xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.subf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x6xf32>
    %57 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56 : tensor<2x4x6x6xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = math.exp %in : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x6xf32>
    %58 = tensor.empty() : tensor<2x4x6x1xf32>
    %59 = linalg.fill ins(%cst : f32) outs(%58 : tensor<2x4x6x1xf32>) -> tensor<2x4x6x1xf32>
    %60 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%57 : tensor<2x4x6x6xf32>) outs(%59 : tensor<2x4x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %out : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x1xf32>
    %61 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %60 : tensor<2x4x6x6xf32>, tensor<2x4x6x1xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.divf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x6xf32>
    %collapsed_50 = tensor.collapse_shape %61 [[0, 1], [2], [3]] : tensor<2x4x6x6xf32> into tensor<8x6x6xf32>
    %collapsed_51 = tensor.collapse_shape %extracted_slice_20 [[0, 1, 2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<8x6x8xf32>
    %62 = tensor.empty() : tensor<8x6x8xf32>
    %63 = linalg.fill ins(%cst : f32) outs(%62 : tensor<8x6x8xf32>) -> tensor<8x6x8xf32>
    %64 = linalg.batch_matmul ins(%collapsed_50, %collapsed_51 : tensor<8x6x6xf32>, tensor<8x6x8xf32>) outs(%63 : tensor<8x6x8xf32>) -> tensor<8x6x8xf32>
    %expanded_52 = tensor.expand_shape %64 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 8] : tensor<8x6x8xf32> into tensor<2x4x6x1x8xf32>
    %65 = tensor.empty() : tensor<2x4x6x8x1xf32>
    %transposed_53 = linalg.transpose ins(%expanded_52 : tensor<2x4x6x1x8xf32>) outs(%65 : tensor<2x4x6x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_54 = tensor.collapse_shape %transposed_53 [[0], [1], [2], [3, 4]] : tensor<2x4x6x8x1xf32> into tensor<2x4x6x8xf32>
    %66 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_21 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.cmpf ogt, %in, %in_75 : f32
      %107 = arith.select %106, %in, %in_75 : f32
      linalg.yield %107 : f32
    } -> tensor<2x4x6x8xf32>
    %67 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_21 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.cmpf olt, %in, %in_75 : f32
      %107 = arith.select %106, %in, %in_75 : f32
      linalg.yield %107 : f32
    } -> tensor<2x4x6x8xf32>
    %68 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = math.exp %in : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %69 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.subf %in, %cst_0 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %70 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %69 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.addf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %71 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %cst_0 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %collapsed_55 = tensor.collapse_shape %71 [[0, 1], [2], [3]] : tensor<2x4x6x8xf32> into tensor<8x6x8xf32>
    %collapsed_56 = tensor.collapse_shape %arg1 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %72 = linalg.batch_matmul ins(%collapsed_55, %collapsed_56 : tensor<8x6x8xf32>, tensor<8x8x8xf32>) outs(%63 : tensor<8x6x8xf32>) -> tensor<8x6x8xf32>
    %expanded_57 = tensor.expand_shape %72 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 8] : tensor<8x6x8xf32> into tensor<2x4x6x1x8xf32>
    %transposed_58 = linalg.transpose ins(%expanded_57 : tensor<2x4x6x1x8xf32>) outs(%65 : tensor<2x4x6x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_59 = tensor.collapse_shape %transposed_58 [[0], [1], [2], [3, 4]] : tensor<2x4x6x8x1xf32> into tensor<2x4x6x8xf32>
    %expanded_60 = tensor.expand_shape %arg2 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %collapsed_61 = tensor.collapse_shape %expanded_60 [[0, 1], [2], [3]] : tensor<2x4x8x1xf32> into tensor<8x8x1xf32>
    %73 = tensor.empty() : tensor<8x6x1xf32>
    %74 = linalg.fill ins(%cst : f32) outs(%73 : tensor<8x6x1xf32>) -> tensor<8x6x1xf32>
    %75 = linalg.batch_matmul ins(%collapsed_55, %collapsed_61 : tensor<8x6x8xf32>, tensor<8x8x1xf32>) outs(%74 : tensor<8x6x1xf32>) -> tensor<8x6x1xf32>
    %expanded_62 = tensor.expand_shape %75 [[0, 1], [2], [3]] output_shape [2, 4, 6, 1] : tensor<8x6x1xf32> into tensor<2x4x6x1xf32>
    %76 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_62 : tensor<2x4x6x1xf32>) outs(%58 : tensor<2x4x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.truncf %cst_8 : f64 to f32
      %107 = arith.cmpf ult, %in, %106 : f32
      %108 = arith.select %107, %106, %in : f32
      linalg.yield %108 : f32
    } -> tensor<2x4x6x1xf32>
    %77 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_59, %76 : tensor<2x4x6x8xf32>, tensor<2x4x6x1xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.divf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_63 = tensor.expand_shape %cst_7 [[0, 1, 2]] output_shape [4, 1, 1] : tensor<4xf32> into tensor<4x1x1xf32>
    %78 = tensor.empty() : tensor<4x1x1xf32>
    %79 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_63 : tensor<4x1x1xf32>) outs(%78 : tensor<4x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.negf %in : f32
      %107 = math.exp %106 : f32
      %108 = arith.addf %107, %cst_0 : f32
      %109 = arith.divf %cst_0, %108 : f32
      linalg.yield %109 : f32
    } -> tensor<4x1x1xf32>
    %80 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_54, %79 : tensor<2x4x6x8xf32>, tensor<4x1x1xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.mulf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %81 = linalg.generic {indexing_maps = [#map14, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_5, %79 : tensor<f32>, tensor<4x1x1xf32>) outs(%78 : tensor<4x1x1xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.subf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<4x1x1xf32>
    %82 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77, %81 : tensor<2x4x6x8xf32>, tensor<4x1x1xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.mulf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %83 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80, %82 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.addf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %84 = tensor.empty() : tensor<2x6x4x8xf32>
    %transposed_64 = linalg.transpose ins(%83 : tensor<2x4x6x8xf32>) outs(%84 : tensor<2x6x4x8xf32>) permutation = [0, 2, 1, 3] 
    %85 = tensor.empty() : tensor<32x32xf32>
    %transposed_65 = linalg.transpose ins(%cst_6 : tensor<32x32xf32>) outs(%85 : tensor<32x32xf32>) permutation = [1, 0] 
    %collapsed_66 = tensor.collapse_shape %transposed_64 [[0, 1], [2, 3]] : tensor<2x6x4x8xf32> into tensor<12x32xf32>
    %86 = tensor.empty() : tensor<12x32xf32>
    %87 = linalg.fill ins(%cst : f32) outs(%86 : tensor<12x32xf32>) -> tensor<12x32xf32>
    %88 = linalg.matmul ins(%collapsed_66, %transposed_65 : tensor<12x32xf32>, tensor<32x32xf32>) outs(%87 : tensor<12x32xf32>) -> tensor<12x32xf32>
    %expanded_67 = tensor.expand_shape %88 [[0, 1], [2]] output_shape [2, 6, 32] : tensor<12x32xf32> into tensor<2x6x32xf32>
    %89 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_22 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.cmpf ogt, %in, %in_75 : f32
      %107 = arith.select %106, %in, %in_75 : f32
      linalg.yield %107 : f32
    } -> tensor<2x4x6x8xf32>
    %90 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_22 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.cmpf olt, %in, %in_75 : f32
      %107 = arith.select %106, %in, %in_75 : f32
      linalg.yield %107 : f32
    } -> tensor<2x4x6x8xf32>
    %91 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%90 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = math.exp %in : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %92 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%91 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.subf %in, %cst_0 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %93 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89, %92 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.addf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %94 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%93 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %cst_0 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_68 = tensor.expand_shape %94 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 8, 1] : tensor<2x4x6x8xf32> into tensor<2x4x6x8x1xf32>
    %transposed_69 = linalg.transpose ins(%expanded_68 : tensor<2x4x6x8x1xf32>) outs(%37 : tensor<2x4x8x6x1xf32>) permutation = [0, 1, 3, 2, 4] 
    %collapsed_70 = tensor.collapse_shape %transposed_69 [[0, 1], [2], [3, 4]] : tensor<2x4x8x6x1xf32> into tensor<8x8x6xf32>
    %95 = tensor.empty() : tensor<8x8x8xf32>
    %96 = linalg.fill ins(%cst : f32) outs(%95 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %97 = linalg.batch_matmul ins(%collapsed_70, %collapsed_51 : tensor<8x8x6xf32>, tensor<8x6x8xf32>) outs(%96 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_71 = tensor.expand_shape %97 [[0, 1], [2], [3, 4]] output_shape [2, 4, 8, 1, 8] : tensor<8x8x8xf32> into tensor<2x4x8x1x8xf32>
    %98 = tensor.empty() : tensor<2x4x8x8x1xf32>
    %transposed_72 = linalg.transpose ins(%expanded_71 : tensor<2x4x8x1x8xf32>) outs(%98 : tensor<2x4x8x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_73 = tensor.collapse_shape %transposed_72 [[0], [1], [2], [3, 4]] : tensor<2x4x8x8x1xf32> into tensor<2x4x8x8xf32>
    %99 = tensor.empty() : tensor<2x4x8x6xf32>
    %transposed_74 = linalg.transpose ins(%94 : tensor<2x4x6x8xf32>) outs(%99 : tensor<2x4x8x6xf32>) permutation = [0, 1, 3, 2] 
    %100 = tensor.empty() : tensor<2x4x8xf32>
    %101 = linalg.fill ins(%cst : f32) outs(%100 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %102 = linalg.generic {indexing_maps = [#map4, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%transposed_74 : tensor<2x4x8x6xf32>) outs(%101 : tensor<2x4x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %out : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x8xf32>
    %103 = tensor.empty() : tensor<2x4x8x8xf32>
    %104 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_73, %arg1 : tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) outs(%103 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.addf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x8x8xf32>
    %105 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg2 : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%100 : tensor<2x4x8xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %106 = arith.addf %in, %in_75 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x8xf32>
    return %expanded_67, %104, %105 : tensor<2x6x32xf32>, tensor<2x4x8x8xf32>, tensor<2x4x8xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_32_32_torch.float32: "0x040000002C702FBD9421D23D6A0B843B980F5C3D551C5ABD4AE5CC3DEA7FF3BDF684E33CB2EFA93D1B7FB0BC9DB82EBE9E261D3D1F6F92BD852A113EE1C70ABE39BCA83CF283F1BDA51548BD7169E03DB1C410BEC7E618BDD38D31BEC3ADD4BCE10F28BE48E605BE9633D03D72721EBE53C401BEBB580DBDE2871D3EB0BD02BEE9E526BD18DEFDBD3EC01E3E3DAF2F3DE780F63D7A8DFA3B39EE09BEEE7652BDBD81A7BDDF711F3E020C1E3E5F44783DD634183EBF58D4BD0B20E1BD08DF263E5001093D5AE4A63D35EB903DFB2C003DC187B53DE3C1123E348868BDBDA52EBE29622EBE1D0A993D4AB9DE3C13CB2DBE42C113BE6CE82E3E6A1BDA3D8B5BBC3DAD6C843DF6871B3EC44E65BDDC89033DF3E67E3D443A2C3E653C28BEBD9CB03D2093173E3487AE3C097B9A3DB5FAC73D507F1E3D1A4602BE6D5DBBBD1C3C1C3EF017C9BD5E0CDC3C7930293E1650F73D5E8CC03D32D6C63D211C0CBE04C5083E0F17223D40CADC3D7C6BC3BD35139F3C8CCCED3CC6251EBEEF8D0FBEF778F53D568C20BE7AD0A23DD05AC3BDFD5566BCA275113E01553ABD2FF327BDD959F4BD6593243EB50020BE16E8B73D51221C3E9FD31F3EE6029F3D4B08403D638606BE066EFA3D16198C3D52C270BD7A00823D97A76F3CF8191BBDB336853C91B99F3D1060F93D705EEF3DAC450BBD1422E2BCC4819EBD0E7A22BCCE28FC3DCA7EBABBFDB3A9BD219726BE2B4B26BE7EDBBFBDEF2F243E5BF6293DA0F3DE3C4B5C31BE050B0CBC6DF1193DDB6625BEFD17E93C7737243E6AC484BC2E40B9BD460921BD41A339BD10EB0D3E61BEF83DAC90053EE89A09BECE4DC1BBDBB408BEE182213E243D1EBEF6324D3A26B8143E6D5BC2BD48AF013D1A2D80BDDD719C3C488E9E3D17C4953D2A6A72BDBF22233E3834883DAEE7C53D88E9F03D1E278C3D5555AE3D529EBE3BABCA9DBC31CFE6BD8816A13DBDC2E8BC2FC6323E16AD703D0A1E1BBE6C661C3E382B98BD7D06E33DDA90733CC066ECBD5A44923CD7C02C3EF82CA2BDC9E1F93D86F3BFBDB31FA63BB853E0BD68EF923D41CB233DE65DE63D5BB3EF3D5BF331BDD5B179BD8E34BABD380B363DF0780D3E06CBAB3DA761123E9540B2BD70040E3E9F2C22BEFFEA6DBDBA210F3EEAB9003C6794C23DACDDBA3CE029133EB17E0DBD0EE9C63B2A2D1ABEB7B79EBD5E513CBD93370ABECEAC30BE3D3EBB3CCAB9853D85C220BDEDC02C3E5418AFBDF55376BDDA16063B3B79493D0E7CF8BD48EBF83D6A1F6D3D3BFAFC3C2B1DDF3D5A8728BE579B1CBE903DE3BD0D6B65BD1060EABD0F5719BEB8A0E6BDCB87A3BD5AD0A03DA845A53DA428843D6F28FBBD694F90BD08FEEFBD8316093E2872EF3DC59D79BDB5A05C3DE0F032BE95099D3C7A15EC3D6E120FBE53572D3D115E57BDD5CD6CBD3A1BFCBDAA62913DE4A4B0B8FBF0F23D62041BBE2D581BBEC4B08DBC1DFC6A3D549BB83D554DEDBD4FFF22BE964425BDB84F9D3CDA43D03A64DCC7BC51D8273DD0CADE3DCE5B3FBD6B51A63CD163AC3D3C02083EC673E6BDF9698ABD4003043E3D6A533D43B8B0BD1AB70EBD5E3B803DCBB4F73D50B210BE9C92DEBD883212BE50FA30BE0944683D2E3B9F3DEEBBE0BC0907BABD18BC283BFCDF81BB9318453DF2AE333E5FF133BE41FB26BEFE80213E967BDB3B9BC3D23C5FF49E3D4AB40F3E11FC88BD2779E23DBC5AC3BD62B0DEBD97C8AA3C60AEF73D729715BDE5E4EDBD0B76163E55E5D5BC96B2DB3D74509C3C17B5CD3DE21DB8BCA856053E19CE323E2E9A2EBEB17228BE53461DBE786331BE18EC2B3D2F50083EFCC90F3E8FC728BD0A21CB3DFAEF84BDCF681BBE7154ECBD418DF23CA52C2A3E60D5013E8CAB16BDCE4F28BEE57116BEF30435BAB0FE75BD2537A83DCDB81F3EB15DB1BDFFC80FBD31AFF73DE044533DA2CFD93D09A327BEE6EF82BDF0E36F3D01C731BD5C240BBE1BCA90BDCCF8DABD75F545BD8643A9BD7DC7043E780D61BC7A5E803C9401D33D060EE53D6DDB7C3D93C259BD5D675CBDA39C2E3C2EC00DBED25E283DFA2A09BEABD0903D248CFABD31ACC8BC34AEE9BC4CF0543D7F1FEABD301E303E9D9507BEE0F134BED749043E6626DABDCE13233E7EBFF03DF8ECAFBD15771FBE3AB729BEB0BFCBBC79F5CF3D35830F3EE861CDBD5A241ABE29E296BD217C2D3E1EDB16BEC1D801BE2203C73D15B278BD4A1EC9BD221532BE69C270BD07B1FB3C4C8EAABC532F7E3D81D7BBBDF5C0CD3CEF979BBD5FE3F1BD86FE05BD2E33973D53D925BE5940A43D2417F33C20677DBCA489B3BDE4CE213DC843DB3D1D029B3DF0441D3DAB1393BC168033BDC4E83ABC2DF807BE278D2538C8D9083C723C76BCFBC0203E4279E33DDEFF4D3D86398CBD63B3ED3D2E51DC3DAF552ABC16C58FBCD8F7D03DB5D9E23CE9792A3E5FC8203EB67FD23D285FA1BDCF2B7E3D7BDE383D432F813DBE11333E610E1EBE625C10BD162E05BE50F81ABCC7BDCF3D4DA5C9BD0AD11E3E1BD8E6BDC0EF2C3E9B0F133EE9E81ABD2E3E1CBD662D15BDCB80CEBD04FD8EBC2355FFBD3618DEBD858067BD7531DA3D86F92BBEEBCBF13DF1EB8BBDCFB9A1BC8DE4B53D5B1CE4BDAE2A1BBEB21B923C2039F53D51A7293DDDD2D2BD05BB143E8950273E919081BCFE9E2FBE00F5303EDF2E203EE234C13D9EA31B3E6076F4BDBD8328BE8A16A0BD14F6C5BDFDF0AF3DD7E519BE06D7E43D311E23BEF40497BD9E53E7BCBC5A0BBE51B82E3E95851BBE67C185BD6B2962BD499634BBCE1833BC37A9273EB6D2C7BCFC12063D7D88283E788193BD19BBF4BD73FF0E3D0C7A123C2A36023CDC601E3DFD7CE2BBFDBD98BDD0FCB9BDFC6F283E4D2170BC27161D3EED68FF3D133443BDBE3A32BE8277A9BDC06F5E3D0C3515BDB3E40E3E48691FBE9E622EBE79200DBE23C0EB3D4E3FD3BD5C2B273D0B0BA33DFFA04FBD1C602CBE743FAA3D8CB2B0BC107E8FBD7896F4BDDFA624BE534FD13DB6C001BE14C75ABD561BAA3DBE8FCE3D6A8E30BEF49A12BE9C43083E8D4933BD081BBA3D73A291BDFB9C133EF3AADCBD7E82043E736E553D32D61FBE062ECBBD73E5363D7768133EE99EDDBD20E627BD7B301E3E0A3CEBBB2850FF3D0A07CA3D0BA3BBBC34DD9E3C75443D3C0D91293E107301BE71B197BD7B80443DB66F0ABEE8E2BBBD8E2DFEBD1E5542BC52E8EF3D13DD753D924DA43D4E61C8BD69D9833D0C9F803DC1FB06BEFC9E183ED5D19E3D3FFD003E06B6A03DEB9D223E6C7EA33D7EC10DBD178BA63D379202BE8F16FBBDC23B85BD8F17933AD06E203EC812173EAD9926BDE2979ABB3511E93D4B4443BD0A13B23D9B13C9BB1F42E2BBECF9073E27FE2BBE74802F3E58E2FA3D95C0E8BD4BA83DBD97BE173DF8C5E33C55960ABE7D6B1E3CAAAAFBBC69F91DBE2C95133EB0AF843C296FC8BCC4378EBD63C003BE7A0802BEE1A2AEBD9702EBBC8FF685BDF9703BBD645F043EC3AFAC3DA189BEBD1E2DC93DA5814A3D466BACBDF141C33DADD52F3EDCD0003EAEA1213E512FA3BDD42146BBAEFD1D3E28A9AE3D19CAADBD34BCEBBB68F6823BAF42F73D2DC8D33DBA8030BEAE5905BD8E67123E23079A3D5460A7BC6371923A746D0ABEAA966F3D44A03E3C4229CE3CCB5E85BD21B304BEDDA685BC37D1CE3DB15F33BE620A643B67FF06BE5FF59B3C5804FCBDB296903DE8E23B3C9D81F13CC01E143EA593D43ABFD501BE97E380BC8C545A3CE0BBB83CEBF221BE2250333D4FD16F3C31B0323E8C720EBE217501BEA248633BC0F6153DD40BC9BC406397BD052C863CEE4B86BCE88B6EBDFA84A53D283AADBD05EF2DBEC3671ABEA41B7D3D149702BECD750CBED3EC6EBD8DB8FD3D452AEC3D9E16143E0DECF6BD6EB0FBBD5701B43D6170223E67FCDDBB3D082CBE1B57343E238F053E4780073E8E408B3D1BE78C3DBEB040BC78A6CE3DB83E7F3DFE78D0BD0C1E8CBDDA230DBD51DD3FBCD40E023E27CCFD3D99F6F1BC651B71BD5F208FBC2042333EB9662D3EE603963C94E7B5BB5F3AD63DF82D04BE9A9C9ABD8927153E0B5E343E3268123C4E4513BE05E4F83D2EB1A73D1C6B733C2A6D2D3E5B7F09BE9B352DBC5856DB3D153489BD4E6B11BE7298C6BB0C21013E9363EF3CBC98463D091ADABDFEFC9DBD5AFAB23C5B6F1E3EC753A93D8683AC3D0F51553CABBF0A3E0305033E72D5223E09779C3C09B6A0BCE068DABD7B671CBE84AF5BBDA806453DA0678DBA018EAFBD9E4FE33D4262283E5D021ABE8CB443BC55EDDF3D5DECC3BC0B460EBE12CE8A3D9C3AC43D2921E7BD40D119BE800BD73D1A3B2BBE68468A3D64B1223EE0C3003EA6FCE139DFBB80BD6ADF653DC66D81BD0756D8BD7E9CAABD743292BDC5617A3D77A6133E0766A73CF4F9FEBD2997323D2519073EDE42CA3DB99416BD48849EBCDE8718BE1011D23C04E6923D3126383D1177663D66783B3D793FC8BB5ED465BD29E7AABD309F0BBD35A2C93D8867E2BDBD612CBE5C64F9BC95B59CBD79701EBEDE66E4BD8E42F4BCC400C1BD1A92F73D9EA1F4BCDDE724BDF784E63D73E822BE0774603DADF6E6BC80E91F3EF9D0A43C33C28DBDFA90FDBDC0DAEEBD36A1A6BDA9B8233E83020A3E1FDE2B3E340686BD0024733D4E2BF9BDD1D04ABDFFA71E3E144EFFBD39B832BE2E59183A41E2173DDF820D3EB48A893DD9CC053DCBBA343E9D78143E880BC4BD13F725BE8C3423BEE4E91D3D650B473D144D41BD176E023EBE82103D3324CD3C2814C5BC527BD93D8628703D749C01BE00133EBDF8B09F3D86F77A3DAD7F0FBD3BA42E3E70C9133E7E9FA5BD82570D3E0079063E7FE7F93DCBF067BD0747AD3D8128CCBDEE73C43DF9629CBA46B2C73D6723E73DCF176E3D6C26603D9871B0BDD98A0BBE94050ABE1C7110BD0C6A12BE148052BDA26017BC67F62BBE74AB2A3EBCFD6D3C30A0DE3D542919BEB061E23DC2B1D1BD7D58333DE445073E8C33133EDEA52BBE86808EBD40AD9EBD529B8D3DE6FDC3BD52BEFB3DB28802BEA2AE9CBAE9DB8B3CE709EFBDECD135BC1EC20FBE4870CBBD4D4132BE725A4E3DC26677BDBEEBDDBCC9699F3DC3B0CB3D3EE4AA3D23531A3D0677293EC32202BD00981D3EC7D6C5BDBC1E2DBEAA9DD63BF6EF9ABD0935E3BD4277CABD0B5EB5BC5EC8693C9A36E3BB32ED30BD5BD1133E54F6CC3DDDFABABD6428FDBD0798423C5ED79C3DDC6B0D3E07D4E23D48B9013E3EE17B3C291C04BEEE97DD3DB16F433DE1C1E33DEBCABFBD3AE129BE50A6A43DA6A33EBD03BCCABDE74D2E3EA15A8B3DB2EA133ECEB3143E28200ABE5235233E73DB1F3EF59811BEA5BC783C22C3EB3D0494833D4240E1BD5B1BDBBD6598EBBDFDA1B03D26360ABE54F1FB3C6C32BEBD2E3EB7BD7A491F3ED6DB0ABE7E821A3C1DBD013E0035D0BDA53B62BDC4DE38BD159B263E1945743D4047C63D40F6B9BDC6D333BE36BCDD3D7920D43D0EB7FC3DF95A983DCBA8863D67516C3D20FD9FBD7C883FBD6C21343E4EF8F83B2467BF3B2DF8FABD5ABB153E9BE345BCDE2AD73C8E3F52BA0B81FF3D396A2B3EA8B22A3E8893E3BD8DAC3ABD8F289ABD6BACA13DDB059C3DABC22EBE0E4914BE3B4F37BDC8DE8BBC51D2F93D308E3F3DB57CFA3D8C310BBE5D18193E4A571D3ECCEEC93D8671613CC8152D3E5CCCEFBBAA0EB2BC8607BBBC95745B3D0A9C823D356E173EFD74F53D1246A83D6AD9353DD4ED423D9608033EF31B79BDD905ED3DA410B7BD0EBA98BDFB3A863DB6AFDEBD94FE96BD7AE4433D649D99BBD380DD3DDA37DFBD",
      torch_tensor_4_torch.float32_1: "0x0400000000002041000020410000204100002041",
      torch_tensor_4_torch.float32: "0x040000000000803FCDCCCC3D0AD7233C6F12833A",
      torch_tensor_96_32_torch.float32: "0x040000008831CC3C240CBEBD5E43F5BDD343093DE180F0BD752F0CBD0DF0B9BDC57E103EE2D710BD3C61D53D59C1B5BC1FF91BBE35A70F39D5D0E73D50511F3E213E2EBDBF5D48BDFD88AB3DC5952C3E46B591BD5B0AE73D37927DBD52BC0B3E42542FBE191C69BDA09CF03D01BB103D1D58B73C4982D4BD989854BACE618A3D5B6082BDD098B73D9B08C8BDC4D3593CD7E619BED387EDBB8F32BD3D42EB113E64AC103EB6CEAE3C30AFAE3D1182D2BC9CED1C3DFCAEA93A103CD63D93CE1A3EEB161F3ED8B28D3DCF4F2E3D3BD4C6BDC3BA30BE1CC40D3E08E79FBC08081DBED471243E177D46BDCF6726BE1443883C0A5A84BCEC227F3DBF3276BD5B61F5BD232C853DD99E003E9055153EC43C24BE1F733A3C03A791BD9FCA2A3D2B30ECBB29DC963D1B7C943DA21DF4BDE85A073E19702F3E3858013C71CF09BEBB2BB1BCA124473BA6D558BC4B17E3BDAB81B23DA354C93D0C7CF53DF760C13D8337B03D39E0293ED1DD66BDB38F2CBC96E392BD2026A3BD2DCB053E6256C9BD7FD6EE3DA36715BE7718D43DB192103E5AF21ABEFC6B2D3EDE28FDBDE16F8DBD951DC93DB21B25BED9A9DDBB3C700C3EF328973BDEBA17BE498B0E3D803804BEC57AAF3D5473FC3DB65B2DBE145C1C3EC4B1A1BD083C04BBA284273E19EF4DBDC08A823DAD6FFB3D26ACB5BD6C22343EB0750FBEEC0F0C3E7C3CFE3D66BD21BE5E22343DFE61B03D8D231C3E4678C63C649AB1BCD10E9EBCB917FABDE583E8BCC18726BDE7BB30BE9674173E997217BDD31DFE3CCA4F02BE68E0A43D186B5DBAE225023E87A4C13D298EAFBD0E60073EA8D9CA3C393C2F3D858B703D8DACA13C51B0563C7193C63DAEA4ACBD887D21BE2EF8163DA61D323E30D822BCB6B7CB3DED5A9ABDC458A43D6F94553D64AE0B3E02FB19BE6ADBA2BC30CC33BD29AF1B3E176536BB553370BDE747EA3D93722ABE6327DBBD9124B6BBCF36D53B04162B3E33B9FEBD6C6DEC3D03FA1EBEF6001C3EBECEFCBDDB0F8B3D0880A0BD605242BC2C11083E7D4DDABDB8EA063C4762A63D621FDABDFDE1A8BD727A0EBD41832A3E360002BE43D3993D5AD0CABD9BFB6E3D3573E9BCC9DCE9BCA1DF03BE33EC213E0BE7213E3341273EF702DA3C07374DBC33C8243E2773C93CE798D63DE9A0D73C1FBA70BD2D8F9A3C2682303E6A3E003ED3F8113BDC2105BEE29002BE4B9ACC3D7F3ABCBBD0211A3E28CD06BE3CE6D8BD12BC05BE89C19EBD0A3413BE17EE3ABD52BD69BDFEBBD4BD31C484BC00D983BD2BE41B3E3001103E307722BED3DE2BBE3705B3BD7366833D98B70CBECDBC1F3EA605E93D2E01A9BD3E9DBB3DA59DC33DF480EF3DB3ACAF3C3FB478BC9BA2BF3DE363273EFEDC233E7172F4BD7CF1253E1021BCBD169557BD203F093EB2CE24BEA79430BD8E8D213EA21727BEDE82ABBCCE97CABBCA0134BEFDD79E3D85D510BD72C1ABBDE6E68EBD2B924F3D2EB49EBD164B9E3D58FE0ABDF34114BE8EE6BABB182D1DBE5B3E533D702A933DD13531BEF6CCF0BD1D35E93DD430343E497D943D61C2AABD484FD3BD8BD9D13D42ACDF3D73D6093E1214013EDD8FA23D87F8173D7493073D999230BCDEC9B93DBE16EB3CC50E333D356B133E8257323E2D1DE23A5C6A173E75DBC43CD4DBAB3C1E5C1D3D9D7DD23D8F81D8BDAB688C3CD932EF3D0B242DBEA69FCF3D01F0D93D85650A3E2107113D9039873D5D23E43D9BAA223E9D65C4BD6025EEBDDCD41ABE6102323E33AE283EBE6105BE4798243E2603DB3DAFED163D213A91BD7A1F31BE91D8BFBDA40C0E3E8DCD21BE3F752DBD798A193C5D38EFBD737E893D938FCC3C2E146B3CFD6F7CBDBB7BD5BDD594D7BD26882C3E5413ED3B3EC718BEC6FEC73BD44A2F3E90AB343E369294BC91A6CCBD278BABBD3AF21A3EE84143BD8E9F3BBC1B3E7A3C144201BED23018BE06A60A3EC255F23DA2EDFABD3AD0C93DBB3E293E2B0293BBFC578EBDEF32293ED5B6F4392B3E85BC00961C3E662408BE01FE8B3D002D0BBEF010093E8B09ECBC28A7C1BD34857CBC1AC1E0BD96459B3DD961273E2CFC63BD101F1D3E6AF3E93B2818413C441A32BD40660C3ECDFF863D79A8233D27A6243E257FFFBD7D09E8BD83E4213E0C3E0C3E25B2853D9535CF3DB75D41BD56DE3EBDDE75033E84F5A1BC44C4C83DCADEFB3D733011BD9649013E78B1273E1884033C8F5E343D76431CBE71CDA7BD1AC0B3BDEC6834BD99AF7A3C98DB5C3DC4FF323E0398A7BC62ED05BEAF1261BC795016BEF5F89EBDF8DD9F3CDC6C89BCB9D9DFBD22A2FBBB1381CF3DCF9FBB3D6C05163D55D9123D1ADB193EBBBAB3BA8C8DC33DDC02063EE9EFD83D4534CC3CAC4FCC3D846E1C3E76731F3E6AE4253EBAEA003D1BF27F3C71E585BCD758EABD954B5DBD65B389BA3151FFBC885B8CBD66E9183E1FABBDBC83C6043DD640ACBD1C5E8DBDA344023ECD44263D4E6FB93CA36D003A36D1ABBD4DFA05BCFE4679BDD93E953D11DC9BBD3ECEDBBD85CD47BDDFCB5ABC53B92B3E4E3A933DBBD484BDC877D8BD414ACF3DDC36D23DB5FC883D8962AC3C5C2F6FBD527ACCBDEDBFFEBC2F2713BEF41C163C68A7833CBF9C8DBDED59A83DCB9E053E54A007BECA32373DAF61C73D5FDD153E8E32983DADCD223E9319A53D8B142BBEF9D250BD2F48EB3D1D9430BE02602EBE619C943D9D08C03DB15DEEBD1E248DBD10A4FABD6ED71CBE1D87B33B1036E13D52D14B3C4081C93DFAF0F9BD067695BD452414BECA9906BEAC2E283EF86543BC64CF1EBDA40070BDB21A243EB49FADBDF7A979BDF221EB3DF43EDF3DED410DBDDDBF1DBDB512933D12351D3EDEF38A3D785014BEC8EC1C3E5478B13D9EE392BDD9E2103E8226973D911E3C3B633BB33D25BAAFBD0D1C9ABD7CE5C9BDBB6B01BE069A3CBDAB6825BDF1119CBD01A51EBE1D32D93DA59FD83DB3A523BE5996C4BD785AAABD2AC1F63CA58DB93D2C8EDB3D9019FD3D6DB5513D43D4043E8E6CFCBD72EF5FBCBA09C53D1D95303D3F8E03BE27ADA4BD65D33BBD48D08E3D92EE22BD709F0FBEC1535EBD4765B6BDE8DE54BD4A196A3D17EC6F3D1CD4C63D395A0DBE7B44F6BD384DFA3D2CC7F2BDD6080ABE0C2969BD9E84C13D590B163E6174E03B251FA2BC3C149D3D764BB7BD7A0E34BDEE132E3ED9972EBE568719BDC9CECABDAA71CF3B22286FBA6B87C03C3428EE3C350DC53DB87E143ED11839BC71FC0C3EDC23B6BD9FD420BE43515D3D7668D9BC2C0B54BC91E51CBDF28646BB539DDCBCA83D51BD4A47303E2E2B3D3DA98EBDBD044BF73DEDB5E3BC77C914BE83D7873CBBE81ABEB367EE3D7932B4BD981C52BD9E947E3DE0445BBC0DB201BE07E0403C38CE6A3D7EAAFA3DE8D58EB89ECCD73DEBC5CDBDE5BBEDBD0D670CBE13F77BBDC85F00BD198AE1BC3BC7953DFCE179BDD594E63C1E00C0BD3645D43DE82699BC255C33BE7345F03C268B19BEA3B722BE671774BD3B0D083E31C3E23DE8FFF8BB8A44A5BD25BDC7BC15A4AABC22280D3E69F4883D47C5CF3DDD64DDBDAFBFB2BDE4BD763D5FCA143E3C6684BD58DBB3BD993D293E652BD3BD353DB5BDF8385ABDB262B13D17AD7CBD57A308BE07A390BCBB052FBD68FC08BE910F853DF392C5BC315B253E0A9534BECE0D64BDB4B72D3E8504F03DACD108BEC599BEBDFBD5D83D9B1A8DBDD05A11BE5587203E3AE01A3E624EB8BD35EA083EC5D22DBE93841D3D4615F73DDD01A93DDC3A823D782AA23DDDB5863C69CA0B3E87AD1C3E0B6930BE113A29BE2E7B09BB9E39B1BDCA950CBD6ABF0BBEB662493D2D5A5B3B34E1F639D94F323E6FC52A3E776A163EF5F5ED3CF38EDCBDA61D603D54CAE6BD3FEB24BEACC6293E8A0BB4BD106214BEDC2BF7BD0F8CF53DA5D0C73DCB4DE5BDA3FB29BEB3D0003E151197BB266CF33D99910ABEC4FF19BD4B68A53C2DA0903D02047B3C1E38233ECAD9A03D6B6D193D28F5613D8EC5FFBC4DA59F3D3D020EBDF41DA43D6E41A43CCA2D7C3D48420E3E2689843C439D85BDD8E1DF3DA51601BE0A95A3BDD09CE1BDEBA7D63C5944CEBC4206563CC88D963CAE7D47BD6F33FEBDF2F9323E7598593CB2ABF4BD35DA203EDAF256BD90F2AABD2A7407BBE852423DD62AE33D5F04FFBD7F23E43D42E30D3E6A3CBD3C777F093E3A0EEC3C9322AA3DFE7BA73C477C1CBE8D5DBF3C15D76E3C2B9E64BD34C41FBD7DAC23BE60085FBD204493BD13E5863DC058D1BD40F7133EF55BD03DCAEA593D63E9893D76A2BF3DA74B083C80D6B2BDE832BABDDB8302BCB987D6BDDF4C033EF11E92BD8DCE4CBA0247213EDA3ED13D42FB20BE591A1A3EE735BCBB468703BD239EEABDC4D46DBDBDC741BDFA16C2BC6BEE0F3EF9010EBE954F21BE6C7D5FB9DBF71BBEC96EFE3C5A4C283E46BBD2BDEA57E3BD2039093E0DB3013EBE1EC9BC49B436BDF7DA103E8BFAC0BDDC402D3E2D3C773D0DA62E3E5974B43C8EDD40BDC4790DBD8938FABDCC1118BEB680243EA721303EEAD3EFBC576380BDA698013E6BD4DB3D1C5E4ABDE956063E812689BD099016BCB2A1DD3DA5400ABEBD48943DC0D5EF3D8805F73CB5831ABE91645A3D092221BEE77BD6BBD3821ABDC9C590BDC61F83BBF44F733D6F6155BD0B76BBBD7C00FFBD4EAFE63D924DB3BDCF5C70BD607E6B3D37790DBEAB6F20BE6E6B9D3DB0029B3DF091BC3D0D5120BE98F1FB3CF18532BE3C05193E6EF47A3DF953163ECFF9E1BD8B94943DD6ADD3BBB87E99BC1355D03DB979153DC5E0073EE173293E94CA2C3E2D1E93BD09F00D3E7729113C23658F3D40312DBEA527B2BD73F0F63DA34067BD7D95B9BCF528933D7A0429BE8110A93CFBD22EBEA87B523B36F1743DF087A33DE3FCCD3DA9C1AC3DCDF5D63D724EB5BD7BF115BE06BC263ED6CFBF3CBD4F223D7F4782BDCE4F19BD99DB68BD0B4DDFBD1A8910BE10C7973D8C88A03D38EAAC3D6261253EC49F013E8F0404BEF575063AF4F1D4BC791FCFBD604FB0BC230A1CBE07321ABE951E1EBEA42FA23DCE57A63D2A5322BE0C6DD9BD140A26BEE8B1D4BD2D2D813C364AFD3DB488B13D2412C6BCFEF4AC3C9871C53DB0AA243E29B9333E5354FC3A57AFE3BBE15F1C3DA81124BEF5170EBC45D9D03C80DD1C3E1DCE293EEF10D13DE15BDFBD1B9832BEDB03893B7E10A73DDE1CF93D669A96BD51F46EBDE5C9F53BCC119A3C56E1373CF1F2B83D451001BD5DCCB33C1A0D01BE7FC096BD7B2C5BBC1B0E153E2623003E028CFC3D4395AD3D473FC1BD373562BDC091A0BD8F47B3BC88C9273D1339F93D1C62423D75065EBD74D101BE47C20ABE1D1DA23D620122BD3BEE1CBED5A9323D1355023ED0E1EBBD272CB0BB403C6DBC3762A33DB195FB3DD5341CBCBA5AAD3C36923EBDF3882EBDD7FF9EBD691DF03CBD5E943D178CCDBD8F4829BEB29DCCBD078E963DE80BCB3D72B625BE3E19403C656B00BE7A74D8BD4F2787BD4B009FBC3941003E7D2838BCB031FABDB1461F3EC735B23DA00AFFBD7B9575BD2951333E51F5A73DA2A8F23D84A7353D1545553DD18CEF3D25B6B3BD34EF263EE93624BD32BA23BE89D9F23AB36D313E0846083EFAACCCBD20EDA8BDE1A6063DBB64F6BD42D6883D844F89BC0994043EF274C03D7F216C3B8CCD0A3E693B9BBDA4D09EBDA50247BD6927803C16D34B3C643556BD36B40BBEFC198BBCCB9D08BEB314CFBD9AFE183DDA378DBD71D1CD3CFD44F43C62A041BD4FDFE83DD624C83D6F5ABBBD5D4433BE32E732BE75D9C6BC0252BCBC963EA13D8C08793DCFAC9C3D2660023C53E1523DCCEE60BDA6AA223E414A1B3E6AF26A3CB2EE29BE9843F03C320094BCAB408B3DAFA9D0BDD56EED3DCE1EE93D57ED12BECC99D2BD9023D9BDC340E8BCDE8233BA7C123B3C43C9063DA9F129BEDFD68BBC347DFC3CA0384CBDFDACBF3D28C9A1BDF8E1B0BC8F8DAE3DD6B20B3E514733BDEBC60B3DAB86AB3D29E5FC3D5739C2BD716B3C3D88E4C13D30761A3E61999F3D952E0DBE79C2253ED8B5F33D07E52EBC41DAF63D89E7303D21729C3C48BF313EF4F6D1BD791801BE6697373DA3DBE93D1639E63D69C8A83DF84C9FBB2BB721BE540A9CBD15F586BD2E612BBEBA0103BEE1D5283D463B853D6563043E0796EEBC3E3CA9BDD6B71EBE01E30FBD193F8FBDD8F827BD6475EEBDD83016BD21FB0D3E34A3883C4EB1ECBDBE13CC3CDB96DF3D0C68FA3C1FDF273B272AD2BDBCC1873DF96701BEDBA501BE98009CBC622F553C49FAF8BD997E083E2CF590BDF46914BDD64E36BD8A5B6D3C22090E3ECFFA90BDFEBC94BAE4F16DBC65268DBB41CA273E892CB13D47C4E53CF8A43B3D2DEE2C3E4C2E2FBE7E0A253E0A8C0CBEEA2FD53C19A79CBD6D9E103EE8DAF8BDE193B23DC1E0FEBD43B744BD9CA3C53B19ABDBBD390138BDB78A8F3DE7C7CEBD059BD1BD5C238C3DB9F4173EE0CF05BDC79C0FBE944728BEFC53D8BCBAE934BDEC8834BEFBE0053D320C1D3EC84BCE3DD2530B3ED4B49CBD67AC0FBE2A2DFBBD22E2E1BB43EF793C53B9A33D4F64853C9EBF69BDC13330BDEE8F653DAFC49ABDD02E61BD9EC0F73D878B143E9B76113DF38D2D3EC470B43CCE6EF03D70D6D53C4B44993DD8798D3D6CC379BD21A8E53D8B1F1ABEAAEF4A3C42F2D93BEC0238BCAFE839BD958BF3BD9710DE3DBB0B1EBE374823BE8FE01ABE5B637F3D8EDC0ABC2CD993BD82E91C3EE5192FBED7B681BC94A2F03DEAF8CE3DAC4D0BBE17C272BD6D2E313EA17F96BDFE3FF0BD2A970C3EEA760F3E16C4533DC82DA7BD9BA4B83D1F70F8BD677D06BECE5C68BD2F4F19BEEE831E3D7745FA3D0387173E8016B4BD17AAA73C6A3CA4BDE8B4D13DE05DA33C5BB9283EE46AAFBDBF0E3CBD6D060C3C376D26BEF23ABFBBF8F955BC6A33E43D5738DC3C9CCEFC3D9F02EBBDC8051D3D31F9D0BD0C6F9CBD081FB83D39FE22BEE2BA263E776B0DBEA8BEBF3DAE1AE63CF031063E67C65C3D2BA31FBD4CFF8BBD131B883DEDFE84BD6D5E49BD140CA83DCA2E6ABD29E76BBB0DBCCBBDEECF4FBD83F668BDE8D127BDA58D13BADE2BA33D789803BEE63CA2BD941D37BD3C0A8ABD8624BEBCA2BBCF3DAB83083EB51C3DBD5D61C13D9DB847BD241E8F3DCB1375BDE0884D3BC03407BEA4EEB2BC5FA38EBDF34DD23DB789F7BC73FD0EBE6FA3863D96ACFDBD5B15173E8ACCAB3C9A19613DEFC49DBDC34C23BE6818F03DAEF69CBDE8E4043ECB99F0BD1FE9D7BC91F92C3D6912343EDD1757BDA4A29F3D9E3E0B3EFC7B29BE6ABC203EDC85C73CC113B1BDE63C983B7A37653D3F1DA23D3FDF22BE1DEA923D353FAB3D594FFBBD716B453D71A41E3EB59FCCBB8A7790BDFDDA66BD23552BBE3FFECF3DED2710BDF34016BE69FA5EBD476BFBBD7367973D8F73233EF8502FBE8535BD3C50A5B0BD852CBABD3CC97D3CC338E4BD14D1283ECDF9323D18ABB6BAB9322FBCE685213ED133573D674916BE6E368ABC8AE691BD7ED690BD5AA7CCBD6AB3D93D22D3E0BC4026303EBA208BBD6D9611BE1BCF933DD6E5F5BDDB940C3E2D5D013E85845ABD3F6920BDFEFB853D7AD4E9BCAC8D06BEA20202BE0722093E307E11BDBF9F83BD7C18FCBC9288853D53601FBC77E1C0BD7F7FAD3A0832003E095423BEECD1703DE61238BDDE4704BEF036A3BBCF83633D893338BC991331BD862DBDBD0C15CE3DECEB93BD0D9A25BE9BD5993AEECC0E3E79F806BE3D30093E592294BDE9F6023E622723BBA37C023EB84FB4BD5164CFBC8F12FF3DD3492D3DCCDA14BE3E348ABD37ACE1BB88EEB23DC63D25BECDCEDABDF83D873D05C6AFBCB80979BC22A2A93DE3EE53BBA792A1BD261FA63DCCA07D3DAB50BBBD99E271BD9288213E2B0293BBE8DFFBBD93E8E33D3A7F143E7E92B7BBEB5B09BE949ADD3DA266F8BDFA1C153EB9D337BCEAE9BABC5FA602BD9A82163B77817D3D414B433D10AE8E3D9F7D9CBC374C193EB755B13C545D3FBC261D153E38EA143EA360A9BD090A343D6F56B33DE4790A3D783A203E49B9F8BCDD3969BD5C6C143DA02BCBBD4963823CE36E5E3D1996D03DE1EA483D4EF29EBD0A004F3DAED94EBD9EA539BDEAE0043E678A7B3D84D4A73CBBC7A1BDDE97F73D5FDC1BBEC1DBE8BD1D3784BDAA1E2C3E7C460C3D71FFEC3CEF783A3DEF68BEBBB19581BC9492553D3E31DFBDD0D8A1BDA3ED923DFEB460BC50F918BE9974E3BD4DC674BD04E312BE04A99FBD919931BE9609923D3BCB8ABD0E7F833C7F74B53C0E62E1BC6DDBCC3DC39504BE7DC00B3D50800C3C843BAFBD1982A2BB51EE9A3DA7A32D3E8C4D963D9DEE943DA9A82B3ECD7FBF3D022616BEBC3FCDBC7AF28A3D2817ABBDC6EE00BECE53133EB36F163E51300D3DE2A6383D4221303DCE8E50BD39C2DFBDEF8718BEEF2089BD5D0C5DBDFCA7D83D6170C53D2D245ABD15E1B53DA8E9D0BD596E2A3E4064F1BD23F21E3ECCE32D3EC983153EF300EEBDDB6124BEA7D7223EA3FDA3BB3710F1BB2BEAA73DFB279ABCAE25F33C44F71BBEBF20A03BF14145BC7F79F13DD57C2ABEC844E03DC0999EBD06263ABDDB1E1E3C3CF5023DCAA6A0BC784BAB3DA9C24DBD1D2DED3D2DC087BA3458BDBDE2976EBBF6C861BD939EB6BD74024EBD6298973D7EFE0ABE290AF9BA286C8FBDDD9617BED6132CBEF2E91EBE06FB01BEF5C034BD15F9673DB187D8BB9AFFDE3C1FF41D3E74A3133E98EBB23CF91BECBD5C29233E6025D13C7995193ED9B20CBE661BEABD9B21853D5077193E95196D3D1842143ED294E0BD59980D3E0517A53D1ED5FABDB0C3BC3DB9B1E8BD1E312A3E0E57333E16BD78BCF769313E28C412BE0CFDCC3C0F2D0A3DE35E743DAAB8873D033853BDE170213EA7CDDA3DCB317FBD0F2E01BEBF3CE93D6E7DABBD9121783D8C3529BE25ED2EBE7436E6BDCD3C2ABE7FFB203E3F00493D9899313E537105BDB1B0ED3D3AC49BBD4494A33DC43696BB6B1F9ABDB29C233D93562F3EC02C52BD1C11ABBDEFA3D33DD2B336BDB1F1B2BDB9F1293EA73CA3BDE19725BE0CB7123E71CED0BDAE63AFBDA617773DAE80AF3D0ED8613C7E7B29BE2CF3053E29811FBDB3E4343E2BE1F0BD6A8D2ABE1E49983DC860F9BD73B985BD235531BDA67D30BE5181EF3D8C18BE3CADFE983DBDD7563D7D3207BD39F2A13D7D5508BD2D9A1BBE43FB57BD54D9ACBB7CE50DBE7FBE9ABDCED96DBDFEDFCBBD21DDEB3D09F4BABCDCEA32BEC893E0BD47EB09BDC7FBE7BAAAC1CB3DC542043E440D123DDA43D4BD5D10FA3DB43D813CFE22E93B462D183D8C9226BECBDF25BC1A1490BDDF4A1EBEC4912E3D72B127BD4E33CD3DD753FC3D6BCC29BC4CF2ACBDF7A1B83DCCF8093EDC16333DE1D32BBE393A043E508710BE43BD523D39571CBE1583183E3989313E9EB92C3ECEA8C93CC433D03B4F202DBED92E823DB03B9F3CBB78D43D04492DBEEA7D233CFA313F3D578F8E3DB07D263EAE9BCBBD7AE82C3E98C3F2BD5236113EA7A2FF3D136666BD872A0EBE8471313E764A103D3DBA883DFBB40B3E3850CD3CF713F63C7D2F06BEA0580C3D67832BBEE2080ABEA64014BEE5A28C3DE7E2B13D49FFBEBC55C7473DCF772CBE64C72D3EF1C3AB3D7970D73C9F8FC13DCD8CCABC33052CBE027F07BE440813BD98749A3D0DAEB23D8DA5C43D146DA9BD8C4D833D7350233EE750C53D9D11E93DFDDFE5BCAE270CBD0DADA0BD6BDAF23DF1461E3DEFF22F3E1ECB343E93763D3C25BDC7BCB49B27BE7B48AA3D46F9A9BD39549C3D6A3A8B3DF3448E3A2EECA93DF40FD7BD365834BEC9D3BC3DEB688BBC2290A3BD04881EBE3EF51ABD144EA93D41DE6B3DC5DC83BDAB4B963D7CB3FA3C2C76073DE37DC6BD37EBE5BCCA8D99BC75F2AB3D04CBC03DC08706BEA3F291BB3BA6433DA81D88BDA5F6A53C8A7E9C3D0303E23B779229BE9527F1BDD7F12EBEB03A293DF1240B3E67B619BC45D900BE11FA8EBD9CF6AB3DA0A9F7BD5EF6A1BD53AD323B29EDC13D0C4B903D826DC7BD9D5E06BE1D1EF1BD8BA844BDE870E93C493E3ABD8452493DD4EE133D7DF292BD1B8B17BD30C52E3D0B081F3EA2A92FBE629C7C3DBADF21BDB4027F3D89630CBEC2D2263EE05FA93CFE2ED4BD48BB123ED965B9BD8A260FBDC6B4FD3C6361ED3D74F3373DB498D6BD719CF9BCCEBED33CA4FCBABD9D4AEFBDA5C004BE1A4E8DBDDBE61ABD3997B93D3CDB9ABCD6DD80BDDE999F3D2C62473D7485073E55F3CE3DE075A23D25E8AA3D9AD7133EBB48223C8E1A323D4A5800BDB863B23D753B58BDB098F73D0714E0BD35DA053E6C7E30BE8B6839BD77E8C53D0900143EFD41223E802AC4BD8FD519BDBE78C1BDA176F2BD8AF0263EC7ABE43DA171B6BDA76817BE3BFF193E4BDC27BC529BF23DE97EC2BD21256FBC859851BD976EA53DE1043ABD05AF6E3DCF48173E2609103EF27CB33D75F2283E604DBBBDC72CDBBD9E09C9BDF5B72FBE323654BDBF9880BDF79F23BD342412BD24F10E3E6C56A23D056B023E3BCD60BD36449A3D640F29BE2D10743DB93FF53DBB0200BDC18E403D2F3DB13D56EF153ED28BE1BC85E7593D7940E0BD5C7E00BEEAB21FBE311789BD582B143E2F98B93CCD3432BE858F043E8C6B10BE8DA5FFBD50E20BBE8481343CBB250A3EC65E24BED75C2CBE08F8AEBC6921B7BDD2DF8F3C4105023E18842DBE6A77163EF867EDBD728AF5BD03D6DFBDD04D6E3C95A5EABD0DF209BEC669943D03171ABB5312A73DE4E72EBE7BBB9A3DBD64203EABC610BDC107193E74A664BD34EAB8BD0DCE253ECB9AED3D1AA7F33D878A283E792783BDF217C7BDB79D963D7BE5F83DFBF12C3E5C939BBD1F17853D9AE2B6BDCCAB883D42100BBED9971CBEF82A3F3D93ABF6BDDAF01E3E14E6F13D797418BD79BDFA3D27F021BED513593DC7DD00BD7331ADBD40F8F23CA15BDCBD0ADD8FBDDDFCE0BD376A06BE6DA3F5BD35C3A63D2B2FEBBDAF378BBC2F5C88BC5646C13D66AC113E13C305BEBA8E6BBD225D753D154527BE23A5DABD47FDD23C162F96BD8157A23D4BE9C73C09010FBE59B3293EA1CA03BECCDA08BDB9FFD63D61A631BE72D2E0BDD5E1F4BC1EA02BBEB351AB3D21978E3DF86B673DB90460BD2A081E3D511607BD3B4BA0BD587B32BE8551FCBD0604D23DEE48CCBDADA0AFBC95FD83BC3373E8BD69AD313EB40F143E5021DF3D2360033ECA54BF3DFF4EE33D68BA0FBEEF2096BDC66F163ECAB0E33D60AD993D3CFD03BEDF610ABD65322CBE3AFD07BE8259CBBD9E9A67BD8BD3A33DE2AAFD3DAC3F9ABBE6D28ABD676E32BE049AD73DD8ACE53DD85157BDC607473DA88AE8BCF969273EDB8E163E69520BBEE2C0B13C2BEDB53D490E1B3E3E45E9BD0E0F283ED5085CBB1180023E6584DD3DE0C7233DEE79293E8C64773D439229BE66950BBE8B16973DD114223E95C937BDF5D72ABEAC44BC3D2872D0BDC01CEBBB926B27BE3088283E96E8043DF56EECBD6B7FB8BCBFA1BABCD93F213E1EE75EBD0CC4A2BD6006B13D0AE2FBBC96325A3D4B2CA4BD1FB812BD1DA11FBC9194013E5923F13D6C6600BEB33DEF3BF37A84BDC97003BE64A9F13DE58A8C3DEEB51B3E64000C3EEA96CEBDF3E3E43CE00F7FBD2987843D2037193D11DB113E17BB25BD13D8ABBCEFF631BD601E333E007E02BEEAD71BBEBEFD86BD7C49F4BDC78B023E659EB2BD15E6013E1635F2BC6A568ABD02225BBD2CF21ABE759103BE5F7430BE795F653D11A34C3DF0A6123ED86B0CBE03300BBEC347143EF11146BD8355853D75682BBEB88CB0BD912AEA3DF8D2E6BC98B494BDCD7DD4BD792F2E3E82D19F3DFA040F3ECA3E26BD00A4713DB7731DBEC00310BDADC9A9BC9998F5BD9214C43DD187163DF477A03D3CEDBBBD5F6D80BD9EDE4C3DE8023FBC38C2D13B67798F3D2CCC90BCBA682A3EB95E1F3E3A6CA3BDB8D922BEF3889DBDA801253E410392BCFBA09D3D530518BED964183EF2FB0F3ECD18163CFEF212BE26107D3D538127BE4BC4D6BDD06395BD1D7B1E3D79051B3E951A24BD6A19913D51AB14392B8A143EE8C29EBD002B1B3EE531B5BCDAC2133DA8A3EF3CBE06193E75BB66BD387809BDF2B7013D920DD0BD7BC032BE8ECED2BDBB21333CE5C5823DF7BA05BE55CD94BD40AA3BBAE3FB2E3EC38D2F3CCC07D13DB38DA83DCDABB83DA30E273DA00049BDE399633DC5DC7DBAA37E4ABD6DBCB43C48D19CBA58F5633CA45BB63D01A2253ED68F2A3E911923BE3D4908BE48F79B3DFBE9F5BC5CB2ED3D5AD31A3E6763403AB20231BE73D8C23D3897A93D120F93BA593824BDC22C913D167D603D1F581C3D9628883D023F9C3DFE45E13D6207D2BDD993293CE082E0BBA842213EDD8507BDA5FCD73D9E4717BE6FDB2F3EB27315BEE561A33B93D31D3E765AE4BB34ECE4BD4C1DF5BD744CECBCD15D19BECE77EFBD7C818E3D1121E6BDEADF0A3B3F1C8EBDC4D221BE5B70D8BBE9B7423D3AB6FA3DE017093E8AF9B83DDBA926BE422580BD051F8CBD1C7678BD5D72283EBE9038BDE67D223D7C96143E7114A63D0C54CA3D93E7903D32A1FDBBAE4D1D3EFE312B3E3743233E4E208BBDD9C6903D41C2183EF65B173E62FA25BE1FAF78BC48300B3EF437523D49633D3D19DA0DBE6D8E333D100E81BD60341C3E0E8A5CBC792DD53D26CA4DBD9F0AEBBDB8F07E3DF3B005BE56F09E3CD79F26BDABA0D03D07AF9ABD28A918BE2B67CF3DE5C808BE8BE6F33DD06E12BEB1E9FE3D4A74ED3D22261E3E51B5A0BD4C0ACEBD636A163E9DDA03BE9869C33C644F2D3DC34315BD6190EA3D0AE666BD21BDF83DFA9DDE394C73E63DB33C24BD0852133EEF87A13D9A270BBE7FCF10BE618A7B3D2E811EBED7EF57BC137CC6BC71BA483D6B1AF83DBD3CED3DA66B02BEAD880FBE9CC622BE71BF153C6DEB8ABDB6C9D5BD542E2ABEA9D1003EA572103E1CE8233ECF7F313EFB2ACE3DE25D0DBEBE982FBD326279BC67A676BD71561BBE2940D4BC6DD698BCD626373B917A22BE1CB22ABEF7F03EBD95B0AE3DA4C3DC3CEFEEBE3D8BC823BE388BF7BDB6508FBD3335A2BB7750C63D45B585BC2F9783BDECBD1BBED55CFE3DCA559EBC527E19BDB9BEDCBD2A2AA83D370A173EC039B73C6CFF973C4F7CD43C71FF89BD3AA821BE7E3D85BD863FCD3D77281E3E6C3E3EBC6E4892BD9639B5BC57D90DBE1219263E3F9941BDA0B4163E0202053E8241C83CB00CA3BC153D96BCB2B27D3CB39C2FBDEC6D34BEA5E8CDBCC2032CBD6BE101BD178CB6BDBF802BBEEF8AD3BD5810BB3DDA71ABBD0922343D5B48EA3C30B1823D70551FBEA41F053E3B45133DD7AD3D3D261C4F3D43D09CBC6062F4BCB106B6BD2DDB4F3DAA2030BD27C717BEF226053EA52E943D0362483D07291A3E665403BE72F64FBD5D2B9ABDABB52CBE7BB22BBE75B8763C3B21ECBD961B723D8FB2D2BDB9F51EBEFC0F9C3DED7E1C3DAA5ACE3CA11B1CBEEDBDF83C07E9F8BD43B9E53D4F859EBD37EEF7BC4377A3BD2B4404BEF1161BBD5F14FFBD9F2700BE5A54EC3D9A09A23D3471253E860C22BE4C16BFBDF9A1CE3D2CB20CBE6A52933D6DAB90BBF65A483D4C768D3DBBF5003E54D6D9BBC57C09BD8E9B27BE87B1A2BD4CF3C03B54F5003E25B8243E175D4BBBC813D8BD23D225BEA16F5C3C2AEBD5BD87C4E63D759415BECE32563C493DD9BC65F2003DC256B0BC6D98A03C1A57CF3DCE7011BE15B3963C688EC13DE1DC603D22251ABD60A7033EF984C13D6353003D8A3DB53DDDF50F3E1386C6BDDE39A13D37A3A93DB5951C3CD3D4233E5A699D3D885B2FBE86AE74BD8433FFBD23EDFE3C015B77BC87FAA83D35C803BE44246F3D149F243D50F1E7BDD2F724BEAB55B1BA36C39B3CFEC0ADBCCC32E0BB351E9E3DA8EBBB3DE984833D7473183D7206FCBD005F06BDB09EBCBC4E0414BD61AB0CBEC4BB773DB3878FBD99087C3DD4E61BBE63739ABD19B851BD9322D23D0BEBAD3D92B231BE0E25ABBD9FAB86BD2E3DACBDA1A8D13C4D4F58BDCFA9043C8E3C013E34372F3E816AE03D8913D4BD7A012A3E65EA2FBE45D5233ED4B851BD286ED83DBF432D3BC927C63DEE4CE1BC9C3DDA3DFD3305BEECD2B4BB93F3A2BD2FCA3E3D18B2B93D5A428C3B5A0732BE5992C6BCAE8B6B3D4ECCAB3D7E67343E411299BD2FC0773DB4BD12BE316AA33D5B6E5ABD7EDAC23D3292C83D5ED31BBE437C09BD191EF8BD8BE11F3EA49987BC4FB60FBEC5BA8CBDCF83CC3DBC9C1FBE7F24143E6F9B313E53EF2EBD1C198E3DF997A43D159833BDCA0AA53DBF769A3D1DB5CB3D012F02BB0171A4BD98301ABEFB64E8BD4CD208BE8C17083E20F9303DFE61FCBDD801AF3C229B483D271A76BC06A5523BF35FE93DE91EC43D675DC4BD42C5873D06F309BEFBCF163E8D0C20BD9488183E4E318C3DF9850B3E200A0ABE680AE8BDD3034EBD1EF680BDCAECECB91829EDBDEFBEACBDE6AFC93DCD8081BD10D1A43B061A07BE690830BE11D2093E129CF0BC2F68A13D0D8A1A3D0717FC3D1608833C139F063E203042BDA3B1B13CA69A883DFDAC80BDF6ADFC3D7C79F9BC428B13BD2E19D9BB7C3216BE66A993BC9A661BBE26031EBE732D143BF09882BDF3B33FBD7603C3BCE1E1303EA2A624BD9803143E8C00883D8E3EEE3DE8390F3EA1FEE03D1AD5E4BD686D8ABD413831BE1D0BD3BCBD5167BDE10C683D4F0422BED714CEBD84A92F3DF8B2C93D12DFF23DE1712ABC762F68BDBAA617BE79F469BD0E62CE3D9863F63D7082463C71FF22BEC23A263EB54B08BEA046F83DBCD5723C44B7323E958A893DCF2216BE9720A5BDA686253EEE8B1EBB308DEE3D4B092B3E393F0A3C2E95F63DC4DA07BE982FBCBD9620FE3DDCC928BE056E333E2777203EE7F925BECFD3FBBBA08C353C157E02BE83D9B1BD51C2E63D0796D93C5D1CF6BDA4B02E3E1B12D93D502DE9BD616DC23C7F73FBBDFF0D20BE82AB953D761205BDE716CA3DD9762BBEB4D6EEBD59C30D3DB05EFA3DA95885BD0B0CA23D387519BDF75E04BD62F30E3D216A81BD542FD1BD8F2608BE5CAA30BE410803BE7515973D89BA28BECF55333E3CC3733B4E8EA03C8CCE0EBDCBFB12BEDFFE673D1C330F3D0374E73C4951163E11F3ECBDEC08DCBD8A771F3EDE5CA1BDB8CCD0BDBC7224BE027A1A3D017B2B3E2E3F0ABE80B68F3D3771263E30FB303EA5C63B3DDE9F15BE96FC103E51A17F3AAAD114BE701DC5BB185CDCBB8B3384BCE374243EA3F9253EB66F233E8AE796BDD96CEC3D1D80B4BDF074DF3A45BA06BEB324A1BD2A83833C107797BD194F21BE87CA02BE279E0A3E7C9187BD80381D3E91D0033E2B402DBE67E6013E4EAAEF3D505BEA3C7E27253EFB5F80BDDDA8EA3DFFE9A6BD53BA67BD1F9A0ABEA44E1E3ECC13C63D25365E3D83D204BDF2CC943DF4806DBD57DE0D3EC84C753D4DBAE33BA47992BD1E9439BDADCC193E88470ABC64350BBE52F4A3BD4870B2BD310BA03DBA341C3E1E382F3E552119BEC886CE3D48A83FBCD765DEBD7C090E3E55264FBDA301133BE552E83DEDFB4FBD703C2FBEEEDCB0BB9BC66CBCBEC316BEAF541ABE6215FC3D5425283EEBB0A0BD469327BE9FFBAE3D33D63F3D4303BF3A5DECD6BD04563F3DB0C6AABDA8DDC6BCA921A13D3EE4FA3D15949A3CFB9C1EBE53CB203EA707DEBDC32D70BD05A7A4BDECFF1D3D7D19103ED5A4CCBD5A123B3D0008393DBE6114BEA380223DD414113EF2DE1A3EB5B8053E14E7ABBD2F3D1CBD57962E3D6B3A993D9EF7EC3C5585F43DBD0A203EA0B4E9BDBDCC09BE24CA293D7258D2BD688527BC6AA92EBEAB26043EAA85033ED1A6663D9FA932BE907B533D56939DBC33E3C03D4B21D63D00F78DBD03DE253ED12D083E586E1CBE7D9A1A3EABC91A3EAE871A3EA564C33DA0256D3C26EC03BD8CBA86BABF4F5B3CABB1623D9247A9BCB94BE8BDD8C89D3D4B67CEBDE1A2BBBD6C45C3BD6E00B73C302D0D3E1EFAFCBDF179203E3B967ABC9EDBF9BD86D0043E29E317BDE013173EE0460D3DBC3613BDA190F13DCF33113D708203BD3517EFBD9B2AA63D99B7A1BCE344343E6433183E4B5619BED8024BBDAECD8BBDBB6DCFBC549C14BE3766303E5966323E81BFBBBDBD4FDDBC5C7B14BE4EA6673DD9AA1FBE2E781B3EA70D833D7131CC3DDB7D7EBDC031033E75DEA9BDE192A8BD0FF8AD3D67976DBDDF5E06BE2C33263E2B87DBBC5B3B15BE395B29BE3A8A59BD1538933BA4220BBE3B9E88BD9E3CC9BCC3F41E3E480534BEFDC80DBEDB99CBBDB1CCEFBDC105FF3D29A7293EDA4E2B3E89E550BD26F6B53D4F6F1F3DD10F5C3CE5A37C3D83AC783D628BBCBD27BE123D7CE11F3EE0DA9DBD4F8043BB8813983D80F527BE712AACBD39119EBD181E033DBC6D823D8CD2C9BD138E28BEE0C2343EC272A7BDB32277BDDAE016BEEEE221BE249C9B3D7CF7C2BD1C681D3E00FF46BDF2AC263C1C2D21BE84922BBE2BD0BF3D61F419BE340333BEBA7A0F3E954CB23CA407213E9DEF32BCECEA253EDD5199BD52CFA53D0DFC1EBE6DAE263D87E3F13D2AEE023E14D711BE9BDAAF3D715E833C63F1743D11599D3DF816223C7E46AEBD5531CEBD55D2FEBDE28585BD200385BDF8204ABD1E97163EF7CA34BA8AA0B43B33C8743D4CA7F83D09EB37BDFDC51FBE116A0BBCBA02FBBD0605D9BC4E1442BD1FEB81BB740328BEA5632BBE2A6AFF3DD7D30A3ECA2C1C3D31FD9B3DBCC3D93DABF7043E6D12D5BDCBD8D5BD9677A7BD5B4EF6BDD96D30BD7D8CC03DE9EDE53C721F24BE1C39443DC665713C205E8ABDCA48D03DE03D0BBEDBEDDABDA88595BD87D2273D1D3201BEC3891D3E989E133E75BE82BDAFE24C3D81B6083E05CBD43D05A5083EFD1913BEBDF0223EA055ADBD989D533D7BFB863D0CF9293ECACC2E3D9C706BBD0B8B87BD6B3D8DBD72F6143E8748093EBFAB23BEACF362BDCBC797BD9465A0BD6F9AD1BD6BDB2F3EC8DD2A3E0D86DD3C497BF73D83883E3D2683243D2DE89BBD8EAFAE3A3223603D56F7033EC9E8F3BDF7FEC0BD608FAB3D207972BDD274243EE085D9BDDD2A683DCDBF153E91E8D13D4F443CBDBE52F23C7E6E023EE1492ABE6E7FCBBD3A4E30BDE93705BE05A907BDECB9B3BDA85D513D2B225ABDA5591CBD928AE3BC2179043DBFDB15BDA9F3213DB753A83D1C5EFFBDCD20983DBFBE1BBE9F07B5BDD87AB43C04C5813DCAF429BDF06B1FBEA8B93A3DD4A2DABD4912A03D5AE30ABE94FD02BE5EC9873B23FB1ABE8C99943D53E434BE6ACFE5BDC957B23DEA1DE4BD5220C93D730ECABC2392D93D14A5C3BBC9A8EEBDF6E7853C43E8DF3D76782C3EFF46D9BD1B3D10BE1E45C0BD5AE7713D595FD93DD1C3E5BD2D861BBCCCCBA13C48C89DBCB07A623C60869F3C712B743C7D93C13D95C77C3D71B97C396F8D2ABE",
      torch_tensor_32_torch.float32: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F"
    }
  }
#-}
