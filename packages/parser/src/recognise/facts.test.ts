import { describe, expect, it } from 'vitest';
import { textBlocks } from '../adapters/text-blocks.ts';
import { assignFactCodes } from './fact-codes.ts';
import { scanFacts } from './facts.ts';

const factsOf = (text: string) => {
  const facts = assignFactCodes(scanFacts(textBlocks(text), null));
  return facts.map((f) => ({ ...f, printed: text.slice(f.start, f.end) }));
};

describe('narrative facts', () => {
  it('keeps label, value, unit and the printed span', () => {
    const [fact] = factsOf('向市政府上报信息673条。');
    expect(fact).toMatchObject({
      label: '上报信息',
      value: 673,
      unit: '条',
      code: 'narrative.info_submitted',
      printed: '上报信息673条',
    });
  });

  it('marks 余/多/约 figures approximate', () => {
    const facts = factsOf('全年累计培训90余人次，发布信息约300条，回复留言100多条。');
    expect(facts.map((f) => [f.value, f.approximate ?? false])).toEqual([
      [90, true],
      [300, true],
      [100, true],
    ]);
    expect(facts[0]?.code).toBe('narrative.training_attendance');
  });

  it('skips ordinals and durations', () => {
    expect(factsOf('召开第3次会议，办理时限为5个工作日，历时6个月。')).toEqual([]);
  });

  it('maps full-width digits back to the original text', () => {
    const [fact] = factsOf('回复网友留言４１条。');
    expect(fact).toMatchObject({
      value: 41,
      code: 'narrative.messages_replied',
      printed: '回复网友留言４１条',
    });
  });

  it('takes the label after the figure when the figure opens the clause', () => {
    const [fact] = factsOf('确保全县10个政务新媒体账号做好内容更新。');
    expect(fact).toMatchObject({ label: '政务新媒体账号', code: 'narrative.new_media_accounts' });
    expect(fact?.printed).toBe('10个政务新媒体账号');
  });

  it('gives no code to a figure that counts a list (…等各类信息)', () => {
    const [fact] = factsOf('更新政策法规、政策解读等各类信息455条。');
    expect(fact).toMatchObject({ value: 455, code: null });
  });

  it('codes the most specific wording, not the first one: 政务动态 over 新闻', () => {
    const facts = factsOf('更新嵩县新闻601条，政务动态335条。');
    expect(facts.map((f) => [f.value, f.code])).toEqual([
      [601, null],
      [335, 'narrative.published_news'],
    ]);
  });

  it('codes a repeated statement once, the first time', () => {
    const facts = factsOf('征集公众意见建议26条。\n第二段。\n2020年更新征集公众意见建议26条。');
    expect(facts.map((f) => f.code)).toEqual(['narrative.consultations', null]);
  });

  it('keeps units apart: 采用 counts items, 采用率 is a percentage', () => {
    const facts = factsOf('报送信息120条，被采用45条，采用率37.5%。');
    expect(facts.map((f) => [f.code, f.value, f.unit])).toEqual([
      ['narrative.info_submitted', 120, '条'],
      ['narrative.info_adopted', 45, '条'],
      ['narrative.info_adoption_rate', 37.5, '%'],
    ]);
  });

  it('leaves facts without a catalogue wording uncoded', () => {
    const facts = factsOf('注销微博、微信公众号9个；下发整改通知17次。');
    expect(facts.map((f) => [f.label, f.code])).toEqual([
      ['微信公众号', null],
      ['下发整改通知', null],
    ]);
  });
});

describe('narrative facts in harder prose', () => {
  it('reads hedged numbers written in characters (近百, 三百余, 上千) and not plain words (一个, 三次)', () => {
    const facts = factsOf('培训近百人次，发布信息三百余条，服务群众上千人次。召开三次会议，形成一个机制。');
    expect(facts.map((f) => [f.printed, f.value, f.approximate ?? false])).toEqual([
      ['培训近百人次', 100, true],
      ['发布信息三百余条', 300, true],
      ['服务群众上千人次', 1000, true],
    ]);
    expect(facts[0]?.code).toBe('narrative.training_attendance');
  });

  it('reads a figure broken over a hard line wrap, with its span across the line end', () => {
    const lines = [
      '（一）主动公开。2020年，我县主动公开政府信息2,3',
      '16条，其中政务动态1,024条，政策解读56篇，',
      '通知公告183条。',
    ];
    // Three lines of one width would set the wrap width; two here, plus the closing line.
    const text = `${lines[0]}\n${lines[1]?.padEnd(lines[0]?.length ?? 0, '，')}\n${lines[2]}\n`;
    const total = factsOf(text).find((f) => f.code === 'narrative.published_total');
    expect(total?.value).toBe(2316);
    expect(total?.printed).toBe('主动公开政府信息2,3\n16条');
  });

  it('leaves the subject out of the label (本局, 我县, a district name before a verb)', () => {
    const printed = factsOf(
      '2021年，本局全年共发布各类政府信息3,052条。2020年，鼓楼区主动公开政府信息5,631条。',
    ).map((f) => f.printed);
    expect(printed).toEqual(['发布各类政府信息3,052条', '主动公开政府信息5,631条']);
    // A place that names a channel stays: 嵩县新闻 is the label.
    expect(factsOf('更新嵩县新闻601条。')[0]?.printed).toBe('嵩县新闻601条');
  });
});
