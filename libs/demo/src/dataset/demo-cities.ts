import type { Bilingual } from '#core';

export interface DemoCity {
  key: string;
  /** GB/T 2260 province code. */
  province: string;
  name: Bilingual;
  lat: number;
  lng: number;
  /** Telephone area code, for landline contact numbers. */
  areaCode: string;
  /** First four digits of the city's GB/T 2260 division code: the region part of local credit codes. */
  division: string;
  /** Rough industrial weight: how many pilot platforms the city draws relative to others. */
  weight: number;
  /** Districts and development zones that addresses are placed in. */
  zones: readonly string[];
}

const ZONES = ['高新区', '经济技术开发区'] as const;

const city = <K extends string>(
  key: K,
  province: string,
  zh: string,
  en: string,
  lat: number,
  lng: number,
  areaCode: string,
  division: string,
  weight: number,
  zones: readonly string[] = ZONES,
): DemoCity & { key: K } => ({ key, province, name: { zh, en }, lat, lng, areaCode, division, weight, zones });

/** Cities where Chinese pilot capacity actually clusters, with real centre coordinates. */
export const DEMO_CITIES = [
  city('beijing', '11', '北京', 'Beijing', 39.9042, 116.4074, '010', '1101', 4, [
    '海淀区',
    '昌平区',
    '北京经济技术开发区',
  ]),
  city('tianjin', '12', '天津', 'Tianjin', 39.1256, 117.1902, '022', '1201', 3, ['滨海新区', '西青区']),
  city('shijiazhuang', '13', '石家庄', 'Shijiazhuang', 38.0428, 114.5149, '0311', '1301', 2),
  city('tangshan', '13', '唐山', 'Tangshan', 39.6305, 118.1802, '0315', '1302', 1),
  city('baoding', '13', '保定', 'Baoding', 38.8738, 115.4646, '0312', '1306', 1),
  city('taiyuan', '14', '太原', 'Taiyuan', 37.8706, 112.5489, '0351', '1401', 1, ['小店区', '山西转型综合改革示范区']),
  city('hohhot', '15', '呼和浩特', 'Hohhot', 40.8426, 111.7492, '0471', '1501', 1),
  city('baotou', '15', '包头', 'Baotou', 40.6571, 109.8403, '0472', '1502', 1, ['稀土高新区', '九原区']),
  city('shenyang', '21', '沈阳', 'Shenyang', 41.8057, 123.4315, '024', '2101', 2, ['浑南区', '铁西区']),
  city('dalian', '21', '大连', 'Dalian', 38.914, 121.6147, '0411', '2102', 2, ['甘井子区', '金州区']),
  city('changchun', '22', '长春', 'Changchun', 43.8171, 125.3235, '0431', '2201', 2),
  city('harbin', '23', '哈尔滨', 'Harbin', 45.8038, 126.5349, '0451', '2301', 1, ['松北区', '平房区']),
  city('shanghai', '31', '上海', 'Shanghai', 31.2304, 121.4737, '021', '3101', 5, [
    '嘉定区',
    '浦东新区',
    '闵行区',
    '松江区',
  ]),
  city('nanjing', '32', '南京', 'Nanjing', 32.0603, 118.7969, '025', '3201', 4, ['江宁区', '栖霞区', '江北新区']),
  city('wuxi', '32', '无锡', 'Wuxi', 31.4912, 120.3119, '0510', '3202', 4, ['新吴区', '惠山区', '锡山区']),
  city('xuzhou', '32', '徐州', 'Xuzhou', 34.2044, 117.2858, '0516', '3203', 1),
  city('changzhou', '32', '常州', 'Changzhou', 31.8106, 119.9741, '0519', '3204', 4, ['武进区', '新北区', '金坛区']),
  city('suzhou', '32', '苏州', 'Suzhou', 31.299, 120.5853, '0512', '3205', 5, [
    '工业园区',
    '高新区',
    '相城区',
    '昆山市',
  ]),
  city('nantong', '32', '南通', 'Nantong', 31.9802, 120.8943, '0513', '3206', 2),
  city('taizhou-js', '32', '泰州', 'Taizhou', 32.4555, 119.9229, '0523', '3212', 2, ['医药高新区', '海陵区']),
  city('hangzhou', '33', '杭州', 'Hangzhou', 30.2741, 120.1551, '0571', '3301', 4, ['滨江区', '余杭区', '钱塘区']),
  city('ningbo', '33', '宁波', 'Ningbo', 29.8683, 121.544, '0574', '3302', 4, ['北仑区', '镇海区', '鄞州区']),
  city('jiaxing', '33', '嘉兴', 'Jiaxing', 30.7461, 120.7555, '0573', '3304', 2, ['南湖区', '嘉善县']),
  city('huzhou', '33', '湖州', 'Huzhou', 30.8943, 120.0868, '0572', '3305', 1),
  city('shaoxing', '33', '绍兴', 'Shaoxing', 29.9958, 120.5861, '0575', '3306', 2, ['柯桥区', '上虞区']),
  city('taizhou-zj', '33', '台州', 'Taizhou', 28.6564, 121.4208, '0576', '3310', 2, ['椒江区', '临海市']),
  city('hefei', '34', '合肥', 'Hefei', 31.8206, 117.2272, '0551', '3401', 4, [
    '高新区',
    '经济技术开发区',
    '新站高新区',
  ]),
  city('wuhu', '34', '芜湖', 'Wuhu', 31.3525, 118.4331, '0553', '3402', 3, ['鸠江区', '弋江区']),
  city('chuzhou', '34', '滁州', 'Chuzhou', 32.3016, 118.3162, '0550', '3411', 1),
  city('fuzhou', '35', '福州', 'Fuzhou', 26.0745, 119.2965, '0591', '3501', 2, ['闽侯县', '马尾区']),
  city('xiamen', '35', '厦门', 'Xiamen', 24.4798, 118.0894, '0592', '3502', 2, ['海沧区', '集美区', '翔安区']),
  city('quanzhou', '35', '泉州', 'Quanzhou', 24.8741, 118.6757, '0595', '3505', 1, ['晋江市', '石狮市']),
  city('ningde', '35', '宁德', 'Ningde', 26.6657, 119.5479, '0593', '3509', 2, ['蕉城区', '东侨经济技术开发区']),
  city('nanchang', '36', '南昌', 'Nanchang', 28.682, 115.8579, '0791', '3601', 2),
  city('ganzhou', '36', '赣州', 'Ganzhou', 25.831, 114.935, '0797', '3607', 1),
  city('yichun', '36', '宜春', 'Yichun', 27.8158, 114.3912, '0795', '3609', 1, ['袁州区', '宜春经济技术开发区']),
  city('jinan', '37', '济南', 'Jinan', 36.6512, 117.1201, '0531', '3701', 3, ['历城区', '章丘区']),
  city('qingdao', '37', '青岛', 'Qingdao', 36.0671, 120.3826, '0532', '3702', 3, ['黄岛区', '城阳区', '即墨区']),
  city('zibo', '37', '淄博', 'Zibo', 36.8131, 118.0548, '0533', '3703', 2, ['张店区', '临淄区']),
  city('yantai', '37', '烟台', 'Yantai', 37.4638, 121.4479, '0535', '3706', 2),
  city('weifang', '37', '潍坊', 'Weifang', 36.7069, 119.1618, '0536', '3707', 1),
  city('weihai', '37', '威海', 'Weihai', 37.5131, 122.1204, '0631', '3710', 1),
  city('zhengzhou', '41', '郑州', 'Zhengzhou', 34.7466, 113.6254, '0371', '4101', 3, ['郑东新区', '航空港区']),
  city('luoyang', '41', '洛阳', 'Luoyang', 34.6197, 112.454, '0379', '4103', 2),
  city('xinxiang', '41', '新乡', 'Xinxiang', 35.303, 113.9268, '0373', '4107', 1),
  city('wuhan', '42', '武汉', 'Wuhan', 30.5928, 114.3055, '027', '4201', 4, [
    '东湖高新区',
    '武汉经济技术开发区',
    '江夏区',
  ]),
  city('yichang', '42', '宜昌', 'Yichang', 30.6919, 111.2865, '0717', '4205', 1),
  city('xiangyang', '42', '襄阳', 'Xiangyang', 32.009, 112.1224, '0710', '4206', 1),
  city('changsha', '43', '长沙', 'Changsha', 28.2282, 112.9388, '0731', '4301', 3, ['岳麓区', '长沙县', '雨花区']),
  city('zhuzhou', '43', '株洲', 'Zhuzhou', 27.8274, 113.134, '0731', '4302', 2),
  city('guangzhou', '44', '广州', 'Guangzhou', 23.1291, 113.2644, '020', '4401', 4, ['黄埔区', '番禺区', '南沙区']),
  city('shenzhen', '44', '深圳', 'Shenzhen', 22.5431, 114.0579, '0755', '4403', 5, [
    '南山区',
    '宝安区',
    '龙岗区',
    '坪山区',
  ]),
  city('zhuhai', '44', '珠海', 'Zhuhai', 22.271, 113.5767, '0756', '4404', 1, ['香洲区', '金湾区']),
  city('foshan', '44', '佛山', 'Foshan', 23.0215, 113.1214, '0757', '4406', 3, ['南海区', '顺德区']),
  city('huizhou', '44', '惠州', 'Huizhou', 23.1115, 114.4152, '0752', '4413', 2, [
    '仲恺高新区',
    '大亚湾经济技术开发区',
  ]),
  city('dongguan', '44', '东莞', 'Dongguan', 23.0205, 113.7518, '0769', '4419', 3, ['松山湖', '长安镇']),
  city('nanning', '45', '南宁', 'Nanning', 22.817, 108.3665, '0771', '4501', 1),
  city('liuzhou', '45', '柳州', 'Liuzhou', 24.3255, 109.4155, '0772', '4502', 2, ['柳东新区', '柳南区']),
  city('haikou', '46', '海口', 'Haikou', 20.044, 110.1999, '0898', '4601', 1),
  city('chongqing', '50', '重庆', 'Chongqing', 29.563, 106.5516, '023', '5001', 3, ['两江新区', '璧山区', '九龙坡区']),
  city('chengdu', '51', '成都', 'Chengdu', 30.5728, 104.0668, '028', '5101', 4, ['高新区', '双流区', '天府新区']),
  city('mianyang', '51', '绵阳', 'Mianyang', 31.4678, 104.6796, '0816', '5107', 1),
  city('yibin', '51', '宜宾', 'Yibin', 28.7518, 104.6417, '0831', '5115', 1, ['三江新区', '叙州区']),
  city('guiyang', '52', '贵阳', 'Guiyang', 26.647, 106.6302, '0851', '5201', 1),
  city('kunming', '53', '昆明', 'Kunming', 25.0389, 102.7183, '0871', '5301', 1),
  city('xian', '61', '西安', "Xi'an", 34.3416, 108.9398, '029', '6101', 4, ['高新区', '经济技术开发区', '西咸新区']),
  city('baoji', '61', '宝鸡', 'Baoji', 34.3619, 107.2375, '0917', '6103', 1),
  city('lanzhou', '62', '兰州', 'Lanzhou', 36.0611, 103.8343, '0931', '6201', 1, ['兰州新区', '七里河区']),
  city('xining', '63', '西宁', 'Xining', 36.6171, 101.7782, '0971', '6301', 1),
  city('yinchuan', '64', '银川', 'Yinchuan', 38.4872, 106.2309, '0951', '6401', 1),
  city('urumqi', '65', '乌鲁木齐', 'Urumqi', 43.8256, 87.6168, '0991', '6501', 1),
] as const;

