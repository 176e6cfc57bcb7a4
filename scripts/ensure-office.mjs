#!/usr/bin/env node
// The Word and Excel exports are checked in a real office suite: LibreOffice headless converts
// them (to PDF and CSV), poppler reads the PDF, a CJK font renders the Chinese. On Debian as root
// we install what is missing from Debian's packages; anywhere else we stop and say what to install.
import { execSync } from 'node:child_process';

const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/bash' });
    return true;
  } catch {
    return false;
  }
};
const cjkFont = () => {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8', shell: '/bin/bash' }).trim() !== '';
  } catch {
    return false;
  }
};

const ready = () => has('soffice') && has('pdftotext') && has('pdfinfo') && cjkFont();
if (!ready() && process.platform === 'linux' && process.getuid?.() === 0 && has('apt-get')) {
  console.log(
    '正在安装 LibreOffice、poppler 与中文字体 … / installing LibreOffice, poppler and a CJK font …',
  );
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ' +
      'libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-wqy-microhei fontconfig >/dev/null',
    { stdio: 'inherit', shell: '/bin/bash' },
  );
}
if (!ready()) {
  console.error(
    '缺少 LibreOffice（soffice）、poppler（pdftotext、pdfinfo）或中文字体。Debian: apt-get install ' +
      'libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-wqy-microhei\n' +
      'LibreOffice (soffice), poppler (pdftotext, pdfinfo) or a CJK font is missing.',
  );
  process.exit(1);
}
console.log('办公套件 / office suite: soffice, pdftotext');
