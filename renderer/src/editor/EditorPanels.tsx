/** The right-hand panels: the slide's inspector, the references, the source and the deck check. */
import type { Deck, Slide } from '../../../common/deck/schema';
import type { Op } from '../../../common/ops';
import { useDeckCheck } from './deck-check';
import { CheckPanel } from './CheckPanel';
import { Inspector } from './Inspector';
import { ReferencesPanel } from './ReferencesPanel';
import { SourcePane } from './SourcePane';

export type PanelName = 'slide' | 'references' | 'source' | 'check';
const TABS: { name: PanelName; label: string }[] = [
  { name: 'slide', label: 'Slide' },
  { name: 'references', label: 'References' },
  { name: 'source', label: 'Source' },
  { name: 'check', label: 'Check' },
];

export interface EditorPanelsProps {
  /** The open deck, for what its folder keeps (the bibliography). */
  deckRef: string;
  panel: PanelName;
  setPanel: (p: PanelName) => void;
  deck: Deck;
  slide: Slide | undefined;
  index: number;
  apply: (op: Op) => boolean;
  /** Several ops as one undo step named `label`. */
  applyAll: (label: string, ops: readonly Op[]) => void;
  /** Image paths the host said are not in the deck folder (for the deck check). */
  missingAssets: ReadonlySet<string>;
  onGo: (index: number) => void;
  onAddFigure: () => void;
  onReplaceImage: (blockId: string, file: File) => void;
  assetUrl: (rel: string) => string;
}

export function EditorPanels(p: EditorPanelsProps) {
  // The check runs here, not in the session, so its catch-up render after a keystroke is this panel's only.
  const problems = useDeckCheck(p.deck, p.deckRef, p.missingAssets, p.assetUrl);
  return (
    <aside className="panels" aria-label="Inspector">
      <div role="tablist" aria-label="Panels" className="tabs">
        {TABS.map((t) => (
          <button
            key={t.name}
            type="button"
            role="tab"
            id={`tab-${t.name}`}
            aria-selected={p.panel === t.name}
            aria-controls={`panel-${t.name}`}
            tabIndex={p.panel === t.name ? 0 : -1}
            onClick={() => p.setPanel(t.name)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const i = TABS.findIndex((x) => x.name === p.panel);
              const next =
                TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
              p.setPanel(next.name);
              document.getElementById(`tab-${next.name}`)?.focus();
            }}
          >
            {t.label}
            {t.name === 'check' && problems.length > 0 ? ` (${problems.length})` : ''}
          </button>
        ))}
      </div>
      {/* Focusable, as a tab panel should be: a long source passage scrolls from the keyboard too. */}
      <div
        role="tabpanel"
        id={`panel-${p.panel}`}
        aria-labelledby={`tab-${p.panel}`}
        className="panel-body"
        tabIndex={0}
      >
        {p.panel === 'slide' &&
          (p.slide ? (
            <Inspector
              slide={p.slide}
              index={p.index}
              references={p.deck.references}
              apply={p.apply}
              onAddFigure={p.onAddFigure}
              onReplaceImage={p.onReplaceImage}
            />
          ) : (
            <p className="muted">No slide selected.</p>
          ))}
        {p.panel === 'references' && (
          <ReferencesPanel
            deckRef={p.deckRef}
            applyAll={p.applyAll}
            references={p.deck.references}
            slides={p.deck.slides}
            meta={p.deck.meta}
            apply={p.apply}
          />
        )}
        {p.panel === 'source' &&
          (p.slide ? (
            <SourcePane deck={p.deck} deckRef={p.deckRef} slide={p.slide} assetUrl={p.assetUrl} />
          ) : (
            <p className="muted">No slide selected.</p>
          ))}
        {p.panel === 'check' && (
          <CheckPanel
            problems={problems}
            onGo={(i) => (p.onGo(i), p.setPanel('slide'))}
            onReferences={() => p.setPanel('references')}
            onReviewed={(i) => {
              const id = p.deck.slides[i]?.id;
              if (id) p.apply({ op: 'slide/mark-reviewed', args: { slideIds: [id] } });
            }}
          />
        )}
      </div>
    </aside>
  );
}
