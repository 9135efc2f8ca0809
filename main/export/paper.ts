/**
 * The paper an export prints notes and handouts on: the export's own choice, then the deck's
 * setting, then this machine's locale (LC_ALL, LC_PAPER, LANG as POSIX orders them, then the
 * locale Node runs in). The rule for a locale is `paperForLocale`, shared with the renderer.
 */
import { paperForLocale } from '../../common/deck/paper';
import type { PaperSize } from '../../common/deck/schema';

/**
 * The machine's paper locale: the first of LC_ALL, LC_PAPER, LANG that is set, else the
 * locale Intl reports (macOS and Windows often set none of the variables). "C" and "POSIX"
 * name no country, so they give A4; Intl is not asked then, as it reports them as "en-US".
 */
export function systemPaperLocale(
  env: NodeJS.ProcessEnv = process.env,
  intl: () => string = () => Intl.DateTimeFormat().resolvedOptions().locale,
): string {
  for (const name of ['LC_ALL', 'LC_PAPER', 'LANG'] as const) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return intl();
}

/** The paper to print on: `chosen` (flag or dialog), else the deck's, else the locale's. */
export function resolvePaper(
  chosen: PaperSize | undefined,
  deck: PaperSize | undefined,
  locale: () => string = () => systemPaperLocale(),
): PaperSize {
  return chosen ?? deck ?? paperForLocale(locale());
}
