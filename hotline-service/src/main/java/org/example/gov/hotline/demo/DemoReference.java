package org.example.gov.hotline.demo;

import java.util.List;

/**
 * The reference data of the local demo: more leaves for the category tree (the migration's tree is the minimal one the
 * tests use), the departments that lead each first- or second-level group in 深圳 and 广州 (the responsibility list is
 * one line per leaf and city, about a hundred), the districts tickets are located in, and the knowledge articles (one
 * per common consult, for each city). Names follow the real bureaus of the two cities.
 */
final class DemoReference {

    private DemoReference() {
    }

    /** A node to add to the tree: code (2/4/6 digits nest by prefix) and name. */
    record Node(String code, String name) {
    }

    static final List<Node> EXTRA_CATEGORIES = List.of(
            new Node("010104", "电梯故障维修"), new Node("010105", "小区停车管理"),
            new Node("0103", "市政设施"), new Node("010301", "道路破损"), new Node("010302", "路灯不亮"),
            new Node("010303", "井盖缺失"), new Node("010304", "垃圾清运不及时"),
            new Node("020103", "无证经营"), new Node("020203", "虚假宣传"), new Node("020204", "网购纠纷"),
            new Node("030103", "地铁服务"), new Node("0302", "道路交通"), new Node("030201", "违章停车"),
            new Node("030202", "交通信号灯故障"),
            new Node("040102", "劳动合同纠纷"), new Node("040202", "养老保险待遇"), new Node("040203", "医保报销"),
            new Node("050103", "水污染"), new Node("050104", "油烟扰民"),
            new Node("060102", "证照办理进度"), new Node("060103", "网上办事系统故障"), new Node("060202", "办事效率低"),
            new Node("07", "教育卫生"), new Node("0701", "教育"), new Node("070101", "入学学位"),
            new Node("070102", "校外培训退费"), new Node("0702", "医疗卫生"), new Node("070201", "医疗服务纠纷"),
            new Node("070202", "疫苗接种咨询"),
            new Node("08", "公共安全"), new Node("0801", "社会治安"), new Node("080101", "夜间噪音扰民"),
            new Node("080102", "诈骗线索举报"));

    /** The lead department of a group (longest code prefix wins) in 深圳 (440300) and in 广州 (440100). */
    record Lead(String prefix, String shenzhen, String guangzhou) {
    }

    static final List<Lead> LEADS = List.of(
            new Lead("0101", "市住房和建设局", "市住房和城乡建设局"),
            new Lead("0102", "市住房和建设局", "市住房和城乡建设局"),
            new Lead("0103", "市城市管理和综合执法局", "市城市管理和综合执法局"),
            new Lead("02", "市市场监督管理局", "市市场监督管理局"),
            new Lead("03", "市交通运输局", "市交通运输局"),
            new Lead("0302", "市公安局交通警察局", "市公安局交通警察支队"),
            new Lead("0401", "市人力资源和社会保障局", "市人力资源和社会保障局"),
            new Lead("0402", "市人力资源和社会保障局", "市人力资源和社会保障局"),
            new Lead("040203", "市医疗保障局", "市医疗保障局"),
            new Lead("05", "市生态环境局", "市生态环境局"),
            new Lead("050104", "市城市管理和综合执法局", "市城市管理和综合执法局"),
            new Lead("06", "市政务服务数据管理局", "市政务服务和数据管理局"),
            new Lead("0701", "市教育局", "市教育局"),
            new Lead("0702", "市卫生健康委员会", "市卫生健康委员会"),
            new Lead("08", "市公安局", "市公安局"));

    /** A district a ticket is located in: code, name, a street, and a point near its centre. */
    record District(String code, String name, String street, double latitude, double longitude) {
    }

    static final List<District> DISTRICTS = List.of(
            new District("440303", "罗湖区", "东门街道", 22.5485, 114.1315),
            new District("440304", "福田区", "莲花街道", 22.5455, 114.0557),
            new District("440305", "南山区", "粤海街道", 22.5333, 113.9304),
            new District("440306", "宝安区", "新安街道", 22.5551, 113.8830),
            new District("440307", "龙岗区", "龙城街道", 22.7204, 114.2469),
            new District("440103", "荔湾区", "沙面街道", 23.1259, 113.2442),
            new District("440104", "越秀区", "北京街道", 23.1290, 113.2668),
            new District("440106", "天河区", "石牌街道", 23.1353, 113.3610));

    /** A common consult answered from the knowledge base: title, category leaf, keywords, the answer read out. */
    record Answer(String title, String categoryCode, List<String> keywords, String body) {
    }

