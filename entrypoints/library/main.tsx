import { render } from 'preact';
import { t } from '../../utils/i18n';
import { createDatabase } from '../../utils/store/schema';
import { App } from './App';
import './style.css';

// The library opens the database itself: it shares the extension's origin with the background.
document.title = t('libraryTitle');
document.documentElement.lang = browser.i18n.getUILanguage();
render(<App db={createDatabase()} />, document.getElementById('app')!);
