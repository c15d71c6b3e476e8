import type { Fact, Finding, Values } from '@nianbao/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { seedAgency, seedReport } from './seed-report.ts';

/** A small store for the read models: two agencies, several years, a superseded and a deleted report. */
export async function seedWorld(db: Kysely<Database>) {
  const office = await seedAgency(db, {
    name: '嵩县人民政府办公室',
    kind: 'government_office',
    region: '嵩县',
    regionCode: '410325',
  });
  const bureau = await seedAgency(db, { name: '嵩县教育局', kind: 'department' });
  const empty = await seedAgency(db, { name: '嵩县档案馆', kind: 'other' });

  const values2019: Values = {
    't2.normative.made': 5,
    't3.new.total': 4,
    't3.granted.total': 2,
    't3.partial.total': 1,
    't3.total.total': 4,
    't3.denied.state_secret.total': 1,
    't3.denied.third_party.total': null,
  };
  const facts2019: Fact[] = [
    { label: '上报信息', value: 200, unit: '条', code: 'narrative.info_submitted', start: 5, end: 12 },
    { label: '被采用', value: 50, unit: '条', code: 'narrative.info_adopted', start: 20, end: 25 },
    { label: '再次上报信息', value: 999, unit: '条', code: 'narrative.info_submitted', start: 40, end: 48 },
    {
      label: '培训',
      value: 90,
      unit: '人次',
      code: 'narrative.training_attendance',
      start: 60,
      end: 66,
      approximate: true,
    },
  ];
  const findings2019: Finding[] = [
    {
      rule: 'R1',
      severity: 'error',
      message: 'carry-over does not add up',
      codes: ['t3.new.total', 't3.total.total'],
    },
    { rule: 'R7', severity: 'info', message: 'blank read as zero', codes: ['t3.denied.third_party.total'] },
    { rule: 'R7', severity: 'info', message: 'another blank', codes: [] },
  ];
  const values2020: Values = { 't2.normative.made': 9, 't3.new.total': null, 't3.total.total': 0 };

  const officeDeleted = await seedReport(db, {
    agencyId: office,
    year: 2018,
    fileName: 'office-2018.txt',
    values: { 't2.normative.made': 77 },
    deleted: true,
  });
  const office2019 = await seedReport(db, {
    agencyId: office,
    year: 2019,
    fileName: 'office-2019.txt',
    values: values2019,
    facts: facts2019,
    findings: findings2019,
  });
  const office2020Old = await seedReport(db, {
    agencyId: office,
    year: 2020,
    fileName: 'office-2020-draft.txt',
    values: { 't2.normative.made': 1 },
    isCurrent: false,
  });
  const office2020 = await seedReport(db, {
    agencyId: office,
    year: 2020,
    fileName: 'office-2020.txt',
    values: values2020,
  });
  const officeNoYear = await seedReport(db, { agencyId: office, year: null, fileName: 'office-undated.txt' });
  const bureau2021 = await seedReport(db, {
    agencyId: bureau,
    year: 2021,
    fileName: 'bureau-2021.html',
    template: '2021',
    values: { 't2.normative.made': 3, 't3.other.no_fee.total': 2, 't3.other.other.total': 1 },
    findings: [{ rule: 'R4', severity: 'warning', message: 'check table 4', codes: ['t4.review.total'] }],
  });

  return {
    agencies: { office, bureau, empty },
    reports: { officeDeleted, office2019, office2020Old, office2020, officeNoYear, bureau2021 },
    inputs: { values2019, facts2019, findings2019, values2020 },
  };
}
