// The docx library as a bundle of its own (dist/docx.js): the CLI loads it only for `govreport
// export` (see scripts/esbuild-cli.mjs), so the other commands do not read and compile it.
export * from 'docx';
