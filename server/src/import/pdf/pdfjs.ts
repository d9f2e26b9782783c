// pdf.js and its worker, as one bundle of their own (dist/pdfjs.js): the importer loads it only
// for a PDF, so importing a Word document or a web page does not pay for it.
export * as api from 'pdfjs-dist/legacy/build/pdf.mjs';
export { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
