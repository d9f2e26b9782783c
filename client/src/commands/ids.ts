/** Command ids contributed in package.json (test/client/manifest.test.ts keeps the two in step). */
export const COMMANDS = {
  restartServer: 'govreport.restartServer',
  fixAll: 'govreport.fixAll',
  convertTables: 'govreport.convertTables',
  newReport: 'govreport.newReport',
  switchToGovreport: 'govreport.switchToGovreport',
  toggleChecking: 'govreport.toggleChecking',
  newFromLastYear: 'govreport.newFromLastYear',
  compareWithLastYear: 'govreport.compareWithLastYear',
  showRuleDocumentation: 'govreport.showRuleDocumentation',
  openAuditDashboard: 'govreport.openAuditDashboard',
  refreshReports: 'govreport.refreshReports',
  importReport: 'govreport.importReport',
} as const;
