import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isGateRunning, markSniffed } from '@/content/gate/shared-world';
import { hasCandidate } from '@/content/sniff/cheap-stage';
import { startSniffer } from '@/content/sniff/sniffer';
import { tellBackground } from '@/utils/messages';

// The every-page script (listed in the manifest by wxt.config.ts). An unlisted script rather than a
// WXT content script: WXT's content-script context announces itself to the page with two events
// and reads the runtime on start, which measured ~1 ms on every page; this needs neither.
export default defineUnlistedScript(() => {
  startSniffer(
    {
      doc: document,
      hasCandidate,
      wake: () => {
        markSniffed(location.href);
        void tellBackground({ type: 'start-gate' });
      },
      superseded: isGateRunning,
    },
    new AbortController().signal,
  );
});
