/**
 * The theme of the app chrome (light, dark, high contrast), remembered per browser profile.
 * The deck's own theme is part of the deck and changed through an operation instead.
 */
import { useCallback, useEffect, useState } from 'react';

export const CHROME_THEMES = ['light', 'dark', 'high-contrast'] as const;
export type ChromeTheme = (typeof CHROME_THEMES)[number];
const KEY = 'lectern.chromeTheme';

function initial(): ChromeTheme {
  const saved = window.localStorage.getItem(KEY);
  if (saved && (CHROME_THEMES as readonly string[]).includes(saved)) return saved as ChromeTheme;
  if (window.matchMedia?.('(prefers-contrast: more)').matches) return 'high-contrast';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The chrome theme and its setter; applies it to `<html data-theme>`. */
export function useChromeTheme(): [ChromeTheme, (t: ChromeTheme) => void] {
  const [theme, setTheme] = useState<ChromeTheme>(initial);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const set = useCallback((t: ChromeTheme) => {
    window.localStorage.setItem(KEY, t);
    setTheme(t);
  }, []);
  return [theme, set];
}
