// Spreadsheet import: a dry run first (the report), then «تأیید و ثبت» writes the same file in
// one transaction. Changing the file throws the report away, so only a checked file is written.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormAlert } from '../../components/forms/fields.tsx';
import { useAuth } from '../../lib/api/auth-queries.ts';
import { uploadImport } from '../../lib/api/import-upload.ts';
import { invalidateAfterWrite } from '../../lib/api/invalidate-after-write.ts';
import { AdminPageShell } from './components/admin-page-shell.tsx';
import { ImportReportView } from './components/import-report.tsx';

function ImportForm() {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => uploadImport(file, dryRun, csrfToken),
    onSuccess: async (result) => {
      if (result.report.committed) await invalidateAfterWrite(client, 'import');
    },
  });
  const report = run.data?.report;
  const canCommit = Boolean(file && report?.dryRun && run.data?.ok && report.totals.errors === 0);

  const check = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setPickError(t('import.pickFile'));
      return;
    }
    setPickError(null);
    run.mutate({ file, dryRun: true });
  };

  return (
    <>
      <form className="card admin-form" onSubmit={check} noValidate aria-label={t('import.title')}>
        <p>
          {t('import.templates')}{' '}
          <a href="/api/import/organizations/template.xlsx" download>
            {t('import.templateXlsx')}
          </a>
          {' · '}
          <a href="/api/import/organizations/template.csv" download>
            {t('import.templateCsv')}
          </a>
        </p>
        <Field label={t('import.file')} error={pickError ?? undefined} hint={t('import.fileHint')}>
          {(a11y) => (
            <input
              {...a11y}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                run.reset();
              }}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={run.isPending}>
            {t('import.dryRun')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!canCommit || run.isPending}
            onClick={() => file && run.mutate({ file, dryRun: false })}
          >
            {t('import.commit')}
          </button>
        </div>
        {run.isPending && (
          <div className="import-progress">
            <progress aria-label={t('import.working')} />
            <output>{run.variables?.dryRun ? t('import.checking') : t('import.importing')}</output>
          </div>
        )}
        <FormAlert message={run.error?.message ?? run.data?.message} />
        {report?.committed && <output className="form-success">{t('import.done')}</output>}
        {canCommit && <output className="form-success">{t('import.readyToCommit')}</output>}
      </form>
      {report && <ImportReportView report={report} />}
    </>
  );
}

export default function ImportPage() {
  const { t } = useTranslation('admin');
  return (
    <AdminPageShell title={t('import.title')} need="editor">
      <ImportForm />
    </AdminPageShell>
  );
}
