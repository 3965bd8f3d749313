import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { DecisionSummaryList } from './decision-summary-list.tsx';

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage('fa'));
});

describe('DecisionSummaryList', () => {
  it('links each decision to its place on its meeting’s page, with its status and the meeting’s date', async () => {
    await act(() => i18n.changeLanguage('en'));
    const decisions = [
      { id: 12, meetingId: 3, text: 'Form the association', status: 'done' as const, meetingHeldOn: '2021-01-01' },
    ];
    const { container } = render(<DecisionSummaryList decisions={decisions} emptyMessage="None" />);
    expect(screen.getByRole('link', { name: 'Form the association' }).getAttribute('href')).toBe(
      '/meetings/3#decision-12',
    );
    expect(container.querySelector('li')?.textContent).toBe('Form the association — Done · Dey 12, 1399 AP');
  });

  it('says the caller’s empty message when no decision names the page’s subject', () => {
    const { container } = render(<DecisionSummaryList decisions={[]} emptyMessage="هیچ" />);
    expect(container.querySelector('ul')).toBeNull();
    expect(container.textContent).toBe('هیچ');
  });
});
