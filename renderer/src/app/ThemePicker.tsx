/** The app-chrome theme switch (light, dark, high contrast). */
import { CHROME_THEMES, type ChromeTheme } from './chrome-theme';

const LABELS: Record<ChromeTheme, string> = { light: 'Light', dark: 'Dark', 'high-contrast': 'High contrast' };

export function ThemePicker({ value, onChange }: { value: ChromeTheme; onChange: (t: ChromeTheme) => void }) {
  return (
    <label style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
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
