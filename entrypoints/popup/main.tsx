import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import '@/components/popup/popup.css';
import { uiDirection, uiLanguage } from '@/utils/i18n';

// `?tabId=N` makes the popup control tab N: the end-to-end tests open it as an ordinary tab.
const requested = Number.parseInt(new URLSearchParams(location.search).get('tabId') ?? '', 10);
document.documentElement.lang = uiLanguage();
// Arabic reads right to left: the whole popup turns, its CSS uses logical properties.
document.documentElement.dir = uiDirection();
const root = document.getElementById('app');
if (root) render(<Popup tabId={Number.isInteger(requested) ? requested : null} />, root);
