// Long alternations written one family per line: the pattern is the alternation of the parts.
export function anyOf(flags: string, ...parts: RegExp[]): RegExp {
  return new RegExp(parts.map((p) => p.source).join('|'), flags);
}
