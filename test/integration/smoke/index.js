// Suite index for the harness smoke test, in the @vscode/test-electron shape: VS Code's extension host requires
// this file (--extensionTestsPath / payload extensionTestsPath) and awaits run().
const path = require('path');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 20000 });
  mocha.addFile(path.resolve(__dirname, 'smoke.suite.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed.`)) : resolve()));
  });
};
