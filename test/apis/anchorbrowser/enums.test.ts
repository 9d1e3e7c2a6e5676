/** Anchor Browser's generated enum runtime: its values and guards, imported as a consumer imports them. */
import { describe, expect, it } from 'vitest';
import {
  anchorProxyTypeValues,
  isAnchorProxyType,
  isResidentialCountryCode,
  isTaskRunStatusV2ResponseStatus,
  taskRunStatusV2ResponseStatusValues,
} from '../../../generated/anchorbrowser/src/enums.js';

describe('generated Anchor enums', () => {
  it('has the four proxy types and the six task-run statuses', () => {
    expect([...anchorProxyTypeValues].sort()).toEqual(['anchor_gov', 'anchor_mobile', 'anchor_proxy', 'anchor_residential']);
    expect(taskRunStatusV2ResponseStatusValues).toEqual(['queued', 'running', 'success', 'failure', 'timeout', 'cancelled']);
  });

  it('guards narrow at runtime', () => {
    expect(isAnchorProxyType('anchor_mobile')).toBe(true);
    expect(isAnchorProxyType('bogus')).toBe(false);
    expect(isTaskRunStatusV2ResponseStatus('cancelled')).toBe(true);
    expect(isResidentialCountryCode('no')).toBe(true);
    expect(isResidentialCountryCode(false)).toBe(false);
  });
});