    static final List<Answer> ANSWERS = List.of(
            new Answer("社保卡补办流程", "040201", List.of("社保卡", "补办", "挂失"),
                    "先通过人社APP或服务热线挂失，再携带身份证到社保卡服务网点或合作银行网点补办，一般7个工作日制卡。"),
            new Answer("社保关系跨市转移办理", "040201", List.of("社保转移", "养老保险关系转移"),
                    "在转入地社保经办机构或国家社会保险公共服务平台提交转移申请，转出地审核后45个工作日内完成转移。"),
            new Answer("养老保险待遇领取条件", "040202", List.of("退休金", "养老金领取"),
                    "达到法定退休年龄且累计缴费满15年，可向参保地社保经办机构申请按月领取基本养老金。"),
            new Answer("门诊费用医保报销", "040203", List.of("医保报销", "门诊报销", "异地就医"),
                    "在定点医疗机构就医直接刷医保卡（医保电子凭证）结算；异地就医先在医保APP办理备案。"),
            new Answer("拖欠工资投诉渠道", "040101", List.of("欠薪", "拖欠工资", "劳动监察"),
                    "可向用工所在地劳动保障监察机构投诉，提供劳动合同、工资条、考勤等证据；也可申请劳动仲裁。"),
            new Answer("劳动合同纠纷如何申请仲裁", "040102", List.of("劳动仲裁", "劳动合同"),
                    "向劳动合同履行地或用人单位所在地劳动人事争议仲裁委员会申请，时效为争议发生之日起一年。"),
            new Answer("保障性住房申请条件", "010103", List.of("公租房", "保障房", "住房保障"),
                    "本市户籍、家庭人均收入和财产符合标准、在本市无自有住房的家庭可在住房保障部门网上申请轮候。"),
            new Answer("物业服务纠纷处理途径", "010101", List.of("物业", "物业费", "业委会"),
                    "先与物业服务企业协商，协商不成可向所在街道办或区住房建设部门投诉，也可申请人民调解或诉讼。"),
            new Answer("电梯困人应急处置", "010104", List.of("电梯故障", "电梯困人"),
                    "电梯困人请按轿厢内警铃或拨打电梯内96333应急电话，不要强行扒门；日常故障向物业和特种设备部门反映。"),
            new Answer("施工噪音夜间作业规定", "010201", List.of("夜间施工", "施工噪音"),
                    "晚上十点至次日七点禁止产生噪声污染的建筑施工作业，因特殊需要连续作业的须取得证明并公告附近居民。"),
            new Answer("路灯不亮报修方式", "010302", List.of("路灯", "报修"),
                    "可通过12345热线、城管APP报修，说明具体路段和灯杆编号，一般3个工作日内修复。"),
            new Answer("预付卡退费维权", "020201", List.of("预付卡", "办卡退费", "跑路"),
                    "保留合同、付款凭证，先与经营者协商；协商不成向市场监管部门投诉，涉嫌诈骗的向公安机关报案。"),
            new Answer("网购商品七日无理由退货", "020204", List.of("网购", "七天无理由", "退货"),
                    "网购商品自收货之日起七日内可无理由退货（定制、鲜活易腐等除外），商家拒绝可向平台和市场监管部门投诉。"),
            new Answer("食品经营许可办理咨询", "020101", List.of("食品经营许可", "餐饮许可"),
                    "通过政务服务网申请食品经营许可，提交申请书、营业执照、食品安全管理制度，承诺5个工作日内办结。"),
            new Answer("出租车拒载绕路投诉", "030102", List.of("出租车", "拒载", "绕路"),
                    "记下车牌号、乘车时间和发票信息，可通过12345热线或交通运输部门投诉，核实后依法处理。"),
            new Answer("公交线路调整咨询", "030101", List.of("公交线路", "公交站点"),
                    "公交线路和站点调整以交通运输部门和公交企业公告为准，可在出行APP查询实时线路。"),
            new Answer("违章停车处理方式", "030201", List.of("违章停车", "违停"),
                    "违停车辆可拨打交警电话或通过交管APP随手拍举报；本人违停可在交管12123处理。"),
            new Answer("噪声污染投诉受理", "050101", List.of("噪声", "噪音", "扰民"),
                    "工业、施工噪声由生态环境和住房建设部门处理，社会生活噪声由公安机关处理，请说明时间地点。"),
            new Answer("油烟扰民投诉", "050104", List.of("油烟", "餐饮油烟"),
                    "餐饮服务业油烟超标排放由城管执法部门查处，请提供店名、地址和影响时段。"),
            new Answer("办件进度查询方式", "060102", List.of("办件进度", "查询进度", "受理编号"),
                    "凭办件编号和查询码在政务服务网或APP查询办理进度，也可拨打12345热线查询。"),
            new Answer("网上办事系统故障反馈", "060103", List.of("系统故障", "网上办事", "无法登录"),
                    "请记录出错页面和时间，通过政务服务网在线客服或12345热线反馈，技术人员一般1个工作日内回复。"),
            new Answer("义务教育入学学位申请", "070101", List.of("入学", "学位申请", "小一"),
                    "每年春季在教育局招生系统网上申请学位，按户籍、房产、社保等积分排序派位，结果以公告为准。"),
            new Answer("校外培训机构退费", "070102", List.of("培训退费", "校外培训"),
                    "按合同约定申请退费，机构拒不退费的可向教育、市场监管部门投诉，或申请调解。"),
            new Answer("疫苗接种预约", "070202", List.of("疫苗", "接种预约"),
                    "通过健康APP或社区卫生服务中心预约接种，携带身份证和接种证按时到场。"),
            new Answer("电信诈骗线索举报", "080102", List.of("诈骗", "反诈", "举报"),
                    "发现诈骗线索请立即拨打110或96110反诈专线，已转账的尽快报警并保留转账记录。"));
}
