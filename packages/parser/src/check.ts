import { checkReport, type Fact, type Finding, type Template, type Values } from '@nianbao/schema';

/** In-report consistency findings (R1–R7); the rules live in the schema package, shared with the store. */
export function checkParsed(values: Values, facts: readonly Fact[], template: Template): Finding[] {
  return checkReport(values, facts, template);
}
