// A meeting's own fields (title, date, number, place, agenda, summary), for the new-meeting form
// and the edit form alike.
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../components/forms/field-errors.ts';
import { TextField } from '../../../components/forms/fields.tsx';
import type { MeetingDetails } from '../form-data.ts';

interface Props {
  form: MeetingDetails;
  errors: FieldErrors;
  set: (patch: Partial<MeetingDetails>) => void;
}

export function MeetingFields({ form, errors, set }: Props) {
  const { t } = useTranslation('admin');
  return (
    <fieldset className="card form-grid">
      <legend className="card-title">{t('meeting.details')}</legend>
      <TextField
        className="form-field-wide"
        label={t('meeting.titleField')}
        value={form.title}
        error={errors.title}
        required
        onChange={(title) => set({ title })}
      />
      <TextField
        label={t('meeting.heldOn')}
        value={form.heldOn}
        error={errors.heldOn}
        hint={t('form.dateHint')}
        placeholder={t('form.datePlaceholder')}
        dir="ltr"
        required
        onChange={(heldOn) => set({ heldOn })}
      />
      <label className="check-field">
        <input
          type="checkbox"
          checked={form.heldOnApproximate}
          onChange={(e) => set({ heldOnApproximate: e.target.checked })}
        />
        {t('meeting.approximate')}
      </label>
      <TextField
        label={t('meeting.number')}
        value={form.number}
        error={errors.number}
        dir="ltr"
        onChange={(number) => set({ number })}
      />
      <TextField
        label={t('meeting.location')}
        value={form.location}
        error={errors.location}
        onChange={(location) => set({ location })}
      />
      <TextField
        className="form-field-wide"
        label={t('meeting.agenda')}
        value={form.agenda}
        error={errors.agenda}
        multiline
        onChange={(agenda) => set({ agenda })}
      />
      <TextField
        className="form-field-wide"
        label={t('meeting.summary')}
        value={form.summary}
        error={errors.summary}
        multiline
        onChange={(summary) => set({ summary })}
      />
    </fieldset>
  );
}
