import { describe, expect, it } from 'vitest';
import { isMessage } from '@/utils/messages';

describe('isMessage', () => {
  it('accepts every message type of the protocol', () => {
    for (const type of ['get-status', 'detected', 'inject-overlay', 'set-overlay', 'status-changed']) {
      expect(isMessage({ type })).toBe(true);
    }
  });

  it('rejects anything else', () => {
    for (const value of [null, undefined, 'get-status', 42, {}, { type: 'nope' }, { type: 7 }, []]) {
      expect(isMessage(value)).toBe(false);
    }
  });
});
