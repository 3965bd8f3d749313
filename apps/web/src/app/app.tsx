import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { ChunksLoaded } from '../components/ui/chunk-boundary.tsx';
import { LoadingState } from '../components/ui/status.tsx';
import { OverviewPage } from '../features/overview/overview-page.tsx';
import { queryClient } from '../lib/query-client.ts';
import { useSettings } from '../lib/settings.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { Layout } from './layout.tsx';
import { PasswordGate } from './password-gate.tsx';
import { RouteBoundary } from './route-boundary.tsx';
import { SettingsSync } from './settings-sync.tsx';

// The overview is the first screen; every other page loads on demand.
const ProvincePage = lazy(() => import('../features/provinces/province-page.tsx'));
const ComparePage = lazy(() => import('../features/compare/compare-page.tsx'));
const RegistryPage = lazy(() => import('../features/registry/registry-page.tsx'));
const AssociationPage = lazy(() => import('../features/registry/association-page.tsx'));
const MeetingsPage = lazy(() => import('../features/meetings/meetings-page.tsx'));
const MeetingPage = lazy(() => import('../features/meetings/meeting-page.tsx'));
const DecisionsPage = lazy(() => import('../features/decisions/decisions-page.tsx'));
const SearchPage = lazy(() => import('../features/search/search-page.tsx'));
const LoginPage = lazy(() => import('../features/admin/login-page.tsx'));
const AdminPage = lazy(() => import('../features/admin/admin-page.tsx'));
const NewMeetingPage = lazy(() => import('../features/admin/new-meeting-page.tsx'));
const MeetingAdminPage = lazy(() => import('../features/admin/meeting-admin-page.tsx'));
const AssociationEditPage = lazy(() => import('../features/admin/association-edit-page.tsx'));
const AssociationCreatePage = lazy(() => import('../features/admin/association-create-page.tsx'));
const PasswordPage = lazy(() => import('../features/admin/password-page.tsx'));
const ImportPage = lazy(() => import('../features/admin/import-page.tsx'));
const AuditPage = lazy(() => import('../features/admin/audit-page.tsx'));
const UsersPage = lazy(() => import('../features/admin/users-page.tsx'));

function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <section className="state">
      <h1>{t('notFound.title')}</h1>
      <Link href="/">{t('notFound.back')}</Link>
    </section>
  );
}

export function App() {
  // Changing the calendar redraws every date and year label; remounting the pages is the simplest
  // way (their data stays in the query cache).
  const { calendar } = useSettings();
  // The page is the app's from here on: the server's first frame (docs/decisions/021) looks the
  // same but answers no clicks. The browser tests wait for this mark (e2e/support/test.ts).
  useEffect(() => {
    document.documentElement.dataset.appStarted = 'true';
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <SettingsSync />
      <Layout>
        <RouteBoundary>
          <Suspense key={calendar} fallback={<LoadingState />}>
            <PasswordGate>
              <Switch>
                <Route path="/" component={OverviewPage} />
                <Route path="/provinces/:code">{(params) => <ProvincePage code={params.code} />}</Route>
                <Route path="/compare" component={ComparePage} />
                <Route path="/associations" component={RegistryPage} />
                <Route path="/associations/:id">
                  {(params) => (/^\d+$/.test(params.id) ? <AssociationPage id={Number(params.id)} /> : <NotFound />)}
                </Route>
                <Route path="/meetings" component={MeetingsPage} />
                <Route path="/meetings/:id">
                  {(params) => (/^\d+$/.test(params.id) ? <MeetingPage id={Number(params.id)} /> : <NotFound />)}
                </Route>
                <Route path="/decisions" component={DecisionsPage} />
                <Route path="/search" component={SearchPage} />
                <Route path="/login" component={LoginPage} />
                <Route path="/admin" component={AdminPage} />
                <Route path="/admin/meetings/new" component={NewMeetingPage} />
                <Route path="/admin/meetings/:id">
                  {(params) => (/^\d+$/.test(params.id) ? <MeetingAdminPage id={Number(params.id)} /> : <NotFound />)}
                </Route>
                <Route path="/admin/associations/new" component={AssociationCreatePage} />
                <Route path="/admin/associations/:id">
                  {(params) =>
                    /^\d+$/.test(params.id) ? <AssociationEditPage id={Number(params.id)} /> : <NotFound />
                  }
                </Route>
                <Route path="/admin/import" component={ImportPage} />
                <Route path="/admin/audit" component={AuditPage} />
                <Route path="/admin/users" component={UsersPage} />
                <Route path="/account/password" component={PasswordPage} />
                <Route component={NotFound} />
              </Switch>
            </PasswordGate>
            <ChunksLoaded />
          </Suspense>
        </RouteBoundary>
      </Layout>
    </QueryClientProvider>
  );
}
