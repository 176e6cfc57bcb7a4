#!/usr/bin/env node
// Real-browser tests need a system Chromium/Chrome/Edge. On Debian as root we install Debian's
// chromium; anywhere else we stop and say what to install. Never a silent skip.
import { execSync } from 'node:child_process';
import { findBrowser } from './browser-path.mjs';

let path = findBrowser();
if (!path && process.platform === 'linux' && process.getuid?.() === 0 && hasAptGet()) {
  console.log('未找到浏览器，正在安装 Debian 的 chromium … / no browser found, installing Debian chromium …');
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null',
    { stdio: 'inherit', shell: '/bin/bash' },
  );
  path = findBrowser();
}
if (!path) {
  console.error(
    '找不到 Chromium/Chrome/Edge。请安装 chromium（Debian: apt-get install chromium）或设置 CHROME_PATH。\n' +
      'No Chromium, Chrome or Edge found. Install chromium (Debian: apt-get install chromium) or set CHROME_PATH.',
  );
  process.exit(1);
}
console.log(`浏览器 / browser: ${path}`);

function hasAptGet() {
  try {
    execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/bash' });
    return true;
  } catch {
    return false;
  }
}
