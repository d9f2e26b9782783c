import { describe, expect, it } from 'vitest';
import { exportFollowUps } from '../../client/src/commands/export-follow-ups';

describe('what is offered after an export, by where the window runs', () => {
  it('a local desktop window: open the file, show it in its folder', () => {
    expect(exportFollowUps({ web: false, remoteName: undefined, inWorkspace: true })).toEqual(['open', 'revealInOS']);
    expect(exportFollowUps({ web: false, remoteName: undefined, inWorkspace: false })).toEqual(['open', 'revealInOS']);
  });

  it('a remote window or a browser: reveal in the Explorer and download, never “open” (it would navigate the tab)', () => {
    for (const kind of [{ web: true, remoteName: undefined }, { web: true, remoteName: 'localhost:8080' }, { web: false, remoteName: 'ssh-remote' }]) {
      expect(exportFollowUps({ ...kind, inWorkspace: true })).toEqual(['revealInExplorer', 'download']);
      // The Explorer cannot show a file outside the workspace folders, nor download it.
      expect(exportFollowUps({ ...kind, inWorkspace: false })).toEqual([]);
    }
  });
});
