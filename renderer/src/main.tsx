/**
 * Entry point of the UI. Picks the host API — `window.lectern` from the Electron preload, or
 * the HTTP client of the browser edition — and renders the app with it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { LecternApi } from '../../common/api/contract';
import { createHttpApi } from '../api/http-client';
import { App } from './app/App';
import { ApiContext } from './app/api-context';
// The slide themes and their fonts ship with the app; nothing is fetched from the network.
import '../../assets/fonts/fonts.css';
import '../../assets/themes/base.css';
import '../../assets/themes/light.css';
import '../../assets/themes/dark.css';
import '../../assets/themes/high-contrast.css';
// KaTeX's stylesheet and fonts, for formulas on slides (bundled, like the themes).
import 'katex/dist/katex.min.css';
import '../../assets/math/math.css';
import './styles/app.css';

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge; absent in the browser edition. */
    lectern?: LecternApi;
  }
}

const api = window.lectern ?? createHttpApi();
const root = createRoot(document.getElementById('root')!);

if (api) {
  root.render(
    <StrictMode>
      <ApiContext.Provider value={api}>
        <App />
      </ApiContext.Provider>
    </StrictMode>,
  );
} else {
  root.render(
    <main style={{ padding: 32, maxWidth: 640 }}>
      <h1>Lectern is not connected</h1>
      <p>
        This page needs the address Lectern printed when it started (it carries a one-time key). Run{' '}
        <code>npm run web</code> and open the address it prints.
      </p>
    </main>,
  );
}
