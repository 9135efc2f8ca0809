/**
 * citeproc-js engines for the bundled CSL styles, made once per style and reused: making one
 * parses the style (tens of milliseconds for APA), formatting with it is fast.
 *
 * The engines write the "lectern" output format: plain text with private-use marks around
 * italics, bold and a numeric style's left margin, which `toRuns` reads back.
 */
import CSL from 'citeproc';
import type { CitationStyle, CslItem } from '../deck/schema';
import { MARK, MARKS } from './runs';
import apa from './styles/apa';
import chicago from './styles/chicago-author-date';
import harvard from './styles/harvard';
import ieee from './styles/ieee';
import localeEnUs from './styles/locales-en-US';

const STYLE_XML: Record<CitationStyle, string> = {
  apa,
  'chicago-author-date': chicago,
  ieee,
  harvard,
};

/** The styles' names as a lecturer knows them. */
export const STYLE_NAMES: Record<CitationStyle, string> = {
  apa: 'APA 7th edition',
  'chicago-author-date': 'Chicago author-date',
  ieee: 'IEEE (numbered)',
  harvard: 'Harvard (Cite Them Right)',
};

const wrap = (open: string, close: string) => (_state: unknown, str: string) =>
  `${open}${str}${close}`;

CSL.Output.Formats.lectern = {
  ...CSL.Output.Formats.text,
  text_escape: (text: string | undefined) => (text ?? '').replace(MARKS, ''),
  '@font-style/italic': wrap(MARK.italicOpen, MARK.italicClose),
  '@font-style/oblique': wrap(MARK.italicOpen, MARK.italicClose),
  '@font-weight/bold': wrap(MARK.boldOpen, MARK.boldClose),
  '@display/left-margin': wrap(MARK.marginOpen, MARK.marginClose),
};

export interface StyleEngine {
  /** Whether the style numbers its works ("[1]") rather than naming author and year. */
  numeric: boolean;
  /** Loads the items to format; call before `cluster` or `bibliography`. */
  load(items: ReadonlyMap<string, CslItem>): void;
  /** One citation cluster, marked: "(Sutton, 1971, p. 207; Davies & Harrison, 1989)". */
  cluster(cites: ReadonlyArray<{ id: string; pages?: string | undefined }>): string;
  /** Every loaded item's entry, marked, in the style's order. */
  bibliography(): Array<{ id: string; marked: string }>;
}

const engines = new Map<CitationStyle, StyleEngine>();

export function styleEngine(style: CitationStyle): StyleEngine {
  const known = engines.get(style);
  if (known) return known;
  let items: ReadonlyMap<string, CslItem> = new Map();
  const sys = {
    retrieveLocale: () => localeEnUs,
    retrieveItem: (id: string) => ({ ...items.get(id), id }),
  };
  const engine = new CSL.Engine(sys, STYLE_XML[style], 'en-US', true);
  engine.setOutputFormat('lectern');
  const made: StyleEngine = {
    numeric: /citation-format="numeric"/.test(STYLE_XML[style].slice(0, 4000)),
    load(next) {
      items = next;
      engine.updateItems([...next.keys()]);
    },
    cluster(cites) {
      return engine.makeCitationCluster(
        cites.map((c) => (c.pages ? { id: c.id, locator: c.pages, label: 'page' } : { id: c.id })),
      );
    },
    bibliography() {
      const made = engine.makeBibliography();
      if (!made) return [];
      const [meta, entries] = made;
      return entries.map((marked, i) => ({ id: meta.entry_ids[i]![0]!, marked }));
    },
  };
  engines.set(style, made);
  return made;
}
