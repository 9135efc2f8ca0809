/**
 * The bibliography kept in the deck's folder (`bibliography.kept`), read when the References
 * tab opens: the entry pickers offer it after a tab switch, a reload or a restart, so a
 * lecturer links the works over several sittings without importing the file again.
 */
import { useEffect, useState } from 'react';
import type { BibliographyEntry } from '../../../common/references/match';
import { useApi } from '../app/api-context';
import { problemText } from '../app/format';
import { inBackground } from '../failure/background';

export interface KeptBibliography {
  entries: readonly BibliographyEntry[];
  /** The file the entries came from ("bibliography.bib"), or null before any. */
  name: string | null;
  /** Why the kept bibliography could not be read, in words; empty when it could (or there is none). */
  problem: string;
}

const NONE: KeptBibliography = { entries: [], name: null, problem: '' };

/** The kept bibliography of `deckRef`, and a setter for one just imported. */
export function useKeptBibliography(
  deckRef: string | undefined,
): [KeptBibliography, (next: KeptBibliography) => void] {
  const api = useApi();
  const [kept, setKept] = useState<KeptBibliography>(NONE);
  useEffect(() => {
    if (!deckRef) return;
    let live = true;
    inBackground(
      "read the deck's bibliography",
      api.bibliography.kept({ ref: deckRef }).then((read) => {
        if (!live) return;
        // An import made while this was read wins: it is newer than what the folder held.
        setKept((now) =>
          now.entries.length || now.problem
            ? now
            : read.ok
              ? { entries: read.value.entries, name: read.value.name, problem: '' }
              : {
                  entries: [],
                  name: null,
                  problem: `The bibliography kept with this deck could not be read: ${read.problems.map(problemText).join('; ')}. Import it again.`,
                },
        );
      }),
    );
    return () => {
      live = false;
    };
  }, [api, deckRef]);
  return [kept, setKept];
}
