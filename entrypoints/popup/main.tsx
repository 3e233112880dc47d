import { render } from 'preact';
import { browser } from 'wxt/browser';

function Popup() {
  return <main data-testid="popup">{browser.i18n.getMessage('extName') || 'Context Margin'}</main>;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
