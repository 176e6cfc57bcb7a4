import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { Practice } from '../../../components/sidepanel/Practice';
import type { Finding } from '../../../lib/domain/model';
import type { AnswerItem } from '../../../lib/domain/practice';
import { generate } from '../../fixtures/findings';

afterEach(cleanup);

const key: AnswerItem[] = [
  { path: '/', rule: 'stale-column', target: '三公经费' },
  { path: '/', rule: 'blank-column', target: '建议提案办理' },
  { path: '/', rule: 'stale-column', target: '人事信息' },
];
const base = generate(1, 1).findings[0];
const rec = (over: Partial<Finding>): Finding => ({
  ...base,
  pageUrl: 'http://www.demo-county.gov.cn/',
  ...over,
});

test('the answers stay hidden until the trainee hands in; then the score shows with its sum', () => {
  const findings = [
    rec({ id: 'a', column: '三公经费' }),
    rec({ id: 'b', rule: 'blank-column', column: '建议提案办理' }),
    rec({ id: 'c', column: '工作动态' }),
  ];
  render(<Practice lang="zh" findings={findings} answerKey={key} practising onStart={() => {}} />);
  expect(screen.getByTestId('practice-progress').textContent).toContain('已记录 3 条');
  expect(screen.queryByTestId('practice-missed')).toBeNull();
  expect(screen.queryByTestId('practice-score')).toBeNull();
  fireEvent.click(screen.getByTestId('hand-in'));
  expect(screen.getByTestId('practice-formula').textContent).toBe(
    '得分 =（发现 2 − 误记 1）÷ 应发现 3 × 100 = 33（不低于 0；提示级事项记与不记都不扣分）',
  );
  expect(screen.getByTestId('practice-missed').textContent).toContain('人事信息');
});
