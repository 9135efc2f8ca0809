/** The app-chrome theme switch (light, dark, high contrast). */
import { CHROME_THEMES, type ChromeTheme } from './chrome-theme';

const LABELS: Record<ChromeTheme, string> = {
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};

/** A labelled select; `stacked` puts the label above it (inside the editor's Themes panel). */
export function ThemePicker({
  value,
  onChange,
  stacked = false,
}: {
  value: ChromeTheme;
  onChange: (t: ChromeTheme) => void;
  stacked?: boolean;
}) {
  return (
    <label className={stacked ? 'theme-picker stacked' : 'theme-picker'}>
      <span>App theme</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as ChromeTheme)}>
        {CHROME_THEMES.map((t) => (
          <option key={t} value={t}>
            {LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
