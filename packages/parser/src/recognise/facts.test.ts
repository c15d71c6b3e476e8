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
