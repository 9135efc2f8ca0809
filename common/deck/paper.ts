/**
 * Which paper a lecturer prints on when neither the deck nor the export says: US Letter in
 * the countries that use it (Unicode CLDR's list), A4 everywhere else. Pure, so the desktop
 * host (from its environment) and the browser (from its language) decide the same way.
 */
import type { PaperSize } from './schema';

/** The territories whose paper is US Letter (CLDR supplemental `paperSize`, "US-Letter"). */
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'CR',
  'GT',
  'PA',
  'PR',
  'SV',
  'NI',
  'VE',
  'BZ',
]);

/**
 * The paper for a locale: a BCP 47 tag ("en-US", "es-419", "fr-CA") or a POSIX locale
 * ("en_US.UTF-8", "es_MX@euro"). Letter for a Letter country; A4 otherwise, also when the
 * locale names no country ("en", "C", "POSIX", "").
 */
export function paperForLocale(locale: string | undefined): PaperSize {
  const tag = (locale ?? '').split(/[.@]/)[0]!;
  // The region is the first two-letter subtag after the language (a script such as "Latn" may come between).
  const region = tag
    .split(/[-_]/)
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part));
  return region && LETTER_REGIONS.has(region.toUpperCase()) ? 'letter' : 'a4';
}
