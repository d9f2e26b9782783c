// markdown-it as a bundle of its own (dist/markdown-it.js): the CLI loads it only when it renders
// prose (render, export), so `check` does not read and compile it (see scripts/esbuild-cli.mjs).
export { default } from 'markdown-it';
