/** The part of citation-js (https://citation.js.org) Lectern uses: reading a bibliography. */
declare module '@citation-js/core' {
  export class Cite {
    static async(data: unknown, options?: { forceType?: string }): Promise<Cite>;
    data: unknown[];
  }
}
