import { describe, expect, it } from 'vitest';
import { textBlocks } from '../adapters/text-blocks.ts';
import { readTitle, yearFromFileName, yearFromPeriod } from './title.ts';

const title = (text: string) => {
  const { agency, year } = readTitle(textBlocks(text));
  return { agency, year };
};

describe('readTitle', () => {
  it.each([
    ['嵩县人民政府办公室2020年政府信息公开工作年度报告', '嵩县人民政府办公室', 2020],
    ['嵩县人民政府办公室２０２１年度政府信息公开工作年度报告', '嵩县人民政府办公室', 2021],
    ['2020年度嵩县教育局政府信息公开工作年度报告', '嵩县教育局', 2020],
    ['《嵩县财政局二〇二二年政府信息公开工作年度报告》', '嵩县财政局', 2022],
    ['嵩县卫生健康委员会政府信息公开工作年度报告（2019年）', '嵩县卫生健康委员会', 2019],
    ['安澜县交通运输局\n2022年政府信息公开工作年度报告', '安澜县交通运输局', 2022],
  ])('reads %j', (text, agency, year) => {
    expect(title(`\n${text}\n\n一、总体情况\n`)).toEqual({ agency, year });
  });

  it('ignores long sentences that merely mention the report', () => {
    const text = `一、总体情况\n本报告根据《中华人民共和国政府信息公开条例》要求，由本机关依据${'相关材料'.repeat(20)}编制政府信息公开工作年度报告。\n`;
    expect(title(text)).toEqual({ agency: null, year: null });
  });
});

describe('year fallbacks', () => {
  it('reads the statistics period sentence', () => {
    const blocks = textBlocks('正文。\n本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n');
    expect(yearFromPeriod(blocks)).toBe(2021);
  });

  it('reads a year from the file name, ignoring longer digit runs', () => {
    expect(yearFromFileName('data/嵩县2019年报.txt')).toBe(2019);
    expect(yearFromFileName('reports/20210315-公开.txt')).toBeNull();
    expect(yearFromFileName('report.txt')).toBeNull();
  });
});

describe('what is not a title', () => {
  it.each(['县政府召开政府信息公开工作会议，部署年度报告编制。', '关于做好政府信息公开工作的通知'])(
    '%j',
    (line) => {
      expect(readTitle(textBlocks(`${line}\n正文。`)).title).toBeNull();
    },
  );
});
