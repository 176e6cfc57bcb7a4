import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { OPTIONAL_HOSTS, REQUIRED_HOSTS } from './lib/domain/access';

// The manifest is the contract with the browser, each permission for a reason (README):
// government sites and loopback at install, any other host asked for at run time.
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
      'declarativeNetRequest', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: REQUIRED_HOSTS,
    optional_host_permissions: OPTIONAL_HOSTS,
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
