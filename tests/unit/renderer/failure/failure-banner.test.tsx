/**
 * Background work that fails is told to the lecturer: `inBackground` hands the failure to the
 * FailureBanner ("Lectern could not <doing>."), the same failure is listed once, Dismiss
 * clears it, and a rejection no code handled still shows.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inBackground } from '../../../../renderer/src/failure/background';
import { FailureBanner } from '../../../../renderer/src/failure/FailureBanner';

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
  document.body.innerHTML = '';
});

function mount(): HTMLElement {
  const host = document.body.appendChild(document.createElement('div'));
  const root = createRoot(host);
  act(() => root.render(<FailureBanner />));
  unmount = () => act(() => root.unmount());
  return host;
}

/** Lets the rejected promise's handler run, inside act so React renders what it set. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe('the failure banner', () => {
  it('shows what could not be done, once per failure, until dismissed', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const host = mount();
    expect(host.querySelector('[role="alert"]')).toBeNull();
    inBackground('keep a recovery copy', Promise.reject(new Error('the disk is full')));
    inBackground('keep a recovery copy', Promise.reject(new Error('the disk is full')));
    inBackground('draw the charts', Promise.resolve('fine'));
    await settle();
    const alert = host.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Lectern could not keep a recovery copy.');
    expect(alert.textContent).toContain('the disk is full');
    expect(alert.querySelectorAll('li')).toHaveLength(1);
    expect(alert.textContent).not.toContain('draw the charts');
    expect(errors).toHaveBeenCalled();
    act(() => alert.querySelector('button')!.click());
    expect(host.querySelector('[role="alert"]')).toBeNull();
    errors.mockRestore();
  });

  it('shows a rejection nobody handled', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const host = mount();
    const event = new Event('unhandledrejection', { cancelable: true }) as PromiseRejectionEvent;
    Object.assign(event, { reason: new Error('IndexedDB was closed') });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(host.querySelector('[role="alert"]')!.textContent).toContain('IndexedDB was closed');
    expect(event.defaultPrevented).toBe(true);
    errors.mockRestore();
  });
});