export type DemoCityKey = (typeof DEMO_CITIES)[number]['key'];

const CITIES_BY_KEY: ReadonlyMap<string, DemoCity> = new Map(DEMO_CITIES.map((c) => [c.key, c]));

export function cityByKey(key: DemoCityKey): DemoCity {
  const found = CITIES_BY_KEY.get(key);
  if (!found) throw new RangeError(`unknown demo city ${key}`);
  return found;
}

export interface ProvinceStyle {
  /** Full administrative name, as an address starts. */
  fullName: string;
  /** A literary regional name, used in invented university and maker names. */
  alias: Bilingual;
  /** The economic region the province is usually counted in. */
  region: Bilingual;
}

const YRD = { zh: '长三角', en: 'Yangtze River Delta' };
const JJJ = { zh: '京津冀', en: 'Beijing-Tianjin-Hebei' };
const NORTH = { zh: '华北', en: 'North China' };
const NORTHEAST = { zh: '东北', en: 'Northeast China' };
const EAST = { zh: '华东', en: 'East China' };
const CENTRAL = { zh: '华中', en: 'Central China' };
const SOUTH = { zh: '华南', en: 'South China' };
const CHENGYU = { zh: '成渝', en: 'Chengdu-Chongqing' };
const SOUTHWEST = { zh: '西南', en: 'Southwest China' };
const NORTHWEST = { zh: '西北', en: 'Northwest China' };

