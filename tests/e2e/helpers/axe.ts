/**
 * Axe as the tests ask it: the serious and critical findings only, each as "rule: the elements",
 * taken once no fade or transition is running (contrast halfway through a fade means nothing).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function seriousAxeFindings(
  page: Page,
  options: { include?: string } = {},
): Promise<string[]> {
  await expect
    .poll(() =>
      page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length),
    )
    .toBe(0);
  const builder = new AxeBuilder({ page });
  const found = await (options.include ? builder.include(options.include) : builder).analyze();
  return found.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
