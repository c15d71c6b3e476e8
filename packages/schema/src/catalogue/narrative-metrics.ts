import type { MetricDef, Unit } from '../metric.ts';
import { SECTIONS } from './sections.ts';

const narrative = (
  key: string,
  labelZh: string,
  labelEn: string,
  unit: Unit,
  group: string,
  labels: readonly string[],
): MetricDef => ({
  code: `narrative.${key}`,
  labelZh,
  labelEn,
  unit,
  table: 'narrative',
  // Reports state these in the overview prose, whatever part they discuss.
  section: SECTIONS.overview,
  group,
  editions: ['2019', '2021'],
  labels,
});

const PUBLISHING = '主动公开';
const INFO = '信息报送';
const INTERACTION = '政民互动';

/**
 * Figures from the prose that get a code (spec/metrics.md); `labels` are the typical wordings the
 * fact extractor keys on, ordered from most to least specific.
 */
export const NARRATIVE_METRICS: readonly MetricDef[] = [
  narrative(
    'published_total',
    '主动公开政府信息总数',
    'Information published (stated total)',
    '条',
    PUBLISHING,
    [
      '全年主动公开政府信息',
      '主动公开政府信息',
      '主动公开各类政府信息',
      '发布各类政府信息',
      '公开各类政府信息',
      '主动公开信息',
    ],
  ),
  narrative('published_news', '政务动态信息', 'News items', '条', PUBLISHING, [
    '政务动态',
    '工作动态',
    '新闻动态',
    '新闻',
  ]),
  narrative('published_interpretation', '政策解读', 'Policy interpretations', '条', PUBLISHING, [
    '政策解读',
    '解读',
  ]),
  narrative('published_notices', '通知公告', 'Notices', '条', PUBLISHING, ['通知公告', '公示公告']),
  narrative('info_submitted', '报送信息', 'Information submitted upwards', '条', INFO, [
    '向市政府上报信息',
    '向上级报送信息',
    '报送政务信息',
    '上报政务信息',
    '报送信息',
    '上报信息',
  ]),
  narrative('info_adopted', '信息被采用', 'Information adopted', '条', INFO, ['被采用', '采用']),
  narrative('info_adoption_rate', '信息采用率', 'Adoption rate (as printed)', '%', INFO, [
    '采用率',
    '信息采用率',
  ]),
  narrative(
    'applications_received',
    '收到政府信息公开申请',
    'Applications received (prose)',
    '件',
    '依申请公开',
    ['收到政府信息公开申请', '受理政府信息公开申请', '收到依申请公开申请', '收到公开申请', '受理公开申请'],
  ),
  narrative('consultations', '征集意见', 'Public consultations', '次', INTERACTION, [
    '征集公众意见',
    '征集意见',
    '征集调查',
    '意见征集',
  ]),
  narrative('messages_replied', '回复留言', 'Messages replied', '条', INTERACTION, [
    '回复网友留言',
    '回复留言',
    '回复来信',
  ]),
  narrative('training_attendance', '培训人次', 'Training attendance', '人次', '教育培训', ['培训']),
  narrative('new_media_accounts', '政务新媒体账号', 'Government new-media accounts', '个', '政务新媒体', [
    '政务新媒体账号',
    '政务新媒体',
  ]),
];
