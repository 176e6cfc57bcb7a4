export function renderTokens(text: string, today: Date): string;
export function encodeGbk(text: string): Buffer;
export function startDemoServer(options?: { port?: number; host?: string; today?: () => Date }): Promise<{
  port: number;
  url: string;
  stats: { requests: number; active: number; maxActive: number };
  close(): Promise<void>;
}>;
