// The repeating parts of the meeting forms: attendees and decisions, one row each, added,
// removed and (attendees) reordered in place. Errors arrive keyed `attendees.2.name`, `decisions.0.dueOn`.
import { DECISION_STATUSES } from '@hamgen/shared';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../components/forms/field-errors.ts';
import { SelectField, TextField } from '../../../components/forms/fields.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { type AttendeeRow, type DecisionRow, emptyAttendee, moveRow } from '../form-data.ts';

interface RowsProps<T> {
  rows: T[];
  errors: FieldErrors;
  onChange: (rows: T[]) => void;
}

const replace = <T,>(rows: T[], index: number, patch: Partial<T>) =>
  rows.map((row, i) => (i === index ? { ...row, ...patch } : row));

export function AttendeeRows({ rows, errors, onChange }: RowsProps<AttendeeRow>) {
  const { t, i18n } = useTranslation('admin');
  return (
    <ol className="form-rows">
      {rows.map((row, i) => {
        const n = formatNumber(i + 1, i18n.language);
        const err = (field: string) => errors[`attendees.${i}.${field}`];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved; their place is it.
          <li key={i} className="form-row" aria-label={t('meeting.attendeeRow', { n })}>
            <TextField
              label={t('meeting.attendeeName', { n })}
              value={row.name}
              error={err('name')}
              onChange={(name) => onChange(replace(rows, i, { name }))}
            />
            <TextField
              label={t('meeting.attendeeRole', { n })}
              value={row.role}
              error={err('role')}
              onChange={(role) => onChange(replace(rows, i, { role }))}
            />
            <TextField
              label={t('meeting.attendeeOrganization', { n })}
              value={row.organization}
              error={err('organization')}
              onChange={(organization) => onChange(replace(rows, i, { organization }))}
            />
            <label className="check-field">
              <input
                type="checkbox"
                checked={row.isNewMember}
                onChange={(e) => onChange(replace(rows, i, { isNewMember: e.target.checked }))}
              />
              {t('meeting.newMember')}
            </label>
            <span className="row-actions">
              <button
                type="button"
                className="button button-quiet"
                disabled={i === 0}
                onClick={() => onChange(moveRow(rows, i, -1))}
              >
                {t('meeting.moveUp', { n })}
              </button>
              <button
                type="button"
                className="button button-quiet"
                disabled={i === rows.length - 1}
                onClick={() => onChange(moveRow(rows, i, 1))}
              >
                {t('meeting.moveDown', { n })}
              </button>
              <button
                type="button"
                className="button button-quiet row-remove"
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                {t('meeting.removeAttendee', { n })}
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

export function DecisionRows({ rows, errors, onChange }: RowsProps<DecisionRow>) {
  const { t, i18n } = useTranslation('admin');
  const statuses = DECISION_STATUSES.map((value) => ({ value, label: t(`common:decisionStatus.${value}`) }));
  return (
    <ol className="form-rows">
      {rows.map((row, i) => {
        const n = formatNumber(i + 1, i18n.language);
        const err = (field: string) => errors[`decisions.${i}.${field}`];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved; their place is it.
          <li key={i} className="form-row form-row-decision" aria-label={t('meeting.decisionRow', { n })}>
            <TextField
              className="form-field-wide"
              label={t('meeting.decisionText', { n })}
              value={row.text}
              error={err('text')}
              multiline
              onChange={(text) => onChange(replace(rows, i, { text }))}
            />
            <TextField
              label={t('meeting.decisionTopic', { n })}
              value={row.topic}
              error={err('topic')}
              onChange={(topic) => onChange(replace(rows, i, { topic }))}
            />
            <TextField
              label={t('meeting.decisionResponsible', { n })}
              value={row.responsible}
              error={err('responsible')}
              onChange={(responsible) => onChange(replace(rows, i, { responsible }))}
            />
            <TextField
              label={t('meeting.decisionDue', { n })}
              value={row.dueOn}
              error={err('dueOn')}
              dir="ltr"
              placeholder={t('form.datePlaceholder')}
              onChange={(dueOn) => onChange(replace(rows, i, { dueOn }))}
            />
            <SelectField
              label={t('meeting.decisionStatus', { n })}
              value={row.status}
              options={statuses}
              error={err('status')}
              onChange={(status) => onChange(replace(rows, i, { status }))}
            />
            <button
              type="button"
              className="button button-quiet row-remove"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {t('meeting.removeDecision', { n })}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

/** The roster with its «افزودن حاضر» button, for the new-meeting and the edit form. */
export function AttendeesFieldset({ rows, errors, onChange }: RowsProps<AttendeeRow>) {
  const { t } = useTranslation('admin');
  return (
    <fieldset className="card">
      <legend className="card-title">{t('meeting.attendees')}</legend>
      <AttendeeRows rows={rows} errors={errors} onChange={onChange} />
      <button type="button" className="button button-quiet" onClick={() => onChange([...rows, emptyAttendee()])}>
        {t('meeting.addAttendee')}
      </button>
    </fieldset>
  );
}