const style = (fullName: string, zh: string, en: string, region: Bilingual): ProvinceStyle => ({
  fullName,
  alias: { zh, en },
  region,
});

const PROVINCE_STYLES: Readonly<Record<string, ProvinceStyle>> = {
  '11': style('北京市', '京华', 'Jinghua', JJJ),
  '12': style('天津市', '津沽', 'Jingu', JJJ),
  '13': style('河北省', '燕赵', 'Yanzhao', JJJ),
  '14': style('山西省', '晋阳', 'Jinyang', NORTH),
  '15': style('内蒙古自治区', '阴山', 'Yinshan', NORTH),
  '21': style('辽宁省', '辽海', 'Liaohai', NORTHEAST),
  '22': style('吉林省', '松辽', 'Songliao', NORTHEAST),
  '23': style('黑龙江省', '龙江', 'Longjiang', NORTHEAST),
  '31': style('上海市', '浦江', 'Pujiang', YRD),
  '32': style('江苏省', '澄江', 'Chengjiang', YRD),
  '33': style('浙江省', '钱塘', 'Qiantang', YRD),
  '34': style('安徽省', '巢湖', 'Chaohu', YRD),
  '35': style('福建省', '鹭江', 'Lujiang', EAST),
  '36': style('江西省', '赣江', 'Ganjiang', EAST),
  '37': style('山东省', '泰岳', 'Taiyue', { zh: '环渤海', en: 'Bohai Rim' }),
  '41': style('河南省', '嵩岳', 'Songyue', CENTRAL),
  '42': style('湖北省', '汉江', 'Hanjiang', CENTRAL),
  '43': style('湖南省', '湘江', 'Xiangjiang', CENTRAL),
  '44': style('广东省', '南粤', 'Nanyue', { zh: '粤港澳大湾区', en: 'Greater Bay Area' }),
  '45': style('广西壮族自治区', '八桂', 'Bagui', SOUTH),
  '46': style('海南省', '琼州', 'Qiongzhou', SOUTH),
  '50': style('重庆市', '巴渝', 'Bayu', CHENGYU),
  '51': style('四川省', '锦江', 'Jinjiang', CHENGYU),
  '52': style('贵州省', '黔中', 'Qianzhong', SOUTHWEST),
  '53': style('云南省', '滇池', 'Dianchi', SOUTHWEST),
  '61': style('陕西省', '三秦', 'Sanqin', NORTHWEST),
  '62': style('甘肃省', '陇原', 'Longyuan', NORTHWEST),
  '63': style('青海省', '河湟', 'Hehuang', NORTHWEST),
  '64': style('宁夏回族自治区', '贺兰', 'Helan', NORTHWEST),
  '65': style('新疆维吾尔自治区', '天山', 'Tianshan', NORTHWEST),
};

export function provinceStyle(code: string): ProvinceStyle {
  const found = PROVINCE_STYLES[code];
  if (!found) throw new RangeError(`no demo style for province ${code}`);
  return found;
}

const MUNICIPALITIES: ReadonlySet<string> = new Set(['11', '12', '31', '50']);

/** The administrative prefix of a street address: 江苏省苏州市, or just 上海市 for a municipality. */
export function addressPrefix(c: DemoCity): string {
  return MUNICIPALITIES.has(c.province) ? `${c.name.zh}市` : `${provinceStyle(c.province).fullName}${c.name.zh}市`;
}
