// `npm start`: checks the canonical example (it must be clean), then the real published
// report it was corrected from, as it is, to show what the checker finds in the wild.
import { spawnSync } from 'node:child_process';

const example = 'examples/孝义市2024年政府信息公开工作年度报告.govreport.md';
const corpus = 'test/fixtures/corpus/xiaoyi-2024.txt';
const run = (title, args) => {
  console.log(`\n━━ ${title}\n$ govreport ${args.join(' ')}`);
  return spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' }).status;
};

const clean = run('示例（校正版）/ The canonical example (corrected edition)', ['check', example]);
const found = run('原始发布文本 / The published report as extracted', ['check', corpus]);
console.log(
  `\n示例检查${clean === 0 ? '通过' : '未通过'}；原始报告${found === 1 ? '发现错误（如上）' : '退出码 ' + found}。\n` +
    `The example ${clean === 0 ? 'checks clean' : 'has errors'}; the published report ${found === 1 ? 'has the errors above' : 'exited ' + found}.\n` +
    `Try: node dist/cli.js convert --fix ${corpus}`,
);
process.exit(clean === 0 && found === 1 ? 0 : 1);
