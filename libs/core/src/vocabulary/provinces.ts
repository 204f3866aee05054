import type { Bilingual } from '../i18n/label.js';

export interface Province {
  /** GB/T 2260 two-digit code. */
  code: string;
  name: Bilingual;
  capital: { name: Bilingual; lat: number; lng: number };
}

/** The 34 provincial-level divisions by GB/T 2260 code, with their capitals' coordinates. */
export const PROVINCES: readonly Province[] = [
  {
    code: '11',
    name: { zh: '北京', en: 'Beijing' },
    capital: { name: { zh: '北京', en: 'Beijing' }, lat: 39.9042, lng: 116.4074 },
  },
  {
    code: '12',
    name: { zh: '天津', en: 'Tianjin' },
    capital: { name: { zh: '天津', en: 'Tianjin' }, lat: 39.3434, lng: 117.3616 },
  },
  {
    code: '13',
    name: { zh: '河北', en: 'Hebei' },
    capital: { name: { zh: '石家庄', en: 'Shijiazhuang' }, lat: 38.0428, lng: 114.5149 },
  },
  {
    code: '14',
    name: { zh: '山西', en: 'Shanxi' },
    capital: { name: { zh: '太原', en: 'Taiyuan' }, lat: 37.8706, lng: 112.5489 },
  },
  {
    code: '15',
    name: { zh: '内蒙古', en: 'Inner Mongolia' },
    capital: { name: { zh: '呼和浩特', en: 'Hohhot' }, lat: 40.8426, lng: 111.7492 },
  },
  {
    code: '21',
    name: { zh: '辽宁', en: 'Liaoning' },
    capital: { name: { zh: '沈阳', en: 'Shenyang' }, lat: 41.8057, lng: 123.4315 },
  },
  {
    code: '22',
    name: { zh: '吉林', en: 'Jilin' },
    capital: { name: { zh: '长春', en: 'Changchun' }, lat: 43.8171, lng: 125.3235 },
  },
  {
    code: '23',
    name: { zh: '黑龙江', en: 'Heilongjiang' },
    capital: { name: { zh: '哈尔滨', en: 'Harbin' }, lat: 45.8038, lng: 126.5349 },
  },
  {
    code: '31',
    name: { zh: '上海', en: 'Shanghai' },
    capital: { name: { zh: '上海', en: 'Shanghai' }, lat: 31.2304, lng: 121.4737 },
  },
  {
    code: '32',
    name: { zh: '江苏', en: 'Jiangsu' },
    capital: { name: { zh: '南京', en: 'Nanjing' }, lat: 32.0603, lng: 118.7969 },
  },
  {
    code: '33',
    name: { zh: '浙江', en: 'Zhejiang' },
    capital: { name: { zh: '杭州', en: 'Hangzhou' }, lat: 30.2741, lng: 120.1551 },
  },
  {
    code: '34',
    name: { zh: '安徽', en: 'Anhui' },
    capital: { name: { zh: '合肥', en: 'Hefei' }, lat: 31.8206, lng: 117.2272 },
  },
  {
    code: '35',
    name: { zh: '福建', en: 'Fujian' },
    capital: { name: { zh: '福州', en: 'Fuzhou' }, lat: 26.0745, lng: 119.2965 },
  },
  {
    code: '36',
    name: { zh: '江西', en: 'Jiangxi' },
    capital: { name: { zh: '南昌', en: 'Nanchang' }, lat: 28.682, lng: 115.8579 },
  },
  {
    code: '37',
    name: { zh: '山东', en: 'Shandong' },
    capital: { name: { zh: '济南', en: 'Jinan' }, lat: 36.6512, lng: 117.1201 },
  },
  {
    code: '41',
    name: { zh: '河南', en: 'Henan' },
    capital: { name: { zh: '郑州', en: 'Zhengzhou' }, lat: 34.7466, lng: 113.6254 },
  },
  {
    code: '42',
    name: { zh: '湖北', en: 'Hubei' },
    capital: { name: { zh: '武汉', en: 'Wuhan' }, lat: 30.5928, lng: 114.3055 },
  },
  {
    code: '43',
    name: { zh: '湖南', en: 'Hunan' },
    capital: { name: { zh: '长沙', en: 'Changsha' }, lat: 28.2282, lng: 112.9388 },
  },
  {
    code: '44',
    name: { zh: '广东', en: 'Guangdong' },
    capital: { name: { zh: '广州', en: 'Guangzhou' }, lat: 23.1291, lng: 113.2644 },
  },
  {
    code: '45',
    name: { zh: '广西', en: 'Guangxi' },
    capital: { name: { zh: '南宁', en: 'Nanning' }, lat: 22.817, lng: 108.3665 },
  },
  {
    code: '46',
    name: { zh: '海南', en: 'Hainan' },
    capital: { name: { zh: '海口', en: 'Haikou' }, lat: 20.044, lng: 110.1999 },
  },
  {
    code: '50',
    name: { zh: '重庆', en: 'Chongqing' },
    capital: { name: { zh: '重庆', en: 'Chongqing' }, lat: 29.563, lng: 106.5516 },
  },
  {
    code: '51',
    name: { zh: '四川', en: 'Sichuan' },
    capital: { name: { zh: '成都', en: 'Chengdu' }, lat: 30.5728, lng: 104.0668 },
  },
  {
    code: '52',
    name: { zh: '贵州', en: 'Guizhou' },
    capital: { name: { zh: '贵阳', en: 'Guiyang' }, lat: 26.647, lng: 106.6302 },
  },
  {
    code: '53',
    name: { zh: '云南', en: 'Yunnan' },
    capital: { name: { zh: '昆明', en: 'Kunming' }, lat: 25.0389, lng: 102.7183 },
  },
  {
    code: '54',
    name: { zh: '西藏', en: 'Tibet' },
    capital: { name: { zh: '拉萨', en: 'Lhasa' }, lat: 29.652, lng: 91.1721 },
  },
  {
    code: '61',
    name: { zh: '陕西', en: 'Shaanxi' },
    capital: { name: { zh: '西安', en: "Xi'an" }, lat: 34.3416, lng: 108.9398 },
  },
  {
    code: '62',
    name: { zh: '甘肃', en: 'Gansu' },
    capital: { name: { zh: '兰州', en: 'Lanzhou' }, lat: 36.0611, lng: 103.8343 },
  },
  {
    code: '63',
    name: { zh: '青海', en: 'Qinghai' },
    capital: { name: { zh: '西宁', en: 'Xining' }, lat: 36.6171, lng: 101.7782 },
  },
  {
    code: '64',
    name: { zh: '宁夏', en: 'Ningxia' },
    capital: { name: { zh: '银川', en: 'Yinchuan' }, lat: 38.4872, lng: 106.2309 },
  },
  {
    code: '65',
    name: { zh: '新疆', en: 'Xinjiang' },
    capital: { name: { zh: '乌鲁木齐', en: 'Urumqi' }, lat: 43.8256, lng: 87.6168 },
  },
  {
    code: '71',
    name: { zh: '台湾', en: 'Taiwan' },
    capital: { name: { zh: '台北', en: 'Taipei' }, lat: 25.033, lng: 121.5654 },
  },
  {
    code: '81',
    name: { zh: '香港', en: 'Hong Kong' },
    capital: { name: { zh: '香港', en: 'Hong Kong' }, lat: 22.3193, lng: 114.1694 },
  },
  {
    code: '82',
    name: { zh: '澳门', en: 'Macao' },
    capital: { name: { zh: '澳门', en: 'Macao' }, lat: 22.1987, lng: 113.5439 },
  },
];

export const PROVINCE_CODES: ReadonlySet<string> = new Set(PROVINCES.map((p) => p.code));

export const provinceByCode = (code: string): Province | undefined => PROVINCES.find((p) => p.code === code);
