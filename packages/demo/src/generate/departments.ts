/**
 * How much a unit does, as means per year: the generator scales applications, cases and table-2
 * figures from this. Values are tuned to what county and city reports typically print.
 */
export interface ActivityProfile {
  /** Mean new applications per year at county level (city level is scaled up). */
  applications: number;
  /** Share of handled applications that lead to an administrative review. */
  reviewRate: number;
  /** Share of handled applications that end in a lawsuit. */
  suitRate: number;
  /** Mean normative documents issued per year. */
  normative: number;
  /** Mean licensing decisions per year (0: the unit does not license). */
  licensing: number;
  punishment: number;
  coercion: number;
  /** Mean fees collected per year in 万元 (0: no fees). */
  fees: number;
  /** Mean centralised procurement projects per year. */
  procurement: number;
}

/** A department as it exists in every city and county, with its typical workload. */
export interface DepartmentTemplate {
  key: string;
  /** Name after the city prefix, e.g. 自然资源和规划局. */
  cityName: string;
  /** Name after the county prefix; `{city}`/`{county}` placeholders allowed for branch offices. */
  countyName: string;
  profile: ActivityProfile;
  /** Fields the prose mentions as the unit's 重点领域. */
  domains: readonly string[];
}

const profile = (p: Partial<ActivityProfile>): ActivityProfile => ({
  applications: 1,
  reviewRate: 0.01,
  suitRate: 0.004,
  normative: 1,
  licensing: 0,
  punishment: 0,
  coercion: 0,
  fees: 0,
  procurement: 2,
  ...p,
});

/** The departments of a city or county government, busiest first so a shorter list keeps the heavy ones. */
export const DEPARTMENTS: readonly DepartmentTemplate[] = [
  {
    key: 'police',
    cityName: '公安局',
    countyName: '公安局',
    profile: profile({
      applications: 45,
      reviewRate: 0.03,
      suitRate: 0.01,
      licensing: 2400,
      punishment: 6500,
      coercion: 260,
      fees: 35,
    }),
    domains: ['户籍管理', '交通安全管理', '出入境管理', '治安管理'],
  },
  {
    key: 'land',
    cityName: '自然资源和规划局',
    countyName: '自然资源局',
    profile: profile({
      applications: 70,
      reviewRate: 0.04,
      suitRate: 0.015,
      normative: 2,
      licensing: 420,
      punishment: 40,
      coercion: 6,
      fees: 180,
    }),
    domains: ['土地征收', '国土空间规划', '不动产登记', '矿产资源管理'],
  },
  {
    key: 'housing',
    cityName: '住房和城乡建设局',
    countyName: '住房和城乡建设局',
    profile: profile({
      applications: 22,
      reviewRate: 0.025,
      suitRate: 0.01,
      normative: 2,
      licensing: 360,
      punishment: 55,
      coercion: 4,
      fees: 60,
    }),
    domains: ['保障性住房', '房屋征收', '建筑市场监管', '老旧小区改造'],
  },
  {
    key: 'hrss',
    cityName: '人力资源和社会保障局',
    countyName: '人力资源和社会保障局',
    profile: profile({
      applications: 18,
      reviewRate: 0.02,
      suitRate: 0.005,
      normative: 2,
      licensing: 80,
      punishment: 12,
    }),
    domains: ['就业创业', '社会保险', '劳动关系', '人事考试'],
  },
  {
    key: 'market',
    cityName: '市场监督管理局',
    countyName: '市场监督管理局',
    profile: profile({ applications: 2.5, licensing: 2100, punishment: 180, coercion: 25, fees: 4 }),
    domains: ['市场主体登记', '食品安全', '药品监管', '价格监督'],
  },
  {
    key: 'transport',
    cityName: '交通运输局',
    countyName: '交通运输局',
    profile: profile({ applications: 1.2, licensing: 650, punishment: 240, coercion: 12, fees: 8 }),
    domains: ['道路运输', '农村公路建设', '交通执法'],
  },
  {
    key: 'health',
    cityName: '卫生健康委员会',
    countyName: '卫生健康局',
    profile: profile({ applications: 1.2, licensing: 160, punishment: 45, coercion: 2 }),
    domains: ['公共卫生', '医疗服务', '疫情防控', '计划生育'],
  },
  {
    key: 'eco',
    cityName: '生态环境局',
    countyName: '{county}分局',
    profile: profile({ applications: 1.5, licensing: 60, punishment: 30, coercion: 5 }),
    domains: ['环境影响评价', '污染防治', '环境执法监测'],
  },
  {
    key: 'development',
    cityName: '发展和改革委员会',
    countyName: '发展和改革局',
    profile: profile({ applications: 0.8, normative: 2, licensing: 40 }),
    domains: ['重大项目建设', '价格管理', '粮食储备'],
  },
  {
    key: 'education',
    cityName: '教育体育局',
    countyName: '教育体育局',
    profile: profile({ applications: 1.2, normative: 2, licensing: 12 }),
    domains: ['招生入学', '学生资助', '教师招聘'],
  },
  {
    key: 'agriculture',
    cityName: '农业农村局',
    countyName: '农业农村局',
    profile: profile({ applications: 0.8, licensing: 90, punishment: 15 }),
    domains: ['惠农补贴', '高标准农田建设', '乡村振兴'],
  },
  {
    key: 'civil',
    cityName: '民政局',
    countyName: '民政局',
    profile: profile({ applications: 0.8, licensing: 20 }),
    domains: ['社会救助', '养老服务', '婚姻登记'],
  },
  {
    key: 'finance',
    cityName: '财政局',
    countyName: '财政局',
    profile: profile({ applications: 0.6, normative: 2, procurement: 6 }),
    domains: ['预决算公开', '政府采购', '惠民惠农补贴'],
  },
  {
    key: 'emergency',
    cityName: '应急管理局',
    countyName: '应急管理局',
    profile: profile({ applications: 0.5, licensing: 25, punishment: 20, coercion: 1 }),
    domains: ['安全生产', '防灾减灾', '应急救援'],
  },
  {
    key: 'justice',
    cityName: '司法局',
    countyName: '司法局',
    profile: profile({ applications: 0.4, licensing: 8 }),
    domains: ['法治宣传', '人民调解', '法律援助'],
  },
  {
    key: 'medical',
    cityName: '医疗保障局',
    countyName: '医疗保障局',
    profile: profile({ applications: 0.5, punishment: 4 }),
    domains: ['医保待遇', '医保基金监管', '药品集中采购'],
  },
];

/** The government office: moderate applications, most normative documents. */
export const OFFICE_PROFILE: ActivityProfile = profile({
  applications: 9,
  reviewRate: 0.03,
  suitRate: 0.012,
  normative: 8,
  procurement: 4,
});

/** A township or sub-district office. */
export const TOWNSHIP_PROFILE: ActivityProfile = profile({
  applications: 0.5,
  reviewRate: 0.03,
  suitRate: 0.015,
  normative: 0.4,
  punishment: 3,
  procurement: 1,
});

/** A development-zone committee (kind `other`). */
export const ZONE_PROFILE: ActivityProfile = profile({ applications: 4, licensing: 120, normative: 1 });
