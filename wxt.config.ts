import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * `npm run dev` opens Chromium with the extension. As root (containers, CI machines)
 * Chromium needs --no-sandbox, and without a display it can only run headless.
 */
const devChromiumArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ...(process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY ? ['--headless=new'] : []),
];

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab'],
    commands: {
      'run-on-page': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandRun__',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggle__',
      },
      save: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
  },
  webExt: { chromiumArgs: devChromiumArgs },
  vite: () => ({
    plugins: [preact()],
  }),
});
