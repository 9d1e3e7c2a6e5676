/** Anchor Browser's generated enum runtime: its values and guards, imported as a consumer imports them. */
import { describe, expect, it } from 'vitest';
import {
  anchorProxyTypeValues,
  isAnchorProxyType,
  isAnchorProxyCountryCode,
  isTaskRunStatusV2ResponseStatus,
  taskRunStatusV2ResponseStatusValues,
} from '../../../generated/anchorbrowser/src/enums.js';

describe('generated Anchor enums', () => {
  it('has the complete document’s one Anchor proxy type and the six task-run statuses', () => {
    expect(anchorProxyTypeValues).toEqual(['anchor_proxy']);
    expect(taskRunStatusV2ResponseStatusValues).toEqual(['queued', 'running', 'success', 'failure', 'timeout', 'cancelled']);
  });

  it('guards narrow at runtime', () => {
    expect(isAnchorProxyType('anchor_proxy')).toBe(true);
    expect(isAnchorProxyType('anchor_mobile')).toBe(false);
    expect(isTaskRunStatusV2ResponseStatus('cancelled')).toBe(true);
    expect(isAnchorProxyCountryCode('no')).toBe(true);
    expect(isAnchorProxyCountryCode(false)).toBe(false);
  });
});
