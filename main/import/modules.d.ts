/** Types for the parts of untyped packages the importers use. */
/** The part of citation-js (https://citation.js.org) Lectern uses: reading a bibliography. */
declare module '@citation-js/core' {
  export class Cite {
    static async(data: unknown, options?: { forceType?: string }): Promise<Cite>;
    data: unknown[];
  }
}

/** pdf.js's parser, loaded on the import's own thread (main/import/pdf.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
