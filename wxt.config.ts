import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest is the contract with the browser: host access to every site is needed because
// the background checks links cross-origin and injects the scanner into registered units' sites.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'tabs', 'scripting', 'activeTab', 'webRequest',
      ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+X' }, description: '__MSG_cmdOpenPopup__' },
    },
  }),
  // Every import is written out: no auto-imported globals, so each file says what it uses.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  webExt: { disabled: true },
});
