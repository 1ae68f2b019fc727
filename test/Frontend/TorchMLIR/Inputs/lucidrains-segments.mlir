// lucidrains-segments, exported by scripts/export-corpus.py (torch 2.15.0+cu132, transformers 5.24.0, torch-mlir (fx.export_and_import)).
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
    %in0 = arith.constant dense<[[[-0.628953576, -1.08788466, 0.567743421, 1.80031192, 0.574238122, -0.534875631, 0.726477027, 1.13458431, -0.403113633, -0.173704579, -1.27483392, -0.87709254, -0.212057292, -0.705962181, -1.80641246, -1.59555662, 0.22906442, -0.149690077, 0.537880123, 0.956251919, -0.660785079, -0.285387367, -0.0439002328, -0.723219931, 0.655385315, -0.0697890744, 0.189538524, 0.47483483, 0.232412145, -0.516917646, 0.372778982, 1.10906231], [1.26259112, 0.236178532, -1.39714181, -0.733392, 0.253752947, -1.49802554, 0.310008526, 0.469572127, -0.84885335, -0.722733796, 2.63175726, -0.398353487, -0.0244604349, 1.36156607, 2.01418114, 0.167052925, 0.608680725, -0.375234336, -0.623002231, -2.38766789, 1.19239175, 0.0464188606, 1.15724409, -1.2436558, 0.710224152, 0.353571445, -0.398940206, 0.123098262, 2.11813378, 0.906996071, 1.24283266, 0.424632907], [-1.22768748, -0.195024505, -0.593618631, -0.834274888, -1.94775939, -0.0471919104, 0.834314466, 0.388961136, -0.873852968, -1.17543435, 1.37107277, 0.148737103, -0.777537107, -1.7541846, 1.41300821, 0.364001572, 0.224633604, -0.271378249, 0.117901146, 1.58357346, -0.433448374, 1.12306833, -1.29247344, 0.607418656, 1.12584507, -0.230988085, -0.958728909, -1.22527671, -0.656398058, 1.2965225, -0.370048523, 1.2531842], [0.371427894, -0.470658839, -1.55087602, -1.55804741, -1.1339283, 0.646309376, -0.802787125, 1.68410242, -0.0857954547, -1.05701661, -0.299351275, -1.66442573, 1.62956405, 0.0644297674, 0.320344508, -2.15704703, 1.90108585, -0.156526968, 0.357718647, 0.107619606, -1.09179997, -0.114836633, -0.744262993, 1.89247465, 0.41385901, 1.14113033, 0.967962325, 0.553597629, 2.84562445, -1.66435134, -0.22580941, 1.05834496], [-1.24093854, 0.939446151, -0.0774010345, 0.286994249, -0.0465955995, 1.20631123, 0.724287033, 0.876251996, 0.533245325, 1.01830482, 0.971241713, -1.11169457, 1.70004392, -1.14795792, -0.420231193, -0.756524205, 0.608562708, 0.546239972, -1.20416903, -0.813522279, 0.678262174, -0.67686522, 0.632767141, 0.94184345, 0.553258121, 1.05577481, -1.03903425, -0.0293372199, 1.75162065, -0.87418294, 0.615213156, 1.19071603], [-0.283154786, 0.748790681, -0.0182370432, -0.616817594, 1.65583575, 0.776416302, -0.742201626, 0.3800928, 0.921119153, -0.516670585, -0.655590534, -0.279979914, 0.281131893, -0.641808808, 0.0738450438, -1.48791575, 0.315470695, 0.527546644, -0.921088696, -0.900816441, -0.521731257, 1.57630932, -0.44822377, -0.36888352, 0.365147442, -0.215151832, -1.4916178, -2.45708442, -0.668411314, 0.570105135, -0.0804959908, -0.941018581], [1.03052366, 1.20370519, 1.09949529, 1.52590585, 0.00569321727, 0.744098961, -1.96012723, 0.941027641, 1.89213455, -0.532093525, -0.0464188159, -0.0198565647, 0.799759746, 0.469456881, -0.603717268, -0.312789083, -0.177643538, -2.38686275, -0.583870351, 0.273677915, 0.654469073, 1.38883257, 1.15087426, -0.00523707503, -0.132267326, -1.34613276, -0.810929596, 1.12506211, -0.291117191, -0.0849159956, -0.160832167, 1.01183879], [0.678949058, -0.905191541, 0.671219826, 1.82900441, -1.61885524, 0.103165857, 0.864640474, -1.38481092, 2.60630298, 0.559884071, -1.96844423, 0.545402765, -0.485963315, -0.44085595, 0.268600434, 0.286447614, -0.619614601, 0.823247313, 0.754030228, -0.263425052, 0.644408643, 1.48787236, -1.09928668, 0.489075541, 0.0232953019, 0.678900301, -2.05646467, 0.575193048, 0.487727404, 0.477362365, 0.758724272, 0.496301711], [-1.15531957, 1.83305991, -1.17999816, -0.203639999, 0.70838958, -1.36840165, 2.11828732, 0.0681999773, 0.572309375, -0.18255946, 0.381139487, 1.08146572, 1.23078704, 0.769551396, 1.55603969, -1.06422257, 0.432820976, 0.474458992, -1.53508675, -0.0956030339, -0.549990535, 0.299983114, 0.272571415, 0.544040024, 0.765163422, 0.837174773, 0.722665608, 0.984470904, 0.208472356, -0.924845994, 1.0159291, -0.797778547], [-1.13836193, 0.651266098, -1.20717835, -1.32550108, 1.43736827, -0.164041117, -0.0953658819, 0.635643184, -1.092821, -0.0215669312, -0.267307132, -1.1736269, 0.409740388, 1.66814947, 0.643776536, -0.727129042, -0.253805071, -0.438404649, 0.731948555, 0.922409832, 0.871614158, 1.51402318, -0.68730849, -2.3343761, -0.949654877, 2.30025792, 2.57945728, -1.38060141, 0.641615331, 1.03030109, 1.22618663, 0.0905694589], [-0.699032605, -0.47689724, 0.607369065, 2.1627965, 1.74672556, -0.04317265, -0.185575426, -1.60417819, -0.737980783, 0.441387177, -0.158641294, 0.736966193, 0.582981229, 1.29241431, -0.597183049, 0.901164711, 1.66059446, 0.0598828085, -0.224480018, 0.951984107, 0.250404716, -1.23215854, -0.126371399, 0.43848139, -0.025129661, 1.01732898, -0.356665492, -0.70279932, -0.676072657, 0.475414127, 1.80607188, -0.335061848], [-1.47520208, -0.0389133245, -0.822125196, 0.621666789, -0.928804278, -0.258031279, -1.51788247, 0.900687516, 1.31301117, -1.5378921, -0.351799607, -0.669652224, -0.494579047, 0.656790257, 1.49708807, -0.0173934177, -0.56122756, -0.803573608, 0.214566976, -0.121560685, 0.618810058, -1.06898582, 0.197978973, 1.00180817, 0.0915423408, -0.76771754, 0.153211057, 0.356508106, 0.878878415, -0.05210023, 0.400999844, -2.10405993], [-0.528626919, -1.46904755, 0.283541769, -0.80984062, 1.41935432, -1.88699484, -0.173009455, -0.599761307, 0.375329792, 1.05096912, -0.38028428, 1.2621696, 0.028443234, -0.772504807, -1.24790668, 0.444578707, 1.09500837, 2.38938093, 0.736249745, -1.61385345, -1.1329056, 1.48091924, 1.09892249, 1.0005039, 0.10501451, -0.672819793, -0.0105379932, -0.3967821, 0.558728456, -0.179372415, -2.24087119, -0.190477505], [1.06352937, -1.57565451, -0.811117351, 0.0889548138, -0.765000999, 0.585779727, -0.168896765, 0.0636573434, 0.683936119, 0.237162545, 0.567253351, -2.24613929, 0.645952284, 0.848140121, 2.22332764, -0.0104295909, -0.333592296, 0.366913885, 0.687033534, -0.603699386, -0.35827592, 1.29315066, -1.21555734, -1.21307063, 1.49189818, 1.80770767, 0.230976373, -0.565140903, 1.42736161, -1.18386316, -1.45236981, -1.71630549], [0.885871649, -1.41983461, -1.58062387, -0.77311331, -1.97185397, 1.02650261, 0.0608869195, -1.26677716, 0.319723725, -1.50553524, -0.14546968, -0.775914907, 0.303440094, -0.306746125, 0.336848021, -1.0644455, 0.401848704, 0.383587152, 1.33898783, -0.278144509, 1.21514845, 0.58751291, -0.353868991, -0.91913867, 0.913163126, -0.0234540179, 0.996370792, -0.670365036, -0.937301934, -0.248866141, 0.795229971, -1.12090731], [-0.9327088, -1.25783861, -0.305589795, -1.52899599, -1.65409839, 0.30012691, 0.648757041, -1.55462921, -0.735937715, -0.727883756, -0.544289231, -2.41534758, 0.00405002059, -0.204665363, 0.463427335, -0.134276733, -0.644658566, 0.171229079, -2.28489232, 1.68902218, 0.656641364, 0.938096881, -1.06524014, 0.65618962, 0.457244605, -0.246647283, 0.244556859, 0.3191728, -0.716252565, -0.880861878, 1.00586164, -0.914567709], [0.838474631, 1.7303654, -1.60643542, -1.6861397, 0.435576856, 0.783985436, 0.383766532, -0.122054763, 0.267829865, -0.356636107, 1.51319885, 0.707314789, -0.556966901, 0.427242607, -0.325521439, -0.142255619, -0.399178863, -0.0161757469, -0.86305958, -1.43171895, 1.21751237, -3.37902951, -1.10575104, -0.368749052, -1.10760796, -0.817118526, 0.759799898, -0.507041395, -0.0109359976, 0.573446274, 0.692030489, -0.236883163], [1.12922645, -0.00898159388, -1.20320332, 0.462517709, -0.964224577, -1.41975987, -0.922324777, 0.62378484, 0.169734463, -3.05032992, -0.746538341, -0.205332801, -1.52757418, -0.255070835, 0.0114552863, -1.41984844, -1.29135466, 0.90550828, -0.84023577, -1.44667506, -2.26834726, 0.185656741, 1.57292628, -0.189041778, 0.629857421, -1.1549238, -0.885969341, 0.434780598, -0.321913093, -1.49880099, 1.25686777, -1.47638416]], [[-1.05899954, -0.168432727, 0.927233875, -0.074805744, 1.39654529, -1.13064158, -1.81609797, -1.32766092, 1.01788676, 0.114939995, 1.52250397, -0.8390553, -0.871544838, -0.720628142, 0.127469078, 0.0683639497, -0.88115555, -0.768343687, 0.658336937, 0.658365846, 1.95068049, -0.437048882, 0.545929492, 0.955511153, 0.523781419, -0.0580993146, 0.785205364, 0.944199502, 1.03096569, -0.102973148, -0.751970947, -0.370037109], [0.672527373, -1.05045474, 0.25932613, 1.36356127, 0.195911393, 1.06043446, 0.185895011, 0.335501939, -0.915919542, -0.583422065, 1.66466892, 1.45767009, 1.116835, 0.241791874, -0.809900343, 0.415672839, -0.632227242, -0.729200244, -0.40815559, 0.192890987, 0.267868221, -0.397209018, 0.701074243, -0.645828426, -0.480245203, -1.82428384, 0.21290867, 0.509306729, 0.870388508, 1.37537646, 0.130475476, 1.41991997], [0.230288699, 1.0732621, -0.558641732, -0.610295355, -0.73432529, 0.459136009, -0.821023762, 0.13785328, 1.01941466, 1.16685069, 0.00784685649, 0.999437869, 0.24726899, 0.529860377, -0.416181087, -1.43801498, 0.0253516063, -0.239054874, 0.630520463, -0.404403776, 2.28908706, 0.76941365, 0.00108689873, 0.524688661, 1.71285951, -0.688011229, 0.255402356, 0.667411625, 1.21011841, -0.539714515, -1.54323149, -1.07789719], [1.28329074, -0.560408235, -0.784252822, 0.39043355, 0.708857894, -0.478178918, 1.64739025, -0.262010783, -0.438785523, 0.931694508, -0.834408462, -0.189031437, 0.286015183, -0.119892977, 0.622054935, 0.0921311006, 0.774208128, 0.108964622, 1.20076132, 0.908598125, -0.171827674, 0.569376111, 1.01624489, -0.667852759, -1.21987259, 0.460108429, 0.352181822, -0.0530394837, -1.04177642, -0.225584894, -0.304190338, -0.446534574], [0.966869593, -0.132617593, -0.642560482, -0.820817173, -0.462099075, 0.115446292, 1.73065615, -1.32544172, -0.116106212, -0.879144013, -1.67711365, 0.191582039, 1.29301119, 0.546514571, -1.36908412, -0.899684608, -3.24368596, 0.784094036, -0.632443666, 0.366339684, -0.00762192206, -0.523400843, 1.11941016, 0.911809087, -0.764975965, 0.535332024, 0.0517085046, -0.397162735, -0.986303568, -1.3045547, -0.270411909, 0.954154909], [1.70389807, 1.07148063, -0.161356494, -0.1204485, 0.0502868183, -0.797832429, -1.94704461, -1.81874943, -0.140007615, 0.135689989, -0.159394979, -0.219281122, 0.101921223, -0.395073712, -0.744201481, -1.20283723, 0.00194685278, -1.23212349, 0.944957018, -0.814771235, 0.150888652, 0.278502882, -0.237040237, 1.50689685, -0.174622431, -0.150566101, -0.760966003, 0.441840231, -2.58622456, 1.24327016, 1.39468408, 0.709193766], [1.9496628, -0.846184075, -0.411943078, -0.351332754, 0.831692934, 0.0570740327, -0.895744681, 0.788168907, -0.795226872, -0.545289993, -0.968756557, -1.53141034, -0.516208291, -0.339645982, -0.702131212, 0.770753205, -0.00518498104, 0.615388095, -1.06296659, -0.796782613, 1.04526448, 1.11871266, -0.204455122, -0.733753204, -0.34494096, -0.347509086, 1.3082993, -0.501151919, 0.61514169, 0.331694216, -0.823226273, -1.73671961], [0.0566167049, 0.686078906, -1.09942365, 1.26997995, 0.651059806, 0.761723042, -1.00439835, -0.509891391, 0.450124234, 0.379825294, -1.3333503, 0.11110843, -0.904429138, -1.21986663, -0.49187094, -0.00346270716, 1.49568105, -0.279232234, 1.0481621, 0.601231277, -1.47337079, -0.440220326, 0.206025496, 0.762776494, -0.924378753, 0.153234035, 1.11025524, 0.480899483, 0.150940165, -0.923137426, 1.35904121, 1.53128529], [-2.02468324, -0.215654388, 0.673893332, -0.777126312, -0.30627206, 0.27567631, -0.498388767, 0.656963527, 0.785203457, -0.826278746, -0.698482692, -0.493087918, 0.417135537, 2.57257962, -1.2281189, 0.242569491, -0.628389776, -1.15487325, 1.40180194, -0.447653562, -0.186192617, 0.0294781048, 0.0563335679, -0.530495167, 0.219263136, -0.0650986582, -0.717285812, -1.2258954, -1.74436963, 1.49489868, 0.129574969, -0.316533864], [-1.16270006, -0.276200831, 0.184450939, -1.23301315, 1.62918103, 1.17111325, 0.59271878, -0.964424908, -0.366851836, 0.467021823, -0.378586978, -0.464559734, -0.592764437, 0.412722468, -0.69208473, -0.470674545, 0.276651949, 1.48238838, 2.02984071, 2.41885233, 0.534278035, 0.668905258, -0.702058077, 0.912713349, -0.887276649, -0.861972213, -1.32183921, 0.371151298, -1.52833915, -0.543340981, 0.984443188, 2.29917073], [0.0917060375, -0.142193317, -0.093440406, -0.704707623, -0.843303561, 1.20189285, -1.18138659, -0.184237152, -0.252405107, 0.536816239, -0.803352833, 1.16603601, 1.71248424, 0.031122664, 0.597674847, 0.511666656, -0.653043568, -0.217816129, 2.86423254, -0.13661778, -0.85750246, -1.24949074, -0.0236793216, 0.665899634, -1.59169924, 0.176008895, 1.58415365, -0.395853549, -1.36326897, 2.45229769, 0.671457529, 0.264414817], [-0.945684612, 0.832256913, 1.23262942, 0.240336969, 0.80779171, -1.37741971, -1.96831942, -0.270978749, -0.0960435942, -0.165610045, 1.0823071, 0.970255911, 0.753891647, -0.82964921, 0.0111834528, 0.707111537, -0.215304524, 0.866689205, 1.56821287, -0.5104599, 0.332467794, 3.13480997, -0.447109103, -0.21761544, -0.0732072815, -0.112253696, 0.0790508017, 1.51791728, -0.314064443, 0.404509872, -0.108035102, -0.110251218], [-0.915103436, 0.116494395, 1.58164084, 0.606792569, 1.28491437, 0.65667814, -0.0844949335, -0.862096846, 0.0759563372, -1.73177028, 1.13777912, -0.281926006, 0.538079143, 0.254621089, -0.279206246, 0.459372878, -0.997737885, 1.98182297, 0.948756635, 0.64273715, 1.42441475, 1.73286891, 0.695872962, -1.13613939, 1.1020509, 0.265868068, -2.40430307, -1.08221161, -0.181812152, -1.05525327, -0.276313126, 0.862694681], [0.188615844, 0.519162178, 1.29517078, 0.355217636, 0.965845644, -1.09463549, 0.750220299, -0.970628679, -0.372116864, -0.345917463, -1.86737406, -0.608376801, -0.21257475, -0.751308799, -0.834337652, 0.370075285, -1.23044765, 0.373637795, -1.14486599, 0.200188771, 0.682711303, -0.504124939, 1.04781997, 0.59465003, 0.0829532221, 1.24042463, 0.970606327, -0.200392053, -0.763358057, 1.40293217, -1.13506329, -1.40241134], [0.970440388, -0.18129617, -0.980796576, -1.0801959, -0.804327369, -0.752342463, 1.6315707, 0.729683757, -1.47398019, 0.75799042, 0.823397875, -0.177473679, -0.622563243, -0.390835464, -0.916224003, 0.362852216, -1.94522285, -0.574152172, 0.397782296, 0.299890369, -0.0604037754, -0.217094153, 0.379637331, 0.226205945, -1.43760657, 0.813252807, 3.00280166, 1.35669804, -0.417883128, -0.100368492, -1.10470235, 0.563545287], [-0.575605452, -0.849186182, -0.793522537, -0.727111518, 0.174784556, 0.467079908, 0.261165708, 0.687365711, 0.653519452, -0.16019164, 0.288043708, 1.60329211, -0.422113925, 1.41777778, -0.71677494, -0.342208445, 0.431771219, 0.830508173, 0.618395329, -1.30514455, 0.174084291, -1.52335775, 0.558324754, 1.66260171, 1.09905875, 0.683355212, -1.37672842, -0.379971921, 0.616273224, -0.664121389, 2.26004601, -1.15343356], [0.328144789, -0.704012811, 0.562589526, 1.67110407, 1.5870297, 1.03788006, 0.758868933, -0.769870579, -0.331664622, -0.296390116, 0.0809295848, -0.0909063816, 1.81461656, -1.62306523, 0.178824678, -0.673464656, 0.509250045, -0.578373373, -1.52641654, -0.511659682, 0.536599219, -0.185376823, 0.797375381, 0.288371682, -1.62087238, -1.40121961, -0.804139793, 0.964274883, 0.854960442, -0.709584892, 2.27731347, 0.0326609835], [-1.22252202, 0.0827592462, -0.804624081, -1.29621744, 0.050545536, -1.2961719, -0.50502485, 0.0556856543, 0.629198253, -0.767567754, -0.660161495, 0.910304844, -1.71069634, -0.645173788, -0.335794955, 0.923177779, 2.88528299, 0.966998756, -0.809289694, 0.938590705, -0.241496399, 1.3329035, 0.334333688, -0.319928139, 0.775334835, 0.297458053, -0.906222284, 0.516488969, -0.104960002, 0.173880994, 1.3860389, 1.10451782]]]> : tensor<2x18x32xf32>
    %out0, %out1, %out2 = call @main(%in0) : (tensor<2x18x32xf32>) -> (tensor<2x18x32xf32>, tensor<2x4x8x8xf32>, tensor<2x4x8xf32>)
    %u0 = tensor.cast %out0 : tensor<2x18x32xf32> to tensor<*xf32>
    call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
    %u1 = tensor.cast %out1 : tensor<2x4x8x8xf32> to tensor<*xf32>
    call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
    %u2 = tensor.cast %out2 : tensor<2x4x8xf32> to tensor<*xf32>
    call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
    return
  }
  func.func @main(%arg0: tensor<2x18x32xf32>) -> (tensor<2x18x32xf32>, tensor<2x4x8x8xf32>, tensor<2x4x8xf32>) {
    %c0_i64 = arith.constant 0 : i64
    %c1_i64 = arith.constant 1 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<6x6xi1>
    %cst_5 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense_resource<torch_tensor_4_torch.float32_1> : tensor<4xf32>
    %cst_7 = arith.constant 1.000000e-10 : f64
    %cst_8 = arith.constant dense_resource<torch_tensor_32_32_torch.float32> : tensor<32x32xf32>
    %cst_9 = arith.constant dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>
    %cst_10 = arith.constant 0.35355339059327379 : f64
    %cst_11 = arith.constant dense_resource<torch_tensor_96_32_torch.float32> : tensor<96x32xf32>
    %cst_12 = arith.constant dense_resource<torch_tensor_32_torch.float32> : tensor<32xf32>
    %cst_13 = arith.constant 5.6568542494923806 : f64
    %cst_14 = arith.constant 9.9999999999999998E-13 : f64
    %cst_15 = arith.constant 5.000000e-01 : f32
    %cst_16 = arith.constant 2.000000e+00 : f32
    %extracted_slice = tensor.extract_slice %arg0[0, 0, 0] [2, 6, 32] [1, 1, 1] : tensor<2x18x32xf32> to tensor<2x6x32xf32>
    %extracted_slice_17 = tensor.extract_slice %arg0[0, 6, 0] [2, 6, 32] [1, 1, 1] : tensor<2x18x32xf32> to tensor<2x6x32xf32>
    %extracted_slice_18 = tensor.extract_slice %arg0[0, 12, 0] [2, 6, 32] [1, 1, 1] : tensor<2x18x32xf32> to tensor<2x6x32xf32>
    %0 = tensor.empty() : tensor<2x6x1xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<2x6x1xf32>) -> tensor<2x6x1xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%extracted_slice : tensor<2x6x32xf32>) outs(%1 : tensor<2x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.absf %in : f32
      %200 = math.powf %199, %cst_16 : f32
      %201 = arith.addf %200, %out : f32
      linalg.yield %201 : f32
    } -> tensor<2x6x1xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<2x6x1xf32>) outs(%0 : tensor<2x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.powf %in, %cst_15 : f32
      linalg.yield %199 : f32
    } -> tensor<2x6x1xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<2x6x1xf32>) outs(%0 : tensor<2x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_14 : f64 to f32
      %200 = arith.cmpf ult, %in, %199 : f32
      %201 = arith.select %200, %199, %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x6x1xf32>
    %5 = tensor.empty() : tensor<2x6x32xf32>
    %collapsed = tensor.collapse_shape %4 [[0], [1, 2]] : tensor<2x6x1xf32> into tensor<2x6xf32>
    %6 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x6xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x6x32xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice, %6 : tensor<2x6x32xf32>, tensor<2x6x32xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.divf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x6x32xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<2x6x32xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_13 : f64 to f32
      %200 = arith.mulf %in, %199 : f32
      linalg.yield %200 : f32
    } -> tensor<2x6x32xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %cst_12 : tensor<2x6x32xf32>, tensor<32xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x6x32xf32>
    %10 = tensor.empty() : tensor<32x96xf32>
    %transposed = linalg.transpose ins(%cst_11 : tensor<96x32xf32>) outs(%10 : tensor<32x96xf32>) permutation = [1, 0] 
    %collapsed_19 = tensor.collapse_shape %9 [[0, 1], [2]] : tensor<2x6x32xf32> into tensor<12x32xf32>
    %11 = tensor.empty() : tensor<12x96xf32>
    %12 = linalg.fill ins(%cst : f32) outs(%11 : tensor<12x96xf32>) -> tensor<12x96xf32>
    %13 = linalg.matmul ins(%collapsed_19, %transposed : tensor<12x32xf32>, tensor<32x96xf32>) outs(%12 : tensor<12x96xf32>) -> tensor<12x96xf32>
    %expanded = tensor.expand_shape %13 [[0, 1], [2, 3, 4]] output_shape [2, 6, 3, 4, 8] : tensor<12x96xf32> into tensor<2x6x3x4x8xf32>
    %14 = tensor.empty() : tensor<3x2x4x6x8xf32>
    %transposed_20 = linalg.transpose ins(%expanded : tensor<2x6x3x4x8xf32>) outs(%14 : tensor<3x2x4x6x8xf32>) permutation = [2, 0, 3, 1, 4] 
    %extracted_slice_21 = tensor.extract_slice %transposed_20[0, 0, 0, 0, 0] [1, 2, 4, 6, 8] [1, 1, 1, 1, 1] : tensor<3x2x4x6x8xf32> to tensor<1x2x4x6x8xf32>
    %extracted_slice_22 = tensor.extract_slice %transposed_20[1, 0, 0, 0, 0] [1, 2, 4, 6, 8] [1, 1, 1, 1, 1] : tensor<3x2x4x6x8xf32> to tensor<1x2x4x6x8xf32>
    %extracted_slice_23 = tensor.extract_slice %transposed_20[2, 0, 0, 0, 0] [1, 2, 4, 6, 8] [1, 1, 1, 1, 1] : tensor<3x2x4x6x8xf32> to tensor<1x2x4x6x8xf32>
    %collapsed_24 = tensor.collapse_shape %extracted_slice_21 [[0, 1], [2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<2x4x6x8xf32>
    %collapsed_25 = tensor.collapse_shape %extracted_slice_22 [[0, 1], [2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<2x4x6x8xf32>
    %15 = tensor.empty() : tensor<2x4x6x8xf32>
    %16 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_24 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_10 : f64 to f32
      %200 = arith.mulf %in, %199 : f32
      linalg.yield %200 : f32
    } -> tensor<2x4x6x8xf32>
    %17 = tensor.empty() : tensor<6xf32>
    %18 = linalg.generic {indexing_maps = [#map5], iterator_types = ["parallel"]} outs(%17 : tensor<6xf32>) {
    ^bb0(%out: f32):
      %199 = linalg.index 0 : index
      %200 = arith.index_cast %199 : index to i64
      %201 = arith.sitofp %200 : i64 to f32
      %202 = arith.addf %201, %cst : f32
      linalg.yield %202 : f32
    } -> tensor<6xf32>
    %19 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%18 : tensor<6xf32>) outs(%17 : tensor<6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %cst : f32
      linalg.yield %199 : f32
    } -> tensor<6xf32>
    %expanded_26 = tensor.expand_shape %19 [[0, 1]] output_shape [6, 1] : tensor<6xf32> into tensor<6x1xf32>
    %expanded_27 = tensor.expand_shape %cst_9 [[0, 1]] output_shape [4, 1] : tensor<4xf32> into tensor<4x1xf32>
    %20 = tensor.empty() : tensor<1x4xf32>
    %transposed_28 = linalg.transpose ins(%expanded_27 : tensor<4x1xf32>) outs(%20 : tensor<1x4xf32>) permutation = [1, 0] 
    %21 = tensor.empty() : tensor<6x4xf32>
    %22 = linalg.generic {indexing_maps = [#map6, #map7, #map8], iterator_types = ["parallel", "parallel"]} ins(%expanded_26, %transposed_28 : tensor<6x1xf32>, tensor<1x4xf32>) outs(%21 : tensor<6x4xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<6x4xf32>
    %23 = tensor.empty() : tensor<6x4x2xf32>
    %24 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<6x4xf32>) outs(%23 : tensor<6x4x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<6x4x2xf32>
    %collapsed_29 = tensor.collapse_shape %24 [[0], [1, 2]] : tensor<6x4x2xf32> into tensor<6x8xf32>
    %25 = tensor.empty() : tensor<6x8xf32>
    %26 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%collapsed_29 : tensor<6x8xf32>) outs(%25 : tensor<6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.cos %in : f32
      linalg.yield %199 : f32
    } -> tensor<6x8xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %26 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_30 = tensor.expand_shape %16 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 2] : tensor<2x4x6x8xf32> into tensor<2x4x6x4x2xf32>
    %extracted_slice_31 = tensor.extract_slice %expanded_30[0, 0, 0, 0, 0] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %extracted_slice_32 = tensor.extract_slice %expanded_30[0, 0, 0, 0, 1] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %collapsed_33 = tensor.collapse_shape %extracted_slice_32 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x1xf32> into tensor<2x4x6x4xf32>
    %28 = tensor.empty() : tensor<2x4x6x4xf32>
    %29 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_33 : tensor<2x4x6x4xf32>) outs(%28 : tensor<2x4x6x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.negf %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x4xf32>
    %expanded_34 = tensor.expand_shape %29 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 1] : tensor<2x4x6x4xf32> into tensor<2x4x6x4x1xf32>
    %concat = tensor.concat dim(4) %expanded_34, %extracted_slice_31 : (tensor<2x4x6x4x1xf32>, tensor<2x4x6x4x1xf32>) -> tensor<2x4x6x4x2xf32>
    %collapsed_35 = tensor.collapse_shape %concat [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x2xf32> into tensor<2x4x6x8xf32>
    %30 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%collapsed_29 : tensor<6x8xf32>) outs(%25 : tensor<6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.sin %in : f32
      linalg.yield %199 : f32
    } -> tensor<6x8xf32>
    %31 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_35, %30 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %32 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%27, %31 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %33 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_25, %26 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_36 = tensor.expand_shape %collapsed_25 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 2] : tensor<2x4x6x8xf32> into tensor<2x4x6x4x2xf32>
    %extracted_slice_37 = tensor.extract_slice %expanded_36[0, 0, 0, 0, 0] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %extracted_slice_38 = tensor.extract_slice %expanded_36[0, 0, 0, 0, 1] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %collapsed_39 = tensor.collapse_shape %extracted_slice_38 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x1xf32> into tensor<2x4x6x4xf32>
    %34 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_39 : tensor<2x4x6x4xf32>) outs(%28 : tensor<2x4x6x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.negf %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x4xf32>
    %expanded_40 = tensor.expand_shape %34 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 1] : tensor<2x4x6x4xf32> into tensor<2x4x6x4x1xf32>
    %concat_41 = tensor.concat dim(4) %expanded_40, %extracted_slice_37 : (tensor<2x4x6x4x1xf32>, tensor<2x4x6x4x1xf32>) -> tensor<2x4x6x4x2xf32>
    %collapsed_42 = tensor.collapse_shape %concat_41 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x2xf32> into tensor<2x4x6x8xf32>
    %35 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_42, %30 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %36 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%33, %35 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_43 = tensor.expand_shape %36 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 8, 1] : tensor<2x4x6x8xf32> into tensor<2x4x6x8x1xf32>
    %collapsed_44 = tensor.collapse_shape %32 [[0, 1], [2], [3]] : tensor<2x4x6x8xf32> into tensor<8x6x8xf32>
    %37 = tensor.empty() : tensor<2x4x8x6x1xf32>
    %transposed_45 = linalg.transpose ins(%expanded_43 : tensor<2x4x6x8x1xf32>) outs(%37 : tensor<2x4x8x6x1xf32>) permutation = [0, 1, 3, 2, 4] 
    %collapsed_46 = tensor.collapse_shape %transposed_45 [[0, 1], [2], [3, 4]] : tensor<2x4x8x6x1xf32> into tensor<8x8x6xf32>
    %38 = tensor.empty() : tensor<8x6x6xf32>
    %39 = linalg.fill ins(%cst : f32) outs(%38 : tensor<8x6x6xf32>) -> tensor<8x6x6xf32>
    %40 = linalg.batch_matmul ins(%collapsed_44, %collapsed_46 : tensor<8x6x8xf32>, tensor<8x8x6xf32>) outs(%39 : tensor<8x6x6xf32>) -> tensor<8x6x6xf32>
    %expanded_47 = tensor.expand_shape %40 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 6] : tensor<8x6x6xf32> into tensor<2x4x6x1x6xf32>
    %41 = tensor.empty() : tensor<2x4x6x6x1xf32>
    %transposed_48 = linalg.transpose ins(%expanded_47 : tensor<2x4x6x1x6xf32>) outs(%41 : tensor<2x4x6x6x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_49 = tensor.collapse_shape %transposed_48 [[0], [1], [2], [3, 4]] : tensor<2x4x6x6x1xf32> into tensor<2x4x6x6xf32>
    %42 = tensor.empty() : tensor<6xi64>
    %43 = linalg.generic {indexing_maps = [#map5], iterator_types = ["parallel"]} outs(%42 : tensor<6xi64>) {
    ^bb0(%out: i64):
      %199 = linalg.index 0 : index
      %200 = arith.index_cast %199 : index to i64
      linalg.yield %200 : i64
    } -> tensor<6xi64>
    %expanded_50 = tensor.expand_shape %43 [[0, 1]] output_shape [1, 6] : tensor<6xi64> into tensor<1x6xi64>
    %expanded_51 = tensor.expand_shape %43 [[0, 1]] output_shape [6, 1] : tensor<6xi64> into tensor<6x1xi64>
    %44 = tensor.empty() : tensor<6x6xi64>
    %45 = linalg.generic {indexing_maps = [#map7, #map6, #map8], iterator_types = ["parallel", "parallel"]} ins(%expanded_50, %expanded_51 : tensor<1x6xi64>, tensor<6x1xi64>) outs(%44 : tensor<6x6xi64>) {
    ^bb0(%in: i64, %in_193: i64, %out: i64):
      %199 = arith.subi %in, %in_193 : i64
      linalg.yield %199 : i64
    } -> tensor<6x6xi64>
    %46 = tensor.empty() : tensor<6x6xi1>
    %47 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%45 : tensor<6x6xi64>) outs(%46 : tensor<6x6xi1>) {
    ^bb0(%in: i64, %out: i1):
      %199 = arith.cmpi sge, %in, %c1_i64 : i64
      linalg.yield %199 : i1
    } -> tensor<6x6xi1>
    %48 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%47, %cst_4 : tensor<6x6xi1>, tensor<6x6xi1>) outs(%46 : tensor<6x6xi1>) {
    ^bb0(%in: i1, %in_193: i1, %out: i1):
      %199 = arith.andi %in, %in_193 : i1
      linalg.yield %199 : i1
    } -> tensor<6x6xi1>
    %49 = tensor.empty() : tensor<2x4x6x6xf32>
    %50 = linalg.generic {indexing_maps = [#map9, #map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %cst_3, %collapsed_49 : tensor<6x6xi1>, tensor<f32>, tensor<2x4x6x6xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: i1, %in_193: f32, %in_194: f32, %out: f32):
      %199 = arith.select %in, %in_193, %in_194 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x6xf32>
    %51 = tensor.empty() : tensor<2x4x6xi64>
    %52 = linalg.fill ins(%c0_i64 : i64) outs(%51 : tensor<2x4x6xi64>) -> tensor<2x4x6xi64>
    %53 = tensor.empty() : tensor<2x4x6xf32>
    %54 = linalg.fill ins(%cst_1 : f32) outs(%53 : tensor<2x4x6xf32>) -> tensor<2x4x6xf32>
    %55:2 = linalg.generic {indexing_maps = [#map4, #map11, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%50 : tensor<2x4x6x6xf32>) outs(%54, %52 : tensor<2x4x6xf32>, tensor<2x4x6xi64>) {
    ^bb0(%in: f32, %out: f32, %out_193: i64):
      %199 = linalg.index 3 : index
      %200 = arith.index_cast %199 : index to i64
      %201 = arith.maximumf %in, %out : f32
      %202 = arith.cmpf ogt, %in, %out : f32
      %203 = arith.select %202, %200, %out_193 : i64
      linalg.yield %201, %203 : f32, i64
    } -> (tensor<2x4x6xf32>, tensor<2x4x6xi64>)
    %expanded_52 = tensor.expand_shape %55#0 [[0], [1], [2, 3]] output_shape [2, 4, 6, 1] : tensor<2x4x6xf32> into tensor<2x4x6x1xf32>
    %56 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50, %expanded_52 : tensor<2x4x6x6xf32>, tensor<2x4x6x1xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.subf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x6xf32>
    %57 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56 : tensor<2x4x6x6xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.exp %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x6xf32>
    %58 = tensor.empty() : tensor<2x4x6x1xf32>
    %59 = linalg.fill ins(%cst : f32) outs(%58 : tensor<2x4x6x1xf32>) -> tensor<2x4x6x1xf32>
    %60 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%57 : tensor<2x4x6x6xf32>) outs(%59 : tensor<2x4x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x1xf32>
    %61 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %60 : tensor<2x4x6x6xf32>, tensor<2x4x6x1xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.divf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x6xf32>
    %collapsed_53 = tensor.collapse_shape %61 [[0, 1], [2], [3]] : tensor<2x4x6x6xf32> into tensor<8x6x6xf32>
    %collapsed_54 = tensor.collapse_shape %extracted_slice_23 [[0, 1, 2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<8x6x8xf32>
    %62 = tensor.empty() : tensor<8x6x8xf32>
    %63 = linalg.fill ins(%cst : f32) outs(%62 : tensor<8x6x8xf32>) -> tensor<8x6x8xf32>
    %64 = linalg.batch_matmul ins(%collapsed_53, %collapsed_54 : tensor<8x6x6xf32>, tensor<8x6x8xf32>) outs(%63 : tensor<8x6x8xf32>) -> tensor<8x6x8xf32>
    %expanded_55 = tensor.expand_shape %64 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 8] : tensor<8x6x8xf32> into tensor<2x4x6x1x8xf32>
    %65 = tensor.empty() : tensor<2x4x6x8x1xf32>
    %transposed_56 = linalg.transpose ins(%expanded_55 : tensor<2x4x6x1x8xf32>) outs(%65 : tensor<2x4x6x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_57 = tensor.collapse_shape %transposed_56 [[0], [1], [2], [3, 4]] : tensor<2x4x6x8x1xf32> into tensor<2x4x6x8xf32>
    %66 = tensor.empty() : tensor<2x6x4x8xf32>
    %transposed_58 = linalg.transpose ins(%collapsed_57 : tensor<2x4x6x8xf32>) outs(%66 : tensor<2x6x4x8xf32>) permutation = [0, 2, 1, 3] 
    %67 = tensor.empty() : tensor<32x32xf32>
    %transposed_59 = linalg.transpose ins(%cst_8 : tensor<32x32xf32>) outs(%67 : tensor<32x32xf32>) permutation = [1, 0] 
    %collapsed_60 = tensor.collapse_shape %transposed_58 [[0, 1], [2, 3]] : tensor<2x6x4x8xf32> into tensor<12x32xf32>
    %68 = tensor.empty() : tensor<12x32xf32>
    %69 = linalg.fill ins(%cst : f32) outs(%68 : tensor<12x32xf32>) -> tensor<12x32xf32>
    %70 = linalg.matmul ins(%collapsed_60, %transposed_59 : tensor<12x32xf32>, tensor<32x32xf32>) outs(%69 : tensor<12x32xf32>) -> tensor<12x32xf32>
    %expanded_61 = tensor.expand_shape %70 [[0, 1], [2]] output_shape [2, 6, 32] : tensor<12x32xf32> into tensor<2x6x32xf32>
    %71 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_25 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.cmpf ogt, %in, %in_193 : f32
      %200 = arith.select %199, %in, %in_193 : f32
      linalg.yield %200 : f32
    } -> tensor<2x4x6x8xf32>
    %72 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_25 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.cmpf olt, %in, %in_193 : f32
      %200 = arith.select %199, %in, %in_193 : f32
      linalg.yield %200 : f32
    } -> tensor<2x4x6x8xf32>
    %73 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%72 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.exp %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %74 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.subf %in, %cst_0 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %75 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71, %74 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %76 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %cst_0 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_62 = tensor.expand_shape %76 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 8, 1] : tensor<2x4x6x8xf32> into tensor<2x4x6x8x1xf32>
    %transposed_63 = linalg.transpose ins(%expanded_62 : tensor<2x4x6x8x1xf32>) outs(%37 : tensor<2x4x8x6x1xf32>) permutation = [0, 1, 3, 2, 4] 
    %collapsed_64 = tensor.collapse_shape %transposed_63 [[0, 1], [2], [3, 4]] : tensor<2x4x8x6x1xf32> into tensor<8x8x6xf32>
    %77 = tensor.empty() : tensor<8x8x8xf32>
    %78 = linalg.fill ins(%cst : f32) outs(%77 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %79 = linalg.batch_matmul ins(%collapsed_64, %collapsed_54 : tensor<8x8x6xf32>, tensor<8x6x8xf32>) outs(%78 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_65 = tensor.expand_shape %79 [[0, 1], [2], [3, 4]] output_shape [2, 4, 8, 1, 8] : tensor<8x8x8xf32> into tensor<2x4x8x1x8xf32>
    %80 = tensor.empty() : tensor<2x4x8x8x1xf32>
    %transposed_66 = linalg.transpose ins(%expanded_65 : tensor<2x4x8x1x8xf32>) outs(%80 : tensor<2x4x8x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_67 = tensor.collapse_shape %transposed_66 [[0], [1], [2], [3, 4]] : tensor<2x4x8x8x1xf32> into tensor<2x4x8x8xf32>
    %81 = tensor.empty() : tensor<2x4x8x6xf32>
    %transposed_68 = linalg.transpose ins(%76 : tensor<2x4x6x8xf32>) outs(%81 : tensor<2x4x8x6xf32>) permutation = [0, 1, 3, 2] 
    %82 = tensor.empty() : tensor<2x4x8xf32>
    %83 = linalg.fill ins(%cst : f32) outs(%82 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %84 = linalg.generic {indexing_maps = [#map4, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%transposed_68 : tensor<2x4x8x6xf32>) outs(%83 : tensor<2x4x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x8xf32>
    %85 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%extracted_slice_17 : tensor<2x6x32xf32>) outs(%1 : tensor<2x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.absf %in : f32
      %200 = math.powf %199, %cst_16 : f32
      %201 = arith.addf %200, %out : f32
      linalg.yield %201 : f32
    } -> tensor<2x6x1xf32>
    %86 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x6x1xf32>) outs(%0 : tensor<2x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.powf %in, %cst_15 : f32
      linalg.yield %199 : f32
    } -> tensor<2x6x1xf32>
    %87 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x6x1xf32>) outs(%0 : tensor<2x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_14 : f64 to f32
      %200 = arith.cmpf ult, %in, %199 : f32
      %201 = arith.select %200, %199, %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x6x1xf32>
    %collapsed_69 = tensor.collapse_shape %87 [[0], [1, 2]] : tensor<2x6x1xf32> into tensor<2x6xf32>
    %88 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_69 : tensor<2x6xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x6x32xf32>
    %89 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_17, %88 : tensor<2x6x32xf32>, tensor<2x6x32xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.divf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x6x32xf32>
    %90 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x6x32xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_13 : f64 to f32
      %200 = arith.mulf %in, %199 : f32
      linalg.yield %200 : f32
    } -> tensor<2x6x32xf32>
    %91 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %cst_12 : tensor<2x6x32xf32>, tensor<32xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x6x32xf32>
    %collapsed_70 = tensor.collapse_shape %91 [[0, 1], [2]] : tensor<2x6x32xf32> into tensor<12x32xf32>
    %92 = linalg.matmul ins(%collapsed_70, %transposed : tensor<12x32xf32>, tensor<32x96xf32>) outs(%12 : tensor<12x96xf32>) -> tensor<12x96xf32>
    %expanded_71 = tensor.expand_shape %92 [[0, 1], [2, 3, 4]] output_shape [2, 6, 3, 4, 8] : tensor<12x96xf32> into tensor<2x6x3x4x8xf32>
    %transposed_72 = linalg.transpose ins(%expanded_71 : tensor<2x6x3x4x8xf32>) outs(%14 : tensor<3x2x4x6x8xf32>) permutation = [2, 0, 3, 1, 4] 
    %extracted_slice_73 = tensor.extract_slice %transposed_72[0, 0, 0, 0, 0] [1, 2, 4, 6, 8] [1, 1, 1, 1, 1] : tensor<3x2x4x6x8xf32> to tensor<1x2x4x6x8xf32>
    %extracted_slice_74 = tensor.extract_slice %transposed_72[1, 0, 0, 0, 0] [1, 2, 4, 6, 8] [1, 1, 1, 1, 1] : tensor<3x2x4x6x8xf32> to tensor<1x2x4x6x8xf32>
    %extracted_slice_75 = tensor.extract_slice %transposed_72[2, 0, 0, 0, 0] [1, 2, 4, 6, 8] [1, 1, 1, 1, 1] : tensor<3x2x4x6x8xf32> to tensor<1x2x4x6x8xf32>
    %collapsed_76 = tensor.collapse_shape %extracted_slice_73 [[0, 1], [2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<2x4x6x8xf32>
    %collapsed_77 = tensor.collapse_shape %extracted_slice_74 [[0, 1], [2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<2x4x6x8xf32>
    %collapsed_78 = tensor.collapse_shape %extracted_slice_75 [[0, 1], [2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<2x4x6x8xf32>
    %93 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_76 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_10 : f64 to f32
      %200 = arith.mulf %in, %199 : f32
      linalg.yield %200 : f32
    } -> tensor<2x4x6x8xf32>
    %94 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%93, %26 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_79 = tensor.expand_shape %93 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 2] : tensor<2x4x6x8xf32> into tensor<2x4x6x4x2xf32>
    %extracted_slice_80 = tensor.extract_slice %expanded_79[0, 0, 0, 0, 0] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %extracted_slice_81 = tensor.extract_slice %expanded_79[0, 0, 0, 0, 1] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %collapsed_82 = tensor.collapse_shape %extracted_slice_81 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x1xf32> into tensor<2x4x6x4xf32>
    %95 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_82 : tensor<2x4x6x4xf32>) outs(%28 : tensor<2x4x6x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.negf %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x4xf32>
    %expanded_83 = tensor.expand_shape %95 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 1] : tensor<2x4x6x4xf32> into tensor<2x4x6x4x1xf32>
    %concat_84 = tensor.concat dim(4) %expanded_83, %extracted_slice_80 : (tensor<2x4x6x4x1xf32>, tensor<2x4x6x4x1xf32>) -> tensor<2x4x6x4x2xf32>
    %collapsed_85 = tensor.collapse_shape %concat_84 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x2xf32> into tensor<2x4x6x8xf32>
    %96 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_85, %30 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %97 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%94, %96 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %98 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_77, %26 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_86 = tensor.expand_shape %collapsed_77 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 2] : tensor<2x4x6x8xf32> into tensor<2x4x6x4x2xf32>
    %extracted_slice_87 = tensor.extract_slice %expanded_86[0, 0, 0, 0, 0] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %extracted_slice_88 = tensor.extract_slice %expanded_86[0, 0, 0, 0, 1] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %collapsed_89 = tensor.collapse_shape %extracted_slice_88 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x1xf32> into tensor<2x4x6x4xf32>
    %99 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_89 : tensor<2x4x6x4xf32>) outs(%28 : tensor<2x4x6x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.negf %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x4xf32>
    %expanded_90 = tensor.expand_shape %99 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 1] : tensor<2x4x6x4xf32> into tensor<2x4x6x4x1xf32>
    %concat_91 = tensor.concat dim(4) %expanded_90, %extracted_slice_87 : (tensor<2x4x6x4x1xf32>, tensor<2x4x6x4x1xf32>) -> tensor<2x4x6x4x2xf32>
    %collapsed_92 = tensor.collapse_shape %concat_91 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x2xf32> into tensor<2x4x6x8xf32>
    %100 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_92, %30 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %101 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%98, %100 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_93 = tensor.expand_shape %101 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 8, 1] : tensor<2x4x6x8xf32> into tensor<2x4x6x8x1xf32>
    %collapsed_94 = tensor.collapse_shape %97 [[0, 1], [2], [3]] : tensor<2x4x6x8xf32> into tensor<8x6x8xf32>
    %transposed_95 = linalg.transpose ins(%expanded_93 : tensor<2x4x6x8x1xf32>) outs(%37 : tensor<2x4x8x6x1xf32>) permutation = [0, 1, 3, 2, 4] 
    %collapsed_96 = tensor.collapse_shape %transposed_95 [[0, 1], [2], [3, 4]] : tensor<2x4x8x6x1xf32> into tensor<8x8x6xf32>
    %102 = linalg.batch_matmul ins(%collapsed_94, %collapsed_96 : tensor<8x6x8xf32>, tensor<8x8x6xf32>) outs(%39 : tensor<8x6x6xf32>) -> tensor<8x6x6xf32>
    %expanded_97 = tensor.expand_shape %102 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 6] : tensor<8x6x6xf32> into tensor<2x4x6x1x6xf32>
    %transposed_98 = linalg.transpose ins(%expanded_97 : tensor<2x4x6x1x6xf32>) outs(%41 : tensor<2x4x6x6x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_99 = tensor.collapse_shape %transposed_98 [[0], [1], [2], [3, 4]] : tensor<2x4x6x6x1xf32> into tensor<2x4x6x6xf32>
    %103 = linalg.generic {indexing_maps = [#map9, #map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %cst_3, %collapsed_99 : tensor<6x6xi1>, tensor<f32>, tensor<2x4x6x6xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: i1, %in_193: f32, %in_194: f32, %out: f32):
      %199 = arith.select %in, %in_193, %in_194 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x6xf32>
    %104:2 = linalg.generic {indexing_maps = [#map4, #map11, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%103 : tensor<2x4x6x6xf32>) outs(%54, %52 : tensor<2x4x6xf32>, tensor<2x4x6xi64>) {
    ^bb0(%in: f32, %out: f32, %out_193: i64):
      %199 = linalg.index 3 : index
      %200 = arith.index_cast %199 : index to i64
      %201 = arith.maximumf %in, %out : f32
      %202 = arith.cmpf ogt, %in, %out : f32
      %203 = arith.select %202, %200, %out_193 : i64
      linalg.yield %201, %203 : f32, i64
    } -> (tensor<2x4x6xf32>, tensor<2x4x6xi64>)
    %expanded_100 = tensor.expand_shape %104#0 [[0], [1], [2, 3]] output_shape [2, 4, 6, 1] : tensor<2x4x6xf32> into tensor<2x4x6x1xf32>
    %105 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%103, %expanded_100 : tensor<2x4x6x6xf32>, tensor<2x4x6x1xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.subf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x6xf32>
    %106 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%105 : tensor<2x4x6x6xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.exp %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x6xf32>
    %107 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%106 : tensor<2x4x6x6xf32>) outs(%59 : tensor<2x4x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x1xf32>
    %108 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%106, %107 : tensor<2x4x6x6xf32>, tensor<2x4x6x1xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.divf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x6xf32>
    %collapsed_101 = tensor.collapse_shape %108 [[0, 1], [2], [3]] : tensor<2x4x6x6xf32> into tensor<8x6x6xf32>
    %collapsed_102 = tensor.collapse_shape %extracted_slice_75 [[0, 1, 2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<8x6x8xf32>
    %109 = linalg.batch_matmul ins(%collapsed_101, %collapsed_102 : tensor<8x6x6xf32>, tensor<8x6x8xf32>) outs(%63 : tensor<8x6x8xf32>) -> tensor<8x6x8xf32>
    %expanded_103 = tensor.expand_shape %109 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 8] : tensor<8x6x8xf32> into tensor<2x4x6x1x8xf32>
    %transposed_104 = linalg.transpose ins(%expanded_103 : tensor<2x4x6x1x8xf32>) outs(%65 : tensor<2x4x6x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_105 = tensor.collapse_shape %transposed_104 [[0], [1], [2], [3, 4]] : tensor<2x4x6x8x1xf32> into tensor<2x4x6x8xf32>
    %110 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_76 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.cmpf ogt, %in, %in_193 : f32
      %200 = arith.select %199, %in, %in_193 : f32
      linalg.yield %200 : f32
    } -> tensor<2x4x6x8xf32>
    %111 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_76 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.cmpf olt, %in, %in_193 : f32
      %200 = arith.select %199, %in, %in_193 : f32
      linalg.yield %200 : f32
    } -> tensor<2x4x6x8xf32>
    %112 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%111 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.exp %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %113 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%112 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.subf %in, %cst_0 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %114 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%110, %113 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %115 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%114 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %cst_0 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %collapsed_106 = tensor.collapse_shape %115 [[0, 1], [2], [3]] : tensor<2x4x6x8xf32> into tensor<8x6x8xf32>
    %collapsed_107 = tensor.collapse_shape %transposed_66 [[0, 1], [2], [3, 4]] : tensor<2x4x8x8x1xf32> into tensor<8x8x8xf32>
    %116 = linalg.batch_matmul ins(%collapsed_106, %collapsed_107 : tensor<8x6x8xf32>, tensor<8x8x8xf32>) outs(%63 : tensor<8x6x8xf32>) -> tensor<8x6x8xf32>
    %expanded_108 = tensor.expand_shape %116 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 8] : tensor<8x6x8xf32> into tensor<2x4x6x1x8xf32>
    %transposed_109 = linalg.transpose ins(%expanded_108 : tensor<2x4x6x1x8xf32>) outs(%65 : tensor<2x4x6x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_110 = tensor.collapse_shape %transposed_109 [[0], [1], [2], [3, 4]] : tensor<2x4x6x8x1xf32> into tensor<2x4x6x8xf32>
    %expanded_111 = tensor.expand_shape %84 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %collapsed_112 = tensor.collapse_shape %expanded_111 [[0, 1], [2], [3]] : tensor<2x4x8x1xf32> into tensor<8x8x1xf32>
    %117 = tensor.empty() : tensor<8x6x1xf32>
    %118 = linalg.fill ins(%cst : f32) outs(%117 : tensor<8x6x1xf32>) -> tensor<8x6x1xf32>
    %119 = linalg.batch_matmul ins(%collapsed_106, %collapsed_112 : tensor<8x6x8xf32>, tensor<8x8x1xf32>) outs(%118 : tensor<8x6x1xf32>) -> tensor<8x6x1xf32>
    %expanded_113 = tensor.expand_shape %119 [[0, 1], [2], [3]] output_shape [2, 4, 6, 1] : tensor<8x6x1xf32> into tensor<2x4x6x1xf32>
    %120 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_113 : tensor<2x4x6x1xf32>) outs(%58 : tensor<2x4x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_7 : f64 to f32
      %200 = arith.cmpf ult, %in, %199 : f32
      %201 = arith.select %200, %199, %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x6x1xf32>
    %121 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_110, %120 : tensor<2x4x6x8xf32>, tensor<2x4x6x1xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.divf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_114 = tensor.expand_shape %cst_6 [[0, 1, 2]] output_shape [4, 1, 1] : tensor<4xf32> into tensor<4x1x1xf32>
    %122 = tensor.empty() : tensor<4x1x1xf32>
    %123 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_114 : tensor<4x1x1xf32>) outs(%122 : tensor<4x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.negf %in : f32
      %200 = math.exp %199 : f32
      %201 = arith.addf %200, %cst_0 : f32
      %202 = arith.divf %cst_0, %201 : f32
      linalg.yield %202 : f32
    } -> tensor<4x1x1xf32>
    %124 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_105, %123 : tensor<2x4x6x8xf32>, tensor<4x1x1xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %125 = linalg.generic {indexing_maps = [#map14, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_5, %123 : tensor<f32>, tensor<4x1x1xf32>) outs(%122 : tensor<4x1x1xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.subf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<4x1x1xf32>
    %126 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%121, %125 : tensor<2x4x6x8xf32>, tensor<4x1x1xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %127 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%124, %126 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %transposed_115 = linalg.transpose ins(%127 : tensor<2x4x6x8xf32>) outs(%66 : tensor<2x6x4x8xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_116 = tensor.collapse_shape %transposed_115 [[0, 1], [2, 3]] : tensor<2x6x4x8xf32> into tensor<12x32xf32>
    %128 = linalg.matmul ins(%collapsed_116, %transposed_59 : tensor<12x32xf32>, tensor<32x32xf32>) outs(%69 : tensor<12x32xf32>) -> tensor<12x32xf32>
    %expanded_117 = tensor.expand_shape %128 [[0, 1], [2]] output_shape [2, 6, 32] : tensor<12x32xf32> into tensor<2x6x32xf32>
    %129 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_77 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.cmpf ogt, %in, %in_193 : f32
      %200 = arith.select %199, %in, %in_193 : f32
      linalg.yield %200 : f32
    } -> tensor<2x4x6x8xf32>
    %130 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_77 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.cmpf olt, %in, %in_193 : f32
      %200 = arith.select %199, %in, %in_193 : f32
      linalg.yield %200 : f32
    } -> tensor<2x4x6x8xf32>
    %131 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%130 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.exp %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %132 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%131 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.subf %in, %cst_0 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %133 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%129, %132 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %134 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%133 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %cst_0 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %collapsed_118 = tensor.collapse_shape %134 [[0, 1], [2], [3]] : tensor<2x4x6x8xf32> into tensor<8x6x8xf32>
    %135 = linalg.batch_matmul ins(%collapsed_118, %collapsed_107 : tensor<8x6x8xf32>, tensor<8x8x8xf32>) outs(%63 : tensor<8x6x8xf32>) -> tensor<8x6x8xf32>
    %expanded_119 = tensor.expand_shape %135 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 8] : tensor<8x6x8xf32> into tensor<2x4x6x1x8xf32>
    %transposed_120 = linalg.transpose ins(%expanded_119 : tensor<2x4x6x1x8xf32>) outs(%65 : tensor<2x4x6x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_121 = tensor.collapse_shape %transposed_120 [[0], [1], [2], [3, 4]] : tensor<2x4x6x8x1xf32> into tensor<2x4x6x8xf32>
    %136 = linalg.batch_matmul ins(%collapsed_118, %collapsed_112 : tensor<8x6x8xf32>, tensor<8x8x1xf32>) outs(%118 : tensor<8x6x1xf32>) -> tensor<8x6x1xf32>
    %expanded_122 = tensor.expand_shape %136 [[0, 1], [2], [3]] output_shape [2, 4, 6, 1] : tensor<8x6x1xf32> into tensor<2x4x6x1xf32>
    %137 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_122 : tensor<2x4x6x1xf32>) outs(%58 : tensor<2x4x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_7 : f64 to f32
      %200 = arith.cmpf ult, %in, %199 : f32
      %201 = arith.select %200, %199, %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x6x1xf32>
    %138 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_121, %137 : tensor<2x4x6x8xf32>, tensor<2x4x6x1xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.divf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %139 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_78, %138 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.subf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_123 = tensor.expand_shape %134 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 8, 1] : tensor<2x4x6x8xf32> into tensor<2x4x6x8x1xf32>
    %transposed_124 = linalg.transpose ins(%expanded_123 : tensor<2x4x6x8x1xf32>) outs(%37 : tensor<2x4x8x6x1xf32>) permutation = [0, 1, 3, 2, 4] 
    %collapsed_125 = tensor.collapse_shape %transposed_124 [[0, 1], [2], [3, 4]] : tensor<2x4x8x6x1xf32> into tensor<8x8x6xf32>
    %collapsed_126 = tensor.collapse_shape %139 [[0, 1], [2], [3]] : tensor<2x4x6x8xf32> into tensor<8x6x8xf32>
    %140 = linalg.batch_matmul ins(%collapsed_125, %collapsed_126 : tensor<8x8x6xf32>, tensor<8x6x8xf32>) outs(%78 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_127 = tensor.expand_shape %140 [[0, 1], [2], [3, 4]] output_shape [2, 4, 8, 1, 8] : tensor<8x8x8xf32> into tensor<2x4x8x1x8xf32>
    %transposed_128 = linalg.transpose ins(%expanded_127 : tensor<2x4x8x1x8xf32>) outs(%80 : tensor<2x4x8x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_129 = tensor.collapse_shape %transposed_128 [[0], [1], [2], [3, 4]] : tensor<2x4x8x8x1xf32> into tensor<2x4x8x8xf32>
    %transposed_130 = linalg.transpose ins(%134 : tensor<2x4x6x8xf32>) outs(%81 : tensor<2x4x8x6xf32>) permutation = [0, 1, 3, 2] 
    %141 = linalg.generic {indexing_maps = [#map4, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%transposed_130 : tensor<2x4x8x6xf32>) outs(%83 : tensor<2x4x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x8xf32>
    %142 = tensor.empty() : tensor<2x4x8x8xf32>
    %143 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_129, %collapsed_67 : tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) outs(%142 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x8x8xf32>
    %144 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %84 : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%82 : tensor<2x4x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x8xf32>
    %145 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%extracted_slice_18 : tensor<2x6x32xf32>) outs(%1 : tensor<2x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.absf %in : f32
      %200 = math.powf %199, %cst_16 : f32
      %201 = arith.addf %200, %out : f32
      linalg.yield %201 : f32
    } -> tensor<2x6x1xf32>
    %146 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<2x6x1xf32>) outs(%0 : tensor<2x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.powf %in, %cst_15 : f32
      linalg.yield %199 : f32
    } -> tensor<2x6x1xf32>
    %147 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<2x6x1xf32>) outs(%0 : tensor<2x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_14 : f64 to f32
      %200 = arith.cmpf ult, %in, %199 : f32
      %201 = arith.select %200, %199, %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x6x1xf32>
    %collapsed_131 = tensor.collapse_shape %147 [[0], [1, 2]] : tensor<2x6x1xf32> into tensor<2x6xf32>
    %148 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_131 : tensor<2x6xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x6x32xf32>
    %149 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_18, %148 : tensor<2x6x32xf32>, tensor<2x6x32xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.divf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x6x32xf32>
    %150 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149 : tensor<2x6x32xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_13 : f64 to f32
      %200 = arith.mulf %in, %199 : f32
      linalg.yield %200 : f32
    } -> tensor<2x6x32xf32>
    %151 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %cst_12 : tensor<2x6x32xf32>, tensor<32xf32>) outs(%5 : tensor<2x6x32xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x6x32xf32>
    %collapsed_132 = tensor.collapse_shape %151 [[0, 1], [2]] : tensor<2x6x32xf32> into tensor<12x32xf32>
    %152 = linalg.matmul ins(%collapsed_132, %transposed : tensor<12x32xf32>, tensor<32x96xf32>) outs(%12 : tensor<12x96xf32>) -> tensor<12x96xf32>
    %expanded_133 = tensor.expand_shape %152 [[0, 1], [2, 3, 4]] output_shape [2, 6, 3, 4, 8] : tensor<12x96xf32> into tensor<2x6x3x4x8xf32>
    %transposed_134 = linalg.transpose ins(%expanded_133 : tensor<2x6x3x4x8xf32>) outs(%14 : tensor<3x2x4x6x8xf32>) permutation = [2, 0, 3, 1, 4] 
    %extracted_slice_135 = tensor.extract_slice %transposed_134[0, 0, 0, 0, 0] [1, 2, 4, 6, 8] [1, 1, 1, 1, 1] : tensor<3x2x4x6x8xf32> to tensor<1x2x4x6x8xf32>
    %extracted_slice_136 = tensor.extract_slice %transposed_134[1, 0, 0, 0, 0] [1, 2, 4, 6, 8] [1, 1, 1, 1, 1] : tensor<3x2x4x6x8xf32> to tensor<1x2x4x6x8xf32>
    %extracted_slice_137 = tensor.extract_slice %transposed_134[2, 0, 0, 0, 0] [1, 2, 4, 6, 8] [1, 1, 1, 1, 1] : tensor<3x2x4x6x8xf32> to tensor<1x2x4x6x8xf32>
    %collapsed_138 = tensor.collapse_shape %extracted_slice_135 [[0, 1], [2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<2x4x6x8xf32>
    %collapsed_139 = tensor.collapse_shape %extracted_slice_136 [[0, 1], [2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<2x4x6x8xf32>
    %collapsed_140 = tensor.collapse_shape %extracted_slice_137 [[0, 1], [2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<2x4x6x8xf32>
    %153 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_138 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_10 : f64 to f32
      %200 = arith.mulf %in, %199 : f32
      linalg.yield %200 : f32
    } -> tensor<2x4x6x8xf32>
    %154 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%153, %26 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_141 = tensor.expand_shape %153 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 2] : tensor<2x4x6x8xf32> into tensor<2x4x6x4x2xf32>
    %extracted_slice_142 = tensor.extract_slice %expanded_141[0, 0, 0, 0, 0] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %extracted_slice_143 = tensor.extract_slice %expanded_141[0, 0, 0, 0, 1] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %collapsed_144 = tensor.collapse_shape %extracted_slice_143 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x1xf32> into tensor<2x4x6x4xf32>
    %155 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_144 : tensor<2x4x6x4xf32>) outs(%28 : tensor<2x4x6x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.negf %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x4xf32>
    %expanded_145 = tensor.expand_shape %155 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 1] : tensor<2x4x6x4xf32> into tensor<2x4x6x4x1xf32>
    %concat_146 = tensor.concat dim(4) %expanded_145, %extracted_slice_142 : (tensor<2x4x6x4x1xf32>, tensor<2x4x6x4x1xf32>) -> tensor<2x4x6x4x2xf32>
    %collapsed_147 = tensor.collapse_shape %concat_146 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x2xf32> into tensor<2x4x6x8xf32>
    %156 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_147, %30 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %157 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%154, %156 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %158 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_139, %26 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_148 = tensor.expand_shape %collapsed_139 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 2] : tensor<2x4x6x8xf32> into tensor<2x4x6x4x2xf32>
    %extracted_slice_149 = tensor.extract_slice %expanded_148[0, 0, 0, 0, 0] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %extracted_slice_150 = tensor.extract_slice %expanded_148[0, 0, 0, 0, 1] [2, 4, 6, 4, 1] [1, 1, 1, 1, 1] : tensor<2x4x6x4x2xf32> to tensor<2x4x6x4x1xf32>
    %collapsed_151 = tensor.collapse_shape %extracted_slice_150 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x1xf32> into tensor<2x4x6x4xf32>
    %159 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_151 : tensor<2x4x6x4xf32>) outs(%28 : tensor<2x4x6x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.negf %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x4xf32>
    %expanded_152 = tensor.expand_shape %159 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 4, 1] : tensor<2x4x6x4xf32> into tensor<2x4x6x4x1xf32>
    %concat_153 = tensor.concat dim(4) %expanded_152, %extracted_slice_149 : (tensor<2x4x6x4x1xf32>, tensor<2x4x6x4x1xf32>) -> tensor<2x4x6x4x2xf32>
    %collapsed_154 = tensor.collapse_shape %concat_153 [[0], [1], [2], [3, 4]] : tensor<2x4x6x4x2xf32> into tensor<2x4x6x8xf32>
    %160 = linalg.generic {indexing_maps = [#map4, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_154, %30 : tensor<2x4x6x8xf32>, tensor<6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %161 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%158, %160 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_155 = tensor.expand_shape %161 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 8, 1] : tensor<2x4x6x8xf32> into tensor<2x4x6x8x1xf32>
    %collapsed_156 = tensor.collapse_shape %157 [[0, 1], [2], [3]] : tensor<2x4x6x8xf32> into tensor<8x6x8xf32>
    %transposed_157 = linalg.transpose ins(%expanded_155 : tensor<2x4x6x8x1xf32>) outs(%37 : tensor<2x4x8x6x1xf32>) permutation = [0, 1, 3, 2, 4] 
    %collapsed_158 = tensor.collapse_shape %transposed_157 [[0, 1], [2], [3, 4]] : tensor<2x4x8x6x1xf32> into tensor<8x8x6xf32>
    %162 = linalg.batch_matmul ins(%collapsed_156, %collapsed_158 : tensor<8x6x8xf32>, tensor<8x8x6xf32>) outs(%39 : tensor<8x6x6xf32>) -> tensor<8x6x6xf32>
    %expanded_159 = tensor.expand_shape %162 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 6] : tensor<8x6x6xf32> into tensor<2x4x6x1x6xf32>
    %transposed_160 = linalg.transpose ins(%expanded_159 : tensor<2x4x6x1x6xf32>) outs(%41 : tensor<2x4x6x6x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_161 = tensor.collapse_shape %transposed_160 [[0], [1], [2], [3, 4]] : tensor<2x4x6x6x1xf32> into tensor<2x4x6x6xf32>
    %163 = linalg.generic {indexing_maps = [#map9, #map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %cst_3, %collapsed_161 : tensor<6x6xi1>, tensor<f32>, tensor<2x4x6x6xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: i1, %in_193: f32, %in_194: f32, %out: f32):
      %199 = arith.select %in, %in_193, %in_194 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x6xf32>
    %164:2 = linalg.generic {indexing_maps = [#map4, #map11, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%163 : tensor<2x4x6x6xf32>) outs(%54, %52 : tensor<2x4x6xf32>, tensor<2x4x6xi64>) {
    ^bb0(%in: f32, %out: f32, %out_193: i64):
      %199 = linalg.index 3 : index
      %200 = arith.index_cast %199 : index to i64
      %201 = arith.maximumf %in, %out : f32
      %202 = arith.cmpf ogt, %in, %out : f32
      %203 = arith.select %202, %200, %out_193 : i64
      linalg.yield %201, %203 : f32, i64
    } -> (tensor<2x4x6xf32>, tensor<2x4x6xi64>)
    %expanded_162 = tensor.expand_shape %164#0 [[0], [1], [2, 3]] output_shape [2, 4, 6, 1] : tensor<2x4x6xf32> into tensor<2x4x6x1xf32>
    %165 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%163, %expanded_162 : tensor<2x4x6x6xf32>, tensor<2x4x6x1xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.subf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x6xf32>
    %166 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%165 : tensor<2x4x6x6xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.exp %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x6xf32>
    %167 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%166 : tensor<2x4x6x6xf32>) outs(%59 : tensor<2x4x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x1xf32>
    %168 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%166, %167 : tensor<2x4x6x6xf32>, tensor<2x4x6x1xf32>) outs(%49 : tensor<2x4x6x6xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.divf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x6xf32>
    %collapsed_163 = tensor.collapse_shape %168 [[0, 1], [2], [3]] : tensor<2x4x6x6xf32> into tensor<8x6x6xf32>
    %collapsed_164 = tensor.collapse_shape %extracted_slice_137 [[0, 1, 2], [3], [4]] : tensor<1x2x4x6x8xf32> into tensor<8x6x8xf32>
    %169 = linalg.batch_matmul ins(%collapsed_163, %collapsed_164 : tensor<8x6x6xf32>, tensor<8x6x8xf32>) outs(%63 : tensor<8x6x8xf32>) -> tensor<8x6x8xf32>
    %expanded_165 = tensor.expand_shape %169 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 8] : tensor<8x6x8xf32> into tensor<2x4x6x1x8xf32>
    %transposed_166 = linalg.transpose ins(%expanded_165 : tensor<2x4x6x1x8xf32>) outs(%65 : tensor<2x4x6x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_167 = tensor.collapse_shape %transposed_166 [[0], [1], [2], [3, 4]] : tensor<2x4x6x8x1xf32> into tensor<2x4x6x8xf32>
    %170 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_138 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.cmpf ogt, %in, %in_193 : f32
      %200 = arith.select %199, %in, %in_193 : f32
      linalg.yield %200 : f32
    } -> tensor<2x4x6x8xf32>
    %171 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_138 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.cmpf olt, %in, %in_193 : f32
      %200 = arith.select %199, %in, %in_193 : f32
      linalg.yield %200 : f32
    } -> tensor<2x4x6x8xf32>
    %172 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%171 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.exp %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %173 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%172 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.subf %in, %cst_0 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %174 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%170, %173 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %175 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%174 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %cst_0 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %collapsed_168 = tensor.collapse_shape %175 [[0, 1], [2], [3]] : tensor<2x4x6x8xf32> into tensor<8x6x8xf32>
    %collapsed_169 = tensor.collapse_shape %143 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %176 = linalg.batch_matmul ins(%collapsed_168, %collapsed_169 : tensor<8x6x8xf32>, tensor<8x8x8xf32>) outs(%63 : tensor<8x6x8xf32>) -> tensor<8x6x8xf32>
    %expanded_170 = tensor.expand_shape %176 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 8] : tensor<8x6x8xf32> into tensor<2x4x6x1x8xf32>
    %transposed_171 = linalg.transpose ins(%expanded_170 : tensor<2x4x6x1x8xf32>) outs(%65 : tensor<2x4x6x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_172 = tensor.collapse_shape %transposed_171 [[0], [1], [2], [3, 4]] : tensor<2x4x6x8x1xf32> into tensor<2x4x6x8xf32>
    %expanded_173 = tensor.expand_shape %144 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %collapsed_174 = tensor.collapse_shape %expanded_173 [[0, 1], [2], [3]] : tensor<2x4x8x1xf32> into tensor<8x8x1xf32>
    %177 = linalg.batch_matmul ins(%collapsed_168, %collapsed_174 : tensor<8x6x8xf32>, tensor<8x8x1xf32>) outs(%118 : tensor<8x6x1xf32>) -> tensor<8x6x1xf32>
    %expanded_175 = tensor.expand_shape %177 [[0, 1], [2], [3]] output_shape [2, 4, 6, 1] : tensor<8x6x1xf32> into tensor<2x4x6x1xf32>
    %178 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_175 : tensor<2x4x6x1xf32>) outs(%58 : tensor<2x4x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_7 : f64 to f32
      %200 = arith.cmpf ult, %in, %199 : f32
      %201 = arith.select %200, %199, %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x6x1xf32>
    %179 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_172, %178 : tensor<2x4x6x8xf32>, tensor<2x4x6x1xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.divf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %180 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_167, %123 : tensor<2x4x6x8xf32>, tensor<4x1x1xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %181 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%179, %125 : tensor<2x4x6x8xf32>, tensor<4x1x1xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.mulf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %182 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%180, %181 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %transposed_176 = linalg.transpose ins(%182 : tensor<2x4x6x8xf32>) outs(%66 : tensor<2x6x4x8xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_177 = tensor.collapse_shape %transposed_176 [[0, 1], [2, 3]] : tensor<2x6x4x8xf32> into tensor<12x32xf32>
    %183 = linalg.matmul ins(%collapsed_177, %transposed_59 : tensor<12x32xf32>, tensor<32x32xf32>) outs(%69 : tensor<12x32xf32>) -> tensor<12x32xf32>
    %expanded_178 = tensor.expand_shape %183 [[0, 1], [2]] output_shape [2, 6, 32] : tensor<12x32xf32> into tensor<2x6x32xf32>
    %184 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_139 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.cmpf ogt, %in, %in_193 : f32
      %200 = arith.select %199, %in, %in_193 : f32
      linalg.yield %200 : f32
    } -> tensor<2x4x6x8xf32>
    %185 = linalg.generic {indexing_maps = [#map10, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %collapsed_139 : tensor<f32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.cmpf olt, %in, %in_193 : f32
      %200 = arith.select %199, %in, %in_193 : f32
      linalg.yield %200 : f32
    } -> tensor<2x4x6x8xf32>
    %186 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%185 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.exp %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %187 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%186 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.subf %in, %cst_0 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %188 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%184, %187 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %189 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%188 : tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %cst_0 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %collapsed_179 = tensor.collapse_shape %189 [[0, 1], [2], [3]] : tensor<2x4x6x8xf32> into tensor<8x6x8xf32>
    %190 = linalg.batch_matmul ins(%collapsed_179, %collapsed_169 : tensor<8x6x8xf32>, tensor<8x8x8xf32>) outs(%63 : tensor<8x6x8xf32>) -> tensor<8x6x8xf32>
    %expanded_180 = tensor.expand_shape %190 [[0, 1], [2], [3, 4]] output_shape [2, 4, 6, 1, 8] : tensor<8x6x8xf32> into tensor<2x4x6x1x8xf32>
    %transposed_181 = linalg.transpose ins(%expanded_180 : tensor<2x4x6x1x8xf32>) outs(%65 : tensor<2x4x6x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_182 = tensor.collapse_shape %transposed_181 [[0], [1], [2], [3, 4]] : tensor<2x4x6x8x1xf32> into tensor<2x4x6x8xf32>
    %191 = linalg.batch_matmul ins(%collapsed_179, %collapsed_174 : tensor<8x6x8xf32>, tensor<8x8x1xf32>) outs(%118 : tensor<8x6x1xf32>) -> tensor<8x6x1xf32>
    %expanded_183 = tensor.expand_shape %191 [[0, 1], [2], [3]] output_shape [2, 4, 6, 1] : tensor<8x6x1xf32> into tensor<2x4x6x1xf32>
    %192 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_183 : tensor<2x4x6x1xf32>) outs(%58 : tensor<2x4x6x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_7 : f64 to f32
      %200 = arith.cmpf ult, %in, %199 : f32
      %201 = arith.select %200, %199, %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x6x1xf32>
    %193 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_182, %192 : tensor<2x4x6x8xf32>, tensor<2x4x6x1xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.divf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %194 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_140, %193 : tensor<2x4x6x8xf32>, tensor<2x4x6x8xf32>) outs(%15 : tensor<2x4x6x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.subf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x6x8xf32>
    %expanded_184 = tensor.expand_shape %189 [[0], [1], [2], [3, 4]] output_shape [2, 4, 6, 8, 1] : tensor<2x4x6x8xf32> into tensor<2x4x6x8x1xf32>
    %transposed_185 = linalg.transpose ins(%expanded_184 : tensor<2x4x6x8x1xf32>) outs(%37 : tensor<2x4x8x6x1xf32>) permutation = [0, 1, 3, 2, 4] 
    %collapsed_186 = tensor.collapse_shape %transposed_185 [[0, 1], [2], [3, 4]] : tensor<2x4x8x6x1xf32> into tensor<8x8x6xf32>
    %collapsed_187 = tensor.collapse_shape %194 [[0, 1], [2], [3]] : tensor<2x4x6x8xf32> into tensor<8x6x8xf32>
    %195 = linalg.batch_matmul ins(%collapsed_186, %collapsed_187 : tensor<8x8x6xf32>, tensor<8x6x8xf32>) outs(%78 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_188 = tensor.expand_shape %195 [[0, 1], [2], [3, 4]] output_shape [2, 4, 8, 1, 8] : tensor<8x8x8xf32> into tensor<2x4x8x1x8xf32>
    %transposed_189 = linalg.transpose ins(%expanded_188 : tensor<2x4x8x1x8xf32>) outs(%80 : tensor<2x4x8x8x1xf32>) permutation = [0, 1, 2, 4, 3] 
    %collapsed_190 = tensor.collapse_shape %transposed_189 [[0], [1], [2], [3, 4]] : tensor<2x4x8x8x1xf32> into tensor<2x4x8x8xf32>
    %transposed_191 = linalg.transpose ins(%189 : tensor<2x4x6x8xf32>) outs(%81 : tensor<2x4x8x6xf32>) permutation = [0, 1, 3, 2] 
    %196 = linalg.generic {indexing_maps = [#map4, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%transposed_191 : tensor<2x4x8x6xf32>) outs(%83 : tensor<2x4x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x8xf32>
    %197 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_190, %143 : tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) outs(%142 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x8x8xf32>
    %198 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196, %144 : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%82 : tensor<2x4x8xf32>) {
    ^bb0(%in: f32, %in_193: f32, %out: f32):
      %199 = arith.addf %in, %in_193 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x8xf32>
    %concat_192 = tensor.concat dim(1) %expanded_61, %expanded_117, %expanded_178 : (tensor<2x6x32xf32>, tensor<2x6x32xf32>, tensor<2x6x32xf32>) -> tensor<2x18x32xf32>
    return %concat_192, %197, %198 : tensor<2x18x32xf32>, tensor<2x4x8x8xf32>, tensor<2x4x8xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32_1: "0x0400000000002041000020410000204100002041",
      torch_tensor_32_32_torch.float32: "0x04000000F8EEFABC91FBAA3D8F12D7BCC39B1DBE270B843D91AF0DBE09DD83BDE53CE43D971B2ABDAF92AABD3F362D3EE2926F3D88489EBD22DDEABD5DA11C3E98696D3DF2A32D3E8B7E19BEE595C2BDF20F76BD8E04CEBD612618BDE25C323EC8BB523DF446203D0EDA13BDB32F2A3E09F58F3CC3521FBE1B1014BB1315603D0FE43E3C734E113ECF15033DEFAC86BB0C53FBBDC6E0E73D165E98BD955DA43C7279F0BDBE8F783C208741BD3E1A4CBDBF3ECEBDEABF0B3DA88A853D82F4B43C8677F03DBE7B83BDEB9232BDDE4A143E5791E03DC7B88D3DB528CD3B9E1AF23DE5F923BECE5316BEA87AA1BC0C973BBD1A489C3AFA55FF3D707C09BD6619963DF14FA5BC7168D0BB7D731E3DEAD8093DD8B2CCBC16DC39BDDB79973D92FBA1BB6A615DBD85B6183968EA013EE999D6BD030204BE94F805BDC2A1293E62FF5EBD87D32EBD03429ABD2D4516BE97307DBB07FBCB3DD6E3B6BDF230B5BD453CC83D133F04BEA28A96BDEE3F99BD32E40BBD74ED87BD4EBBA4BDA987E63D57D3D2BB224EC03DDBA6CABDCFECB6BC4D82F7BD7FB9AE3C78F76B3D7BD28ABB3FD4493DC7EDD4BD25A123BE8549EBBCEF7F3B3DC27DD6BCDA21C23DC04A3E3D9464FEBCD01C833CFC4582BA423EF03DF7FA1ABDE564B93DBEF8D3BCF74D0E3C98C090BD7BD72ABD331331BBB7E66CBD29A9BC3D81920FBD7E7F273E92C40CBD105E4FBD2647EA3D10E8F43C3278B3BDD443F63C3DC6DE3C4989CBBA716334BED2DFD9BDB6B1C7BD5786E9BBD8BB3E3B00C0A2BD8B4CC8BD28BE9CBD99D5A3BD52C60EBE86E6383D7AFA173EEDBF653DB93F213EF103AB3D5DF732BEB8A92DBE64A1C7BC36F7EEBDB04E0FBEDDE18D3D4C251C3E62B0C53C5F752DBE551E8E3DDCD1823D99D200BEC2A8AC3CA2820EBEA5725A3D4630433DB395913CEC8440BDD36600BE8EF8383C51D118BE48FBE9BDE0F5DD3D57F4A6BDF53423BE397FDFBD7700A23D8AB9F03DE759093D85F772BDA526AFBD8E890F3DAB5C213D6988A13D29CAD83C02EA33BE05E6E13B3852E8BDA96514BE076284BDCCFEE8BCEB12D8BDCA80133E6B84503D67051E3DD966A53D950378BD257959BDA1378D3C43A09FBD31AD903BAABA2C3E1E61BF3D0665283EDCF456BD7385493B6C0C8A3D9262E6BD60A1743DD13B87BDD590813CD5D6B43D20742FBE45BFD73C599ACEBCB6F0C0BD5F856D3DE1432D3D21996CBDB116B13C2BF126BE30853C3C9CDB193E2DA929BE0D09D4BD32E31DBE5B99DF3D93F01ABE004374BD46A9D53C666A63BC6433223EDC167A3DCD4DE43D6E79023E2938143E509018BE06A934BC149335BD122AF9BCF51500BA04F2B33D10DAB33C54FC0E3EB15AE23A6DE4AF3C24E3A5BDD31FA13D3820A03D7771153E37CFF4BD40F5793DC625443DA2D888BDE5EA803D390314BE8218283EA56830BE3D02C9BD5B06B0BDC35AF03D1E2C153E32A95B3D0F0348BD9B2908BE320F323EBFBB9E3D91FC9ABD5435143EE965A2BDE53F0E3EC9E4D4BC4E4F053E3185003D519B023E9935B73CE9D42EBEA40CB73DA113233EF38E30BE35D73D3DA67E8DBC72C2033EBEF4233E16E31C3ECD3A0C3EC91AB4BD097A2CBEED3320BE86A0C4BD9F04183EB0BBDABDA9390DBDA67C0DBE1C0BA9BD1FFA1BBDB64AA43B3BB23A3D8D095A3DCA5189BDAC71EF3A7623B8BD443D123E813CC1BD364E193EE0CD31BE1C008BBD820013BEFCE372BDAFFB983D5B420B3D443FDF3D4200F1BC6AA0953C480E26BEE439963D430E1EBDA64C923DB2B793BD697D2F3D318A263E5ABB2A3D099F2EBE9DF9C1BDCECC30BEAB63C83D585DB83C7422B0BDCACA06BD9CE1DFBCFE71A13C09AFC5BD0D45C0BDA0F3923D3DD6833D1F5CC6BDC8059D3CE5F3DF3D1ADB1BBEF749D13DADFD3DBD42B667BD3151D13D0B14DDBDA8EC3E3DE923FABD40FD183E7EDCF93D356B863D7C120D3D4AE4863D25BD1EBED9DFDC3D987E073C2CE5343E382295BDD653A43D0E6ADDBDE9081EBE391A0CBE5096E4BDB322BABD941FCA3D9AF674BD30E3FB3BC85814BE4D7284BB1B56203E24081B3E584B1DBD7DD90D3EBF8C1E3E7E28E1BDD3A3A3BD4A4E06BE6E16743D8E5C26BDECA6703D149BA03D505A03BECC20213E7CF21BBE81D1D6BDF862F7BD13081ABD94271B3DC1C9FDBDFDCAB8BD17D1B8BD140C3B3D7D5620BDAEF382BD5719D1BD093CC03DD378EC3BA50236BDC8F701BDE19E523D1613583D1F62053E4DDCD43D1EF9CFBCAF967C3DF0C1083DAB2317BD37940E3E9BE3A13DFD012F3E2132AEBD046E323D18CEBA3DE0F602BE9265973D13DD47BD0C12C3BCB81BC6BD0867C3BB200B33BE2A0087BDC4E4333E4FB71BBE5EC87A3DE76EE6BDD7B67F3DE45C303E55A4C0BDD17226BEF19BB93C896E0D3E7FDB0B3E0051003BFF9726BCB12633BE876C06BE60CAD53D42ED263E0EAEFFBD7F9A093E67608C3D19C502BEA15CC83D59F3973D3098CB3D8321E53B17B8B9BB6CE72F3E45AF79BC4CAA2ABE3BD8DFBD8862203D938596BD03B508BEBB7CC7BD054EF5BDD4DA01BE58924F3D194DB7BDF07EE5BC11CF9FBD72C4293E27001B3E44FE0CBE825F1BBE890500BE681EAABD8358FEBB79486D3DE843D8BDEB9222BEEE1F073C189EE53C2FA210BEAE8180BDCCA732BE1F9CBCBD03D893BD8A76AD3DB8D1923D23C41BBCBD3C08BE2460CB3C3638013E4264173C6B9F173EAA462F3EEF1115BE73D3023E89402ABE7CE0343E24BCAB3C746FDEBDF411123E5DDA133ECACD0FBE77CE69BC5AA29D3D035B90BDDA619F3D62A6D83D312CEA3D140F1E3EDAD61ABE487FA8BD6CCBC23C7144DE3C601FD1BD2F86EC3D9643D23DFFDE06BE1820813CECC128BECD13193E9ECE483DC8FD143EEB548DBDAF72F8BDB1F2423D98B6E63DFE901ABE946CD8BD07A8BFBD8E8230BE542295BDAF611DBD1ECCB4BDBFBB8BBD7E23DCBD1AB48D3D991016BE8398833D0BEE08BDB664B23CA3DFFA3D048B1BBD06B10EBE7D7E88BD875E8E3DB168A33DE234E93D157A21BDE35EB0BCF96AE33DD5B9183E020F1F3CBC03203DC0E02ABEEA006E3C7DEB87BBAEC0083CCFD11A3ED060A73C581AA1BD87B531BD310B083E94579A3CD7E912BEC9F1EC3D99E7DFBD5C14663DDCA8BA3BEBB42BBE082B6ABD96C0DB3DCFC164BDD2AC25BE00650DBE9470EB3D0A10C23D1996AABDC988B43D7B95B6BDA8E8A9BC88C321BDDC5B563D14E60DBEA82494BCAED9A6BDCE61BBBDE80CB9BD7A0095BC58E5703DB1805BBD2FA002BD0E7B853D9A45D73B3E3B4E3C74D06EBDF313D33C068334BED229F63D4906B7BD1253AF3CA65331BEDD682DBE75C557BDD749DABD20113D3D040227BE683B81BA2E7E30BE11CAA63D303CDEBD309505BE634B17BEB94C973DD32FBABD9297A33DFCCEDD3D49D2D5BCD7A403BE45645C3DF7DD1E3E1E5E9F3D176B9C3D65D8D13DC3BD3BBD7E11193D9AFF84BD6595043EC1B8F6BD54D1FEBD978B8A3B39C768BD6A32133E002EF5BD415D883D63DB0E3C91414DBD420A07BE3C51B43D841A0C3E23CF873DCF73D9BD0DD87B3D8FD7743DC2E1063E7BEC0A3E793931BEA95D15BE648BA8BDA672DD3DBA0B9F3D357D25BEFF13D33C20CF01BDC558493D30FC363D1A326ABD496015BEF1ABB43C6D86C23D81D6BE3DC262F9BDD39C27BEE73CBDBDCEA5D9BC0D46673C14CB5E3DB6B903BE8C1928BC51769EBC6C762EBE8A37833DD69CD4BCD26AC5BCF0BB293E99CF05BED977FEBDA7835BBD5FBFFFBC6091EC3D8EB966BDB6E61FBE5DB05EBCCF451C3E00D0933DCAE18B3D581E2EBEA85A18BECD23033EB69AEE3D32ACACBD1BFBB23C50AB99BDA4FE06BE3844DC3D4D31393D77CC39BD0FED0B3C46279ABD07C4053EBA5C01BE213F283E7B81953CB0B68D3D2609F23D7B63F4BDFD64A13DE335D03D6C1232BD474A40BD3D05783B272FD13DDCB810BB6257EEBDE355E0BD27A475BCCFE1533D935A32BE0C401EBD546C153E330611BC509718BE6951DCBD5510BDBD391467BDD3DB32BEEF216D3D1219DFBD69027C3D736B05BEF81B6DBD9F1FE3BC531E003EA5BC10BE07E7FEBDAA3C11BEAEDA81BCE3E41B3E01C196BBB6EF2FBE5B5CF6BCFD77B9BDA43DC1BD44E5BCBC2707C9BD136815BE5C74033EFC6C2CBE7BFD2FBE0B20A6BDBB15E6BD9846EDBD58B5303E53EB1ABE23D5F63D4CA3303E27739BBD081DA33D8CDFED3CB40C9C393F0198BD940396BD09F7973D1AEB76BCBA3F9A3D71B1243D9D71153D0081183DB865E6BC595A0D3EAEF3233EA231D2BC9BEBD5BDF993A8BD119F33BC4BD012BD6099DBBD4C4C683D54C3CA3D9F1F953D122A333E682D1C3CE1454D3CAAA825BD3E89BEBCD85CD0BD844447BD0AF73A3DF5C331BD428B3D3CE1A0A03D3766F33D59F3F33D260F2DBEBAE6A43D0215DABDB89A23BE8284A8BDAF005BBDFAD2BA3DE95C583C784ABDBDCE6A063E0A7F413D94B3273EBBE50D3EC5A4043C0147DE3D4F4414BE0FB50ABEF957083E2974143C5C0969BDE03F88BDA53A2FBE9A1AEA3D4900183EB68AE0BD9E5528BEDF94B4BCB5D9A33C507825BED20A1DBD8E1005BED023883DEB5771BD5B6EBBBDEC0927BE316841BD2E0A233E129FB639FACDAF3D971C3A3DFCF531BEEA0FD83D11C69A3D74BB2EBE62B572BD435B743D1C460C3E0A9A21BEEA5A403DE549913D0291733D75D17DBD822DD53DFCABEB3D2DA4113EC24614BE4CF82F3E2E23AA3D9719823D409DE2BD7589ED3DA9FEE53B84828F3D0C6801BE09AFA33DAA8217BDD09160BD6C97293E8E2BB93B05B60EBD6C289F3CB224003D51CCBABD6AB381BD2A081EBD5BAF1CBE5BDF2F3EA59FAEBBB492CE3D15400A3EBF01DBBD82122E3D97C8AABC8AC9E7BDE50A173D06A934BEDCA4193ED98A8DBD04E7913DDDF85ABD304DA83D2C5544BDF33DFA3D52D2CC3D2501013E045E093E2806B93D7C18FC3DEF97DE3DFACEAEBCE17AC4BD897BF83D3D3D233EF580A2BD205BF5BDB4FA003B08DC8FBDD779AD3CA6F5E03C6683EC3D3C8D3FBC214C0BBE2802A8BD0832DCBDB9E9F63DA7E90D3E69F8A53D4FF8C5BDE32EBEBD05240E3EE92F7CBBF0AD143EC2AF18BD070E423D9499DABD18E3D63D94F59B3DC1105ABC4F25F93D9D10573DEB88083E86ABF3BD2339263EB17FACBD4449863D16316E3C50DFB53DF9ED09BED640273E532AABBDCF9B823C9D0426BE390FDBBAD027883CCAD60E3C956B083E8B3CF9BD9B6453BD86EC4FBB7D3C9A3B3B6771BDDF0A2F3E9C15533D6073F7BDF00DF93D550923BCF0F103BEBA71D8BDBAE40E3ED776C33DA78A993DA4B69ABC5FDED1BD2758F33DB25A013C3D6D173ED83B2EBEF8172C3EBB9B2E3E0102ACBD8254D13D6BBB7EBDA11C263DEA48303EF9A8943D2C15D6BD01DE313E727A5E3D952811BE97A409BE0EF62CBE44F2EB3DD1A9A4BC190B1EBE5CC42D3EAC50293C08A647BC25EEB4BBB6D99E3CE369F0BD81C395BC5FA7773D16C34C3D7E611FBE6A008CBBBBDE653D0C962E3E18D74ABCA140243EF7FE01BE0B99B33DD75F063DB982793B84452ABEBD53103ED71B873D6BD812BE0E6573BD7CBEABBC8472483D943EB53DB0A09EBD02EAE33D4D27CEBDEE3CD1BCBC3A0FBDDE1399BDB27F263EAC02D33C3BAF523D2A37F6BD94A225BE117D1CBDA2CDD73C6B11113E3EAF84BDC5541DBE554DC93D3DF09C3D6FCC153C1FC5223EF22F0F3E1AA502BE1D21003D5C6812BE450FB93B92A9153EE04CC8BD72A8E3BC88A5153EB2FAB03D9D22AB3D",
      torch_tensor_4_torch.float32: "0x040000000000803FCDCCCC3D0AD7233C6F12833A",
      torch_tensor_96_32_torch.float32: "0x040000001819CEBDC8A9DDBD035E263D7C96283DC5D8ECBD1584113EA1B9A8BD701F90BD1CE7533DC70D593D0D3590BD1EBA43BCFA96173EAB4BFFBD612694BAF9DE993DC19BE5BCEBE92E3EF651BFBD585A303EB1E016BDEFC6EFBDC94E213EC9FC1FBEB632C2BDD2E550BD29EE153ECCD9A93DD3A5BEBD4A88D1BD486FD23B9C900B3E03549ABD752DC1BB54BB263E0FE9FCBDD89D253E872B24BEDDDD59BD158AFB3D4DEC36BD946F183EEF6131BE2F3BCD3CE4615FBDEDBD123E771F35BBD4E122BE6A96F03C420A253E91B31E3E4ED5133D64A69E3D84413E3967F11CBE83A70BBED1D6A83D922C0D3E4416D2BDC800BE3D18DCCDBDDF7250BC7D6BE43DC94A443D0A60063B9BD4B7BB83E4623D92FE143E28401D3E258C233BD56B74BD79B0E43D907412BE83D4213E0E8056BDB7D72F3E707C2BBD8229D93D0383F4BD86685ABC36CB28BE0FF9B93D3175E1BCFA336FBC5C34E53D8304DA3DF1FD02BD4FDEB73DB4C6E8BDA3B10FBCEDA1AB3D3D40053EB65FB13D09369C3D8877093E64E0A3BDDA9FD2BDD0E599BD50DCC13DC18834BE20EA123E5F46EBBDF43DC13DA5247BBD58DA26BEAD72D43C36521E3C524029BDE9CB83BC3EED2E3E06EBCEBD34431EBED86AC3BD4A0B9CBB319887BD119ED1BDB3FF183EAC0B5EBD44F4B83C5364053EE393E93DB15DF03DF15661BD4CF86D3D79B8C73DF1FFD6BDEFDBE1BDEE52A03DE6C92EBE67E2A3BD722B15BE38A6C1BD4AE8303D5EA0FBBC4A352ABDEAC0D53D3F8812BE9758EBBD634FC73D35DA31BD63F0DE3D7EAD773D1D3C2F3DBDB6B6BDE86F813C894DD13DEBB534BEC934F3BDCF4ECC3DF3FDFFBC1D9D023DF46F0D3DBA34ACBD44B6293E15A9A5BB0767143EB7F8373D4433CEBDA6C214BDD007183E57AB323E29E1B7BD11C91FBD84D969BD5D4F113E9FCDEEBCA52330BD532D2A3E3F312E3EE4F6893D8623323D891E463D63FD87BD3E7AD23C6299053E1DEB35BD7B08F5BD2F59F43D7C32F13DE3641DBE9749163DB7759FBCDC2516BD20A6D9BDFF509ABD644D183E4F90DABD2DC630BE67B1233D2E9FDE3D31C1963D3BAD0B3E4D93CA3C61726B3DFC11313D3617D53C77998FBD975E323D1009843D9ECB6D3D9E725B3D3F11EE3D0A78FFBC2CF08F3DB05AE93DC29AFA3DA6E9CFBDE3B622BD4545E43D39A83EBC8EB8203E6B7A0BBDF5FF16BE999A2B3D320AEEBD4BB531BE9E2544BDC6ABF63DA8DD223E3A6B373D89ED003E19E9BCBD4EFC143E8B729D3C224C3CBD50A020BD17F4203E8CDEB83DAEFA7FBDE896F33D1157CB3DCF7FDD3D53AEF03D64EF653DF8E52C3DAC253E3D1FCD21BE806AF13D10600E3D4065913DEBA03C3D8B27DBBD0EFDB3BDCA7F2CBDBEE4193E57999A3D9893F7BD604D3FBDA45653BD30010EBE12EBC1BDBB4DEDBD8E9810BED8E3E33C31CF6E3DA0B4D6BDC1E86FBD77424FBA53D78FBDB3B448BD86260BBEF465163E6A3A33BEA3E5973D61ED18BE18F0FBBD8433CD3D6271183E238F193EF3DC0C3E53662ABECCC9B43DE99501BEB04E283D9555DFBDDBC583BC2CACBDBD346FE5BCB992013E47FF343E287B7B3CFCD717BE80E7263ECBAD87BC51057EBD78A3CB3DEDB2113E4C32A1BD0345F83C7D3A0BBEA89E24BDFA46C83DDCEA91BCFA5C1BBE0CD6FCBDDDA40A3E87FD6ABDCF8C81BD5308993DA6A9D7BD068634BCF6B7DA3D6FFD41BD153BB63D467A373A8A9BBEBC461E35BDC65FF1BDED271C3E7AFD803DCD620A3DB816B03CF2D717BE634ED33D89C2433DF17669BDB627253E54DBD4BDC2E9C93D00E4D6BD38CCAFBD17BD9BBDA6AB46BD8982C43DA49D213EC94F36BC89F51E3EFA6918BD813F06BE24D3B4BD0BC1D4BD529432BE8D00F0BC2999F53DA43D103E44B37A3DF808C43DD29ABABD3C34C0BDC6B8D3BDC86E303ED134AE3DD71A7ABD6B8FE23D087D4D3C5EF12CBC80F8BABCD1D5DA3DA703813DC518243DD57845BD4CB3033EBE49C5BD7F0239BDEF0CBCBCA96481BD1937ADBD24A002BC08FB1ABD2FDD47BD0582FC3C6F8225BEA102F0BAAF2329BEE08451BB03958DBC03EA2C3EBB6E313E506FA03D249C91BD09270D3E00D9CDBC842B2BBEE56A7ABDC330B03DB6C8053E45A112BE82ABF8BD730E57BC761399BC3C1D1C3EB72F25BEF173B3BD20ECE6BDDDE8173D786036BD00ECEF3A111EF1BD52F76A3D62E033BC34252F3E2D6002BE1478DABBF597F3BDADB76F3C0205993D2696743D074400BEE15DE1BD1A1310BE09B6CCBD420CE03A1650C0BCF50DD43D7329753D43E205BC354DA4BDC46312BE43AD423D2EC318BEE456B8BAF3FC173D490B4B3D4CDBCF3DE2A0C33D48E9D4BD9641A2BDAF04183B1AC0E1BD8498A23D6D49AFBD862EDD3D2447CA3D85FD143E4865EC3D15C6AE3D2F852EBE7015343E9601123EE62FAABCBDFAACBD7615EFBDC83E1C3E1908EA3B2DC78ABD66E8DEBC0A314D3D442D48BC3BAF0FBD5F9B22BEC9B01ABE4097FDBCFA92E63CADB885BCB8AB1ABEB397193E0979CC3D2EAAC6BD067A80BD3675D53D242EFABD4361803B7064BE3D1672463D83E5BBBD08250F3E0FB712BEB261F33DFBA6B6BD0580CEBD6EBD003DA76934BCBD0106BE9FF133BDDE1122BD48C3B53DA22813BEBDFD53BB7ED5183ECC6918BCEF510B3CDFD270BDADB678BD70D117BD00D596BD128A093E72FD1F3E895526BE674DCBBD1ADD2ABEB46FE3BC5315B93C8988133E2B87B139B7B01FBE1C46F5BC32C92ABE501CA7BCD020873DD2F0BC3D0C79EE3DF1600F3E9AE67DBD18CF313E727BC8BCCCD5FBBCB60B4E3D2FD6B1BB8501BE3B05752FBE6A2017BE07270DBEF08E3B3DA5CD593DF32211BD24A9213EFE252ABE428313BEB1E0AD3D0855C3BDE411FE3C7C2912BD3BF2DA3C993E1ABE32C1DBBD51AC0A3D10E0983D2A1377BDD45B3FBC1DA1C1BD59A5E8BDBE5310BD0C4CE53DC9B3283DE9DFF83CAFFB29BECF480BBDC0104EBDFAC8973CABA015BEA019B03D07DFDF3DF22F643C0FA32FBE2871E8BBA33E80BDBD5216BE0D13D0BDFEBB2BBE15EDEB3CEDB8BABD81E218BEFD4112BD2F1C8B3D012199BD5278CE3D3851D2BD20E7F63D9CAC1E3D51D0F7BD788B1FBE951741BD1F0533BED33BE2BDD2E9BD3D7FE222BE9DF7C53D0CE3DBBCFEDAF43D3C04433D5C03523C5AB94ABD8982093E9F352D3E32DE303EC34F05BEF65409BE3DDAA33C7C71303EA618A2BCA3D22BBE182586BD1DF903BE7C1CBF3DF882E3B9C3298B3C58BE32BEA1EEDA3D8C3CA23D31FC073D23AEF23D9AFBAEBD032318BEF265AA3B6E1DBEBDB69D0D3EFDDEA9BDD417D33D2ADF9FBD2481C5BD4DC83B3C1D65043EBEDD6CBD11B7803D2903213E20B32BBE40F81EBD8FCA33BE0AC2B2BDCD18FF3CEA568CBD0DF40DBD78EABE3CCCE724BE264AAABC0965623D106F93BB74AD95BDCBFC023DE8F22BBEAF9E2C3D7535C1BD6E37053D50C0913D979E04BE0A65B7BD50850A3E6DA48FBDFBD4313E103BFDBC7AC9F73D3C8A753D44D80EBE686F2C3E0D3B273EF142D5BDF649A4BD1EEDC3BC3CB834BE65A5873C28D353BD81D0023E4702C1BD88F0223EE18D25BDC38800BECCCB27BED57DD03BBC63253E4A178B3D1E72CD3D7C4B8B3D9BA931BEA5CF2D3DECBA803DD7BB993CADBFDABDEC8339BD2CEDDC3D1FAC9ABDB0854A3D6F6A7E3D92DCA9BD2BBDD1BD85DC1BBEDE53093E0C60D6BD666D573DF4C4BB3DA860B2BD304A273E82300C3E87021BBE3F2AEA3D42CB15BE5B741F3EB3F727BECEE027BE42EE143EA4F185BD52E9053E86F72EBD44B941BD4C1BABBD8B9A123E719F23BE5225D53D4B2F943DCD2AB9BC907D943DDDF1933DD08131BE92979238DEFD863D025F033E6A4E84BA6EAA29BE07CC26BE600F793CBD06F2BD886E3D3C9941D6BD224C16BE0DD8E43DF8D02BBE96358F3C2DB296BD4D482DBDC2EBF3BD9831A9BD063CFDBD8800B5BD2A39AF3D14032BBDF8FAE33D3647323EF771093ED50CB4BD79A9873D166EEC3D909B23BEF2CF203EFCBF0EBCF5D81ABDF6A132BE452B453DBBF60BBEF1228A3C602BB7BD4C7BDC3DE55615BE1072CFBC39D4B03CD991233EE78EC6BD82D9BE3DAE48BF3DF76C2EBEB988853B175F7B3D63EDC4BDB5EF053EB742413D0E9ADC3DBDD321BE4922E13C1B5DE1BC6DBF5BBD9A212ABDBBEBCABCC4E7003EFA636ABDFD62313E6C3B9F3D179CADBDEF86C83D50B98EBC6C88F9BC36DC163E78ED183E619C073E0FF917BD0E41B33DB491793D74E4C53D485DAFBD033AFB3DBC1016BD06C637BC86B6BBBDE4EFF7BC02BC283E1A24FBBD2363D93DF45BC43CE9ABBEBD5E538E3D0672803D63B5263EF559A83DEF232E3EC837EA3C0EF5203D97CE10BE345684BDBBFAF93D4A3F06BDE2336C3D9F740BBEE1230FBE2E2A96BD3C0B0B3E4AA8043E2582A3BD7268713DACC99BBDA819973DD0BF89BDA97A25BE24D195BDBBF1593CF14609BCBCD062BD945D683DD87EFDBDB084F53C085116BE6D6EA13D18E909BEF93627BE59D87D3D4FA4F9BABCD5723C0ED0F6BDA8B5D1BD110212BE8AE2083EA6A016BE9701CA3C177091BC5308223EAB8025BDF3BCA9BD1395873D7AA3273ECD49283EBF2986BDD8AC8B3D2C74923DDA5D123C8F4ABFBD28A2513D9EE9D53C06C9ABBDE1819B3D12150C3EE80760BDF079A33BF9CC803D887218BE0661033EFC1099BD282C0D3E61EC28BEAC5266BD4BBE2A3DC4AA9E3D5032173E12155DBDB26F253D574107BCA328C63C60BA07BE5E9C003E93E118BE73F7E2BC9B992A3E75E2F7BCC85174BDF9A4ABBD1B801B3E55602FBD4A0406BDCF8CB63D591CC0BDA97BB2BD65178C3B195F5CBC6C1305BE76B1A4BCB61C773D734DAD3D55CD0CBEC23B553D4F9B123E9338323E5378CDBDD92514BD98A48CBCF314F6BD45719E3DE9D9A43D4C1DF5BD4869F23B8D8C1A3E7A65B83C52A9E53C158FAEBD4F2FFDBC29C407BE5286A13D4E7386BCA0230F3E359E6D3DB1AE043EBD9EB2BC186FE13D51150D3E68641CBD28EE2E3E33064CBD38445E3DABD814BEF55707BE418B063EBC5351BC2261333EBDFC543D866B983D1A13833D988A93BC1B042ABEFF8D133B092E273D32C1C83D046CE23C3C0831BE5A96413D1C02053C55E7B13B73D2873D9912333E3D2CBBBD05FBD9BDE02E853C1C3006BEE24260BDA96EB1BD7290A93D4008AF3C11DA2D3E060989BDA11D3E3C0699BDBD53F27F3DE785B83DA110F03DC16A56BC8098D53D0686773D63A19EBD71DA91BD75C31CBEBF46D6BD2DCB17BE3CAEA4BCA62921BC46D8C43DE534213E9F1FB13C9BCF28BDE94C503D5CB81D3EECE7043EF33F31BEAFC92CBE2D630A3D596DCE3D589E143E16C52E3EBEF772BD5213233D260EE83D0A7E793C24DA063E997C003D7E40D8BC25B2A93D15F509BE7874143EC1C0F43D90B92ABDD8BA80BDFA0456BDA74A2DBED993A9BD215FC13929E0AB3CE82E07BE8A13213E8423493B71BF153B84B5313E050B9B3DA99957BC0531163E43ACDE3DED21F3BCBD1B3C3DF1D72EBE7D33F63D92E2E63DF1A32C3D408D8EBC18550BBED9200D3EEF1279BD6F520FBE0F5981BCF0E6B9BDBE70EB3D9DFCD93D2CCC9FBD395A1F3EB950933DE2A4123E321318BE96D20E3EADAC5DBC4A63213E8B3ABCBDF05228BE08CEA0BC056866BD80C20FBE12AA6EBDF817603DB53A64BD597ECFBDF4B4A23D1EC023BDA123133EE4110CBDA00221BE8B36EABDE52F2EBE32CA163C2925973DD1F22FBEA93FC6BCA814A13D2186F03DFC81303E6B6943BD9312F8BDFDC80B3E80DC883D155192BCD2E3F83D78AFCF3D0EA1B33C86FC333ECD2C0EBECCD92E3E5912ADBDB7CCA93DA93886BC36D7CDBD606DB63D1DF92FBE60DDFB3D3F09B53DB36AAABDF05A7BBDA507EA3DF375293DD766743DBE00E1BDB6AF263E401D08BDE342F63D83790BBE748FA43D535CD43D47C8333D9D33473DB6B80F3D04130DBDEB510BBEEB571D3D0D258CBC08BE03BDFDE8A5BD55F2EFBD632AB8BDF56C943C44BBAABDE3065CBCBB6497BDF42E143CD4ABACBDC3AA25BC3F0787BDF637D0BC1F4397BD0189173D561D973DE68A033B08AD0A3EF6D6803D6AEAB33D8140D23D2F72DBBD5B5FF7BDF4371BBED7BF1E3E35237BBDA4F7063EF124103DA475F9BD0C8FC3BDC17AA13D8533A83DCD5D1EBE5061C63DDB1CB8BD115D90BD7AEFEEBD611210BD7A0925BE4F9030BE14B309BEB97B203E8CDB04BD9F64993D2197BABD5FE195BDB1E5C93DBAC361BB2170513DA419BABD5976E83DB9753FBCDBE0CF3B668A0E3DCC6F1DBED7C1C93D33C9273E33AC11BE1CE2E33D115653BC568A1B3EB8BD2CBEE9E671BC2682E4BC65336CBD131EE7BDE2D0393D8BFAB8BD5E56E53C9935AC3D6C62E73D784BE63D75BC05BE0505F33D0B9A0C3E26EA1B3E24BDD43CBD1278BD61E1A2BC3346083EF8BD0C3E3A5B033EE2BC29BE59CD57BDC70C1EBEA772843D3445143D759694BCEC7F173DC257DDBD4C46923D5D5023BE38F2953DAF3D22BEDDDE9DBDBA30B03D1CD7ED3C8F06F7BD6FF224BE275EC63CCD7C29BD90410C3EAF68B1BDA1F8F3BD9FC4E7BA00C203BE12F27DBD7DBA483DE68012BDA9DBB23DDE25FC3D273903BE8C5D03BE4CA00F3E31F21BBE5C00733DF1CBD13D2353623DAF66D33D1920153D5DB1193D58502F3EEBA5913C942117BE668E0F3E4C0A22BEE6021C3EED05CBBD346524BDF904D0BD049A18BDDB02F7BD3869803CA33B3ABDE35BBCBD9997203ED71D333E2C89193EC7EAE8BD63C5F5BC4CADD0BCFBA3C43D0A8B233D88FC9FBD57BADE3D51C8E2BDC17432BA6B027FBD2986313E3981853DD0AC913CA11AD8BDE2C3DE3D64F71EBE980244BC27202A3EE56E893DFF7E9FBBD194B63B9558943DA71FECBD0D8E0C3E83DF30BEB567C93D490D1C3E3238A83D77AF07BE172DC83B18DEFFBDD6F701BE5F729ABD5093AE3DBE7BDD3DA55918BE9BD4DB3DCFF655BD9D43D73C8C801ABCD9CFB2BDAAE23FBDDCB2213EBF30D0BD741DBCBD07B0CC3DFBACC93D6B7CDD3CC1577BBD41701FBE4920B93D2A3E88BD5C6726BD8AFC693DBC06143CC1C1F3BDB4C3763D2517A0BD1C3F263E94821F3DD0980FBE4A0A7A3D8284AEBC4345313EF0F3C4BCEAFBD5BBF15021BE7FA51E3E86CB893C1AF8A5BD2ACF2E3ED82AD9BDC7389A3C2A7A223EB1E3073E9B582C3EBEB6B33DBA112D3E18640C3D383D033EE84F31BE06BC1DBE5ABA173EED0E0C3E3BC653BC2243A6BD028D55BD072805BE6F731F3E8549D83D2C4D2B3EF6DDA13DFC86EDBC2418893DD5DDF0BD4A0105BE1E5C9F3D83A893BACAA274BD79478FBDA3426DBDFA281E3E0358633DCEC4F9BDCE76BB3C880B643C6BC1393D8C8AAB3D6389FD3D44348C3DD7581E3E43C9173E2796163EAF9D8BBC4715033E75849ABD7DFF3D3D6702C5BDE2951F3ED3EE353D3CDD7D3DED90D83D396B10BE773BE1BD71EFBC3DBE53D8BD2BB25F3DD804883DB449D33D323507BE6E7D7F3D92F69CBD8A6CF43CD12764BC198CCEBDC2FF333E8902083DCBFA1A3E9A8B1CBE77A18FBD15AE20BE8E93D0BD949BDE3D8955873CAB85023E0B1D1C3E8FD6E4BC74700DBE6FA07F3DF143ED3B0BFC1DBEEC66603DBCA9003E5DA22E3D029368BDD394E53DB61CC93CBAEE2ABEBB8F3B3C7615343EBC65A6BD83016A3D39D592BDCF910EBE209BED3D65932D3E3ECA373DE9A8CA3D058E78BD0F89E1BDFE6ABEBDE633D2BD41321E3E21041CBD77E729BE25ABD63D2B31413B149679BD570EC03DC1B9D1BD308AAA3DFD523F3C20D3173E847012BECE2FBEBD20B15CBB3B5E1E3EEECD2C3E3ECA893C236F89BD242CAA3C8A2800BDF9D798BC1F72A23D931E5CBD65EF253E2581093D057F0EBC071A083E091C11BE476B903D07AA01BE9E36883CBE6A1D3EB282B03D6B291A3E041D803DA4FD6EBDAB64F7BDBE148A3DDC38B43DC12E293E6B8402BE63871CBC03A0243EDE2229BDF87B90BD05BF993D804813BEA69AEDBCDFBE643CEE2AFBBDBB5D213EE625A63D9FD32E3EBC5A15BE7B023CBDFFAF99BC74EEC9BB045056BDC312FABDD115663DF7E300BE083FF6BD25F284BD9D24163EE6F7103EC6F40FBEB43604BE63A4E6BDF50B39BD8524583B320928BDE7CE073E288C0B3E6FBCF6BAAEE391BD8392033E712F873CB88FF0BD55BA09BE0D13EBBDC2BD8BBD30891A3DCE17013DABF71B3E66CE613D6551333D0E8EBF3DBA53CCBDC6E5CF3DBCB0133DED8D163ECA0432BEC200B8BC3B0DEFBD6EEE13BEA5E18F3D2B80273DC656F03A4A67E2BC920BE7BDFA120B3E482C18BB2B4DA33DDCA29BBC09898BBDC9EB96BC522808BDCFAC34BEEEA509BE114B303DA292E43D4DD2AABD03D34DBD2B80F5BD093B5C3A7538B9BA931966BD166CDFBD81EB1D3DB01AA3BDF484BEBCB2B71CBE9912543C4AF1CC3CC3EA2D3E70161A3DEC8EA23DEC78903DB2DED2BDC7B1DE3AA7F7E13CEC47603DA546233EE73F17BE4240A03D6E59863D8B052D3DF84132BE53D6073E5783BA3C1497C6BDDE262F3EB27FF5BDCBBCA1BDB6AD963DA705AD3D58E7333E03AF88BD64E3003DEA29263EE00DB3BDF058EEBDB9DD3DBCF4520DBECD17C1BD3B488E3DC8AC21BE9242143E722323BE1D44F4BD7D82303EA6255CBD9A080FBEB18B333ED823F63DEA3E843D22CDE63CB675233E4D0EEFBD944EB5BDB633A1BD0F2825BD82FD343EEDDE32BEBEBCC63DCAE7F63CC4E3D0BD21A0F8BDFEEFF5BD2707433D59BDDD3DE3EB39BC8045F3BCB47E35BD301E143EC167D73DF6567B3DFB701DBED130AEBDC74E17BD614024BE25E4583D11D9F93DF9DB13BE0417373D83FB2DBEDA8B353DAB4AA4BD1B8B45BD262FC3BD69121FBDF408D4BD4EA6EDBD1A3F0C3D051CDF3CBFCB143E55A956BD37CB4C3DCD7613BEEDE011BE31CABFBDFC39063DE7EF753DB251173C09F029BB4796F93DDADA1BBC04CE2CBBFFD7D5BDCE5E6E3D699D0E3E80ED5B3D249CDA3CE5CB34BE027B43BD5B7EB0BC0991C13D9EB2A5BDD865193ED9BC5A3D65ED383D059E18BE2791F53C8632C2BD7D67403DABB0BFBD4528D93D30C9D6BD3A773FBA2200913DDB2FD43DC78604BE32C8223E491AA23D9AEA2FBE7736BCBD34521A3E60AE263E7C59263D21BEC5BBFFD91A3D6ECA9C3C11690EBE358ED23D230BFA3DCE6116BE1822A0BD7DB22EBEE0330F3ECF781F3D75001E3E95E639BD3966F4BC50BAFABDDF5DCEBD8923EFBC4295B03DC6C49C3D70F00B3E0582A83DB734763D49FC00BE5B51A33D457925BE2F3E6FBD9FE2C93D2664DABCD19DCABBC0ED853DE509DC3CEF6E33BE4E4D0ABE76FB983C83B6F63C11D540BC09C9F93D657BE03D1333BA3DC75F9EBDDB0B483D373F0CBD9B659B3C0685313E66C51E3E745E2F3ECF1FA83D0C7DA43CF027623D13B1ADBDFD36F23DA18602BED59752BD205F1A3EF71871BC5CF2C43DE45B483D46FD183D1FC367BC2B18643B2764D7BD92CA203E5E8B8D3DE9CADE3D7A60283E3B81D53B476BEC3D396FC23D01A1DC3D5F0AD93DDE67E53BA4BA2B3E02BCA3BD078FE93D07E8A5BD86010D3E0A2C873D90EED0BD5458F33C437631BE4A0C16BECBFBECBDC2E76FBB5D92FEBC55D62EBE71B0E83D782A4A3D72583B3DECDB2ABE1819EF3D4E8BEF3C1CAEADBDD9A37D3C67F730BD1DE4CB3D85024ABC650CB1BC679304BD21203D3CD5631CBD9850DE3DBEDA2E3E735621BE8B4EC63DEACF003E2AD60C3E40FD79BDE1868D3DFDEEC23DDB0D213E5706083EF554CD3D30B2113EB535DFBDA091303CC01AA63D11C90CBE9A5EDE3D3FDA043D857D87BDD2639CBD14C8303E0A8D363D637519BEC0CB233E43D72A3B054E943CF507043E73D912BE6D3F03BE4CEE86BCCC02063E5AE6323EB3ED413D19B4133E70ED9F3DEB06F43D4F068DBCE7BE7BBDB0750D3E6A5620BE1475F53DF81923BDD0EEAFBBCF5F92BD7AE32F3D156FC6BD0413E73D69B18CBC60EBC63D4ADDCABD0C88FD3CF0FFE63D2AFC50BDBC3DE83DCA9F493C9C7C1E3E7010CFBB60251BBED580B6BD6DDEECBC94066DBD4E9CD03DA97DB8BD400F273ED264D8BCFDE7C5BD6B547FBC4358343D9CE931BDE2AF11BD48059C3CB8B6DF3DBED82C3EDD826FBD276FC3BDBA64773A7F710C3E1A8E363A91A6203C2AE20BBE82630C3E60E7C2BD793E99BDB46BE93D021786BDC5870BBE3B98323E9D6CB4BC4526C6BDF59E3F3DCF6C28BD5CBD44BD815F24BE5B34053D011C7BBD33B5EBBDE7C28C3D4F297FBD045401BE7355F03C02D106BE5BCA4C3D9A7A0D3E60BCFF3D230D91BD4AB5EDBDA96BFCBBBE8B083EB8E2C7BD000D01BDFA95B4BDE77A0A3ED217F43CE25504BDECAD79BD7BCAA53DCF3528BEA0F9143CE589043E4836653C2837FA3DA9F2003D0012D63D73CAE83DD57CCF3D8AEA03BE1273223DCE1429BE1346D83D8AC3C3BD26F853BDA3D911BE4767213EE2BC323E1D20383D79785F3CEB275D3C4139CE3D0648DB3D1D3C55BD8634E83C6D710FBD516EFB3DFA4E5F3D50BFD3BDEF94C6BD7A1FA23D13E1863D076359BD6958E3BC73904ABDB713C1BD60413F3D2A53003E49B193BD8FD7633D28CDCFBDB1D0903D8AB00A3D4146383D123F23BD25B1293E3521F7BD4A1B243DEB0128BEE0E1103EA1C45D3DD35542BC346D343E233DCBBD75EE133E4C2F963CF0B7A23D4274903D48A6A0BDF2B0C73CFC94DCBD1F3CA5BD051CDB3D8498AC3DE86F34BE55A38F3D44D8FE3D8C70513CC9B027BDDE71B93C9D8A683B179277BD50F2963DE4BAFE3D96551B3EE5F7F0BD757D2ABD40D8313EA38B9F3D44DDD5BDF42D883B6EDCB33DF5A798BD6CB81EBE05448C3DC493EDBDA603BFBD029C9D3DCE6BB6BB443B0FBDC623033DF9AED9BD54B3CABD416209BC62D7163EC0D4EE3D40DB453D9E6E8BBCBC8F08BDD23A20BC6A7BEB3C3D990C3DFCA52CBEA620C83D8A562B3B8374BA3D92802D3E7CD41B3E1C4DAE3DD2F5653B441412BE9735323EF2CF153DF76CC73D43BA623D0108F13D9299F7BD5BEFF0BDBCDEC23B8AB82CBEF5D5193BB1DD18BE579177BD6A2518BE56E051BDE961EE3D3EED09BDB9783C3DBE8F24BC0C2E10BD3C2A17BE238EFDBD5F81FCBD6416AB3D47D9683CF9A12C3E8D3EB63C45D3F2BD051ED03DD0FAC6BD572111BE09CB98BD4B341D3E3043723D9543313EFA3217BE75296B3D9BDE22BE12FCC23DA4DA023EF3F185BDC966E53D6679983DE668673D25F7DBBD5BB39B3DF92C8ABDBA2C863DE24991BD91CCE73D72D0843D0E2DECBD7CDB2F3E4D7B5F3B34DF0B3D12A734BE3AF2AB3D0506083E85D3E8BD39F6CBBD1B0803BD579EB0BD670D65BD31DD133D72DD213EF45602BD3DAF1EBE6B6B5E3DB1A7E83D3FDB24BEE90CA53D2BB7213E5332A2BC49C9DCBDD03BD3BCF37C27BEEF936DBD764886BD3E28DCBD51D227BEF36D11BECA7E183D7FD2D7BB5F25EB3C7997EC3D6CD8AEBDA4A694BD302F8D3D39FD153C70F6283ED6B712BEEE84CFBBD00E9A3DAAC0B93C17745C3D44B46C3D65B223BE0548253E8302EB3D4641ECBD601EFA3DB93E7A3DE0FB76BDF670E73CBA3684BC8870E53A7BE56B3D93AA003EE81C1C3E90008D3B1B7B633D5EC0C13D73FAC13D1C02E1BD75D9B13C0EBA2F3E48CE1D3E23ADB43DA2FD303D72F6D93DAD56273E31955CBC9CE00E3EC3C91A3E75D49DBD1AD17D3C4E3A933D25B059BD3A58053E93220CBE6FFDD6BDF7F6303E03E4EDBDC6F60D3EA05F213EE8B8963DE409263DE7E2F2BCB5F9F2BBAEB5D73B5BD028BDE190FF3BAB745C3DDA64A43D035B0C3E2223963D43B40A3E4655283DD6D22F3D78B6EB3D350A833CAEFCF2BDABA1C7BDE9CDC83DEDA322BEF66D013D1319273EDF5780BDD411FDBDD972FB3DA794E23DC401A0BD4B41E63DBA6BACBD10A6EBBD8767953D7828213EA25323BE117205BE30304BBDF46E2CBE03B4003E23B7CFBA7254B73C83740F3E88674DBD21AE45BDCCE2883CA65AC9BDB027E13DCB4821BE871F0C3CA44DB2BDAB212A3EA0B22EBE6D0E1C3D4911303CEA24D03DBE94D5BDD8EF67BD1D2E9A3D688295BD16F926BE8AA862BDB11730BD47B3013E0A6CFBBB2A121FBE494DE1B8A78D1ABDE8C0E8BD90CBB83D184362BC769E023C88E58DBC94A5C5BDB4DBC3BC46D22DBE554E343EBB9900BE5777A1BDFD371FBE0D1B2D3EA037B63D714126BD9B0837BC0181283D4305023DEF8F2D3E2A9329BEDB5C003EF2D180BD210912BE753FB6BD9C792F3D524700BD978BCE3D89BE14BE7305D4BDD46835BC171D2D3E328208BECE6CF6BDC0BBBD3DE135B4BD63146DBC25580B3DBF7F1FBEC79C063E7707103CF5A301BE15F7323DD603AA3A00EF1C3DBDAEA73DCA0327BEFB3D8BBD9A203CBD2A8C07BEB9F7C13DEDD2C6BD6B23D73D0AA8AA3D1F76B53DB34BCFBC084721BEB98F9B3C8E27F4BD553E103EB8DC023E9DA521BE3827A93C33B7E5BC6075BC3D6ED3323E0A0CFD3CDC9385BC9A09E3BDDF032D3EFFD562BC8462013DC1F82C3E6A546F3D78A20ABE502905BEFDD7133E5C6E0EBE3E3934BEC7625ABD77E2473DDDE8903D8EB41E3EE249DF3DCA8D99BDAA519DBCE88241BD6169143C769553BD31A979BD3D4B2DBE311B263C914D343DBC6E32BE27D1223E8B3322BEC1E10BBEB1CEF1BD159BD8BD33A528BDB3FB54BDB9B931BBB76929BE5A18E73C1A3B043DE845AABD6B6FDABDE1A5A93D25D1E4BD9637A2BCEB6A21BE5FC4B4BD7617643B8548903DEF1EF03DBAABE1BCE1BCFC3D36AD54BD71990F3E7FF5EABDAC09233E87112FBE46C3253E800D87BD63D2743D5D3D463D4A3FBD3DE556093E00897DBDCCDA12BE8097A8BC382524BE7FB9D83CD30812BEA65A343E780056BDE121233D05C14EBD2C928BBD73170A3BE9442A3EF987EE3B1D2213BE66CC283DDF31DB3BC66AFABD987C0DBE97AA283CEBA7973D52B5953CFDF830BE7423DBBDCB7E203D93E3BABD45311F3E91728CBC28F20C3E078289BC42E391BC84145DBDC86593BCD7F7183C28AB8A3D836FC03C5BB7A53DD0700F3EB820A3BD775C30BEBFD578BD688C413DC8ED00BE7D10AABDCD2889BDA740FBBD024C0E3E381D90BD6AA3233D7E3F7BBBDA4124BE9F5A173A5762403D5786F43DDF49E3BB535E3BBC49AE1C3E9EB2153EA9BBB7BD380235BE789C20BD62B0313ED6ABAD3D0EA4E63DD82411BEE64764BD545C40BA1D1909BD2076583D2DE0A2BD44AAB83D5C81C53DBF6430BD47DF27BD2D3B6C3D05317B3D1D834C3D3AEBC3BDF62FADBD04CA903D5AF0A63DA71F44BDBC3FAB3C23F6D93D43FF3E3D1DBC0DBED81BCEBD51579C3DBF5AF1BDA3A7D5BCE8882ABE68BF393D075601BE2C911D3EEDD59BBD31C42D3E8A6BF1BD45D80A3DC921B9BDFA659ABDD9F8D63D90C228BE593D623DD08CECBD284FACBD6729C3BD45130B3C4580BA3D2CC99CBD6F8DD43DB60B74BBAA7F213E7F6287BD05590F3ECC1FA03DFA01C6BD57E0D93D49C33FBD6E0ECC3D5CABA33DAC7EF03D78AAB3BAB183973D1C71F53C1D5D10BDBD5719BB3AEA2B3E4179E43D2602A5BD747100BE6591CB3DE316283E196A1A3D969CA5BD2268BB3B047AF93D627B19BDB7E7AE3DCB62063E00AF10BE84492EBE95E39FBC666F27BA914C0FBD32EA9ABDFD3F253D717CD63D93AA233EE242533D5513423DF6C8B33C409074BDFD9007BEC86611BE3E2333BE6EAABEBD340D72BD6A04243E100BEF3DB2F989BDB03E703DEB7B073E8D08EABD242F033E8D79D1BDB22EC5BDF69488BDC87B2E3E9619A9BD9C37BF3D89EA57BC1FD5F13D59E515BEC682FC3C1FF322BD14781EBEBE7151BD346A2D3EA089A1BD99551C3EB6451EBECE9480BD7474033EC35A89BD35AB5FBDF1BC263D5406003EF51D9BBD7713A93C4CF313BE9EB978BD6B0A0C3EC01555BCFAC99ABD6DF01A3E05B475BD391F13BE93F94CBD78BA2A3EA3B55FBB8DD3B8BD7E1DAA3D901CA8BDF6C6B7BD1B793B3BC9810D3C2045513DE51C13BE8966A3BDA1B412BDE3232CBE9F2427BD410450BDC36F0B3E19F51C3DACC805BDF084AA3D99DE13BEFB3103BEF0995DBDC9C388BDADAD233E8FD88EBC60FAD4BD3B1C24BE2B9D053E45C12FBEC024453DA3992ABE1432133EE52D08BE212B7D3D9ADFE33CB8F8E4BD3E269D3DC87A0D3E361F08BE53C678BD39A894BCD7294C3D1AF5A43DC7D8B0BD698F783DD8952C3DCC30E43D8691E9BD588F8FBCFA3ADB3D24E575BDF3442A3E385DB9BD8A6799BD0B8F163E283624BEA40C39BD3FEDA0BDB84A6ABD0D95623DAC8B053E6B1990BD243CC3BDEEB7A3BD763F073D23AA93BDDE5F05BD431C353DDA4CF03D7D3200BEE2E7603DD264843D1418153E21F2223E4D80BC3D5F8925BE230C0ABCB585D33B7C3A34BE0A228BBD5A6F9FBCB41E0FBEE48D0EBE007C953D5F6C243E54111EBE2EC8523D4D8DE53D4E94763C099197BD6990923D0E72D0BD03B0D53D35B0773C7E21083D4F75A13D8BA3D6BD6E304BBD98B61FBE2E0CD8BD705507BEE7CD86BC3332F73D2054183EFE4208BB2CF42D3A3CA42EBEEC1715BE3771E53D9084973C0A77313E6B94DC3D867B16BE6E5CA73D1B171D3EAD9B17BA6F71443913B2AEBDF37902BE4B521DBE251BB3BC3E0B81BDD692283DF50FC53D7423F2BDE44F223C61AC133D6EA4A7BDD136053EC46CB0BD048119BCEA31FD3CB01EA1BD101A44BDFBF183BD3513413C538724BDDCAC09BE70B60B3E69188CBDFA2C853BE7BA49BD372BF13D41A35FBD24D595BD799E6DBDAB4641BD74DFEABC70E5AC3DAB0CD1BB266E253E3B890FBED471B23DFC28D1BD858203BED8182D3EEEE8B43D0904BB3D312419BE3CCFBC3DB72C2BBECF10AC3D4A04003E2F998CBD875FD2BD35B64F3D6A8D3FBD8D140ABE34B0633D11B8983CD83F4DBD77BB47BD55CED43BB724E33DE71D27BE1D3B32BE7CA0063EF0E9C9BDC08324BEE7841D3EB9F026BE669524BEE2441FBEA398223CEB1D573D801B153D6DA0A8BDA1C68DBDD74B9BBDF868A7BDEE97BF3DBB46813D8D6C89BDF1C8FEBA5863333E440441BD8FE929BED09AB13DE19FADBD35748FBC1658003E2569F73BCAF9023D8A1EFA3D63E3C03B050A553D140CACBD324717BEDBCC60BD1512C0BBE25DFC3D2B4EA6BD896B5D3C67DC33BEBC5BCCBC88B7173E4BAA023EFEF9E23D8DE6F23D6E89A7BDCEDCC8BB997766BDBA3C1C3EE2E7063EF59C973DA8FD86BD66868EBC757CBABD2EF991B96D96223CCB501E3EF14909BEE8CF533D2BD212BE7ABAF03B0B7C2D3EC814913C905A813CC9F40EBE1B79F6BD185300BE95A2883DCA4403BE0F83B7BDBE7F1A3E6CCB10BCFC50093E938206BD174AD53DB13B283E4E95E0BCE2BB30BECE0F6FBD6147B63DBD3D74BC4B88B5BB03722FBE30B7823D9DD0BA3D7EA8F6BDFD9CE3BD0884FEBD1210BC3D0C1828BEDFBD54BD329EE5BDAEBF8DBDD95B18BEA16E25BED7463ABD02E8D73DBB09E43D8401C3BD27DB2DBE0092073E96CC113EEFB830BD7F1CF6BC0D0275BD572C91BD71F3A0BD062486BDE7013D3D7B1CDBBDAAB25DBD7BD93DBCC79130BD2DAFBFBC396BC43D4C67233E5763653D47752CBEB3EE8E3DCAD108BEB36F1ABEA3A5EEBD17ADDABDB7110C3E5A54013D414AE8BDAFE3D3BD68B9E1BDDD9C9ABD920068BDD04E97BD6A72C0BDA73D11BECDB6AE3CAA8FE3BD3FE3933DB1565E3D28532EBE5CB228BEE675D93D58E1C6BD600FA33D956906BE21A5273EAD0E193E4BC204BC2A646CBD0DCF29BE1C6B05BE4048E9BD6FB19BBDC41E163D5BDD9ABD049EEE3D312F2A3D3A21043E0C52DBBBC76AAC3D56A9EF3D5C2530BE4583113C9951863D5821243E1F7418BE876FB03DFF96DE3D67CAE93D02A8323E78F8073EACFFAF3D006A323EC3927EBCC9DA013E9EA51E3EF06B88BDB60E273EE253783DF826DDBD196930BEBCD7A4BC8A277FBDFE71CDBDFA66973D4F324B3CA23E85BDCD1E293E769FC2BD24D13B3C428584BDD54915BEE3F1BDBD19AF243DD01BB2BDC553933DE4E6013EEE812DBDEA37DB3DF78B2A3E948DCCBD1CF6DCBD52A2E43C7498E03DC3F42CBEFA0EF93D48FF233E6F5F4B3D126C10BD16787FBD7703E0BD28CE43BDA3F50C3E25FB25BE361F05BE5FB909BEFFA8FDBDF456013EF9C5733DE3EC6F3D0755013E1FF4ACBDA34B2D3E858821BE39610C3D8768F7BC1247F7BD349DEBBD7282C9BBF7D623BE864100BE0C67FB3D924E18BEBDB8053DCDB4DA3C9D1E44BCB2B4FBBDA21B223E3D9613BDD6622BBE38429B3DF2361FBE93C029BDB447A93C0FFE17BEFAB3133E062E4B3D9166E7BD359893BCB2A48C3D2D7D4BBCEFCDB53D17500D3EA09C933C5783143E11FF80BDE6C4B23D09E5073DB73AEBBD0C0030BE4702CE3C7FA9F6BDFE20FABD40C5DF3DE6154A3DDFD7B0BD0BFB94BC04F017BE7612EC3D0AC6C3BDD2B314BD1159BFBDFB4273BDA640DEBD31BD13BE1E948FBD5E3C2B3E555F45BDAD9C043E2B9C2DBEDB9A9ABDFAEC06BEB9A5EDBDEFE2163E35575D3DAD6F06BE88D4673CCFBB333EFC0616BE1759CBBD77FDA23D6291133ECDF560BDDA8BA23D5EBDFD3D382D6ABB945F013EF312D43DEBBF243EA8EA1B3E6F6828BD32A7BC3D6546213D075F6E3DEE116EBD657E8B3D90A7E5BD096360BDCB7DED3C92A9F9BC0BE2003C7AE0653D61C6BFBC58003FBD0291553DEE352BBE2FA0563DD140733D34411D3D04D25ABD4399F73DF430AF3DD3D70FBE3E067A3DC2A8F83BE6DF5D3DE3A1013E7B7EF9BCC2F58A3D90E263BDC055283EDB14AD3DA7BBDEBDA999BC3D7AD426BE7AC5013EA157653D131A21BEF3E6933D4D9104BEA5C5AD3D9D3BFB3D2229AFBD55D7F5BAAB393ABCFA1521BE8E4EDDBD5A85813DAB82ABBDD94D0CBEC05081BDC33B2A3EAF892BBEDBC49D3D4014003EFAA1223EF6929B3D35B2B6BD728C173E8FAF1CBEF9B92FBE880BF93C5CA336BDB7855ABD9D9121BEBD2E67BD40F49C3D53A59FBDA2210FBDB9E83ABD0D7200BEA48DC2BCB9A7EF3D2D1A163EE7FEE33D17D700BEE4B4D4BD401BAC3CBF46073EC081D1BDD241A13C84795ABD3AE306BD78BB5B3DCB2D163E5417B63DA1F000BC13D5FC3DD229A63C2ED27ABD167384BDA7B8443DAA5FB4BD08A225BD0F9F8EBC46A3153E6CCFE8BDAD1B05BDE7ED903D6E8AB0BD0A1FB23DABD006BEF9121D3E5BD0A83D4AE10EBE7D8B0C3E9C150BBD7FA2F53DC86DE73C4CB35F3D8936EEBD3B9E303EF9DC56BD9766F1BD40B92FBCA7CE893D5707ED3DF6BDB2BDEB6D2F3DAEA4243E677803BEA0C9223D296A923D4D41ACBBC227C53DFDD3113DABE9163E620E703C",
      torch_tensor_32_torch.float32: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F"
    }
  }
#-}
