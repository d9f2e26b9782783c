// The command registry: one line per command, its name and its module. Modules load on demand,
// so `govreport check` does not pay for the libraries of the Word exporter.
export const COMMAND_MODULES = {
  check: () => import('./check'),
  convert: () => import('./convert'),
  render: () => import('./render'),
  export: () => import('./export'),
  next: () => import('./next'),
  compare: () => import('./compare'),
  import: () => import('./import'),
};
