import type { Block } from '../document/blocks.ts';
import { phoneOf, type Voice } from './voice.ts';

/** The opening paragraph: legal basis, authorship, the 统计期限 sentence and contact details. */
export function preface(v: Voice): Block[] {
  const { agency, year } = v.report;
  const period = v.pick('period', [
    `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    `本报告中所列数据统计期限为${year}年1月1日至${year}年12月31日。`,
    `本年度报告中使用数据统计期限为${year}年1月1日至${year}年12月31日。`,
  ]);
  const contact = `如对本报告有疑问，请与${agency}联系（联系电话：${phoneOf(v.report)}）。`;
  const basis =
    v.report.edition === '2021' && year >= 2021
      ? '和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求'
      : '和上级政务公开工作有关要求';
  const text = v.pick('preface', [
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）${basis}，由${agency}编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。${period}${contact}`,
    `本报告根据《中华人民共和国政府信息公开条例》${basis}，由${agency}依据${year}年政府信息公开情况编制而成。报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况，及存在的问题及改进措施等几部分组成。${period}`,
    `${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开各项工作。现将${year}年度政府信息公开工作情况报告如下。${period}${contact}`,
  ]);
  return [{ type: 'paragraph', text }];
}
