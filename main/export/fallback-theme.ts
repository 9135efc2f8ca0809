/**
 * The stand-in theme for the stand-in renderer: readable type on a plain background in the
 * three deck themes. Replaced by assets/themes/*.css once the shared render lands.
 */
import type { Theme } from '../../common/deck/schema';

const COLORS: Record<Theme, { bg: string; fg: string; accent: string; muted: string }> = {
  light: { bg: '#ffffff', fg: '#1b1b1f', accent: '#1f4e99', muted: '#4a4a55' },
  dark: { bg: '#16181d', fg: '#f2f2f5', accent: '#9cc2ff', muted: '#c5c5cf' },
  'high-contrast': { bg: '#000000', fg: '#ffffff', accent: '#ffff00', muted: '#ffffff' },
};

/** CSS for `.lx-slide` content in the given theme. */
export function fallbackThemeCss(theme: Theme): string {
  const c = COLORS[theme];
  return `
.lx-slide{box-sizing:border-box;width:100%;height:100%;padding:48px 64px;text-align:left;color:${c.fg};background:${c.bg};font-family:'Source Sans 3','Noto Sans CJK SC','Noto Sans CJK JP',sans-serif;font-size:32px;line-height:1.3;display:flex;flex-direction:column;overflow:hidden}
.lx-slide h1,.lx-slide h2{margin:0 0 24px;color:${c.accent};font-weight:700;line-height:1.15;text-transform:none;font-family:inherit;letter-spacing:0}
.lx-slide h1{font-size:64px}.lx-slide h2{font-size:46px}
.lx-layout-title,.lx-layout-section{justify-content:center}
.lx-subtitle{margin:0 0 16px;font-size:34px;color:${c.muted}}
.lx-body{flex:1;min-height:0;display:flex;flex-direction:column;gap:16px}
.lx-layout-bullets-figure .lx-body{flex-direction:row}
.lx-layout-bullets-figure .lx-body>*{flex:1;min-width:0}
.lx-slide ul{margin:0;padding-left:1.1em}.lx-slide li{margin:0 0 10px}.lx-slide li ul{margin-top:8px;font-size:.9em}
.lx-slide p{margin:0 0 12px}
.lx-slide a{color:${c.accent};text-decoration:underline}
.lx-slide blockquote{margin:0;padding:0 0 0 24px;border-left:6px solid ${c.accent};font-family:'Source Serif 4',serif;font-style:italic}
.lx-slide blockquote footer{font-style:normal;font-size:.8em;color:${c.muted}}
.lx-slide figure{margin:0;display:flex;flex-direction:column;align-items:center;min-height:0;flex:1}
.lx-slide figure img{max-width:100%;max-height:480px;object-fit:contain}
.lx-chart svg{max-width:100%;height:auto;background:#fff}
.lx-slide figcaption{font-size:22px;color:${c.muted};margin-top:8px}
.lx-cite,.lx-source{font-size:.65em;color:${c.muted}}
.lx-refs{font-size:22px;margin:0;padding-left:1.4em}.lx-refs li{margin-bottom:6px}
.lx-ref-label{font-weight:600}
.lx-sr-only{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
}
