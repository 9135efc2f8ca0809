/**
 * The part of citeproc-js (https://citeproc-js.readthedocs.io) Lectern uses: an engine per
 * style that formats citation clusters and a bibliography from CSL-JSON items.
 */
declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): Record<string, unknown>;
  }
  interface CiteItem {
    id: string;
    locator?: string;
    label?: string;
  }
  interface BibliographyMeta {
    entry_ids: string[][];
  }
  type OutputFormat = Record<string, unknown>;
  interface Engine {
    setOutputFormat(format: string): void;
    updateItems(ids: string[]): void;
    makeCitationCluster(items: CiteItem[]): string;
    makeBibliography(): [BibliographyMeta, string[]] | false;
    opt: { xclass?: string };
  }
  const CSL: {
    Engine: new (sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean) => Engine;
    Output: { Formats: { text: OutputFormat } & Record<string, OutputFormat> };
  };
  export default CSL;
}
