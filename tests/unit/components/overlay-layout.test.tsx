import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { layoutBadges } from '../../../components/overlay/badges';
import { badgeLabel } from '../../../components/overlay/Overlay';
import { cornerAt, Summary } from '../../../components/overlay/Summary';
import { registerText } from '../../../components/shared/text';
import { MESSAGES } from '../../../components/shared/i18n';

registerText('zh', MESSAGES.zh);
afterEach(cleanup);

describe('badges', () => {
  test('badges of elements on one line never overlap: each later one moves below', () => {
    const boxes = [0, 10, 20, 300].map((left) => ({ top: 100, left, width: 40, height: 18 }));
    const placed = layoutBadges(
      boxes.map((_, i) => i),
      boxes,
      () => '栏目未更新',
      2000,
    );
    const rects = placed.map((p, i) => ({ top: 90 + p!.dy, left: boxes[i].left + 44, w: 78 }));
    for (let a = 0; a < rects.length; a++)
      for (let b = a + 1; b < rects.length; b++) {
        const x = rects[a],
          y = rects[b];
        const overlap =
          x.left < y.left + y.w && x.left + x.w > y.left && x.top < y.top + 22 && x.top + 22 > y.top;
        expect(overlap, `${a} and ${b}`).toBe(false);
      }
    expect(placed[3]!.dy).toBe(0); // far to the right: stays on its line
  });
  test('a badge that would leave the page sits inside its element; boxes of flags gone are skipped', () => {
    const placed = layoutBadges(
      [0],
      [
        { top: 0, left: 950, width: 40, height: 18 },
        { top: 0, left: 0, width: 1, height: 1 },
      ],
      () => '链接不可用',
      1000,
    );
    expect(placed).toEqual([{ dy: 0, flip: true }]);
  });
  test('a warning-level link reads 需人工核实, a dead one 链接不可用', () => {
    expect(badgeLabel({ rule: 'dead-link', level: 'warn' }, 'zh')).toBe('需人工核实');
    expect(badgeLabel({ rule: 'dead-link', level: 'flag' }, 'zh')).toBe('链接不可用');
  });
});

describe('the summary pill', () => {
  const props = {
    lang: 'zh' as const,
    flags: [],
    scanning: false,
    corner: 'br' as const,
    rescans: 0,
    item: () => null,
    ruleLabel: (r: string) => r,
  };
  test('folded by default in its corner; a click opens it; Alt+arrows move it and it is remembered', () => {
    const moved: string[] = [];
    render(<Summary {...props} onCorner={(c) => moved.push(c)} />);
    const summary = screen.getByTestId('overlay-summary');
    expect(summary.className).toContain('sp-collapsed');
    expect(summary.className).toContain('sp-br');
    const pill = screen.getByTestId('overlay-pill');
    fireEvent.click(pill);
    expect(pill.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(pill, { key: 'ArrowUp', altKey: true });
    fireEvent.keyDown(pill, { key: 'ArrowLeft', altKey: true });
    expect(moved).toEqual(['tr', 'tl']);
    expect(summary.className).toContain('sp-tl');
    expect(cornerAt(10, 700, 1000, 800)).toBe('bl');
  });
  test('a re-scan after the page changed says so', () => {
    const { rerender } = render(<Summary {...props} />);
    expect(screen.queryByTestId('rescan-cue')).toBeNull();
    rerender(<Summary {...props} rescans={1} />);
    expect(screen.getByTestId('rescan-cue').textContent).toBe('页面已变化，已重新检查');
  });
  test('not done while links are checked', () => {
    render(<Summary {...props} linkProgress={{ done: 3, total: 9, partial: false, running: true }} />);
    expect(screen.getByTestId('overlay-counts').textContent).toBe('0 问题 · 0 提示 · 正在检查链接 3/9');
  });
});
