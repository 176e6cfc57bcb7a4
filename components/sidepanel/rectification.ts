// Rectification states as the review list and its edit form show them.
import { RECTIFICATIONS, type Rectification } from '../../lib/domain/model';

export const RECT: readonly Rectification[] = RECTIFICATIONS;
export const RECT_KEY = { 未整改: 'rectNot', 整改不彻底: 'rectIncomplete', 已整改: 'rectDone' } as const;
