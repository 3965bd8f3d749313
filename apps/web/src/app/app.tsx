import { QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { OverviewPage } from '../features/overview/overview-page.tsx';
import { queryClient } from '../lib/query-client.ts';
import { Layout } from './layout.tsx';

function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="state">
      <h1>{t('notFound.title')}</h1>
      <Link href="/">{t('notFound.back')}</Link>
    </section>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Layout>
        <Switch>
          <Route path="/" component={OverviewPage} />
          <Route component={NotFound} />
        </Switch>
      </Layout>
    </QueryClientProvider>
  );
}
