/**
 * Why a row was refused: a code and its parameters, and the English text made from them. The CLI
 * and the `row N, column C: reason` contract print the English text; the upload page renders the
 * code from its own zh/en catalogue (client/src/i18n/messages.ts, keys `importReason_<code>`), so
 * the Chinese page shows Chinese reasons. Parameters are language-neutral (values, numbers, ids,
 * codes), never English phrases. A new reason adds a line here and its two client messages
 * (test/unit/import-reasons.test.ts checks that every code has both).
 */
export const REASON_EN = {
  required: "required: the cell is empty",
  too_long: "longer than {max} characters ({length})",
  not_number: '"{value}" is not a number',
  not_whole: "must be a whole number, not {value}",
  below_min: "must be at least {min}{unit}, not {value}",
  above_max: "must be at most {max}{unit}, not {value}",
  not_percent: '"{value}" is not a percentage',
  percent_range: "must be between {min}% and {max}%, not {value}",
  not_boolean: '"{value}" is not yes or no (是/否, true/false, 1/0)',
  not_date: '"{value}" is not a date (use 2015-03-08, 2015/3/8, 2015年3月8日 or a year)',
  not_real_day: '"{value}" is not a real day',
  before_1800: "year {year} is before 1800",
  future: '"{value}" is in the future',
  currency_not_cny:
    'amounts must be in CNY (人民币); "{value}" given: convert them first (no exchange rate is assumed)',
  not_currency: '"{value}" is not a currency code (use CNY / 人民币)',
  credit_code_length: "a credit code has 18 characters, this one has {length}",
  credit_code_char: 'character "{char}" is not allowed in a credit code (no I, O, S, V, Z)',
  credit_code_check:
    'check character is "{given}" but GB 32100 gives "{expected}" for the first 17 characters',
  no_items: "no item given",
  listed_twice: '"{item}" is listed twice',
  region_empty: "region is empty",
  no_region: 'no region has the code or name "{value}"',
  region_ambiguous: 'region "{value}" is ambiguous ({candidates}): give the code or the province/city path',
  segment_ambiguous: 'segment "{value}" is ambiguous ({ids}): give its id',
  not_leaf: '"{value}" is a sub-chain, not a leaf segment: name one of its segments',
  no_segment: 'no segment has the id or name "{value}"',
  alliance_ambiguous: 'alliance "{value}" is ambiguous: give its id',
  no_alliance: 'no alliance has the id or name "{value}"',
  not_stock_code: "not a stock code (e.g. 601222.SH, 0700.HK)",
  stock_but_unlisted: "says not listed but a stock code is given",
  not_role: '"{value}" is not a role (LEAD/牵头单位 or MEMBER/成员单位)',
  self_supply: "a company cannot supply itself",
  same_row: "same {what} as row {row}",
  name_ambiguous_region:
    "ambiguous: {count} companies in {region} have this name ({ids}); give the credit code",
  name_ambiguous: "ambiguous: {count} companies have this name ({ids}); give the credit code",
  name_ambiguous_no_region:
    "ambiguous: {count} companies have this name ({ids}); give the credit code or the region",
  no_company: 'no company has the id, credit code or name "{value}"',
  no_company_in_region: 'no company has the id, credit code or name "{value}" in {region}',
  segments_for_new: "required for a new company: name at least one segment",
  not_one_of: '"{value}" is not a {what} ({allowed})',
  stage_producing:
    "a lead is not imported at 投产 PRODUCING (it lands a local plant): import it at 开工 STARTED and move it on the lead page",
  date_before: "{date} is before the 登记日期 / createdOn {before}",
  fund_not_linked: "a fund amount is given but 基金招商 / fundLinked says no",
  lead_exists:
    "lead {id} has this key already, at stage {stage} with other figures: change it on the lead page",
} as const;

export type ReasonCode = keyof typeof REASON_EN;
export type ReasonParams = Record<string, string | number>;

/** A reason: its code, its parameters and the English text. */
export interface Reason {
  code: ReasonCode;
  params: ReasonParams;
  text: string;
}

/** Fills `{name}` placeholders (a missing one stays as it is). */
export function fill(template: string, params: ReasonParams): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function reason(code: ReasonCode, params: ReasonParams = {}): Reason {
  return { code, params, text: fill(REASON_EN[code], params) };
}
