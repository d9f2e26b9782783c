import { agrees } from '../analysis/readings';
import { setCellText } from '../analysis/cells';
import { canonicalNumber } from '../text/numbers';
import type { Finding, Fix, Rule } from './types';

export const rule: Rule = {
  id: 'text-table-mismatch',
  category: 'consistency',
  defaultSeverity: 'warning',
  description: {
    zh: '正文引用的数字与统计表中对应的数字不符。',
    en: 'A figure quoted in the prose differs from the table figure it describes.',
  },
  rationale: {
    zh: '正文常复述表中的数字（“全年共受理政府信息公开申请 70 件”“出台行政规范性文件 8 件”）。两处不一致时，读者无法判断哪个正确。只检查含义明确的句子：同一说法有多种读法时（“受理”可指本年新收，也可指新收加上年结转），符合任一读法即不报告；“审查拟出台规范性文件”“办理相关案件”等其他口径不比较。',
    en: 'The prose often restates table figures. When they disagree, readers cannot tell which is right. Only unambiguous sentences are checked; a sentence that matches any reading it admits is not flagged, and other measures that share words are never compared.',
  },
  fix: {
    zh: '把正文的数字改为表中的数字，或把表中的数字改为正文的数字。哪一处错了须由人判断，所以两者都不是首选修复，“修复所有问题”也不会改动。',
    en: 'Change the prose to the table figure, or the table cell to the prose figure. Which side is wrong is for a person to decide, so neither is preferred and Fix All changes neither.',
  },
  example: { bad: '出台行政规范性文件 8 件。  ← 表二「行政规范性文件」本年制发件数为 10' },
  check({ model, analysis }) {
    const out: Finding[] = [];
    for (const { claim, readings } of analysis.claims) {
      if (readings.length === 0 || agrees(claim, readings)) continue;
      const primary = readings[0];
      const quoted = claim.phrase;
      const fixes: Fix[] = [];
      if (claim.kind === 'all-concluded') {
        out.push({
          span: claim.span,
          message: {
            zh: `正文称“${quoted}”，但${primary.name.zh}为 ${primary.value} 件`,
            en: `The text says “${quoted}” (all concluded), but ${primary.name.en} is ${primary.value}`,
          },
        });
        continue;
      }
      // Neither direction is preferred: fix-all and source.fixAll must never rewrite a figure
      // when only a person can tell which of the two is wrong.
      fixes.push({
        title: { zh: `把正文改为 ${canonicalNumber(primary.value)}（与表一致）`, en: `Change the text to ${canonicalNumber(primary.value)} (as in the table)` },
        edits: [{ span: claim.span, newText: canonicalNumber(primary.value) }],
      });
      if (readings.length === 1 && primary.cell) {
        fixes.push({ title: { zh: `把表中数字改为 ${claim.value}`, en: `Change the table cell to ${claim.value}` }, edits: [setCellText(model.source, primary.cell, String(claim.value))] });
      }
      const others = readings.slice(1).map((r) => `${r.name.zh} ${r.value}`);
      const othersEn = readings.slice(1).map((r) => `${r.name.en} ${r.value}`);
      out.push({
        span: claim.span,
        message: {
          zh: `正文“${quoted}”与${primary.name.zh} ${primary.value} 不符${others.length ? `（也不等于${others.join('、')}）` : ''}`,
          en: `The text “${quoted}” says ${claim.value}; ${primary.name.en} is ${primary.value}${othersEn.length ? ` (nor does it equal ${othersEn.join(', ')})` : ''}`,
        },
        fixes,
        data: { claimed: claim.value, table: primary.value },
      });
    }
    return out;
  },
};
