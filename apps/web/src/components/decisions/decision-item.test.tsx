import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { DecisionItem, DecisionLinkRows, DecisionMetaRow } from './decision-item.tsx';

// The follow-up reads who is signed in and the decision's history from the API; here only the
// item's own markup is under test.
vi.mock('../follow-up/decision-follow-up.tsx', () => ({
  DecisionFollowUp: ({ name }: { name: string }) => <div className="follow-up-stub">{name}</div>,
}));

const decision = { id: 12, seq: 3, status: 'open' as const, version: 1, overdue: true, text: 'Text', source: 'demo' };

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage('fa'));
});

describe('DecisionItem', () => {
  it('shows the status, the overdue mark and the facts it is given', async () => {
    await act(() => i18n.changeLanguage('en'));
    const { container } = render(
      <DecisionItem decision={decision} overdueLabel="Overdue" overdueHint="Past due">
        <DecisionMetaRow label="Topic">Roads</DecisionMetaRow>
      </DecisionItem>,
    );
    const item = container.querySelector('li');
    expect(item?.className).toBe('decision-item is-overdue');
    expect(item?.getAttribute('data-status')).toBe('open');
    expect(item?.id).toBe('');
    expect(container.querySelector('.decision-status')?.textContent).toBe('Open');
    expect(container.querySelector('.overdue-mark')?.getAttribute('title')).toBe('Past due');
    expect(container.querySelector('.decision-meta')?.innerHTML).toBe('<div><dt>Topic</dt><dd>Roads</dd></div>');
    expect(container.querySelector('.decision-seq')).toBeNull();
    expect(container.querySelector('.demo-mark')).toBeNull();
    expect(screen.getByText('3').className).toBe('follow-up-stub');
  });

  it('on a meeting’s page: numbered, anchored and outlined when the address points at it', () => {
    const { container } = render(
      <DecisionItem
        decision={decision}
        overdueLabel="o"
        overdueHint="h"
        seqLabel="بند ۳"
        anchored
        targeted
        showDemoMark
      >
        {null}
      </DecisionItem>,
    );
    const item = container.querySelector('li');
    expect(item?.id).toBe('decision-12');
    expect(item?.className).toBe('decision-item is-overdue is-target');
    expect(container.querySelector('.decision-head')?.firstElementChild?.textContent).toBe('بند ۳');
    expect(container.querySelector('.demo-mark')).not.toBeNull();
  });
});

describe('DecisionLinkRows', () => {
  it('links the provinces and associations a decision names, and leaves out an empty row', async () => {
    await act(() => i18n.changeLanguage('en'));
    const provinces = [{ code: 'IR-03', nameFa: 'آذربایجان شرقی', nameEn: 'East Azerbaijan' }];
    const { container } = render(
      <dl>
        <DecisionLinkRows
          provinces={provinces}
          organizations={[]}
          provincesLabel="Provinces"
          associationsLabel="Associations"
        />
      </dl>,
    );
    expect(container.querySelectorAll('dt')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'East Azerbaijan' }).getAttribute('href')).toBe('/provinces/IR-03');
    expect(container.querySelector('dd')?.className).toBe('link-row');
  });
});
