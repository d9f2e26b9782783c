import type { AgencyKind } from '../model';

/**
 * What an agency's name says about it (source-format.md: …人民政府 / …镇 / …乡 are
 * governments; …局 / …委员会 / …办公室 / …中心 are departments). Names are read from the
 * end: 上海市人民政府办公厅 is a department of a government, not a government.
 */

const DEPARTMENT_SUFFIX = /(局|委员会|委|办公室|办公厅|办|中心|厅|署|院|所|站|队|馆|处|部|会|社|公司|集团|管委会|管理委员会)$/;
const GOVERNMENT_SUFFIX = /(人民政府|政府|市|县|区|旗|镇|乡|州|盟|省|自治区)$/;
const SUB_DISTRICT = /(街道|街道办事处|街道办)$/;

export function inferAgencyKind(name: string): AgencyKind | undefined {
  const n = name.replace(/\s+/g, '');
  if (n === '') return undefined;
  if (SUB_DISTRICT.test(n)) return 'other';
  if (/人民政府$/.test(n)) return 'government';
  if (DEPARTMENT_SUFFIX.test(n)) return 'department';
  if (/(开发区|新区管委会|园区)$/.test(n)) return 'other';
  if (GOVERNMENT_SUFFIX.test(n)) return 'government';
  return undefined;
}

/** Administrative level of the place the agency serves, as far as the name tells. */
export type PlaceLevel = 'province' | 'prefecture' | 'county' | 'township' | 'unknown';

/**
 * The level of the innermost place named (沭阳县发展和改革局 → county; 上海市浦东新区 → county;
 * 淮安市 → unknown: a 市 may be a 设区的市 or a 县级市, and we do not guess).
 */
export function placeLevel(name: string): PlaceLevel {
  // Words that contain a place suffix without naming a place (市场监督管理局, 城市管理局, 社区).
  const n = name
    .replace(/\s+/g, '')
    .replace(/(人民政府|政府).*$/, '')
    .replace(/市场|城市|都市|市政|市民|社区|园区|景区|小区/g, '');
  const places = [...n.matchAll(/(自治区|自治州|特别行政区|省|市|州|盟|地区|县|自治县|区|旗|镇|乡|街道)/g)];
  if (places.length === 0) return 'unknown';
  const last = places[places.length - 1][1];
  switch (last) {
    case '自治区':
    case '省':
    case '特别行政区':
      return 'province';
    case '自治州':
    case '州':
    case '盟':
      return 'prefecture';
    case '县':
    case '自治县':
    case '区':
    case '旗':
      return 'county';
    case '镇':
    case '乡':
    case '街道':
      return 'township';
    default:
      return 'unknown';
  }
}

/** Whether the agency certainly has no power to make 规章 (county level or below). */
export function certainlyLacksRuleMakingPower(name: string): boolean {
  const level = placeLevel(name);
  return level === 'county' || level === 'township';
}
