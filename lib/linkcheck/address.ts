// Addresses a public page must never make the inspector's browser request: the office network
// behind it (private, loopback, link-local, CGNAT and unique-local ranges, localhost, single-label
// names and .local hosts). Literal addresses only: a public name that resolves to a private
// address is not seen here (see docs/decisions.md).

function ipv4(host: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : undefined;
}

function privateV4([a, b]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

function privateV6(host: string): boolean {
  const h = host.toLowerCase();
  if (h === '::1' || h === '::') return true;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(h);
  if (mapped) return privateV4(ipv4(mapped[1]) ?? [0]);
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (hex) {
    const hi = parseInt(hex[1], 16);
    return privateV4([hi >> 8, hi & 255]);
  }
  return /^f[cd][0-9a-f]{0,2}:/.test(h) || /^fe[89ab][0-9a-f]?:/.test(h);
}

/** Why `url` points into a private network, or undefined for a public address. */
export function privateTarget(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (host.startsWith('[') && host.endsWith(']'))
    return privateV6(host.slice(1, -1)) ? '内网地址' : undefined;
  const v4 = ipv4(host);
  if (v4) return privateV4(v4) ? '内网地址' : undefined;
  const name = host.replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return '本机地址';
  if (name.endsWith('.local') || name.endsWith('.internal') || name.endsWith('.lan')) return '内网地址';
  if (!name.includes('.')) return '内网地址';
  return undefined;
}

const V4 = [
  '(?:0|10|127)(?:\\.\\d+){3}',
  '100\\.(?:6[4-9]|[7-9]\\d|1[01]\\d|12[0-7])(?:\\.\\d+){2}',
  '169\\.254(?:\\.\\d+){2}',
  '172\\.(?:1[6-9]|2\\d|3[01])(?:\\.\\d+){2}',
  '192\\.168(?:\\.\\d+){2}',
  '198\\.1[89](?:\\.\\d+){2}',
  '(?:22[4-9]|2[3-5]\\d)(?:\\.\\d+){3}',
];
const V6 = '\\[(?:::1?|::ffff:[^\\]]*|f[cd][0-9a-f]*:[^\\]]*|fe[89ab][0-9a-f]*:[^\\]]*)\\]';
const NAMES = ['[^/:@?#.\\[\\]]+\\.?', '(?:[^/:@?#\\[\\]]*\\.)?(?:localhost|local|internal|lan)\\.?'];

/**
 * The same addresses as privateTarget(), as RE2 patterns over a whole URL (the browser's
 * request-blocking rules take RE2, each compiled within 2 KB, hence one range a pattern): for
 * redirect hops the checker cannot see itself. Every IPv4-mapped IPv6 literal is included, which a
 * public site has no reason to use.
 */
export const PRIVATE_URL_PATTERNS = [...V4, V6, ...NAMES].map(
  (host) => `^https?://(?:[^/@]*@)?${host}(?::\\d+)?(?:[/?#]|$)`,
);
