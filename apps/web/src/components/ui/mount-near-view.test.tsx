import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MountNearView } from './mount-near-view.tsx';

type Callback = (entries: { isIntersecting: boolean }[]) => void;
let observers: Callback[] = [];
let idle: (() => void)[] = [];

class FakeIntersectionObserver {
  constructor(callback: Callback) {
    observers.push(callback);
  }
  observe() {}
  disconnect() {}
}

/** A first-screen query that answers when the test says so. */
let answer: (value: string) => void = () => {};
function FirstScreen() {
  useQuery({ queryKey: ['first'], queryFn: () => new Promise<string>((resolve) => (answer = resolve)) });
  return null;
}

const renderPage = () =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <FirstScreen />
      <MountNearView minBlockSize="10rem">
        <p>card</p>
      </MountNearView>
    </QueryClientProvider>,
  );

const settle = () =>
  act(async () => {
    answer('done');
    await new Promise((r) => setTimeout(r, 10));
  });

describe('MountNearView', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    vi.stubGlobal('cancelIdleCallback', () => {});
  });
  afterEach(() => {
    cleanup();
    observers = [];
    idle = [];
    vi.unstubAllGlobals();
  });

  it('decides nothing while the first screen loads, then mounts the card when it scrolls near view', async () => {
    renderPage();
    // The page is still short: every placeholder would look in view, so none is watched yet.
    expect(observers).toHaveLength(0);
    await settle();
    expect(screen.queryByText('card')).toBeNull();
    act(() => observers.at(-1)?.([{ isIntersecting: true }]));
    expect(screen.getByText('card')).toBeTruthy();
  });

  it('mounts when the browser is idle after the first screen', async () => {
    renderPage();
    await settle();
    expect(screen.queryByText('card')).toBeNull();
    act(() => idle.at(-1)?.());
    expect(screen.getByText('card')).toBeTruthy();
  });

  it('mounts before printing, so a printed overview has every card', () => {
    renderPage();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('card')).toBeTruthy();
  });
});
