/**
 * The deck theme as PowerPoint takes it: colours (hex without "#", as pptxgenjs wants them)
 * from the CSS variables of assets/themes/*.css, and font faces. PowerPoint names one face per
 * run and substitutes its own when that face is not installed, so the faces are the deck's
 * (Source Sans 3, Source Serif 4) and the theme's fonts fall back to Calibri and Cambria,
 * which every PowerPoint has.
 */
import type { Theme } from '../../../common/deck/schema';

export interface PptxTheme {
  background: string;
  /** The section slide's band. */
  sectionBackground: string;
  text: string;
  heading: string;
  muted: string;
  accent: string;
  link: string;
  rule: string;
  /** Chart series colours, colour-blind safe (the slide charts' palette). */
  series: string[];
}

export const FONTS = {
  sans: 'Source Sans 3',
  serif: 'Source Serif 4',
  mono: 'Consolas',
  fallbackSans: 'Calibri',
  fallbackSerif: 'Cambria',
} as const;

export const PPTX_THEMES: Record<Theme, PptxTheme> = {
  light: {
    background: 'FFFFFF',
    sectionBackground: 'EEF3FA',
    text: '1B1F24',
    heading: '10284D',
    muted: '4A5360',
    accent: '1F5FAE',
    link: '1A56A8',
    rule: 'D5D9DF',
    series: ['0066AA', 'C25400', '008060', 'B8006B', '6A4FB3', '8A6D00', '3D7CA8'],
  },
  dark: {
    background: '16191E',
    sectionBackground: '1D2633',
    text: 'ECEEF1',
    heading: 'FFFFFF',
    muted: 'B4BCC7',
    accent: '6CB6FF',
    link: '8CC6FF',
    rule: '3A414B',
    series: ['6CB6FF', 'FFA15C', '4FD6A8', 'FF85C8', 'B9A2FF', 'F0D35A', '8FD0FF'],
  },
  'high-contrast': {
    background: '000000',
    sectionBackground: '000000',
    text: 'FFFFFF',
    heading: 'FFFFFF',
    muted: 'FFFFFF',
    accent: 'FFFF00',
    link: '7FDBFF',
    rule: 'FFFFFF',
    series: ['FFFF00', '00FFFF', 'FF9EFF', '7DFF7D', 'FFB366', 'FFFFFF', '9EC5FF'],
  },
};
