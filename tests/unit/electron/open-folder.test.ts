/**
 * "Open folder…" in the desktop app: the holder of the current workspace answers
 * `workspace.open` itself (the services alone cannot change their own workspace), moves every
 * later call to the new folder, remembers it, and leaves everything as it was on a bad path.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackendHolder } from '../../../main/electron/backend';
import { openBackend } from '../../../main/services';
import { listFolders } from '../../../main/services/folders';

describe('Open folder in the desktop app', () => {
  it('moves the app to the chosen folder, remembers it, and refuses a path that is no folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'lectern-open-folder-'));
    const remembered: string[] = [];
    // What the windows hear, through the forwarding the app sets up for each backend.
    const heard: string[] = [];
    const holder = new BackendHolder(
      await openBackend(join(root, 'first')),
      (b) => b.ctx.workspace.onEvent((e) => void heard.push(e.type)),
      openBackend,
      (r) => void remembered.push(r),
    );
    try {
      await holder.services['library.create']({ title: 'In the first' });
      const moved = await holder.services['workspace.open']({ path: join(root, 'second') });
      expect(moved).toMatchObject({ ok: true, value: { workspace: 'second' } });
      expect(remembered).toEqual([holder.root]);
      expect(heard).toEqual(['workspace.changed']);
      const list = await holder.services['library.list']({});
      expect(list.ok && list.value.decks).toEqual([]);

      writeFileSync(join(root, 'a-file'), 'x');
      const bad = await holder.services['workspace.open']({ path: join(root, 'a-file') });
      expect(bad.ok).toBe(false);
      expect(!bad.ok && bad.problems[0]!.what).toMatch(/cannot be used as the workspace/);
      const relative = await holder.services['workspace.open']({ path: 'lectures' });
      expect(!relative.ok && relative.problems[0]!.what).toMatch(/not a full folder path/);
      expect(holder.root.endsWith('second')).toBe(true);
      expect(remembered).toHaveLength(1);
    } finally {
      holder.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('lists a folder’s folders by name, hidden ones left out, those with decks marked', async () => {
    const root = mkdtempSync(join(tmpdir(), 'lectern-folders-'));
    try {
      for (const d of ['b-notes', 'A-lectures', '.git', 'node_modules']) mkdirSync(join(root, d));
      mkdirSync(join(root, 'A-lectures', 'week-1'));
      writeFileSync(join(root, 'A-lectures', 'week-1', 'week-1.lectern'), '{}');
      writeFileSync(join(root, 'file.txt'), 'x');
      const r = await listFolders({ path: root });
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      expect(r.value.folders.map((f) => [f.name, f.decks])).toEqual([
        ['A-lectures', true],
        ['b-notes', false],
      ]);
      expect(r.value.parent).toBe(join(root, '..'));
      const top = await listFolders({ path: '/' });
      expect(top.ok && top.value.parent).toBeNull();
      const home = await listFolders({}, root);
      expect(home.ok && home.value.path).toBe(root);
      const rel = await listFolders({ path: 'relative/path' });
      expect(!rel.ok && rel.problems[0]!.what).toMatch(/not a full folder path/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
