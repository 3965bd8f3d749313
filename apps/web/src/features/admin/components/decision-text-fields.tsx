// The words of a decision (text, topic, who follows it up, by when), for editing one and adding one.
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../components/forms/field-errors.ts';
import { TextField } from '../../../components/forms/fields.tsx';
import type { DecisionFields } from '../form-data.ts';

interface Props {
  n: string;
  form: DecisionFields;
  errors: FieldErrors;
  onChange: (patch: Partial<DecisionFields>) => void;
}

export function DecisionTextFields({ n, form, errors, onChange }: Props) {
  const { t } = useTranslation('admin');
  return (
    <>
      <TextField
        className="form-field-wide"
        label={t('meeting.decisionText', { n })}
        value={form.text}
        error={errors.text}
        multiline
        onChange={(text) => onChange({ text })}
      />
      <TextField
        label={t('meeting.decisionTopic', { n })}
        value={form.topic}
        error={errors.topic}
        onChange={(topic) => onChange({ topic })}
      />
      <TextField
        label={t('meeting.decisionResponsible', { n })}
        value={form.responsible}
        error={errors.responsible}
        onChange={(responsible) => onChange({ responsible })}
      />
      <TextField
        label={t('meeting.decisionDue', { n })}
        value={form.dueOn}
        error={errors.dueOn}
        dir="ltr"
        placeholder={t('form.datePlaceholder')}
        onChange={(dueOn) => onChange({ dueOn })}
      />
    </>
  );
}
