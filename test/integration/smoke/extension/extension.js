// Placeholder extension for the integration-harness smoke suite: intentionally does nothing.
exports.activate = function activate() {};
exports.deactivate = function deactivate() {};
