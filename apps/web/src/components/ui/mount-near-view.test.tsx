import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MountNearView } from './mount-near-view.tsx';

type Callback = (entries: { isIntersecting: boolean }[]) => void;
const observers: Callback[] = [];

class FakeIntersectionObserver {
  constructor(callback: Callback) {
    observers.push(callback);
  }
  observe() {}
  disconnect() {}
}

const renderCard = () =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MountNearView minBlockSize="10rem">
        <p>card</p>
      </MountNearView>
    </QueryClientProvider>,
  );

describe('MountNearView', () => {
  afterEach(() => {
    cleanup();
    observers.length = 0;
    vi.unstubAllGlobals();
  });

  it('keeps the card out until it scrolls near the viewport', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    renderCard();
    expect(screen.queryByText('card')).toBeNull();
    act(() => observers.at(-1)?.([{ isIntersecting: true }]));
    expect(screen.getByText('card')).toBeTruthy();
  });

  it('mounts before printing, so a printed overview has every card', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    renderCard();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('card')).toBeTruthy();
  });
});
