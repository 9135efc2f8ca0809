/**
 * Shows the lecturer a failure of work the app did in the background (background.ts), and any
 * promise rejection nobody handled: "Lectern could not keep a recovery copy: …". It stays
 * until dismissed, since what failed may need the lecturer to act (save by hand, free space).
 */
import { useEffect, useState } from 'react';
import { onBackgroundFailure, reportFailure, type BackgroundFailure } from './background';
import './failure.css';

export function FailureBanner() {
  const [failures, setFailures] = useState<BackgroundFailure[]>([]);
  useEffect(() => {
    const off = onBackgroundFailure((f) =>
      setFailures((list) =>
        list.some((x) => x.doing === f.doing && x.message === f.message) ? list : [...list, f],
      ),
    );
    // A rejection no code handled is a bug, but the lecturer should still learn that something did not happen.
    const unhandled = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      reportFailure('finish a task', event.reason);
    };
    window.addEventListener('unhandledrejection', unhandled);
    return () => {
      off();
      window.removeEventListener('unhandledrejection', unhandled);
    };
  }, []);
  if (!failures.length) return null;
  return (
    <div className="failure-banner" role="alert">
      <ul>
        {failures.map((f) => (
          <li key={`${f.doing}\n${f.message}`}>
            <strong>Lectern could not {f.doing}.</strong> <span>{f.message}</span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setFailures([])}>
        Dismiss
      </button>
    </div>
  );
}
