import type { Finding } from '../parse-result.ts';
import type { CellReader } from './cell-reader.ts';
import { differs, fmt } from './format.ts';

const NARRATIVE = 'narrative.applications_received';
const TABLE = 't3.new.total';

/** R6 [warning]: the application count stated in the prose equals table 3's 本年新收 总计. */
export function checkR6(read: CellReader): Finding[] {
  const cells = read.all([NARRATIVE, TABLE]);
  if (!cells) return [];
  const [stated, table] = cells as [number, number];
  if (!differs(stated, table)) return [];
  return [
    {
      rule: 'R6',
      severity: 'warning',
      message: `正文称收到政府信息公开申请 ${fmt(stated)} 件，表中本年新收政府信息公开申请数量（总计）为 ${fmt(table)} 件`,
      codes: [NARRATIVE, TABLE],
    },
  ];
}
